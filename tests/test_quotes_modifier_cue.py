"""Quotes (session 30, issue 16): a cue word used as a modifier of its noun ("the *ruling* party", "the *ruling*
coalition") reports no speech. Sentences written for this test."""

from __future__ import annotations

import pytest

from lapwing.schema import Article


def _quotes(pipe, text):
    return [(q.text, q.speaker.text if q.speaker else None) for q in pipe.analyse(Article(id="t", text=text)).quotes]


@pytest.mark.parametrize("text", [
    "The ruling coalition has called its own rally outside the government building on Sunday.",
    "The ruling party has called a rally outside parliament on Sunday.",
    "In Lomé, the ruling alliance has booked the national stadium for a rally on Saturday.",
])
def test_ruling_before_its_noun_is_no_cue(pipe, text):
    assert _quotes(pipe, text) == []


@pytest.mark.parametrize("text, start, speaker", [
    ("Ruling party chief Hugo Vera told reporters that the vote would go ahead.", "the vote would go ahead", "Hugo Vera"),
    ("The Supreme Court ruled on Monday that the election was valid.", "the election was valid", "Court"),
    ("Governor Ama Mensah was warning farmers that the dam could burst.", "the dam could burst", "Ama Mensah"),
])
def test_cues_around_it_are_kept(pipe, text, start, speaker):
    got = _quotes(pipe, text)
    assert any(q.startswith(start) and s and speaker in s for q, s in got), got
