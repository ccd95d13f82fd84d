"""Classes of the twelfth session's quotes work (issue 16: speaker accuracy), read on two new samples of PolNeAR's
train split (seeds 1204 and 5151) and on part a. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run  # noqa: F401 (fixtures)


def speaker_words(q) -> str:
    return "" if q.speaker is None else q.speaker.text


def quote_with(quotes, words: str):
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return found[0]


# -- a phrase between the subject (and a 'have' the parser read as the main verb) and the cue is not the speaker --

@pytest.mark.parametrize("text, words, speaker", [
    ("The harbour pilots have in the past said the channel was too shallow.", "too shallow", "The harbour pilots"),
    ("Local officials have in recent weeks argued that the road is unsafe.", "road is unsafe", "Local officials"),
    ("Members of the board have for years insisted that the budget is balanced.", "budget is balanced", "Members"),
    ("Her closest friends and allies have in the past said she would never run.", "never run", "Her closest friends"),
    ("Ana Ruiz had at the summit claimed that the port would reopen.", "port would reopen", "Ana Ruiz"),
])
def test_a_phrase_before_the_cue_is_not_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q).startswith(speaker)
