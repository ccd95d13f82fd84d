"""Session 39, round sb80 (issue 10): classes read off the reference batch 38 (security operations and militant
attacks, tests/data/event_reference/38_security_attacks.tsv). Sentences written for these tests.

* a force's report of an act done by machines named by its state ("*a U.S. drone* strike ..., *the Pentagon* said",
  "*British jets* ..., *the British Ministry of Defence* said") is the force's own account, asserted: a state's own
  name never differs from the name of one of its bodies; another state's voice, or a body of another state, keeps
  the act attributed;
* "found the man guilty of ...", which the parse reads with "guilty" as the object noun and the person as its
  compound, is a conviction (116), as "found the journalists guilty" (an adjective) already was
  (``find_guilty_n``).
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

PUB = "2026-12-08"  # a Tuesday


def _one(evs, root):
    got = [e for e in evs if e.cameo.startswith(root)]
    assert got, show(evs)
    return got[0]


@pytest.mark.parametrize("text", [
    "A U.S. drone strike killed two militants in eastern Syria on Saturday, the Pentagon said.",
    "An American drone struck a truck carrying fighters near Deir al-Zor on Friday, the Pentagon said.",
    "British jets bombed a militant hideout in northern Iraq on Sunday, the British Ministry of Defence said.",
    "A French drone struck a column of fighters in Niger on Sunday, the French army said.",
])
def test_machines_of_a_state_told_by_its_own_force_are_asserted(pipe, text):
    ev = _one(events(pipe, text, PUB), "19")
    assert ev.status == "asserted", show([ev])
    assert ev.attributed_to is not None


@pytest.mark.parametrize("text", [
    "A U.S. drone strike killed two militants in eastern Syria on Saturday, the Syrian army said.",
    "A U.S. drone strike killed two militants in eastern Syria on Saturday, the Kremlin said.",
    "Russian drones hit a power station near Kharkiv on Monday, the Ukrainian air force said.",
    "British jets bombed a militant hideout in northern Iraq on Sunday, Iraqi officials said.",
])
def test_the_same_acts_told_by_another_party_stay_attributed(pipe, text):
    ev = _one(events(pipe, text, PUB), "19")
    assert ev.status == "attributed", show([ev])


@pytest.mark.parametrize("text,country", [
    ("A court in Nairobi found the man guilty of murder on Thursday.", "KEN"),
    ("A Kenyan court found the driver guilty of manslaughter.", "KEN"),
    ("A federal jury in Chicago found a 33-year-old man guilty on Monday of planting a bomb outside a bank.", "USA"),
    ("A Pakistani court found the former minister guilty of leaking state secrets.", "PAK"),
])
def test_found_guilty_with_the_person_read_as_a_compound_is_a_conviction(pipe, text, country):
    evs = events(pipe, text, PUB)
    got = [e for e in evs if e.cameo == "116" and e.status == "asserted"]
    assert got and got[0].source is not None and got[0].source.country == country, show(evs)


@pytest.mark.parametrize("text", [
    "Voters found the senator guilty of arrogance, a poll showed.",
    "The hikers found the trail guilty of nothing worse than mud.",
])
def test_found_guilty_in_a_loose_sense_by_no_court_is_no_conviction(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "116"], show(evs)
