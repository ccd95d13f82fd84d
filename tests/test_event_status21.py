"""Event status, session 21 (issue 10: precision): events that did not (or not yet) happen, found by the status sweep
(scripts/event_status_sweep21.py): prevention ("barred X from V-ing"), doubt verbs, "in the event that", "neither ...
nor", "held back from", "no longer", "ought to have", orders with an object ("told X to V"), a claim called false when
the tagger read "Claims" as a verb; and the controls where the act happened (litotes: "did not hesitate to", "never
stopped V-ing"; a why / how clause under "unclear")."""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


def _claimed(evs, trigger):
    return with_trigger(evs, trigger, CLAIMED)


@pytest.mark.parametrize("text, trigger", [
    ("Riot police blocked the teachers' union from holding a march in Lagos.", "holding"),
    ("The High Court barred the immigration service from deporting the Tamil asylum seekers.", "deporting"),
    ("The junta banned the opposition leader from addressing supporters in Bamako.", "addressing"),
    ("Border guards kept the refugees from crossing into Hungary.", "crossing"),
    ("A judge prohibited the police from arresting the journalists.", "arresting"),
])
def test_prevented_act_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert not _claimed(evs, trigger), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Western diplomats doubt that Belgrade will recognise Kosovo this year.", "recognise"),
    ("Some analysts questioned whether the Venezuelan army had fired on the crowd.", "fired"),
    ("In the event that Tehran closes the strait, the navy will escort tankers.", "closes"),
    ("Neither Sudan nor its militias attacked the camp, the ministry said.", "attacked"),
    ("The Greek government held back from criticising Ankara.", "criticising"),
    ("Egypt ought to have condemned the raid on the embassy.", "condemned"),
    ("The summit leaders told Kigali to withdraw its forces from Congo.", "withdraw"),
    ("The commander ordered the militia to release the hostages.", "release"),
    ("Allegations that Burundian soldiers tortured the detainees are baseless, the army said.", "tortured"),
])
def test_doubted_conditional_and_asked_acts_are_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert not _claimed(evs, trigger), show(evs)


@pytest.mark.parametrize("text, trigger", [
    # litotes: the verb of stopping or hesitating is itself negated
    ("The Serbian president did not hesitate to criticise Brussels.", "criticise"),
    ("Ukraine never stopped shelling the separatist positions.", "shelling"),
    ("The Kenyan government did not hesitate to expel the diplomats.", "expel"),
    # a question about why or how: the act happened
    ("It is unclear why the Malian army attacked the village.", "attacked"),
    # the same words where the act did happen
    ("Police arrested the protesters before they could march on parliament.", "arrested"),
    ("The court barred the journalist from travelling after police arrested him.", "arrested"),
    ("Troops blocked the road and detained twelve demonstrators.", "detained"),
    ("Moldova expelled two Russian diplomats, telling them to leave within a week.", "expelled"),
])
def test_acts_that_happened_stay_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert _claimed(evs, trigger), show(evs)


def test_unclear_whether_stays_a_doubt(pipe):
    evs = events(pipe, "It is unclear whether the Malian army attacked the village.")
    assert not _claimed(evs, "attacked"), show(evs)


def test_stopped_shelling_stays_negated(pipe):
    evs = events(pipe, "Ukraine stopped shelling the separatist positions on Sunday.")
    assert not _claimed(evs, "shelling"), show(evs)


def test_no_longer_negates(pipe):
    evs = events(pipe, "The Jordanian police no longer detain Syrian refugees at the border.")
    assert not _claimed(evs, "detain"), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The spokesman told reporters it was not true that Rwandan troops had shelled the camp.", "shelled"),
    ("It is false that the Iraqi police tortured the detainees, the ministry said.", "tortured"),
    ("It is untrue that Hungary expelled the envoy.", "expelled"),
    ("Chile and Bolivia were supposed to sign a border accord in March.", "sign"),
    ("The rebels are supposed to release the aid workers this week.", "release"),
    ("If a migrant's appeal fails, he is deported by the border agency.", "deported"),
    ("If a fishing boat enters the zone, the coast guard fires on it.", "fires"),
])
def test_false_supposed_and_rule_acts_are_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert not _claimed(evs, trigger), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("It is true that the Rwandan army shelled the camp, the minister conceded.", "shelled"),
    ("It was clear that the Iraqi police had tortured the detainees.", "tortured"),
    ("If the villagers refused, the soldiers shot them, witnesses said.", "shot"),
    ("When the students marched on the palace, riot police fired tear gas.", "fired"),
])
def test_facts_and_past_cases_stay_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert _claimed(evs, trigger), show(evs)
