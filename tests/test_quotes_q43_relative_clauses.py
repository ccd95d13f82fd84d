"""Attributions inside relative clauses (session 27, round 43, issue 16).

The speaker of a cue in a relative clause is the noun the clause hangs on (the nearest conjunct before ', who'), or
the clause's own subject; a reporter's 'she said' between the relative word and the cue does not speak; the content
of a cue in a relative clause set off by commas ends with the clause, and the sentence's verb after it speaks for the
sentence's subject; an 'according to' phrase right after a relative word opens that clause's content; a judgement
whose object is the noun a relative clause hangs on ('a version the ministry denied') reports that noun. Every
sentence here is invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


def _found(quotes):
    return [(q.text, None if q.speaker is None else (q.speaker.name or q.speaker.text)) for q in quotes]


def _one(got, content):
    q = next((g for g in got if g[0].startswith(content)), None)
    assert q is not None, got
    return q


@pytest.mark.parametrize("text, content, speaker", [
    ("Riot police fired tear gas during a third night of clashes between soldiers and striking dock workers, who "
     "accuse the port authority of cutting their wages.", "the port authority of cutting", "dock workers"),
    ("The talks stalled over a dispute between the landlords and the farming cooperatives, who said the new rents "
     "would ruin them.", "the new rents would ruin them", "cooperatives"),
    ("Fighting broke out overnight between the army and the Tuareg rebels, who claimed they had taken two towns.",
     "they had taken two towns", "rebels"),
])
def test_relative_who_speaks_for_the_nearest_conjunct(nlp, no_actors, text, content, speaker):
    got = _found(run(nlp, text))
    q = _one(got, content)
    assert q[1] is not None and speaker in q[1], got


@pytest.mark.parametrize("text, content, speaker, not_speaker", [
    ("The minister said he had met the union leaders, who he said had told him that the strike would end on "
     "Monday.", "the strike would end on Monday", "union leaders", "he"),
    ("Okafor told the assembly she had phoned the two governors, who she said had assured her that the roads would "
     "reopen.", "the roads would reopen", "governors", "Okafor"),
    ("The mayor later spoke with the fire chiefs of the northern districts, who the mayor says have warned that the "
     "dams could fail.", "the dams could fail", "fire chiefs", "mayor"),
])
def test_reporters_aside_inside_a_relative_clause_does_not_speak(nlp, no_actors, text, content, speaker,
                                                                 not_speaker):
    got = _found(run(nlp, text))
    q = _one(got, content)
    assert q[1] is not None and speaker in q[1] and q[1] != not_speaker, got


@pytest.mark.parametrize("text, content, after", [
    ("Finance Minister Lena Varga, who took office in June and whose party has said it will cut taxes, urged "
     "parliament on Tuesday to pass the budget.", "it will cut taxes", "urged"),
    ("Senator Paulo Mendes, whose office said the bill would fail, called on colleagues to reject the amendment.",
     "the bill would fail", "called"),
    ("Governor Ines Moura, who has said the drought is the worst in decades, asked farmers to save water.",
     "the drought is the worst in decades", "asked"),
])
def test_content_in_a_relative_clause_ends_with_the_clause(nlp, no_actors, text, content, after):
    got = _found(run(nlp, text))
    q = _one(got, content)
    assert after not in q[0].split(), got


@pytest.mark.parametrize("text, content, speaker", [
    ("Finance Minister Lena Varga, who took office in June and whose party has said it will cut taxes, urged "
     "parliament on Tuesday to pass the budget.", "parliament", "Lena Varga"),
    ("Prime Minister Tomas Berg, who won the vote in May and whose coalition has said it will stay united, called "
     "on the unions to end the strike and ordered the police to reopen the roads.", "the police to reopen",
     "Tomas Berg"),
])
def test_verb_after_a_relative_clause_speaks_for_the_sentence_subject(nlp, no_actors, text, content, speaker):
    got = _found(run(nlp, text))
    q = _one(got, content)
    assert q[1] is not None and speaker in q[1], got


@pytest.mark.parametrize("text, content, speaker, writer", [
    ("He was stopped at a checkpoint near the border, where, according to two police officers, he had hoped to "
     "cross into Chad.", "he had hoped to cross into Chad", "police officers", "He was stopped"),
    ("The convoy reached the old fortress at dawn, which, according to the army, had been held by rebels for a "
     "month.", "had been held by rebels", "army", "The convoy"),
])
def test_according_to_after_a_relative_word_opens_its_clause(nlp, no_actors, text, content, speaker, writer):
    got = _found(run(nlp, text))
    q = _one(got, content)
    assert q[1] is not None and speaker in q[1], got
    assert not any(g[0].startswith(writer) for g in got), got


@pytest.mark.parametrize("text, content, speaker, reported", [
    ("Earlier, the newspaper El Faro had reported that the general fled the capital by helicopter, an account the "
     "Defence Ministry denied.", "an account", "Defence Ministry", "the general fled the capital by helicopter"),
    ("A local radio station said the dam had burst overnight, a report the water authority rejected "
     "\"firmly\".", "a report", "water authority", "the dam had burst overnight"),
])
def test_judgement_on_the_noun_of_a_relative_clause(nlp, no_actors, text, content, speaker, reported):
    got = _found(run(nlp, text))
    q = _one(got, content)
    assert q[1] is not None and speaker in q[1], got
    # the report before the apposition ends before it; the quoted manner adverb is no quote
    r = _one(got, reported)
    assert r[0] == reported, got
    assert not any(g[0].strip('"') in ("firmly",) for g in got), got


@pytest.mark.parametrize("text, content, speaker", [
    # controls: a relative clause on a single noun, a 'who' subject of its own cue, a plain according-to
    ("Rescue teams reached the miners, who said they had run out of water.", "they had run out of water", "miners"),
    ("According to the health ministry, nine people died in the floods.", "nine people died", "health ministry"),
    ("The company denied the report.", "the report", "company"),
])
def test_controls(nlp, no_actors, text, content, speaker):
    got = _found(run(nlp, text))
    q = _one(got, content)
    assert q[1] is not None and speaker in q[1], got


@pytest.mark.parametrize("text", [
    # no gap for the object: the cue has an object of its own, or the noun phrase is no apposition after a comma
    "The ministry denied the report that the general had fled.",
    "Police and protesters, who both said they wanted calm, met at the square.",
])
def test_no_relative_object_without_the_pattern(nlp, no_actors, text):
    got = _found(run(nlp, text))
    assert not any(g[0] in ("an account", "a report", "a version") for g in got), got


@pytest.mark.parametrize("text, content, speaker, outer", [
    ("The premier said she had met the heads of the police, the navy and the coast guard, who had assured her of "
     "their \"full support for the inquiry\".", "full support for the inquiry", "heads", "she had met the heads"),
    ("Dlamini said on Friday he had spoken to the leaders of the miners' union and the transport union, who had "
     "promised him \"an orderly return to work\".", "an orderly return to work", "leaders", "on Friday he had spoken"),
    ("The governor said she had met the mayors of Lille and Rouen, who had pledged \"every resource we have\" to the "
     "relief effort.", "every resource we have", "mayors", "she had met the mayors"),
])
def test_quoted_words_of_a_relative_clause_inside_a_report(nlp, no_actors, text, content, speaker, outer):
    got = _found(run(nlp, text))
    q = _one(got, content)
    assert q[1] is not None and speaker in q[1], got
    _one(got, outer)  # the report that holds the clause stays
