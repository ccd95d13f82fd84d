"""Event coder, session 29 (issue 10, breadth): classes of events that are clearly there and were lost to the
parse or to the victim gate. Repair 125: a count after "no fewer than" / "not less than" hung on the comparative;
repair 126: "shot dead two *suspects*" with the number the verb's object and the noun read as a verb; repair 127:
"Police *pepper-sprayed* students" split at the hyphen. ``victims.py``: the struck person of a violent act with an
armed doer is its (uncoded) target, and a named person shot or killed in an agentless passive is an event.
Sentences written for this test, each class in several phrasings, next to uses that must stay as they are."""

from __future__ import annotations

import pytest

from event_helpers import events as _events

CLAIMED = ("asserted", "attributed", "future")


def _show(evs):
    return [(e.cameo, e.status, e.trigger.text, e.source and e.source.text, e.target and e.target.text, e.rule)
            for e in evs]


def _one(evs, root, src_word=None, tgt_word=None):
    return [e for e in evs if e.cameo.startswith(root) and e.status in CLAIMED
            and (src_word is None or (e.source is not None and src_word in e.source.text))
            and (tgt_word is None or (e.target is not None and tgt_word in e.target.text))]


# -- repair 125: "no fewer than N" / "not less than N" --------------------------------------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("Rebels killed no fewer than 30 villagers in eastern Congo.", "19", "Rebels", "villagers"),
    ("Insurgents have killed no fewer than 14 policemen near Mardan this week.", "19", "Insurgents", "policemen"),
    ("Jihadist fighters on Sunday killed not less than 12 soldiers near Menaka.", "19", "fighters", "soldiers"),
    ("Kenyan police arrested no fewer than 40 protesters in Kisumu.", "17", "police", "protesters"),
    ("Troops detained no less than 25 men after the raid on Kandahar.", "17", "Troops", "men"),
])
def test_count_after_comparative_is_the_object(pipe, text, root, src, tgt):
    evs = _events(pipe, text)
    assert _one(evs, root, src, tgt), _show(evs)


# -- repair 126: "shot dead two suspects" --------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Police shot dead two suspects in Dhaka on Monday.", "Police", "suspects"),
    ("Bangladeshi police on Friday shot dead three suspects in Chittagong.", "police", "suspects"),
    ("Soldiers shot dead four suspects at a roadblock near Maiduguri.", "Soldiers", "suspects"),
])
def test_counted_noun_read_as_verb_is_the_victim(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert _one(evs, "19", src, tgt), _show(evs)


# -- victims.py: an uncoded person struck by an armed doer is the target --------------------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("Police killed two suspects in a shootout in Lagos on Friday.", "19", "Police", "suspects"),
    ("Police shot dead a suspect in Mombasa on Tuesday.", "19", "Police", "suspect"),
    ("Troops shot and wounded two smugglers near the Libyan border.", "19", "Troops", "smugglers"),
])
def test_uncoded_person_victim_is_the_target(pipe, text, root, src, tgt):
    evs = _events(pipe, text)
    assert _one(evs, root, src, tgt), _show(evs)


@pytest.mark.parametrize("text, tgt", [
    ("Ali Hassan was shot dead in Mosul on Saturday.", "Ali Hassan"),
    ("Maria Lopez, a local councillor, was shot dead outside her home in Tegucigalpa.", "Maria Lopez"),
    ("Viktor Palenko was shot twice in the chest near a cafe in Odessa on Monday.", "Viktor Palenko"),
    ("Last week Samuel Okoro was killed near his farm in Benue.", "Samuel Okoro"),
])
def test_named_person_shot_in_agentless_passive(pipe, text, tgt):
    evs = _events(pipe, text)
    assert _one(evs, "19", None, tgt), _show(evs)


@pytest.mark.parametrize("text", [
    "Tomas Brehm killed himself at his home in Graz last week.",         # no doer named, no passive: no attack
    "The film was shot in Morocco over eight weeks.",                    # a film, no person
    "Parts of the series were shot in Belfast last spring.",
])
def test_no_violence_without_a_struck_person(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19", "20") and e.status in CLAIMED], _show(evs)


# -- repair 127: "pepper-sprayed", "fire-bombed" ---------------------------------------------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("Police pepper-sprayed students outside the university in Seoul.", "17", "Police", None),
    ("Riot police pepper-sprayed demonstrators in Santiago on Friday.", "17", "Riot police", None),
    ("The Chilean police pepper-sprayed a group of miners in Santiago.", "17", "police", "miners"),
    ("The army fire-bombed three villages in Darfur.", "18", "army", None),
])
def test_hyphenated_verb_keeps_its_doer(pipe, text, root, src, tgt):
    evs = _events(pipe, text)
    hits = _one(evs, root, src, tgt)
    assert hits, _show(evs)
    assert all("pepper" not in e.source.text and "fire" not in e.source.text for e in hits), _show(evs)


@pytest.mark.parametrize("text", [
    "The well-known writer was arrested in Minsk on Monday.",
    "A Chinese state-owned firm signed a deal with the Kenyan government.",
])
def test_hyphenated_adjective_is_left_alone(pipe, text):
    evs = _events(pipe, text)
    assert evs, _show(evs)
    assert all(e.trigger.text not in ("known", "owned") for e in evs), _show(evs)


# -- victims.py: a car, roadside or suicide bomb that went off is an attack with no doer named ---------------
@pytest.mark.parametrize("text, code", [
    ("A roadside bomb detonated near a market in Kirkuk on Tuesday.", "1833"),
    ("A roadside bomb exploded beside a bus station in Mazar-i-Sharif.", "1833"),
    ("A car bomb exploded near a busy bakery in Baqubah on Thursday.", "1832"),
])
def test_attack_bomb_that_went_off(pipe, text, code):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo == code and e.status in CLAIMED], _show(evs)


@pytest.mark.parametrize("text", [
    "A landmine exploded under a tractor near Kandahar.",
    "A wartime bomb was detonated by army experts in a controlled explosion near Cologne.",
    "An unexploded roadside bomb was detonated by the disposal squad outside Tikrit.",
])
def test_mine_or_disposal_is_no_attack(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19") and e.status in CLAIMED], _show(evs)
