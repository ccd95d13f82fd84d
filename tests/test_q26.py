"""Quote speakers, twenty-sixth session (issue 16): which cue owns a clause when the parse hangs it elsewhere.

- 'make ... clear' reports the clause right after the plain word when the parse gives it none: after 'that' hung on
  'clear', or a clause with no 'that' opened by its own subject ('has made clear she will ...': quotes/made_clear.py
  ``clause_start``, used by segmentation._linear_complement).
- a clause with no 'that' the parser hung on a speech cue as a parataxis, right after the cue's hearer or time, is the
  cue's content, so the outer speaker owns it ('told reporters on Friday he thinks ...': reported._bare_clause).
- a possessive his / her owning a speech noun that is the object of a verb names that verb's subject ('Holt shared
  her belief that ...': pronouns._owns_object); the speaker stays the pronoun's own words.

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def pipe():
    from lapwing.pipeline import Pipeline

    return Pipeline.create(extractors=("actors", "quotes"))


def _quotes(pipe, text):
    from lapwing.schema import Article

    return pipe.analyse(Article(id="q26", text=text, language="en")).quotes


# -- 'make ... clear' with the clause right after the plain word -------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("Holm made it clear that he would stay on as chairman.", "would stay on", "Holm"),
    ("Mayor Ana Holm has made clear she will not sign the harbor bill.", "will not sign", "Ana Holm"),
    ("The senator has made clear she will fight the merger in court.", "fight the merger", "senator"),
])
def test_made_clear_reports_the_clause_after_the_plain_word(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q), (q.rule, speaker_words(q))
    assert q.cue.lower().startswith("made") or q.cue.lower().startswith("has")


@pytest.mark.parametrize("text", [
    "The board made clear the need for new funds.",
    "The result made it clear why the party lost the seat.",
])
def test_made_clear_with_no_clause_of_its_own_reports_nothing(nlp, text):
    assert all(not (q.cue or "").lower().startswith("made") for q in run(nlp, text))


# -- a clause with no 'that' after the cue's hearer or time ------------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("The mayor told reporters on Friday he thinks the bridge will be finished by spring.", "bridge will be finished",
     "The mayor"),
    ("Ruiz told the council last week she believed the vote had been rigged.", "vote had been rigged", "Ruiz"),
])
def test_a_bare_clause_after_the_hearer_belongs_to_the_outer_cue(nlp, text, words, speaker):
    quotes = [q for q in run(nlp, text) if words in q.text]
    assert quotes and all(speaker in speaker_words(q) for q in quotes), [(q.text, speaker_words(q)) for q in quotes]


@pytest.mark.parametrize("text", [
    "The mayor told reporters, he was tired of the questions.",
    "She said hello to the guards and walked on.",
])
def test_no_bare_clause_past_a_comma_or_without_a_subject(nlp, text):
    assert all("tired of the questions" not in q.text or q.cue != "told" for q in run(nlp, text))


# -- a possessive owner of a speech noun on the object of a verb ---------------------------------------------------

@pytest.mark.parametrize("text, words, name", [
    ("Greta Holt shared her belief that the ferry would stop running in May.", "ferry would stop", "Greta Holt"),
    ("Ivo Brandt shared his belief that the tunnel should be closed for a year.", "tunnel should be", "Ivo Brandt"),
])
def test_a_possessive_on_the_object_names_the_verb_subject(pipe, text, words, name):
    q = next(q for q in _quotes(pipe, text) if words in q.text)
    assert q.speaker is not None and q.speaker.text.lower() in ("her", "his")  # the pronoun's own words and offsets
    assert q.speaker.name == name, q.speaker


def test_a_possessive_is_not_named_by_a_subject_of_the_other_gender(pipe):
    text = "Mr. Tomas Berg rejected her claim that the harbor had been sold in secret."
    for q in _quotes(pipe, text):
        if q.speaker is not None and q.speaker.text.lower() == "her":
            assert q.speaker.name is None or "Berg" not in q.speaker.name
