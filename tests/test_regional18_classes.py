"""Session 33 (round rf63, issue 10): the classes of coder errors read off the ninth reference batch, regional and
local news (tests/data/event_reference/18_regional.tsv), each fixed by a general rule. Sentences written for these
tests.

* a regional ``City:`` dateline with each word capitalised ("Nakuru: ", "Davao City: ") gives bare domestic bodies
  ("police", "soldiers", "the court") the city's country, as the lower-cased "nakuru: " already did; a capitalised
  word before a colon that is no known city gives none; "Davao City" is looked up as "Davao" when the gazetteer
  has no "Davao City".
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-07"  # a Monday


# ---------------------------------------------------------------------------------------------
# a capitalised "City:" dateline


@pytest.mark.parametrize("text, root, source, country", [
    ("Mombasa: Police arrested six men on Saturday after a warehouse at the port was broken into.",
     "17", "Police", "KEN"),
    ("Davao City: Soldiers detained three suspected extortionists at a checkpoint on Sunday.", "17", "Soldiers", "PHL"),
    ("Ludhiana: Police lathi-charged a crowd of students outside the bus stand on Friday.", "17", "Police", "IND"),
    ("Port Harcourt: Police on Sunday arrested two men over the theft of pipeline cables.", "17", "Police", "NGA"),
    ("Kano: The state government imposed a curfew on two districts after clashes between traders.",
     "17", "government", "NGA"),
])
def test_capitalised_city_dateline_gives_country(pipe, text, root, source, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, source=source, country=country), show(evs)


@pytest.mark.parametrize("text, root, source", [
    # no city before the colon: no country from it
    ("Update: Police arrested six men on Saturday after a warehouse was broken into.", "17", "Police"),
    ("Breaking News: Soldiers detained three men at a checkpoint on Sunday.", "17", "Soldiers"),
])
def test_capitalised_non_city_label_gives_no_country(pipe, text, root, source):
    evs = events(pipe, text, PUB)
    got = hits(evs, root, source=source)
    assert got and all(e.source.country is None for e in got), show(evs)


def test_lower_dateline_still_gives_country(pipe):
    evs = events(pipe, "mombasa: police arrested six men on saturday after a warehouse was broken into.", PUB)
    assert hits(evs, "17", source="police", country="KEN"), show(evs)
