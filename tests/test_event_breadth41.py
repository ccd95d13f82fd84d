"""Event coder, session 26 round 41 (issue 10, breadth): wire verbs of force told in the passive of a person named
only by a pronoun, a number, a group word or a name with its age ("He was shot in the head", "the two were
captured in a raid", "Okonkwo, 41, was shot dead", "Thorvik was shot outside his shop"). The violence gate wants a coded victim or an armed doer, so
these gave no event. ``victims.pronoun_victim``: a verb that can only mean force on a person (shoot, stab, gun
down, behead, ...); ``arrest_gates.unnamed_authority_arrest``: "capture" joins the plain arrest verbs, but a capture "on
camera" or "in a photograph" is a recording. Sentences written for this test, each class in several phrasings,
next to uses of the same verbs that must stay silent."""

from __future__ import annotations

import pytest

from event_helpers import events as _events

CLAIMED = ("asserted", "attributed", "future")


def _show(evs):
    return [(e.cameo, e.status, e.trigger.text, e.source and e.source.text, e.target and e.target.text, e.rule)
            for e in evs]


def _claimed(evs, root, trigger):
    return [e for e in evs if e.cameo.startswith(root) and e.status in CLAIMED and e.trigger.text == trigger]


@pytest.mark.parametrize("text, root, trigger", [
    ("He was shot in the head outside his home in Karachi on Monday.", "19", "shot"),
    ("She had been shot twice in the chest near a checkpoint in Kirkuk.", "19", "shot"),
    ("Both were shot dead near the market in Maiduguri on Tuesday.", "19", "shot"),
    ("They were shot as they marched to the governor's office in Kisumu.", "19", "shot"),
    ("The two were stabbed outside a bar in Durban late on Saturday.", "18", "stabbed"),
    ("They were gunned down as they left a mosque in Quetta.", "19", "gunned"),
    ("He was beheaded in a village near Palmyra last month.", "18", "beheaded"),
    ("Okonkwo, 41, was shot dead in Port Harcourt on Friday.", "19", "shot"),
    ("Silvia Marenco, 21, was shot in the stomach in the attack.", "19", "shot"),
    ("Nine were shot in the head near the checkpoint.", "19", "shot"),
    ("The seven were shot as they crossed the river.", "19", "shot"),
    ("Thorvik was shot outside his shop in Bergen on Monday.", "19", "shot"),
])
def test_force_on_a_person_told_by_a_pronoun_is_an_event(pipe, text, root, trigger):
    evs = _events(pipe, text)
    assert _claimed(evs, root, trigger), _show(evs)


@pytest.mark.parametrize("text", [
    "He was captured in Kenya in March and flown to Nairobi.",
    "They were captured on Friday near the border town of Gulu.",
    "The three were captured in a raid on a farmhouse outside Mosul.",
    "She was finally captured last week in the hills above Medellin.",
])
def test_a_capture_of_a_person_told_by_a_pronoun_is_an_arrest(pipe, text):
    evs = _events(pipe, text)
    assert _claimed(evs, "17", "captured"), _show(evs)


@pytest.mark.parametrize("text", [
    "It was shot in Morocco last spring.",                      # a film
    "The scenes were shot in Prague over two weeks.",
    "His plane was shot down over the sea.",                     # an aircraft, no doer: as before
    "Oil prices shot up on Monday.",
    "He was shot by a photographer for the magazine's cover.",
    "The robbery was captured on camera by a shop owner.",        # recorded, not seized
    "He was captured on video punching a waiter.",
    "They were captured in a photograph taken at the wedding.",
    "She was captured by the mood of the city.",
    "He was killed in a car crash on the motorway.",              # an accident: "killed" is not unlocked
    "Hundreds of rounds were shot into the air.",
])
def test_the_same_verbs_in_other_senses_stay_silent(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.status in CLAIMED and e.cameo[:2] in ("17", "18", "19", "20")], _show(evs)
