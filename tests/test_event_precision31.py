"""Event coder, round 31 (issue 10, precision on news nobody has labelled): a class of wrong actors found by judging
the coder's output on a seeded sample of unlabelled stories (seed 3135; docs/events.md, session 23, round 31). Every
sentence here was written for this test:

* "fought an insurgency / a war *against* X": the target is X, not the insurgency; an armed side fighting an
  insurgency with no against-phrase still fights; an unarmed one fighting "a war on drugs" is no event.

The round's status rules (what the hired were to do, the acts a charge names, an inverted "nor", what an intention is
to) and its clash-of-politicians rows changed no event on the blind samples nor on part b; they are on branch
pr31-candidates with their tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show

# -- fighting an insurgency against X ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("A separatist militia has long been fighting a bloody insurgency against the Iranian state.", "IRN"),
    ("Tuareg rebels have fought an insurgency against the Malian state since 2012.", "MLI"),
    ("A nationalist movement fought a war against the Sri Lankan state for decades.", "LKA"),
    ("Maoist guerrillas are fighting a rebellion against the Indian government in Chhattisgarh.", "IND"),
])
def test_the_target_of_an_insurgency_is_whom_it_is_against(pipe, text, country):
    evs = _events(pipe, text)
    got = [e for e in evs if e.cameo.startswith("19")]
    assert got and all(e.target is not None and e.target.country == country
                       and "insurgency" not in e.target.text and "war" not in e.target.text for e in got), _show(evs)


def test_an_army_fighting_an_insurgency_still_fights(pipe):
    evs = _events(pipe, "Nigerian troops have been fighting an insurgency in the northeast for years.")
    assert [e for e in evs if e.cameo.startswith("19") and e.status == "asserted"], _show(evs)


def test_a_war_on_drugs_is_no_fighting(pipe):
    evs = _events(pipe, "The mayor is fighting a war on drugs in Manila.")
    assert not [e for e in evs if e.cameo.startswith("19")], _show(evs)
