"""Event status, session 28 round 48 (issue 10): acts that did not happen stored as claims, and acts that did happen
stored as not claimed.

* a conjunct with a tense of its own is out of reach of the first conjunct's modal ("said the plan would be debated
  but Brazil *did reject* the tariff") (``status._own_tense``);
* "ruled *out* sending troops" with the particle read as the mark of the -ing clause: the act is ruled out (negated);
* "*in a bid to* arrest": a purpose striven for, not a planned act coded as an intent (hypothetical).

Controls: a conjunct with no tense of its own still shares a condition or a plain modal; what is done beside a
ruled-out act stays; "launched a bid to host the summit" keeps its intent.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


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
    ("The mayor said the march might be banned, and police arrested four organisers on Friday.", "arrested"),
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
