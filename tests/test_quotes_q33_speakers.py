"""Speakers of round 33 (issue 16), read on unlabelled stories: a subject the parser hung on a participle aside
before its cue ('X, speaking at ..., called'), a subject the parse put inside the reported words ('X, speaking at
..., said [delegates agreed ...]'), a past tense the tagger read as a participle after an aside on a name ('X, a
Y, joked on Facebook that'), and a sentence the parser ran on past a quote closing with a full stop. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, words, speaker", [
    ('Interior Minister Pavel Novak, also speaking in early March, called the camp at Lesna "the ideal place" to '
     "hold the migrants.", "ideal place", "Pavel Novak"),
    ('Senator Maria Dunne, also speaking in early April, called the camp at Brenna Bay "the worst possible site" '
     "to hold the refugees.", "worst possible site", "Maria Dunne"),
])
def test_a_subject_hung_on_a_participle_aside_speaks_for_the_cue(nlp, text, words, speaker):
    assert speaker in speaker_words(quote_with(run(nlp, text), words))


@pytest.mark.parametrize("text, words, speaker", [
    ("Okafor, speaking at a closing session of the World Health Assembly (WHA) here, said delegates promised in "
     "Geneva last May that the vaccines of poorer nations should not be taxed.", "vaccines of poorer", "Okafor"),
    ("Lindgren, speaking at an open hearing of the Nordic Fisheries Board (NFB) there, said ministers agreed in "
     "Oslo last June that the quotas of smaller fleets should not be lowered.", "quotas of smaller", "Lindgren"),
])
def test_a_subject_inside_the_reported_words_gives_way_to_the_sentence_opening(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Danish activist Lars Holm, a leading anti-whaling voice, joked on Facebook that the minister was turning "
     "into a fisherman.", "turning into a fisherman", "Lars Holm"),
    ("Dutch politician Pieter Smit, a noted eurosceptic, joked in reply on Twitter that Brussels had finally "
     "learned to count.", "learned to count", "Pieter Smit"),
])
def test_a_past_tense_read_as_a_participle_after_an_aside_speaks_for_the_name(nlp, text, words, speaker):
    assert speaker in speaker_words(quote_with(run(nlp, text), words))


def test_a_sentence_run_on_past_a_closed_quote_starts_after_the_mark(nlp):
    text = ('"Some powers should go back to the capitals." Irish senator Aoife Byrne, a veteran federalist, joked '
            'in reply on Facebook that Keller, who for decades was seen as a centralist, is turning into a '
            '"localist."')
    found = [q for q in run(nlp, text) if q.kind == "indirect" and q.text.startswith("Keller")]
    assert found and "Aoife Byrne" in speaker_words(found[0])


@pytest.mark.parametrize("text, words", [
    ("VW reported that sales fell 4 pct in May.", "sales fell"),
    ("But VW told dealers that prices would rise by 3 pct.", "prices would rise"),
    ("The car maker is expanding. VW said it would hire 2,000 workers.", "hire 2,000 workers"),
])
def test_a_name_in_capitals_read_as_an_auxiliary_is_the_speaker(nlp, text, words):
    assert speaker_words(quote_with(run(nlp, text), words)) == "VW"


def test_an_auxiliary_in_capitals_is_no_speaker(nlp):
    quotes = run(nlp, "DOES said the plan was dead.")
    assert all(speaker_words(q) != "DOES" for q in quotes)
