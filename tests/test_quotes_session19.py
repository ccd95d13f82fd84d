"""Quote speakers, nineteenth session (issue 16): a cue after its quote that the tagger read as a noun or an
adjective, with the speaker's noun phrase between the quote and the cue. Sentences written for the tests, in several
phrasings, with guards against over-reach."""

from __future__ import annotations

import pytest

from lapwing.extract.quotes.cues import is_cue_verb, subject_after_quote
from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, words, speaker", [
    ('"We cannot go on like this for another year," the senator joked about the weather.', "go on like this",
     "senator"),
    ('"We cannot go on like this for another year," the party chairman joked to reporters on Tuesday.',
     "go on like this", "chairman"),
    ('"Let me help you out, the answer is no," the senator joked about whether Ruiz was honest.', "help you out",
     "senator"),
    ('"We cannot go on like this for another year," the senator riffed about the weather.', "go on like this",
     "senator"),
    ('"Nobody reads the budget any more," the mayor lamented about the council.', "reads the budget", "mayor"),
])
def test_a_cue_the_tagger_read_as_a_noun_or_adjective_after_its_quote_names_the_phrase_before_it(nlp, text, words,
                                                                                                  speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker in speaker_words(q)


def test_the_quote_goes_on_past_such_a_cue_clause(nlp):
    text = ('"Let me help you out, the answer is no," the senator joked about whether Ruiz was honest, drawing '
            'laughs from the crowd. "And that is why we need a new governor."')
    q = quote_with(run(nlp, text), "new governor")
    assert "senator" in speaker_words(q)


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("The senator joked about the weather for an hour.", "joked"),           # no quote before the phrase
    ('"Never again," the senator\'s warning ended the debate.', "warning"),  # a possessive is no speaker's phrase
    ('"Never again," she said, and the warning ended the debate.', "warning"),  # a clause between quote and word
])
def test_no_phrase_after_a_quote_no_subject_from_it(nlp, text, word):
    assert subject_after_quote(_token(nlp(text), word)) is None


def test_the_subject_after_a_quote_is_the_last_word_of_the_phrase(nlp):
    doc = nlp('"We cannot go on like this for another year," the party chairman joked to reporters on Tuesday.')
    joked = _token(doc, "joked")
    assert is_cue_verb(joked)
    assert subject_after_quote(joked).text == "chairman"


def test_a_plural_noun_after_a_quote_is_no_cue(nlp):
    doc = nlp('"Lock him up," the crowd chants grew louder as the senator spoke.')
    assert subject_after_quote(_token(doc, "chants")) is None
