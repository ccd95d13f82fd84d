"""Session 36, round sc73 (issue 10): the classes of coder errors read off the reference batch on domestic politics
(tests/data/event_reference/27_domestic_politics.tsv), each fixed by a general rule. Sentences written for these tests.

* a motion of no confidence, censure or impeachment filed, tabled, moved, lodged or submitted against an office
  holder is a demand for a change in leadership (1041), not a lawsuit (115), and no event at all for "table";
* the "no" that opens a hyphenated modifier ("a *no*-confidence motion", "a *no*-fly zone") denies nothing: the act
  was coded negated;
* a meeting, congress, election or ceremony that "is held" is no detention (173): only people are held.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-09"  # a Wednesday


# ---- a motion against an office holder is a demand for a change in leadership --------------------------------------


@pytest.mark.parametrize("text,status", [
    ("The Labour opposition tabled a no-confidence motion against the prime minister on Monday.", "asserted"),
    ("Opposition senators filed a censure motion against the interior minister.", "asserted"),
    ("Three opposition parties lodged a motion of no confidence against the cabinet on Tuesday.", "asserted"),
    ("The opposition bloc moved a no-confidence motion against the chief minister.", "asserted"),
    ("Opposition deputies submitted an impeachment motion against the president on Friday.", "asserted"),
    ("The Liberal Democrats said they would table a no-confidence motion against the government next week.", "future"),
])
def test_motion_against_office_holder_is_1041(pipe, text, status):
    evs = events(pipe, text, PUB)
    got = [e for e in evs if e.cameo == "1041" and e.status == status]
    assert got, show(evs)
    assert not [e for e in evs if e.cameo.startswith("115")], show(evs)


@pytest.mark.parametrize("text", [
    "Mexico filed a lawsuit against American gun makers.",
    "Iran filed a lawsuit against the United States at the World Court.",
    "Argentina filed a case against Britain at the international court.",
])
def test_lawsuit_control_stays_115(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith("115")], show(evs)
    assert not [e for e in evs if e.cameo == "1041"], show(evs)


# ---- a hyphenated "no-" modifier is no denial -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Opposition parties were due to file a no-confidence motion against the prime minister.",
    "The Pakistani opposition moved a no-confidence motion against the prime minister.",
    "NATO imposed a no-fly zone over Libya on Saturday.",
])
def test_hyphened_no_is_not_negation(pipe, text):
    evs = events(pipe, text, PUB)
    assert evs and not [e for e in evs if e.status == "negated"], show(evs)


@pytest.mark.parametrize("text", [
    "Police made no arrests after the rally.",
    "Ghana signed no agreement with Togo.",
])
def test_plain_no_still_negates(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.status in ("asserted", "attributed")], show(evs)


# ---- a gathering that is held is no detention -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The party congress is held every five years in the capital.",
    "The congress is held every two years.",
    "The referendum will be held in March, the electoral board said.",
    "A memorial ceremony was held in the town square on Sunday.",
])
def test_held_gathering_is_no_detention(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("173")], show(evs)


@pytest.mark.parametrize("text", [
    "Nineteen of them, including the two owners, were held.",
    "The journalist was held for three days.",
    "Two opposition activists were held overnight in Harare.",
])
def test_held_people_stay_detained(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith("173")], show(evs)
