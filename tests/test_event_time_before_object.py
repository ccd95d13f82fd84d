"""Wire copy's "VERB on DAY OBJECT": the object after the verb's own time phrase is the verb's object (repair 149,
events/repair_time_complement.py), also when the parse made the object the sentence's root noun with the verb hung
on its subject ("The Kremlin dismissed on Friday a Ukrainian proposal"), and when the object is a bare plural after a
verb with its own subject ("rejected on Friday calls from US lawmakers to ...")."""

from __future__ import annotations

import pytest

from event_helpers import events, show


@pytest.mark.parametrize("text, root, source, target", [
    ("The Kremlin dismissed on Friday a Ukrainian proposal for a ceasefire over the winter.", "12", "RUS", "UKR"),
    ("Mexico's president rejected on Friday calls from US lawmakers to designate drug cartels as terrorist groups.",
     "12", "MEX", "USA"),
    ("Brazil's president rejected on Monday demands from Washington to extradite the businessman.", "12", "BRA", "USA"),
    ("China rejected on Monday a US offer of talks on trade.", "12", "CHN", "USA"),
])
def test_object_after_the_verbs_time_phrase(pipe, text, root, source, target):
    evs = [e for e in events(pipe, text) if e.cameo.startswith(root) and e.status == "asserted"]
    assert evs, show(events(pipe, text))
    assert evs[0].source is not None and evs[0].source.country == source, show(evs)
    assert evs[0].target is not None and evs[0].target.country == target, show(evs)


@pytest.mark.parametrize("text", [
    # a participle naming its noun, and a plural that is the sentence's own verb, keep their reading
    "The ambassador, appointed on Monday, is a veteran diplomat.",
    "The plan approved on Monday calls for new elections within a year.",
])
def test_controls_keep_their_reading(pipe, text):
    assert not [e for e in events(pipe, text) if e.cameo.startswith("12")], show(events(pipe, text))
