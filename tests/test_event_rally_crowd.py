"""A counted crowd that rallies ("Thousands rallied in Tbilisi against the government") is a crowd of civilians, as
one that demonstrates, protests or marches is, and takes the country its sentence shows (events/coding.py crowd
subjects; actor_context.crowd): only a rally against someone, outside a place or with a protest's purpose."""

from __future__ import annotations

import pytest

from event_helpers import events, show


@pytest.mark.parametrize("text, country", [
    ("Thousands rallied in Tbilisi against the government.", "GEO"),
    ("TBILISI, Nov 20 (LWN) - Thousands rallied against the government's decision to suspend talks.", "GEO"),
    ("Riot police arrested dozens of demonstrators as thousands rallied outside parliament in Tbilisi.", "GEO"),
    ("Tens of thousands rallied in Caracas on Saturday to demand new elections.", "VEN"),
])
def test_counted_crowd_rallying(pipe, text, country):
    evs = [e for e in events(pipe, text) if e.cameo.startswith("14")]
    assert evs, show(events(pipe, text))
    assert evs[0].source is not None and (evs[0].source.country, evs[0].source.sector) == (country, "CVL"), show(evs)


@pytest.mark.parametrize("text", [
    "Hundreds of fans rallied in Madrid on Sunday celebrating the title.",
    "Thousands rallied in the square to welcome the returning team.",
])
def test_celebrating_crowd_is_no_protest(pipe, text):
    assert not [e for e in events(pipe, text) if e.cameo.startswith("14")], show(events(pipe, text))


def test_market_rally_is_no_crowd(pipe):
    assert not [e for e in events(pipe, "Shares rallied in Tokyo on Friday after the central bank's decision.")
                if e.cameo.startswith("14")]
