"""A report inside a report (issue 16, eighteenth session): how Lapwing records it, on sentences written for the tests.

The outer attribution is a quote of its own whose content is the whole reported clause, inner speaker and cue
included; the inner one is a quote too, with its own speaker, and lies inside the outer quote's span (that is how a
reader sees that the outer speaker reports it). Each class is
tested in several phrasings, with guards against over-reach."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


def _outer_and_inner(quotes, outer_words, inner_words):
    """The quote holding ``outer_words`` and the shortest quote holding ``inner_words`` (not the outer one)."""
    outer = quote_with(quotes, outer_words)
    inner = min((q for q in quotes if inner_words in q.text and q is not outer), key=lambda q: q.end - q.start,
                default=None)
    assert inner is not None, f"no inner quote holds {inner_words!r}: {[q.text for q in quotes]}"
    return outer, inner


@pytest.mark.parametrize("text, outer_words, outer_speaker, inner_words, inner_speaker", [
    ("The senator said CNN had tweeted that the deal was dead.", "CNN had tweeted", "senator",
     "the deal was dead", "CNN"),
    ("Ruiz told reporters that the mayor had warned the bridge could collapse.", "the mayor had warned", "Ruiz",
     "the bridge could collapse", "mayor"),
    ("The governor tweeted that Smith had told him the plant would close.", "Smith had told him", "governor",
     "the plant would close", "Smith"),
    ("The newspaper reported that the mayor had admitted the budget was short.", "the mayor had admitted",
     "newspaper", "the budget was short", "mayor"),
    ("Aides said the president told them the strikes would continue.", "the president told them", "Aides",
     "the strikes would continue", "president"),
    ("Fact checkers have pointed out that the senator said the emails were never classified.",
     "the senator said", "Fact checkers", "the emails were never classified", "senator"),
])
def test_a_report_inside_a_report_gives_both_quotes_the_outer_holding_the_inner(
        nlp, text, outer_words, outer_speaker, inner_words, inner_speaker):
    outer, inner = _outer_and_inner(run(nlp, text), outer_words, inner_words)
    assert outer_speaker in speaker_words(outer) and inner_speaker in speaker_words(inner)
    assert outer.start <= inner.start and inner.end <= outer.end and (outer.start, outer.end) != (inner.start, inner.end)
    assert inner_speaker not in speaker_words(outer)


@pytest.mark.parametrize("text, outer_words, reporter, inner_words, speaker", [
    ("According to the ministry, the general said the border would stay closed.", "the general said", "ministry",
     "the border would stay closed", "general"),
    ("According to state television, the general warned that the border would close.", "the general warned",
     "state television", "the border would close", "general"),
    ("The general warned that the border would close, according to state television.", "The general warned",
     "state television", "the border would close", "general"),
    ("The witness said the order was meant to protect the chairman, according to the report.", "The witness said",
     "report", "protect the chairman", "witness"),
])
def test_according_to_x_y_said_credits_x_with_the_report_and_y_with_the_words(
        nlp, text, outer_words, reporter, inner_words, speaker):
    outer, inner = _outer_and_inner(run(nlp, text), outer_words, inner_words)
    assert outer.cue == "according to" and reporter in speaker_words(outer)
    assert speaker in speaker_words(inner) and outer.start <= inner.start and inner.end <= outer.end


@pytest.mark.parametrize("text, words", [
    ("The problem is that the mayor said no to the council.", "the mayor said"),
    ("He was so tired that he said nothing new to the council.", "he said nothing"),
])
def test_no_outer_report_without_a_speaker_who_reports(nlp, text, words):
    # 'be' and a clause of degree report nothing: no quote holds the inner cue clause
    assert not [q for q in run(nlp, text) if words in q.text]


@pytest.mark.parametrize("text, words, rest", [
    ("A spokesman for the minister said on Monday that she had promised the salaries would be paid.",
     "she had promised", "salaries would be paid"),
])
def test_a_clause_hung_beside_the_cue_after_an_inner_cue_stays_in_the_outer_content(nlp, text, words, rest):
    assert rest in quote_with(run(nlp, text), words).text


@pytest.mark.parametrize("text, words, rest", [
    ("The minister said the strike was over, and the unions agreed.", "the strike was over", "unions"),
    ("The mayor said the port would reopen; the council disagreed.", "the port would reopen", "council"),
])
def test_a_clause_of_its_own_after_the_content_stays_out(nlp, text, words, rest):
    assert rest not in quote_with(run(nlp, text), words).text


@pytest.mark.parametrize("text, inner_words, speaker, hearer", [
    ("The ministry's spokesman told reporters the minister had warned that the talks could collapse.",
     "the talks could collapse", "minister", "reporters"),
    ("The aide told journalists the general had warned that the troops would stay.",
     "the troops would stay", "general", "journalists"),
])
def test_the_hearer_of_told_is_not_part_of_the_inner_speaker(nlp, text, inner_words, speaker, hearer):
    quotes = run(nlp, text)
    inner = min((q for q in quotes if inner_words in q.text), key=lambda q: q.end - q.start)
    assert speaker in speaker_words(inner) and hearer not in speaker_words(inner)


@pytest.mark.parametrize("text, words, speaker, not_speaker", [
    ("The president posted a video on Twitter in which his rival is heard saying the election was rigged.",
     "the election was rigged", "rival", "president"),
    ("Neighbours could be heard telling the police that the gunman had fled.", "the gunman had fled", "Neighbours",
     "police"),
    ("In the footage the mayor is seen warning residents that the river will flood.", "the river will flood", "mayor",
     "footage"),
])
def test_one_heard_or_seen_saying_something_speaks_not_who_posted_the_recording(nlp, text, words, speaker, not_speaker):
    who = speaker_words(quote_with(run(nlp, text), words))
    assert speaker in who and not_speaker not in who


@pytest.mark.parametrize("text", [
    "The claims that were filed last year were false.",
    "The new rules that govern the port were published on Monday.",
])
def test_a_relative_that_after_a_plural_noun_is_no_cue(nlp, text):
    assert not run(nlp, text)


@pytest.mark.parametrize("text, words, speaker", [
    ("Each time he met the candidates, the governor came away convinced that the mayor was the better choice.",
     "the mayor was the better choice", "governor"),
    ("The mayor remained convinced that the bridge was safe.", "the bridge was safe", "mayor"),
])
def test_a_cue_participle_for_the_state_a_verb_leaves_its_subject_in_speaks_for_that_subject(nlp, text, words,
                                                                                          speaker):
    assert speaker in speaker_words(quote_with(run(nlp, text), words))


def test_a_state_inside_a_reported_clause_stays_inside_the_outer_quote(nlp):
    q = quote_with(run(nlp, "The mayor said the council remained convinced that the bridge was safe."), "remained")
    assert "mayor" in speaker_words(q) and "the bridge was safe" in q.text
