"""'show' reports what a poll, a survey, a study or a document shows, and nothing else shows anything (sentences
written for this test)."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, fragment, words", [
    ("A new CNN survey showed Smith leading the field with 31 percent of the vote.", "Smith leading the field",
     "survey"),
    ("The emails showed the close ties between the foundation and the ministry.", "the close ties", "emails"),
    ("A Monmouth poll out Monday showed Ruiz with a healthy lead over Holm in the north.", "Ruiz with a healthy lead",
     "poll"),
])
def test_a_poll_or_a_document_shows(nlp, text, fragment, words):
    found = [q for q in run(nlp, text) if fragment in q.text]
    assert found and found[0].speaker is not None and words in found[0].speaker.text, [
        (q.text, q.speaker) for q in run(nlp, text)]
    assert found[0].cue in ("showed", "shows")


@pytest.mark.parametrize("text", [
    "The video shows a man running from the store.",
    "The singer showed her new album to the fans on Friday.",
])
def test_nothing_else_shows_anything(nlp, text):
    assert not [q for q in run(nlp, text) if q.cue in ("shows", "showed")]
