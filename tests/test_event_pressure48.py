"""Event status, session 28 round 48 (issue 10: precision on unseen news): the act that pressure is put on a party to
do is asked of it, not done.

Read on unseen wire stories: "X had brought pressure on the fund *to approve* loans for Y" was coded as a claimed aid
event by X. "pressure" is now one of ``status_doubt.OWED_NOUNS``: the to-clause after "pressure on Y" (or "pressure
from X") that a verb governs belongs to the noun, whatever word the parse hung it on, and is hypothetical; and one of
the nouns of asking in ``status.event_status`` whose own to-clause (with a for-subject: "pressure *for* Y *to
withdraw*") is hypothetical.

Controls: an act done under, after, despite or bowing to pressure stays claimed; "forced Y to expel" (no pressure
noun before the clause) stays claimed. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


@pytest.mark.parametrize("text, trigger", [
    ("Sources said Washington had put heavy pressure on the World Bank to approve new loans for Kenya.", "approve"),
    ("The minister said Germany brought strong pressure on the lenders to release funding for Greece.", "release"),
    ("Canada kept up its pressure on Sudan to allow aid convoys into Darfur.", "allow"),
    ("Diplomats said Beijing was putting pressure on Manila to withdraw its ships from the shoal.", "withdraw"),
    ("Washington is putting pressure on Kigali to arrest the militia leaders.", "arrest"),
    ("The envoy said Tokyo had exerted enormous pressure on Seoul to expel the North Korean diplomats.", "expel"),
    ("Pakistan faces mounting pressure from Washington to arrest the militants.", "arrest"),
    ("There is growing international pressure for Israel to withdraw its troops from the border villages.", "withdraw"),
    ("Donors renewed their pressure for Harare to release the jailed reporters.", "release"),
    ("The European pressure for Ankara to free the journalists has grown.", "free"),
])
def test_act_under_pressure_noun_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger), show(evs)  # (the act is still coded, with a status that is no claim)
    assert not with_trigger(evs, trigger, CLAIMED), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Under pressure from donors, Ghana released the opposition leader on Tuesday.", "released"),
    ("Bowing to pressure from donors, Kenya freed the two journalists on Friday.", "freed"),
    ("After weeks of pressure, Mali released the French hostages.", "released"),
    ("Despite pressure from Paris, the junta arrested three opposition leaders.", "arrested"),
    ("Pressure from Washington forced Peru to expel the diplomats.", "expel"),
    ("Facing pressure at home, Italy sent two frigates to patrol the coast.", "sent"),
    ("Under heavy pressure, troops fired on protesters in the capital, killing four.", "fired"),  # (round p1967)
])
def test_act_done_under_pressure_stays_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED), show(evs)
