"""Quote speakers, twenty-fourth session (issue 16): quoted words that no cue, framing verb or speech noun claims
speak for the subject of their sentence's main verb (quotes/framing.sentence_subject, rule
``partial:sentence-subject``), and still join the quote before them past a conjunction (quotes/conjoined.py); a
relative 'that' as the subject of a cue speaks, as 'which' and 'who' do (quotes/subjects._relative_that). Sentences
written for the tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, words, speaker", [
    ('The mayor referenced a state audit that "less than one percent of the funds" were spent.',
     "less than one percent", "mayor"),
    ('Ruiz said, per an interpreter, that the records were open, and he had full access to a system that "was like '
     'an open door on the Internet."', "open door", "Ruiz"),
    ('The governor signed a bill barring the agency from selling "any farm, forest, river or lake, whether public or '
     'private" without a vote.', "any farm", "governor"),
    ('Senator Holm wrote a letter asking the board for "a full and honest account of every dollar it spent."',
     "honest account", "Holm"),
    ('The coach pointed to a study showing "a clear link between sleep and injuries in young players."',
     "clear link", "coach"),
])
def test_quoted_words_no_cue_claims_speak_for_the_main_subject(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q), (q.rule, speaker_words(q))


@pytest.mark.parametrize("text, words", [
    # a main verb after the quoted words: the sentence's subject is not theirs to claim
    ('"A new day for the port" was how the paper put it in its headline on Monday morning.', "new day"),
    # a subject that names nobody
    ('It remains unclear whether the plan will offer "any real relief to the families who lost their homes."',
     "real relief"),
    ('There were calls for "a full and open inquiry into the fire and the response to it."', "full and open"),
    # a passive main verb
    ('The bill was passed after a debate about "the cost of the new bridge and who would pay for it."',
     "cost of the new bridge"),
])
def test_no_main_subject_no_speaker(nlp, text, words):
    quotes = [q for q in run(nlp, text) if words in q.text]
    assert all(q.rule != "partial:sentence-subject" for q in quotes), [(q.rule, speaker_words(q)) for q in quotes]


def test_quoted_words_after_a_conjunction_still_join_the_quote_before(nlp):
    text = 'Holm argued that being a citizen "is a promise" and that "no party owns being a citizen."'
    quotes = run(nlp, text)
    q = quote_with(quotes, "is a promise")
    assert "no party owns" in q.text and "Holm" in speaker_words(q)
    assert not [x for x in quotes if x is not q and "no party owns" in x.text]


@pytest.mark.parametrize("text, words, antecedent", [
    ("It was a memo that warns the dam could fail in a flood.", "the dam could fail", "memo"),
    ("Voters read a flyer from the union that claimed the plant would close by spring.", "the plant would close",
     "flyer"),
])
def test_a_relative_that_speaks_with_its_antecedent_named(nlp, text, words, antecedent):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == "that" and q.speaker.rule == "quotes:relative-pronoun", (q.rule, q.speaker)
    assert antecedent in (q.speaker.name or "")


def test_a_group_that_calls_itself_a_name_says_nothing(nlp):
    quotes = run(nlp, "The posts came from a group that calls itself Harbor Voices Media.")
    assert not [q for q in quotes if "Harbor Voices" in q.text and speaker_words(q) == "that"]


def test_a_demonstrative_that_and_a_relative_that_of_no_cue(nlp):
    # a relative 'that' on a verb that is no cue names no speaker for anything
    quotes = run(nlp, "The town built a wall that stopped the river from flooding the fields.")
    assert not [q for q in quotes if speaker_words(q) == "that"]
