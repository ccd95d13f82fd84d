"""Session 34 (round sr67): a party's report of its own act is asserted, the party kept as the event's attribution
(``Event.attributed_to``); an act another party reports stays attributed (self_report.py, docs/events.md
"Statuses"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

PUB = "2026-12-07"


def _one(evs, root):
    found = [e for e in evs if e.cameo.startswith(root)]
    assert found, show(evs)
    return found[0]


# ---------------------------------------------------------------------------------------------
# the doer's own account: asserted, the sayer kept


@pytest.mark.parametrize("text, root, sayer", [
    # a pronoun for the sayer
    ("The foreign ministry said it had recalled its ambassador from Paris.", "16", "ministry"),
    ("Kenyan police announced they had detained 40 protesters in Nairobi.", "17", "police"),
    ("The Ruvani Liberation Front said it had ambushed an army convoy near the border.", "19", "Front"),
    ("The Ordavian army confirmed on Monday that it had captured the village of Tesk.", "19", "army"),
    # a doer owned by the sayer
    ("The army said its troops had killed 20 militants in the hills.", "19", "army"),
    ("The defence ministry said its forces had captured the village of Ostrov.", "19", "ministry"),
    ("Police confirmed their officers had arrested three suspects in the raid.", "17", "Police"),
    ("The rebel group said its fighters had ambushed an army convoy.", "19", "group"),
    # the sayer's own party named again
    ("Indonesian police arrested 61 students in Makassar on Monday, a police spokesman said.", "17", "spokesman"),
    ("Kenyan police fired tear gas at protesters in Nairobi on Tuesday, Kenyan police said.", "17", "police"),
    # no doer: custody told by the authority that holds people
    ("Police said 30 people were arrested after the march.", "17", "Police"),
    ("Nine people were detained, the interior ministry said.", "17", "ministry"),
])
def test_own_act_is_asserted_with_its_sayer(pipe, text, root, sayer):
    evs = events(pipe, text, PUB)
    ev = _one(evs, root)
    assert ev.status == "asserted", show(evs)
    assert ev.attributed_to is not None and sayer in ev.attributed_to.text, (ev.attributed_to, show(evs))


# ---------------------------------------------------------------------------------------------
# controls: another party's report, a denial, a plan, the other side's act


@pytest.mark.parametrize("text, root", [
    ("The army said rebels had killed ten soldiers near the town.", "19"),
    ("Russian forces shelled the town overnight, Ukraine's army said.", "19"),
    ("Witnesses said police fired tear gas at the crowd.", "17"),
    ("Israeli troops killed three Palestinians, the Palestinian health ministry said.", "19"),
    ("Human rights groups said 30 people were arrested after the march.", "17"),
    ("Nine people were detained, a rights group said.", "17"),
    ("A Turkish court sentenced the former mayor to nine years in prison, her lawyer said.", "11"),
])
def test_another_partys_report_stays_attributed(pipe, text, root):
    evs = events(pipe, text, PUB)
    ev = _one(evs, root)
    assert ev.status == "attributed", show(evs)


@pytest.mark.parametrize("text, root, status", [
    ("The army said it had not shelled the village.", "19", "negated"),
    ("The army denied that its troops had killed civilians.", "19", "negated"),
    ("The army said it would launch an offensive next week.", "13", "future"),
])
def test_denial_and_plan_keep_their_status(pipe, text, root, status):
    evs = events(pipe, text, PUB)
    ev = _one(evs, root)
    assert ev.status == status, show(evs)


def test_unnamed_officials_are_no_party(pipe):
    # "officials said" names no party: the act of the states it tells of stays attributed
    evs = events(pipe, "Israel and Hamas agreed to a truce on Thursday, officials said.", PUB)
    assert all(e.status == "attributed" for e in evs if e.cameo.startswith("0")), show(evs)


def test_trailing_own_source_is_asserted(pipe):
    # the source named after the news is the doer's own police (an army with no country may be another state's:
    # "Kenyan troops killed 12 militants in a raid, the army said" stays attributed, tests/test_event_repairs15.py)
    evs = events(pipe, "Kenyan police arrested 12 suspects in a raid, a police spokesman said.", PUB)
    ev = _one(evs, "17")
    assert ev.status == "asserted" and ev.attributed_to is not None, show(evs)


@pytest.mark.parametrize("text, root", [
    # a sayer with no country of its own and a doer of a named country: the other side's act told
    ("the defence ministry said on monday that russian forces had shelled the village overnight.", "19"),
    ("The defence ministry said Russian forces had shelled the village overnight.", "19"),
])
def test_a_named_foreign_doer_is_not_the_sayer(pipe, text, root):
    evs = events(pipe, text, PUB)
    ev = _one(evs, root)
    assert ev.status == "attributed", show(evs)


def test_a_state_tells_of_its_own_forces(pipe):
    evs = events(pipe, "Russia said on Monday that its forces had captured the village.", PUB)
    ev = _one(evs, "19")
    assert ev.status == "asserted" and ev.attributed_to is not None, show(evs)
