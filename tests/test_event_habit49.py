"""Habitual statements, session 28 round 49 (issue 10): a verb with an adverb of habit before it tells what is done as
a rule, not an act that was done ("police *usually* detain protesters", "the Taliban *routinely* deny ...", "officials
*normally* meet each spring to discuss ..."): hypothetical, not claimed (``status_wire.habitual``).

Controls: the same acts told once stay claimed; an adverb after the verb that bears on its doers ("were beaten, often
by guards") and "repeatedly shelled ... overnight" (one night's acts) stay; a second clause with a time of its own
("..., and on Friday they arrested 40 students") is out of the habit's reach.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


@pytest.mark.parametrize("text, trigger", [
    ("Police usually detain protesters for a few hours in Minsk.", "detain"),
    ("The Taliban routinely deny sheltering militants from Pakistan.", "deny"),
    ("Turkish jets regularly strike Kurdish positions in northern Iraq.", "strike"),
    ("Beijing has often criticised Washington over Taiwan.", "criticised"),
    ("Indian and Chinese officials normally meet every spring to discuss the border.", "discuss"),
    ("Police in Lima usually detain and beat striking miners.", "beat"),
    ("Soldiers typically raid the camps at night to arrest suspects.", "raid"),
    ("The Egyptian government often jails its critics without trial.", "jails"),
])
def test_a_habit_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger), show(evs)
    assert not with_trigger(evs, trigger, CLAIMED), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Police detained 30 protesters in Minsk on Saturday.", "detained"),
    ("Turkish jets struck Kurdish positions in northern Iraq on Monday.", "struck"),
    ("The detainees had been beaten, often by prison guards, a lawyer for them said.", "beaten"),
    ("Russia repeatedly shelled Kharkiv overnight, killing three people.", "shelled"),
    ("Police often used tear gas, and on Friday they arrested 40 students in Dhaka.", "arrested"),
    ("The Taliban denied sheltering militants from Pakistan on Tuesday.", "denied"),
])
def test_a_single_act_stays_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED), show(evs)
