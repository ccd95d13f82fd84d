"""Issue 10, session 24 (branch rc24): "X shot dead Y", "X shot to death Y" with "shot" read as a noun (parse repair
108). Sentences written for Lapwing."""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")

# -- repair 108: "X shot dead Y", "X shot to death Y" with "shot" read as a noun -------------------------------------
SHOT_DEAD = [
    ("A masked gunman on Sunday shot dead a leader of the Roma community in Slovakia.", "gunman", "leader"),
    ("A pro-army militia shot to death three farmers during a raid in Darfur.", "militia", "farmers"),
    ("A 48-year-old trucker shot dead a police officer on Sunday in southern Italy.", "trucker", "officer"),
    ("Gunmen shot to death two policemen in Karachi on Monday.", "Gunmen", "policemen"),
    ("Police on Wednesday shot to death a villager in Sumatra.", "Police", "villager"),
    ("Israeli troops shot dead a 16-year-old near Jenin.", "troops", "16-year-old"),
]


@pytest.mark.parametrize("text,source,target", SHOT_DEAD)
def test_shot_dead_before_its_object_is_a_shooting_of_the_object(pipe, text, source, target):
    evs = events(pipe, text)
    found = [e for e in with_trigger(evs, "shot", CLAIMED, "19")
             if e.source and source in e.source.text and e.target and target in e.target.text]
    assert found, show(evs)


def test_the_repair_reads_shot_as_the_verb_with_its_result_word(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("Gunmen shot to death two policemen in Karachi on Monday."), reparse=pipe.nlp)
    shot = doc[1]
    assert shot.pos_ == "VERB" and shot.lemma_ == "shoot"
    kids = {(c.dep_, c.text) for c in shot.children}
    assert {("nsubj", "Gunmen"), ("obj", "policemen"), ("obl", "death")} <= kids, kids


@pytest.mark.parametrize("text", [
    "The shot dead ahead of the keeper went wide.",  # a noun: no verb to mend
])
def test_no_shooting_where_no_doer_shot(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.status in CLAIMED and e.cameo.startswith("19")], show(evs)


def test_a_passive_shooting_gets_no_doer_from_the_repair(pipe):
    # a passive: the repair invents no doer. (Round 41: a person shot in the passive, told by a pronoun, is a
    # shooting by no one named, victims.pronoun_victim; before, it gave no event at all.)
    evs = events(pipe, "He was shot dead outside his home on Monday.")
    shots = [e for e in evs if e.status in CLAIMED and e.cameo.startswith("19")]
    assert shots and all(e.source is None for e in shots), show(evs)
