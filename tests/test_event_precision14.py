"""Event coder, fourteenth round (issue 10, precision): classes of wrongly emitted events found by reading the
false positives of the shared scorers' development halves. Each class is tested with sentences written for
this test in several phrasings, next to the uses of the same words that must stay as they are:

* an earlier act named in a since-clause that dates a superlative (``events/background.py``);
* a claim's that-clause the parser hung on the verb that denies it ("rejected claims by activists that it shelled");
* a day and month read as the target of "call on" ("On Nov. 2, X called Y to discuss ...");
* a judging light verb ("called the bombing an act of terror", "declared the strike illegal");
* a "should" demand with no one it is made on; coercion whose subject is a cause ("mass protests forced ...");
* "both sides" after the speaker who addresses them; "the coalition" after "the Saudi-led coalition".

Rules of the round that lifted the shared scorers' part a and not part b were taken out with their tests
(docs/events.md, session 14): acts in relative clauses as background, the main clause's event as the most
confident, a to-clause hung on a name, a noun's gerund complement, a claim noun's misread relative clause.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events


CLAIMED = ("asserted", "attributed", "future")


def _show(evs):
    return [(e.cameo, e.status, e.trigger.text if e.trigger else None, e.source and (e.source.text, e.source.country),
             e.target and (e.target.text, e.target.country), e.confidence) for e in evs]


def _claimed(evs, root=None, trigger=None):
    return [e for e in evs if e.status in CLAIMED and (root is None or e.cameo.startswith(root))
            and (trigger is None or (e.trigger is not None and e.trigger.text == trigger))]


# -- an earlier act named as the reference of a superlative ------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("It was the biggest turnout since security forces broke up a protest camp outside the ministry on June 3.",
     "broke"),
    ("It was the first visit by an Israeli leader since Egypt signed a peace treaty with Israel.", "signed"),
    ("The march was the largest since police dispersed the sit-in in April.", "dispersed"),
])
def test_since_reference_point_dropped(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _claimed(evs, trigger=trigger), _show(evs)


@pytest.mark.parametrize("text, root", [
    ("Police have arrested 40 people since protesters blocked the highway on Monday.", "17"),
    ("Soldiers have killed twelve rebels since the army launched its offensive on Friday.", "19"),
])
def test_since_clause_of_a_news_event_keeps_the_news(pipe, text, root):
    evs = _events(pipe, text)
    assert _claimed(evs, root), _show(evs)


# -- a claim's that-clause hung on the verb that denies it ----------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The army on Friday rejected claims by local activists that it shelled the village.", "shelled"),
    ("The ministry on Monday denied reports by villagers that it bombed the market.", "bombed"),
])
def test_denied_claim_content_is_negated(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _claimed(evs, trigger=trigger), _show(evs)
    assert [e for e in evs if e.cameo.startswith("01") or e.cameo.startswith("12")], _show(evs)


# -- a date read as "call on"'s target ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On Nov. 2, the British foreign secretary called the Russian foreign minister to discuss the crisis.",
    "On 14 March, the German chancellor called the French president to talk about the summit.",
])
def test_a_day_and_month_is_no_call_on(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("02")], _show(evs)


@pytest.mark.parametrize("text, country, target", [
    ("On Nov. 2, the British foreign secretary called on Russia to withdraw its troops.", "GBR", "RUS"),
    ("On Monday, the Turkish president called on Sweden to extradite the suspects.", "TUR", "SWE"),
])
def test_call_on_after_a_date_stays(pipe, text, country, target):
    evs = _events(pipe, text)
    hits = [e for e in _claimed(evs, "02") if e.source and e.source.country == country
            and e.target and e.target.country == target]
    assert hits, _show(evs)


# -- judging light verbs -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, not_root", [
    ("The Iraqi government called the attack a crime.", "19"),
    ("The government called the bombing an act of terror.", "18"),
    ("The government declared the strike illegal.", "14"),
    ("The court declared the strike unlawful.", "14"),
])
def test_judging_an_event_is_not_doing_it(pipe, text, not_root):
    evs = _events(pipe, text)
    assert not _claimed(evs, not_root), _show(evs)


@pytest.mark.parametrize("text, root", [
    ("The union called a general strike on Monday.", "14"),
    ("The doctors' union declared an indefinite strike on Monday.", "14"),
    ("The rebels declared a ceasefire with the army.", "08"),
])
def test_light_call_and_declare_stay(pipe, text, root):
    evs = _events(pipe, text)
    assert _claimed(evs, root), _show(evs)


# -- demands need someone they are made on (should); must-demands stand alone --------------------------------------
@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron said the swap should open the way for a summit.",
    "The German chancellor said the talks should continue next week.",
    "The Japanese foreign minister stressed that the meeting should be held in Tokyo.",
])
def test_should_without_an_addressee_is_no_demand(pipe, text):
    evs = _events(pipe, text)
    assert not _claimed(evs, "10"), _show(evs)


@pytest.mark.parametrize("text, target", [
    ("Russia said Sudan should return the helicopter.", "SDN"),
    ("The Saudi foreign minister emphasized that Israel should halt settlement building.", "ISR"),
    ("Russia said Sudan must return the helicopter.", "SDN"),
])
def test_should_with_an_addressee_is_a_demand(pipe, text, target):
    evs = _events(pipe, text)
    hits = [e for e in _claimed(evs, "10") if e.target and e.target.country == target]
    assert hits, _show(evs)


def test_must_demand_on_a_state_of_affairs_stays(pipe):
    evs = _events(pipe, "The American president said on Thursday that the oppression of the Cuban people must end.")
    assert _claimed(evs, "10"), _show(evs)


# -- coercion whose subject is a cause --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Mass protests forced President Abdelaziz Bouteflika to resign on April 2.",
    "Months of sanctions forced the government to release the prisoners.",
    "International pressure forced the junta to free the opposition leader.",
])
def test_a_cause_does_not_coerce(pipe, text):
    evs = _events(pipe, text)
    assert not _claimed(evs, "17"), _show(evs)


@pytest.mark.parametrize("text", [
    "The police forced the protesters to disperse.",
    "Russian occupiers forced Ukrainian teachers to adopt the Russian curriculum.",
])
def test_actors_still_coerce(pipe, text):
    evs = _events(pipe, text)
    assert _claimed(evs, "17"), _show(evs)


# -- both sides, the coalition --------------------------------------------------------------------------------
def test_both_sides_are_not_the_speaker_who_addresses_them(pipe):
    text = ("Air strikes by the Saudi-led coalition hit Sanaa on Thursday. The Houthis said the coalition was "
            "trying to cover up its failures. The United Nations envoy for Yemen, Martin Griffiths, called on "
            "both sides to show restraint.")
    evs = [e for e in _claimed(_events(pipe, text), "02") if e.trigger.text == "called"]
    targets = {(e.target.country if e.target else None) for e in evs}
    assert evs and "UNO" not in targets, _show(evs)
    assert {"SAU", "YEM"} <= targets, _show(evs)


@pytest.mark.parametrize("text, country", [
    ("Air strikes by the Saudi-led coalition hit Sanaa on Thursday. The coalition said it had targeted military "
     "sites of the Houthi movement.", "SAU"),
    ("The Russian-led alliance sent troops to Kazakhstan on Thursday. The alliance said its forces would "
     "protect state buildings.", "RUS"),
])
def test_the_coalition_after_a_led_coalition(pipe, text, country):
    evs = _claimed(_events(pipe, text))
    second = [e for e in evs if e.sentence.start > 30 and e.source is not None]
    assert second and second[0].source.country == country, _show(evs)


# -- what the round's rules must leave alone (found on wire stories) ---------------------------------------------
@pytest.mark.parametrize("text, root, trigger", [
    # a day after a light verb's object is no judgement of it
    ("France called a closed meeting Friday of the U.N. Security Council to discuss Mali.", "04",
     "meeting"),
    # a demand on people the table does not code is still a demand
    ("A Kenyan youth rights campaigner said authorities should impose a state of emergency over the kidnappings.",
     "10", "said"),
])
def test_round_rules_leave_these_alone(pipe, text, root, trigger):
    evs = _events(pipe, text)
    assert _claimed(evs, root, trigger), _show(evs)
