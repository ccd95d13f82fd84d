"""A country's possessive before a dictionary body, or a nationality with up to two capitalised words of the body's
own name between, makes it that country's body (lead, session 22): "Iran's Supreme National Security Council" is
Iran's, not the US National Security Council the dictionary knows. Sentences written for this test."""

from __future__ import annotations

import pytest

from lapwing.schema import Article


def _sources(pipe, text: str) -> list[tuple[str | None, str | None]]:
    rec = pipe.analyse(Article(id="t", text=text, published="2027-03-02T08:00:00"))
    return [(e.source.country, e.source.sector) for e in rec.events if e.source is not None]


@pytest.mark.parametrize("text, country", [
    ("Iran's Supreme National Security Council rejected the proposal on Monday.", "IRN"),
    ("Pakistan's National Security Council condemned the attack on the convoy.", "PAK"),
    ("The Iranian Supreme National Security Council rejected the offer from Washington.", "IRN"),
    ("Turkey\u2019s National Security Council warned Syrian Kurdish fighters on Wednesday.", "TUR"),
    ("The Dhaka Metropolitan Police arrested three men on Sunday.", "BGD"),
])
def test_country_owning_a_dictionary_body_gives_its_country(pipe, text, country):
    got = _sources(pipe, text)
    assert got and got[0][0] == country, got


@pytest.mark.parametrize("text, country", [
    ("The National Security Council condemned the attack, a White House spokesman said.", "USA"),
    ("The Iran-aligned Houthi movement fired missiles at Israel.", "YEM"),
    ("Britain's MI6 warned Russia against interference.", "GBR"),
])
def test_a_body_without_another_owner_keeps_its_country(pipe, text, country):
    got = _sources(pipe, text)
    assert got and got[0][0] == country, got
