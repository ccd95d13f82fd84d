"""Actor coverage for wire copy (issue 10): organisations, agencies, rank abbreviations, and
intergovernmental / non-governmental actors counted as political. Sentences written for this test."""

from __future__ import annotations

import pytest


def first_source(pipe, text):
    from lapwing.schema import Article

    evs = pipe.analyse(Article(id="t", text=text)).events
    return (evs[0].source.country, evs[0].source.sector) if evs and evs[0].source else None


@pytest.mark.parametrize("name,country,sector", [
    ("UNDOF", "UNO", "MIL"),
    ("Immigration and Customs Enforcement", "USA", "COP"),
    ("The Syrian army command", "SYR", "MIL"),
    ("The Ogaden National Liberation Front", "ETH", None),  # REB until the 2018 peace, then PTY (dated rows)
    ("Europe", "EUR", None),
])
def test_organisations_are_coded(pipe, name, country, sector):
    got = first_source(pipe, f"{name} criticised the plan.")
    assert got is not None, name
    if country:
        assert got[0] == country, (name, got)
    if sector:
        assert got[1] == sector, (name, got)


@pytest.mark.parametrize("text", [
    "The Red Cross criticised the government's plan.",
    "Doctors Without Borders condemned the air strike on the hospital.",
])
def test_ngo_with_a_non_political_sector_still_acts_politically(pipe, text):
    assert first_source(pipe, text) is not None, text


def test_a_company_department_is_no_government():
    from lapwing.extract.events.participants import is_political
    from lapwing.schema import Actor

    assert is_political(Actor(text="the Red Cross", country="NGO", sector="HLH", start=0, end=13))
    assert not is_political(Actor(text="a carmaker", country="MNC", sector="BUS", start=0, end=10))
    assert not is_political(Actor(text="doctors", sector="HLH", start=0, end=7))


@pytest.mark.parametrize("abbr", ["Lt.", "Col.", "Maj.", "Sgt.", "Capt.", "Brig."])
def test_rank_abbreviations_stay_one_token(pipe, abbr):
    doc = pipe.nlp(f"{abbr} John Okafor resigned on Monday.")
    assert doc[0].text == abbr and doc[1].text == "John"
    assert len(list(doc.sents)) == 1


def test_rank_abbreviation_gives_the_military_sector(pipe):
    assert first_source(pipe, "Col. John Okafor resigned on Monday.") == (None, "MIL")
