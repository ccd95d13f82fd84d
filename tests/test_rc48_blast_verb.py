"""Blast verbs read as a participle on their bomb, and clock times read as years or places, session 28 round 48
(issue 10, branch rc48).

Wire copy writes "A roadside bomb *detonated* near a patrol, killing ..." and the model reads the verb as a reduced
relative on the noun ("a bomb [that was] detonated"), so the sentence had no main verb and the blast no event
(repair 182, ``repair_blast_verb``). Two time slips of the same wire sentences are mended with it: "(GMT 1430)" read
as the year 1430 (history), and "at around 9:15 a.m." read as the place or target of the act. Sentences invented for
this test (names, places, tenses and word orders varied), with controls that must stay as they are.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show
from lapwing.extract.events.parse_repair import repaired


def _on(evs, word):
    return [e for e in evs if e.trigger.text == word]


@pytest.mark.parametrize("text, word, code", [
    ('"A car bomb detonated at around 9:15 a.m. outside the police headquarters in Kirkuk, wounding five '
     'policemen," the official told reporters.', "detonated", "1832"),
    ("Elsewhere, a roadside bomb detonated near a passing army convoy in the town of Baquba, killing three "
     "soldiers.", "detonated", "1833"),
    ("Meanwhile, a car bomb detonated outside the governor's office in Baquba on Thursday, killing four guards.",
     "detonated", "1832"),
])
def test_a_blast_verb_read_as_a_participle_on_its_bomb_is_the_event(pipe, text, word, code):
    evs = claimed(pipe, text)
    assert any(e.cameo == code for e in _on(evs, word)), show(evs)


@pytest.mark.parametrize("text", [
    "Elsewhere, a roadside bomb detonated near a passing army convoy in the town of Baquba, killing three soldiers.",
    '"A car bomb detonated outside the police headquarters in Kirkuk," the official told reporters.',
])
def test_the_repaired_blast_verb_heads_its_clause_with_the_bomb_its_subject(pipe, text):
    doc = repaired(pipe.nlp(text))
    v = next(t for t in doc if t.lower_ == "detonated")
    assert v.pos_ == "VERB" and v.dep_ in ("ROOT", "ccomp", "parataxis")
    assert any(c.dep_ == "nsubj" and c.lower_ == "bomb" for c in v.children)


@pytest.mark.parametrize("text", [
    "The bomb, detonated by army experts near the border, caused no damage.",   # a real reduced relative
    "A gas cylinder exploded in a restaurant kitchen in Lahore, injuring two cooks.",  # no bomb
    "Fireworks exploded over the harbour as crowds celebrated the new year.",  # no bomb, no participle
])
def test_no_blast_event_where_the_participle_is_a_participle_or_no_bomb(pipe, text):
    evs = claimed(pipe, text)
    assert not any(e.trigger.text in ("detonated", "exploded") for e in evs), show(evs)


def test_an_old_year_before_the_repaired_blast_still_makes_it_history(pipe):
    evs = claimed(pipe, "In March 1996, a car bomb detonated outside a hotel in Colombo, killing nine people.")
    assert not evs, show(evs)


@pytest.mark.parametrize("text, word", [
    ("Gunmen shot dead a police officer in Basra at 5:30 p.m. (GMT 1430), the source said.", "shot"),
    ("Militants ambushed a police convoy near Falluja at 9:40 a.m. (UTC 1240), an officer said.", "ambushed"),
])
def test_a_clock_time_after_gmt_is_no_old_year(pipe, text, word):
    evs = claimed(pipe, text)
    assert _on(evs, word), show(evs)


def test_a_year_in_the_sentence_still_makes_it_history(pipe):
    evs = claimed(pipe, "Gunmen shot dead a police officer in Basra in 1987, the source said.")
    assert not _on(evs, "shot"), show(evs)
