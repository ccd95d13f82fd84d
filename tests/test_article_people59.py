"""People the article itself introduces before the dictionary and the office holders (session 31, round 59;
``actors/article_people.py``, ``actors/appositives.py``, ``events/court_place.py``).

- a one-word possessor name ("Lai's son") is the article's earlier person of that name, not the dictionary's;
- relatives of an official ("Putin's nephew", "the president's daughter") are civilians, not GOV;
- "X, a Kenyan," gives the person a country; "Ministry spokesman X" after "Kenya's Interior Ministry" is Kenyan;
- bare prosecutors, judges and juries take the country of the place of the article's court, not the defendant's.

Controls: the dictionary person when the article names no other; a relative with an office of his own in the
dictionary; a domestic trial; a ministry title when the article named ministries of two countries. Sentences
written for this test."""

from __future__ import annotations

import pytest

from lapwing.schema import Article


def _rec(pipe, text: str):
    return pipe.analyse(Article(id="t", text=text, published="2024-03-05"))


def _actors(rec, quotes: bool = True):
    out = []
    for e in rec.events:
        out += [a for a in (e.source, e.target) if a is not None]
    if quotes:
        out += [q.speaker for q in rec.quotes if q.speaker is not None]
    return out


def _codes(pipe, text: str, head: str, quotes: bool = True) -> set[tuple]:
    """(country, sector) of every actor of the events (and quotes) whose text starts with ``head``."""
    return {(a.country, a.sector) for a in _actors(_rec(pipe, text), quotes) if a.text.startswith(head)}


# -- a possessor's surname: the article's own earlier person ----------------------------------------------------
@pytest.mark.parametrize("text, head, country", [
    ("HONG KONG, March 4 (Reuters) - Hong Kong media tycoon Jimmy Lai appeared in court on Monday. Lai's son said "
     "his father was in poor health.", "Lai's son", "HKG"),
    ("Pro-democracy publisher Jimmy Lai, 76, has been held since 2020. Lai's lawyer said on Monday the trial was "
     "unfair.", "Lai's lawyer", None),
])
def test_possessor_surname_is_the_articles_person(pipe, text, head, country):
    got = _codes(pipe, text, head)
    assert got, "no actor"
    assert all(c != "TWN" and s != "GOV" for c, s in got), got
    if country:
        assert all(c == country for c, _ in got), got


def test_possessor_surname_control_dictionary_person(pipe):
    # the article names no other Lai: the dictionary's president, whose spokesman is a government's
    got = _codes(pipe, "TAIPEI, March 4 (Reuters) - Lai's spokesman said on Monday the island would defend "
                       "itself against any attack.", "Lai's spokesman")
    assert got and all(c == "TWN" for c, _ in got), got


# -- relatives are civilians -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, head", [
    ("MOSCOW, March 4 (Reuters) - Russian President Vladimir Putin met Chinese officials on Tuesday. Putin's "
     "nephew criticised the plan on Wednesday.", "Putin's nephew"),
    ("The president's daughter criticised the ruling party on Monday.", "The president's daughter"),
    ("WASHINGTON, March 4 (Reuters) - U.S. President Joe Biden met lawmakers on Monday. Biden's son Hunter "
     "criticised the prosecutors.", "Biden's son"),
    ("Ugandan opposition leader Bobi Wine said on Monday his brother had been arrested. Wine's brother was "
     "released later.", "Wine's brother"),
    ("The finance minister's wife condemned the court's ruling on Tuesday.", "The finance minister's wife"),
])
def test_relatives_of_an_official_are_civilians(pipe, text, head):
    got = _codes(pipe, text, head)
    assert got, "no actor"
    assert all(s not in ("GOV", "OPP") for _, s in got), got


def test_relative_control_own_office(pipe):
    # a spokesman of the president keeps the office's sector (not a relative word)
    got = _codes(pipe, "MOSCOW, March 4 (Reuters) - Putin's spokesman criticised the plan on Wednesday.",
                 "Putin's spokesman")
    assert got and all(s == "GOV" for _, s in got), got


# -- a person's country from the article's own words --------------------------------------------------------------
@pytest.mark.parametrize("text, head, country", [
    ("Rights lawyer Jane Wanjiru, a Kenyan, criticised the police on Monday. Wanjiru said the arrests were "
     "illegal.", "Wanjiru", "KEN"),
    ("Maria Lopez, a Peruvian, said on Monday the vote was rigged.", "Maria Lopez", "PER"),
    ("Kenya's Interior Ministry said on Monday it had banned the march. Ministry spokesman Peter Odhiambo said "
     "the protesters had no permit.", "Ministry spokesman", "KEN"),
    ("Tanzania's foreign ministry summoned the British envoy on Monday. A ministry spokeswoman, Grace Mushi, "
     "said the envoy had insulted the country.", "A ministry spokeswoman", "TZA"),
])
def test_person_country_from_the_article(pipe, text, head, country):
    got = _codes(pipe, text, head)
    assert got and all(c == country for c, _ in got), got


def test_ministry_title_control_two_countries(pipe):
    # ministries of two countries named before: the title alone says neither
    got = _codes(pipe, "Kenya's foreign ministry and Uganda's foreign ministry held talks on Monday. A ministry "
                       "spokesman said the talks had failed.", "A ministry spokesman")
    assert all(c not in ("KEN", "UGA") for c, _ in got), got


# -- prosecutors and judges: the court's country ------------------------------------------------------------------
@pytest.mark.parametrize("text, head", [
    ("Honduran ex-president Juan Orlando Hernandez was convicted by a jury in Manhattan. Federal prosecutors said "
     "Hernandez had protected drug traffickers.", "Federal prosecutors"),
    ("Mexican drug lord Ismael Zambada pleaded guilty in a Brooklyn federal court on Monday. Prosecutors said "
     "Zambada had run the cartel for decades.", "Prosecutors"),
    ("Former Honduran President Juan Orlando Hernandez went on trial in New York on Monday. Prosecutors accused "
     "Hernandez of taking bribes from drug traffickers.", "Prosecutors"),
])
def test_prosecutors_take_the_courts_country(pipe, text, head):
    # (events: a quote's speaker takes no sentence country, before and after)
    got = _codes(pipe, text, head, quotes=False)
    assert got and all(c == "USA" for c, _ in got), got


@pytest.mark.parametrize("text, head, country", [
    # a domestic trial: the article's country
    ("NAIROBI, March 4 (Reuters) - Prosecutors charged Kenyan opposition lawyer Jane Wanjiru with incitement on "
     "Monday.", "Prosecutors", "KEN"),
    ("LAHORE, March 4 (Reuters) - Former Pakistani prime minister Imran Khan appeared before a court in Lahore on "
     "Monday. Prosecutors accused Khan of leaking state secrets.", "Prosecutors", "PAK"),
])
def test_prosecutors_control_domestic_trial(pipe, text, head, country):
    got = _codes(pipe, text, head, quotes=False)
    assert got and all(c == country for c, _ in got), got


def test_prosecutors_no_court_place_no_defendants_country(pipe):
    # no court placed, no dateline: the defendant's nationality is not the prosecutors'
    got = _codes(pipe, "Federal prosecutors said Honduran ex-president Juan Orlando Hernandez had protected drug "
                       "traffickers.", "Federal prosecutors")
    assert all(c != "HND" for c, _ in got), got
