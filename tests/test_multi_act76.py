"""Session 38, round sa76 (issue 10): sentences that carry two or more acts (tests/data/event_reference/31_multi_act.tsv),
each act's doer lost to the parse of the other, fixed by parse repairs 285-287 (``repair_multi_act``). Sentences written
for these tests.

* 285: "it would expel two diplomats *after police charged* three men": "after police" read as a phrase on the object
  and the object made the subject of "charged" (the diplomats charged the men);
* 286: a participle hung where no subject is, or on the sayer: "..., killing 11 farmers and abducting 40 women, a
  state official said" (no doer), "said that aircraft had bombed farms overnight, killing nine people" (the sayer the
  killer), "retaliated a day later *by shelling*" (the by-gerund on the adverb "later": no doer);
* 287: "riot police *beat* and detained", "after soldiers *shot* and wounded": a past form read as a noun with its doer
  a compound.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

PUB = "2025-03-18"  # a Tuesday


def _by(evs, root: str, source_word: str):
    return [e for e in evs if e.cameo.startswith(root) and e.source is not None and source_word in e.source.text]


# ---- 285: the subordinate clause's own subject -------------------------------------------------------------------


@pytest.mark.parametrize("text,doer,wrong", [
    ("Canada said on Friday it would expel two Indian diplomats after police charged four men with murder.",
     "police", "diplomats"),
    ("Britain said on Monday it would expel two Russian diplomats after police charged three men with spying.",
     "police", "diplomats"),
])
def test_after_clause_keeps_its_subject(pipe, text, doer, wrong):
    evs = events(pipe, text, PUB)
    assert _by(evs, "17", doer), show(evs)
    assert not _by(evs, "17", wrong), show(evs)


def test_after_phrase_on_a_verb_is_left_alone(pipe):
    evs = events(pipe, "Police detained two men after the match on Saturday.", PUB)
    got = _by(evs, "173", "Police")
    assert got and got[0].target is not None and "men" in got[0].target.text, show(evs)


# ---- 286: a participle with its clause's doer ---------------------------------------------------------------------


@pytest.mark.parametrize("text,doer,country", [
    ("MAIDUGURI, Mar 8 (Lapwing Wire) - Insurgents raided a village in Nigeria's Borno state on Monday, killing 11 "
     "farmers and abducting 40 women, a state official said.", "Insurgents", "NGA"),
    ("NIAMEY, Mar 8 (Lapwing Wire) - Bandits raided a market town in Niger's Tillaberi region on Sunday, killing nine "
     "traders and abducting 12 others, a regional official said.", "Bandits", "NER"),
])
def test_participle_before_a_closing_said_has_the_doer(pipe, text, doer, country):
    evs = events(pipe, text, PUB)
    got = [e for e in _by(evs, "181", doer) if e.source.country == country]
    assert got, show(evs)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19") and e.source is None], show(evs)


@pytest.mark.parametrize("text,sayer", [
    ("The Yemeni government said on Friday that Saudi aircraft had bombed farms in Saada province overnight, killing "
     "nine people, and vowed to respond.", "Yemeni government"),
    ("The Kurdish administration said on Monday that Turkish drones had struck a farm near Qamishli overnight, killing "
     "three shepherds.", "Kurdish administration"),
])
def test_participle_in_a_reported_clause_is_not_the_sayers(pipe, text, sayer):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith("19") and e.source is not None and e.source.country in ("SAU", "TUR")], \
        show(evs)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19") and e.source is not None and sayer in e.source.text], \
        show(evs)


@pytest.mark.parametrize("text,doer,country", [
    ("Israel retaliated hours later by striking a weapons depot in Syria.", "Israel", "ISR"),
    ("Pakistan retaliated a day later by shelling Indian posts in Kashmir.", "Pakistan", "PAK"),
    ("Russia responded hours later by firing missiles at Kyiv.", "Russia", "RUS"),
])
def test_by_gerund_on_a_time_adverb_has_the_doer(pipe, text, doer, country):
    evs = events(pipe, text, PUB)
    got = [e for e in _by(evs, "19", doer) if e.source.country == country]
    assert got, show(evs)


def test_sayers_own_verbal_participle_stays_with_the_sayer(pipe):
    # (control: "vowed to respond" and a warning are the government's; the bombing is Egypt's)
    evs = events(pipe, "The Libyan government said on Monday that Egyptian drones had struck houses in Jufra province "
                       "overnight, killing seven civilians, and warned that Cairo would pay a price.", PUB)
    assert _by(evs, "13", "Libyan government"), show(evs)
    assert [e for e in evs if e.cameo.startswith("19") and e.source is not None and e.source.country == "EGY"], show(evs)


# ---- 287: "beat / shot" read as nouns before "and VERBED" ---------------------------------------------------------


@pytest.mark.parametrize("text,doer,country", [
    ("Egyptian riot police beat and detained dozens of students who had gathered outside a university in Cairo on "
     "Sunday.", "police", "EGY"),
    ("Turkish riot police beat and detained 30 miners who had marched to Ankara on Monday.", "police", "TUR"),
])
def test_beat_and_detained_has_the_police(pipe, text, doer, country):
    evs = events(pipe, text, PUB)
    assert [e for e in _by(evs, "173", doer) if e.source.country == country], show(evs)
    assert [e for e in _by(evs, "18", doer) if e.source.country == country] \
        or [e for e in _by(evs, "175", doer) if e.source.country == country], show(evs)


def test_shot_and_wounded_after_clause_is_the_shooters(pipe):
    evs = events(pipe, "Indian troops returned fire on Tuesday after Pakistani soldiers shot and wounded three "
                       "villagers.", PUB)
    assert [e for e in _by(evs, "19", "soldiers") if e.source.country == "PAK"], show(evs)
    assert [e for e in _by(evs, "19", "Indian troops") if e.source.country == "IND"], show(evs)


@pytest.mark.parametrize("text", [
    "The army hit back at critics on Monday.",
    "The shot and the blast were heard across the old city.",
])
def test_noun_shot_and_hit_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19")], show(evs)


def test_a_warning_shot_object_stays_a_noun(pipe):
    evs = events(pipe, "Police fired a warning shot and arrested four smugglers near the border.", PUB)
    assert _by(evs, "173", "Police") and not [e for e in evs if e.cameo.startswith("193")], show(evs)
