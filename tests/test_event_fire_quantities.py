"""Weapons counted by a quantity noun ("dozens of drones", "a wave of missiles", "a volley of rockets") with the target
hung on the weapons rather than on the quantity: the launch is an attack on that target (events/frames.py objprep
condition reads the measured thing's phrase, as the objprep argument does; phrases.MEASURE_HEADS)."""

from __future__ import annotations

import pytest

from event_helpers import events, show


@pytest.mark.parametrize("text, source, target", [
    ("Russia launched a wave of drones and missiles at Ukraine's power grid overnight.", "RUS", "UKR"),
    ("Russia launched dozens of drones at Kyiv overnight.", "RUS", "UKR"),
    ("Iran launched hundreds of drones and missiles against Israel.", "IRN", "ISR"),
    ("Ukraine launched hundreds of drones at Russian oil refineries over the weekend.", "UKR", "RUS"),
    ("Russia launched a wave of drones and missiles at Ukraine's power grid, Ukrainian officials said.", "RUS", "UKR"),
])
def test_counted_weapons_launched_at_a_target(pipe, text, source, target):
    evs = [e for e in events(pipe, text) if e.cameo.startswith("19")]
    assert evs, show(events(pipe, text))
    e = evs[0]
    assert e.source is not None and e.source.country == source, show(evs)
    assert e.target is not None and e.target.country == target, show(evs)


@pytest.mark.parametrize("text", [
    "The firm launched dozens of products at the trade fair in Berlin.",
    "The publisher launched a wave of new titles at the book fair.",
])
def test_counted_things_that_are_no_weapons(pipe, text):
    assert not [e for e in events(pipe, text) if e.cameo.startswith(("18", "19", "20"))], show(events(pipe, text))


def test_missiles_into_the_sea_stay_a_show_of_force(pipe):
    evs = events(pipe, "North Korea fired a volley of missiles into the sea on Sunday.")
    assert [e.cameo for e in evs] == ["150"], show(evs)
