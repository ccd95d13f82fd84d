"""Event status, session 28 round 48 (issue 10): acts that did not happen stored as claims, and reported acts stored
as not claimed.

* a later conjunct of a reported "would" clause is the same future in the past as the first ("said it would expel two
  diplomats *and close* the consulate"): it was hypothetical (``status_clause._reported_past`` climbs the conjuncts,
  and ``status.event_status`` reads the "would" it inherits the same way);
* a conjunct with a tense of its own is out of reach of the first conjunct's modal ("said the plan would be debated
  but Brazil *did reject* the tariff") (``status._own_tense``);
* "ruled *out* sending troops" with the particle read as the mark of the -ing clause: the act is ruled out (negated);
* "*in a bid to* arrest": a purpose striven for, not a planned act coded as an intent (hypothetical).

Controls: a real condition or a plain modal still makes the conjunct hypothetical; what is done beside a ruled-out act
stays; "launched a bid to host the summit" keeps its intent.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")
NOT_CLAIMED = ("negated", "hypothetical")


@pytest.mark.parametrize("text, trigger", [
    ("The ministry said it would expel two diplomats and would close the consulate in Basra.", "close"),
    ("Officials said Kenya would send troops to Haiti and train the local police.", "train"),
    ("Ghana announced it would release the fishermen and return their boats.", "return"),
    ("The president said he would meet the rebel leaders and sign the peace deal.", "sign"),
])
def test_conjunct_of_reported_would_is_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("If the rebels attack, the army would retaliate and arrest their leaders.", "arrest"),
    ("Russia could invade Ukraine and occupy Kyiv, analysts warned.", "occupy"),
])
def test_conjunct_of_condition_or_modal_stays_unclaimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger), show(evs)
    assert not with_trigger(evs, trigger, CLAIMED), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The minister said the plan would be debated next week but Brazil did reject the tariff.", "reject"),
    ("Officials said Tanzania would deport the migrants and has already arrested their smugglers.", "arrested"),
])
def test_conjunct_with_own_tense_is_not_under_the_modal(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The army ruled out sending more troops to the border.", "sending"),
    ("Uganda has ruled out deploying soldiers in South Sudan.", "deploying"),
    ("Nepal ruled out holding talks with the Maoists.", "holding"),
    ("Ukraine ruled out ceding territory to Russia.", "ceding"),
])
def test_ruled_out_ing_clause_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger), show(evs)
    assert not with_trigger(evs, trigger, CLAIMED), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Troops raided the camp in a bid to arrest the militant leader.", "arrest"),
    ("Police sealed off the town in a bid to arrest the gunmen.", "arrest"),
    ("Militants attacked the convoy in a bid to free their commander.", "free"),
])
def test_in_a_bid_to_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert not with_trigger(evs, trigger, CLAIMED), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The army ruled out talks and sent more troops to the border.", "sent"),
    ("The general ruled out deploying troops but the army sent police to the town.", "sent"),
    ("Morocco launched a bid to host the summit.", "host"),
    ("Militants attacked the convoy in a bid to free their commander.", "attacked"),
])
def test_controls_stay_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED), show(evs)
