"""A dictionary body named with another country's place or nationality before it is that country's body (lead,
session 21): "the Dhaka Metropolitan Police" is Bangladesh's, not London's, and so are the detectives it speaks for.
Sentences written for this test."""

from __future__ import annotations

import pytest

from lapwing.schema import Article


def _sources(pipe, text: str) -> list[tuple[str | None, str | None]]:
    rec = pipe.analyse(Article(id="t", text=text, published="2027-03-02T08:00:00"))
    return [(e.source.country, e.source.sector) for e in rec.events if e.source is not None]


@pytest.mark.parametrize("text, country", [
    ("The Dhaka Metropolitan Police arrested three men on Sunday.", "BGD"),
    ("Detectives detained a trader at his home on Sunday, the Dhaka Metropolitan Police said.", "BGD"),
    ("Officers of the Dhaka Metropolitan Police detained two students.", "BGD"),
])
def test_place_before_a_dictionary_body_gives_its_country(pipe, text, country):
    got = _sources(pipe, text)
    assert got and all(c == country for c, _ in got), got


@pytest.mark.parametrize("text", [
    "The Metropolitan Police arrested three men in Croydon on Sunday.",
    "Metropolitan Police officers detained two protesters outside Parliament.",
])
def test_the_body_without_such_a_modifier_keeps_its_dictionary_country(pipe, text):
    got = _sources(pipe, text)
    assert got and all(c == "GBR" for c, _ in got), got
