"""Issue 10, session 26 (branch rc26): events clearly there and still missed. "vowed to hunt down" (a particle read as
the object's case: repair 9 widened; a hunt-down row; "hunt_down" a violence content key), "conveyed concerns to Y"
(rows), "air and drone strikes" (parse repair 118), "X, who was sanctioned by Y, ..." with the relative clause a plain
``acl`` (parse repair 119), "Troops surrounded and then attacked the camp" (parse repair 120), a killing in "an
exchange of fire" coded on the killing. Sentences written for Lapwing."""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


# -- hunt down -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger,source", [
    ("Pakistani troops hunted down the militants behind the bombing in Quetta.", "hunted", "troops"),
    ("Nigerian soldiers have hunted down the kidnappers in Zamfara.", "hunted", "soldiers"),
])
def test_hunt_down_armed_doer_is_force(pipe, text, trigger, source):
    evs = events(pipe, text)
    assert [e for e in with_trigger(evs, trigger, CLAIMED, "19") if e.source and source in e.source.text], show(evs)


@pytest.mark.parametrize("text,target", [
    ("The Malian army vowed to hunt down the gunmen.", "gunmen"),
    ("Kenyan police vowed to hunt down the attackers who killed four tourists.", "attackers"),
    ("Colombian troops have vowed to hunt down the rebels who ambushed the patrol.", "rebels"),
])
def test_vow_to_hunt_down_is_a_threat_of_force(pipe, text, target):
    evs = events(pipe, text)
    assert [e for e in with_root(evs, "138") if e.target and target in e.target.text], show(evs)


def test_hunting_bargains_is_no_event(pipe):
    evs = events(pipe, "Shoppers hunted down bargains at the market in Lagos.")
    assert not [e for e in evs if e.cameo.startswith("19")], show(evs)


# -- conveyed concern ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger,country,tcountry", [
    ("Japan conveyed its concern to Beijing over the incident.", "conveyed", "JPN", "CHN"),
    ("The Dutch foreign minister conveyed his concerns to the Georgian ambassador.", "conveyed", "NLD", "GEO"),
    ("Seoul relayed its concern to Tokyo over the export curbs.", "relayed", "KOR", "JPN"),
])
def test_conveyed_concern_is_a_pessimistic_comment(pipe, text, trigger, country, tcountry):
    evs = events(pipe, text)
    assert [e for e in with_trigger(evs, trigger, CLAIMED) if e.cameo == "012" and e.source and e.source.country == country
            and e.target and e.target.country == tcountry], show(evs)


def test_conveyed_message_is_no_concern(pipe):
    evs = events(pipe, "The French envoy conveyed a message from Paris to the Malian junta.")
    assert not [e for e in evs if e.cameo == "012"], show(evs)


# -- repair 118: "air and drone strikes" ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger,root,country", [
    ("The United States carried out air and drone strikes on Shabaab positions.", "strikes", "195", "USA"),
    ("Russian forces stepped up air and missile attacks on Kharkiv.", "attacks", "19", "RUS"),
    ("Israel launched air and artillery strikes on Gaza.", None, "19", "ISR"),
])
def test_two_modifiers_of_one_strike_noun(pipe, text, trigger, root, country):
    evs = events(pipe, text)
    found = [e for e in with_root(evs, root) if e.source and e.source.country == country
             and (trigger is None or (e.trigger and e.trigger.text == trigger))]
    assert found, show(evs)


def test_repair_118_tree(pipe):
    from lapwing.extract.events.parse_repair import repaired
    doc = repaired(pipe.nlp("Israel launched air and artillery strikes on Gaza."), pipe.nlp)
    assert doc[5].dep_ == "obj" and doc[5].head.i == 1 and doc[2].dep_ == "compound" and doc[2].head.i == 5


def test_repair_118_leaves_two_nouns(pipe):
    from lapwing.extract.events.parse_repair import repaired
    doc = repaired(pipe.nlp("Ukraine received arms and ammunition from Poland."), pipe.nlp)
    assert doc[2].dep_ == "obj" and doc[4].dep_ == "conj"


# -- repair 119: a relative clause labelled a plain clause ---------------------------------------------------------
@pytest.mark.parametrize("text,country", [
    ("Defence Minister Tarek Saleh, who was sanctioned by Washington, visited Moscow.", "USA"),
    ("Defence Minister Tarek Saleh, who was sanctioned by Washington last year, visited Moscow.", "USA"),
])
def test_sanction_in_a_relative_clause(pipe, text, country):
    evs = events(pipe, text)
    assert [e for e in with_root(evs, "16") if e.source and e.source.country == country
            and e.target and "Saleh" in e.target.text], show(evs)


# -- repair 120: "Troops surrounded and then attacked the camp" ----------------------------------------------------
@pytest.mark.parametrize("text,trigger,source", [
    ("Troops surrounded and then attacked the camp.", "attacked", "Troops"),
    ("Militiamen encircled and then torched the village.", "torched", "Militiamen"),
])
def test_first_verb_read_as_participle_of_the_subject(pipe, text, trigger, source):
    evs = events(pipe, text)
    assert [e for e in with_trigger(evs, trigger, CLAIMED) if e.source and source in e.source.text], show(evs)


def test_reduced_relative_subject_stays(pipe):
    evs = events(pipe, "Troops stationed in the north attacked the camp.")
    assert [e for e in with_trigger(evs, "attacked", CLAIMED) if e.source and "Troops" in e.source.text], show(evs)
    assert not with_trigger(evs, "stationed", CLAIMED), show(evs)


# -- a killing in an exchange of fire is coded on the killing ------------------------------------------------------
@pytest.mark.parametrize("text,source,target", [
    ("Security forces killed three militants in an exchange of fire in Pulwama.", "forces", "militants"),
    ("Indian troops killed two rebels during an exchange of fire near the border.", "troops", "rebels"),
])
def test_killing_in_an_exchange_of_fire(pipe, text, source, target):
    evs = events(pipe, text)
    assert [e for e in with_trigger(evs, "killed", CLAIMED, "19") if e.source and source in e.source.text
            and e.target and target in e.target.text], show(evs)


def with_root(evs, root):
    return [e for e in evs if e.cameo.startswith(root) and e.status in CLAIMED]


# -- a fight between rival groups, no side coded ------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger", [
    ("The arrests triggered fighting between rival factions.", "fighting"),
    ("The dispute set off fighting between rival clans.", "fighting"),
])
def test_fight_between_rival_groups(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED, "19"), show(evs)


def test_fight_noun_between_plain_groups_stays_gated(pipe):
    evs = events(pipe, "The dispute set off fighting between the two clans.")
    assert not [e for e in evs if e.cameo.startswith("19")], show(evs)
