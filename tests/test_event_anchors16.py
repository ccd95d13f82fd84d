"""Event coder, sixteenth round (issues 10 and 11, coverage of the cluster set's labelled events): classes of
event mentions the coder did not find, read from the missed anchors of the cluster set's development parts
(a, c-k; docs/events.md, session 16). Every sentence here was written for this test; each class is tested in
several phrasings next to uses of the same words that must stay without an event:

* an armed criminal group is an armed perpetrator: "bandits / dacoits / a gang kidnapped ..." (``@armed``);
* two coordinated parties "fought running battles" (``f_fight_battles``); armed forces "fought" with no object
  or opponent named (``f_fight_armed``), not "fought for their country" nor "fought back" (a defence against an
  attack, which is the event);
* "downed tools" is a strike (``f_down_tools``); "handed in his resignation" by a political actor is a
  resignation (0831), not by a student;
* an act and its purpose clause of the same kind ("blocked the ring road to protest against", "rallied ... to
  protest") are one event, and the act (the governing verb) is kept, not the more confident purpose
  (``coder.dedupe``).
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_trigger


CLAIMED = ("asserted", "attributed", "future")


def _with(evs, trigger, root=None):
    return with_trigger(evs, trigger, CLAIMED, root)


# -- an armed criminal group kidnaps ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Bandits abducted 20 travellers on the highway outside Zaria on Friday.", "abducted"),
    ("Armed bandits kidnapped three surveyors near Gusau on Sunday, police said.", "kidnapped"),
    ("Bandits kidnapped a village head and his two sons in Zamfara overnight.", "kidnapped"),
    ("The gang kidnapped the school's cooks on Thursday night, a church official said.", "kidnapped"),
    ("Dacoits abducted two engineers working on a bridge near Sitamarhi on Monday.", "abducted"),
])
def test_criminal_group_kidnaps(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, "181"), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The gang released a new album on Friday.", "released"),
    ("Bandits, the local football club, beat their rivals 2-1 on Sunday.", "beat"),
])
def test_criminal_group_words_stay_quiet(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger), _show(evs)


# -- fighting ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rioters and riot police fought running battles in the city centre of Conakry.",
    "Protesters and police fought pitched battles near the parliament on Saturday.",
    "Turkish and Kurdish fighters fought in northern Syria on Monday.",
    "Rebels and government soldiers fought near the airport overnight.",
    "Government soldiers fought until dawn near the airport, the army said.",
    "Chadian and Sudanese troops fought near the border town until nightfall.",
])
def test_fighting_without_named_opponent(pipe, text):
    evs = _events(pipe, text)
    assert _with(evs, "fought", "19"), _show(evs)


@pytest.mark.parametrize("text", [
    "The soldiers fought for their country.",
    "Veterans who fought in the war gathered in Moscow.",
    "Police fought to control the blaze for hours.",
    "The two fighters fought for the title in Las Vegas.",
    "Officers guarding the depot fought back until help came from the city.",
])
def test_fought_without_fighting(pipe, text):
    evs = _events(pipe, text)
    assert not _with(evs, "fought"), _show(evs)


# -- downed tools ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Dock workers in Mombasa downed tools on Tuesday over unpaid wages.", "downed"),
    ("Junior nurses down tools over unpaid allowances.", "down"),
    ("Council workers downed tools on Friday, demanding a pay rise.", "downed"),
])
def test_downed_tools_is_a_strike(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, "14"), _show(evs)


def test_downed_aircraft_stays_force(pipe):
    evs = _events(pipe, "Iranian troops downed a surveillance drone over the Gulf.")
    assert _with(evs, "downed", "19"), _show(evs)


# -- resigning in other words --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Austrian interior minister handed in his resignation on Friday.",
    "The defence minister handed in his resignation to the president on Friday.",
])
def test_handing_in_a_resignation(pipe, text):
    evs = _events(pipe, text)
    assert _with(evs, "handed", "083"), _show(evs)


@pytest.mark.parametrize("text", [
    "The student handed in his homework on Friday.",
    "The coach handed in his notice after the defeat.",
])
def test_handing_in_other_things(pipe, text):
    evs = _events(pipe, text)
    assert not _with(evs, "handed"), _show(evs)


# -- an act and its purpose clause ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Thousands of Kurds rallied in Diyarbakir on Saturday to protest against the arrest of the mayor.", "rallied"),
    ("Thousands of Serbian students rallied in Nis on Saturday to protest against corruption.", "rallied"),
    ("Angry residents blocked the ring road near Arusha with burning tyres to protest against power cuts.", "blocked"),
    ("Taxi drivers blocked the airport road in Accra to protest against new fares.", "blocked"),
])
def test_the_act_not_its_purpose_is_the_event(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, "14") and not _with(evs, "protest"), _show(evs)


def test_a_purpose_alone_stays(pipe):
    evs = _events(pipe, "Hundreds of nurses gathered outside the health ministry in Accra on Monday to protest against "
                        "unpaid allowances.")
    assert [e for e in evs if e.cameo.startswith("14")], _show(evs)
