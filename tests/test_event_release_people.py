"""People released or freed under plain nouns of people ("a British couple", "two Italian engineers") are a release
(0841), as named people and prisoners are; things released (a phone, an album, figures) stay no event
(lexicons/event_patterns/00_sets.tsv @prisoner)."""

from __future__ import annotations

import pytest

from event_helpers import events, show


@pytest.mark.parametrize("text, target", [
    ("The Taliban released a British couple on Friday who had been detained in Afghanistan for eight months.", "GBR"),
    ("Iran freed a French couple held for three years on spying charges.", "FRA"),
    ("Kidnappers released two Italian engineers in southern Nigeria.", "ITA"),
    ("The rebels freed a Dutch family seized at a roadblock last month.", "NLD"),
])
def test_people_released(pipe, text, target):
    evs = [e for e in events(pipe, text) if e.cameo == "0841"]
    assert evs and evs[0].target is not None and evs[0].target.country == target, show(events(pipe, text))


@pytest.mark.parametrize("text", [
    "The company released a new phone on Monday.",
    "The band released a new album on Friday.",
    "The ministry released figures showing a rise in unemployment.",
])
def test_things_released_are_no_event(pipe, text):
    assert not [e for e in events(pipe, text) if e.cameo.startswith("08")], show(events(pipe, text))
