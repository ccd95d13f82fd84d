"""Event coder, twentieth round (issue 10, precision on news nobody has labelled): classes of wrongly emitted events
found by judging the coder's output on a sixth seeded sample of unlabelled wire news (seed 2020; docs/events.md,
session 19, round 20). Every sentence here was written for this test; each class is tested in several phrasings
next to uses of the same words that must stay as they are:

* the gerund a verb takes through a preposition has the verb's modality: "the prisons *can focus on detaining*
  convicts", "*could succeed in arresting*" (hypothetical), "*did not succeed in capturing*" (negated)
  (``events/status_means.means_modality``);
* what a verb of striving is set on is a goal, not an act: "*focusing on strengthening* military cooperation",
  "the talks *focused on releasing* the hostages", "*insisted on releasing* the prisoners first" (hypothetical;
  ``events/status_means.goal_gerund``);
* a passive "met with" or "met by" police, gunmen or troops is how they received someone, not a meeting (the
  ``meet_with``, ``meet_obj`` and ``meet_obj_pass`` rows, the set ``@met_by_force``);
* a building or a site is no doer of violence: "the bombing of *the U.S. embassy that killed* 200 people" keeps the
  killing with no source (``events/owned.site_as_doer``).
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_trigger as _with


# -- a gerund taken through a preposition: the verb's modality ---------------------------------------------------------
@pytest.mark.parametrize("text, trigger, status", [
    ("The prison service can focus on securely detaining violent offenders.", "detaining", "hypothetical"),
    ("The army would keep on fighting the rebels.", "fighting", "hypothetical"),
    ("The police could succeed in arresting the gang leaders.", "arresting", "hypothetical"),
    ("The army did not succeed in capturing the town.", "capturing", "negated"),
    ("The rebels never succeeded in seizing the airport.", "seizing", "negated"),
])
def test_gerund_after_a_preposition_takes_the_verbs_modality(pipe, text, trigger, status):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == status for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The army succeeded in capturing the town.", "capturing"),
    ("The junta persisted in detaining the journalists.", "detaining"),
    ("Police kept on firing tear gas at the crowd.", "firing"),
    ("The junta could be punished for detaining the journalists.", "detaining"),  # a reason: it was done
    ("After meeting the envoy, the minister could leave.", "meeting"),  # a time: it was done
])
def test_gerund_of_an_act_told_as_done_stays(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status in ("asserted", "attributed") for e in got), _show(evs)


# -- a verb of striving: its gerund is a goal ------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The ministers met in Ottawa, focusing on strengthening military cooperation with Japan.", "strengthening"),
    ("The talks focused on releasing the hostages.", "releasing"),
    ("The envoy worked toward securing a ceasefire between the two sides.", "securing"),
    ("The rebels insisted on releasing the prisoners before the talks.", "releasing"),
])
def test_the_goal_of_a_striving_verb_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "hypothetical" for e in got), _show(evs)


def test_an_act_beside_a_focus_stays(pipe):
    evs = _events(pipe, "The army attacked the convoys after focusing on the border.")
    assert _with(evs, "attacked", statuses=("asserted",)), _show(evs)


# -- "met with" / "met by" force: no meeting ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The demonstrators were met by riot police.",
    "The strikers were met by troops outside the factory.",
    "The convoy was met by gunmen at the checkpoint.",
    "The marchers were met with water cannon by police.",
    "The soldiers were met with gunfire by the rebels.",
    "Protesters were met by riot police firing tear gas.",
])
def test_met_by_force_is_no_meeting(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("04")], _show(evs)


@pytest.mark.parametrize("text, source, target", [
    ("The delegation was met at the airport by the Chinese foreign minister.", "CHN", None),
    ("Abbas was met by Egyptian officials at the border crossing.", "EGY", "PSE"),
    ("Putin met Xi in Beijing on Tuesday.", "RUS", "CHN"),
    ("The Saudi foreign minister met with the Iranian ambassador.", "SAU", "IRN"),
])
def test_a_meeting_stays(pipe, text, source, target):
    evs = _events(pipe, text)
    got = _with(evs, "met", root="04")
    assert got and got[0].source is not None and got[0].source.country == source, _show(evs)
    if target is not None:
        assert got[0].target is not None and got[0].target.country == target, _show(evs)


# -- a building or a site kills no one ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The 1998 bombing of the U.S. embassy that killed 200 people shocked Kenya.",
    "The suicide attack on an army camp that killed 40 soldiers was claimed by the Taliban.",
    "Survivors of the bombing of the French embassy that killed 12 people demanded a trial.",
])
def test_a_site_is_no_killer(pipe, text):
    evs = _events(pipe, text)
    got = _with(evs, "killed")
    assert got, _show(evs)  # the killing stays
    assert all(e.source is None for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger, source", [
    ("Nigerian troops killed dozens of Boko Haram fighters.", "killed", "NGA"),
    ("The U.S. embassy condemned the attack.", "condemned", "USA"),
])
def test_a_doer_stays(pipe, text, trigger, source):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and got[0].source is not None and got[0].source.country == source, _show(evs)
