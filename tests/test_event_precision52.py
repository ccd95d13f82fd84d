"""Precision, session 29 round 52 (issue 10): wrong event types and events that are not there.

- A cooperation named as the charge of a custody or legal act ("arrested *for collaborating with*", "convicted the
  physicist *of cooperating with*") is an allegation, no act (``events/charged_deed.py``); a deed of force or protest
  named so stays, and so does a for-clause of praise or thanks.
- A border opened to refugees, migrants or evacuees grants them refuge (CAMEO 075, PLOVER AID), not the international
  involvement of 086 (``open_border_refuge`` rows); a border opened to trucks or aid convoys stays 086.

All sentences are invented.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


@pytest.mark.parametrize("text, arrest, deed", [
    ("The Rwandan opposition figure Kamali was detained on Tuesday for collaborating with an armed group.", "detained", "collaborating"),
    ("A Russian court convicted the physicist of cooperating with Chinese intelligence.", "convicted", "cooperating"),
    ("The general was arrested for supporting the coup plotters.", "arrested", "supporting"),
    ("Turkish police detained two traders in Van for aiding the rebels.", "detained", "aiding"),
    ("The Belarusian journalist was jailed for cooperating with Polish media.", "jailed", "cooperating"),
    ("Egyptian authorities have charged the lawyer with supporting the Muslim Brotherhood.", "charged", "supporting"),
])
def test_a_cooperation_named_as_a_charge_is_no_act(pipe, text, arrest, deed):
    evs = events(pipe, text)
    assert not with_trigger(evs, deed, CLAIMED), show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("Police detained two men in Lagos for attacking a bus driver.", "attacking", "1"),
    ("Police arrested three students for protesting outside parliament.", "protesting", "14"),
    ("The United Nations thanked Poland for opening its border to Ukrainian refugees.", "thanked", "05"),
    ("Ecuador has cooperated with Colombia on border security.", "cooperated", "06"),
    ("The Rwandan opposition figure Kamali was detained on Tuesday for collaborating with an armed group.", "detained", "17"),
    ("A Russian court convicted the physicist of cooperating with Chinese intelligence.", "convicted", "11"),
])
def test_acts_beside_a_charge_stay(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED, root=root), show(evs)


@pytest.mark.parametrize("text, verb, country", [
    ("Poland opened its borders to refugees from Ukraine.", "opened", "POL"),
    ("Chad opened its border to refugees from Sudan.", "opened", "TCD"),
    ("Hungary reopened its borders to migrants on Friday.", "reopened", "HUN"),
    ("Jordan opened the crossing to evacuees from Syria.", "opened", "JOR"),
    ("Uganda has reopened its border with Congo to refugees.", "reopened", "UGA"),
])
def test_a_border_opened_to_refugees_grants_refuge(pipe, text, verb, country):
    evs = events(pipe, text)
    hit = with_trigger(evs, verb, CLAIMED)
    assert hit and all(e.cameo == "075" for e in hit), show(evs)
    assert hit[0].source is not None and hit[0].source.country == country, show(evs)


@pytest.mark.parametrize("text, verb", [
    ("Armenia reopened its border to Turkish trucks.", "reopened"),
    ("Egypt reopened the Rafah crossing to aid convoys.", "reopened"),
])
def test_a_border_opened_to_goods_stays_086(pipe, text, verb):
    evs = events(pipe, text)
    assert with_trigger(evs, verb, CLAIMED, root="086"), show(evs)


def test_an_accusation_keeps_its_content_attributed(pipe):
    evs = events(pipe, "Kenya was accused of aiding the Somali militia.")
    assert with_trigger(evs, "aiding", ("attributed",)), show(evs)
