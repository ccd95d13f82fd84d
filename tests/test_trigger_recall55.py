"""Blast verbs at the end of their carrier's participle phrase, session 30 round 55 (issue 10, branch rc55).

Wire copy (Xinhua above all) writes "A car *parked* near the market in X district *detonated* at 9 a.m., killing
..." and "Two car bombs *targeting* army convoys *detonated* in ...": the model hangs the blast verb on the last noun
of the participle phrase and reads the participle as the car's finite verb, or the carrier as a verbless root, so
the blast had no event (repair 220, ``repair_blast_after_phrase`` in ``repair_blast_verb.py``). A vehicle that
detonates is a car bomb even when an unnamed source reports it: ``f_car_bomb_detonated`` no longer falls below the
confidence threshold for the attribution alone. Sentences invented for this test (names, places, tenses and word
orders varied), with controls that must stay as they are.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show
from lapwing.extract.events.parse_repair import repaired


def _on(evs, word):
    return [e for e in evs if e.trigger.text == word]


@pytest.mark.parametrize("text, word, code", [
    ("Earlier, two car bombs targeting police convoys detonated in eastern Mosul, killing a policeman and "
     "wounding three others.", "detonated", "1832"),
    ("A truck loaded with explosives, parking near the central police station, detonated at about 8:40 a.m. "
     "on Sunday.", "detonated", "1832"),
    ("In another attack, a car parked on a side road in the town of Tuz, some 40 km south of Kirkuk, detonated "
     "near the convoy of the town's mayor.", "detonated", "1832"),
    ("A booby-trapped car parked near a busy cafe in the Mansour district detonated at around 6:15 p.m., "
     "killing two civilians, a police source said.", "detonated", "1832"),
    ("A minibus packed with explosives parked outside the provincial council building exploded on Thursday, "
     "wounding nine guards.", "exploded", "1832"),
    ("A booby-trapped car parked near the Zahra Cafe in Karkh district detonated around 4:00 p.m. (1300 GMT), "
     "leaving a shopkeeper dead and three passers-by hurt, an official told reporters.", "detonated", "1832"),
])
def test_a_blast_verb_after_its_carriers_participle_phrase_is_the_event(pipe, text, word, code):
    evs = claimed(pipe, text)
    assert any(e.cameo == code for e in _on(evs, word)), show(evs)


@pytest.mark.parametrize("text, carrier", [
    ("A car parked near the main market in the Karrada district detonated at about 9:30 a.m., killing three "
     "policemen, the source said.", "car"),
    ("Three car bombs targeting army checkpoints detonated in Ramadi on Monday.", "bombs"),
])
def test_the_repaired_blast_verb_heads_its_clause_with_the_carrier_its_subject(pipe, text, carrier):
    doc = repaired(pipe.nlp(text))
    v = next(t for t in doc if t.lower_ == "detonated")
    assert v.pos_ == "VERB" and v.dep_ in ("ROOT", "ccomp", "parataxis"), [(t.text, t.dep_, t.head.i) for t in doc]
    assert any(c.dep_ == "nsubj" and c.lower_ == carrier for c in v.children)


def test_an_unnamed_source_does_not_sink_a_car_bomb(pipe):
    evs = claimed(pipe, "A booby-trapped truck detonated at a crowded bus station in Hilla on Tuesday, a "
                        "police source told reporters.")
    assert any(e.cameo == "1832" for e in _on(evs, "detonated")), show(evs)


@pytest.mark.parametrize("text", [
    # a real reduced relative: the bomb was detonated by someone, and a finite verb follows
    "The bomb, found near the school and detonated by army engineers, caused no damage.",
    # the carrier is no bomb or vehicle
    "A gas cylinder stored near the kitchen of a restaurant in the old city exploded on Friday, injuring two cooks.",
    "Fireworks launched from barges in the harbour exploded over the city as crowds celebrated the new year.",
    # the participle has an object of its own: the truck is its object, not a carrier of a blast
    "Police towed a truck parked near the stadium that had detonated a day earlier.",
])
def test_no_blast_event_where_the_phrase_is_no_carrier_of_one(pipe, text):
    evs = claimed(pipe, text)
    assert not any(e.trigger.text in ("detonated", "exploded") for e in evs), show(evs)


def test_an_old_year_still_makes_the_repaired_blast_history(pipe):
    evs = claimed(pipe, "In June 1998, a car parked near the central bank in Colombo detonated, killing eight people.")
    assert not any(e.trigger.text == "detonated" for e in evs), show(evs)

