"""Event coder, parse repair 135 (session 27, round 43, issue 10): a coordinated subject read as two subjects.

"Ukraine *and the separatist rebels* failed to reach agreement": the trained parser gave the verb the first conjunct as
its subject and the second phrase, which keeps its "and", as a second subject, so the pair's second party was lost (no
target for a reciprocal act). Repair 135 (``repair_two_subjects.repair_second_subject``) makes the second phrase the
first one's conjunct, or a bare name after a bare name inside the first phrase that name's ("the navies of Chile *and
Peru*"). Sentences here are written for this test; the controls are the shapes that must stay as they are.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show


def _parse(pipe, text):
    from lapwing.extract.events.parse_repair import repaired

    doc = pipe.nlp(text)
    return doc, repaired(doc)


@pytest.mark.parametrize("text, first, second", [
    ("Ukraine and the separatist rebels failed to reach agreement on a prisoner exchange.", "Ukraine", "rebels"),
    ("Georgia and the breakaway South Ossetian authorities failed to agree on a border crossing.", "Georgia",
     "authorities"),
    ("Libya and the eastern-based militia leaders failed to reach a deal.", "Libya", "leaders"),
    # a bare name after a bare name inside the first phrase: that name's conjunct
    ("The navies of Chile and Peru held joint exercises off the coast.", "Chile", "Peru"),
])
def test_second_subject_becomes_a_conjunct(pipe, text, first, second):
    doc, out = _parse(pipe, text)
    b = next(t for t in doc if t.text == second)
    # the misreading the repair exists for (a model that reads it otherwise fails here and says so)
    assert b.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in b.head.children) == 2, \
        [(t.text, t.dep_, t.head.text) for t in doc]
    r = out[b.i]
    assert r.dep_ == "conj" and r.head.text == first, [(t.text, t.dep_, t.head.text) for t in out]


@pytest.mark.parametrize("text, src, tgt", [
    ("Ukraine and the separatist rebels failed to reach agreement on a prisoner exchange.", "Ukraine", "rebels"),
    ("Georgia and the breakaway South Ossetian authorities failed to agree on a border crossing.", "Georgia",
     "authorities"),
    ("Libya and the eastern-based militia leaders failed to reach a deal.", "Libya", "leaders"),
])
def test_failed_agreement_names_both_parties(pipe, text, src, tgt):
    evs = [e for e in events(pipe, text) if e.cameo == "127" and e.status == "asserted"]
    assert any(e.source is not None and src in e.source.text and e.target is not None
               and e.target.text.endswith(tgt) for e in evs), show(events(pipe, text))


@pytest.mark.parametrize("text", [
    # one subject with its own conjunct, well parsed: nothing to mend
    "Kenya and the Somali militant group failed to agree on a prisoner exchange.",
    "Chad and the Sudanese rebel groups agreed to stop fighting.",
    # two subjects with no "and" opening the second: not a coordination
    "Workers at the copper mine in Zambia went on strike.",
])
def test_other_shapes_are_left_alone(pipe, text):
    doc, out = _parse(pipe, text)
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in out], \
        [(t.text, t.dep_, t.head.text) for t in out]


def test_repair_needs_the_and_right_after_the_first_phrase(pipe):
    from lapwing.extract.events.repair_two_subjects import repair_second_subject

    doc = pipe.nlp("Ukraine and the separatist rebels failed to reach agreement on a prisoner exchange.")
    rebels = next(t for t in doc if t.text == "rebels")
    ukraine = next(t for t in doc if t.text == "Ukraine")
    assert not repair_second_subject(ukraine)  # the first subject is no second one
    assert repair_second_subject(rebels) and rebels.head.text == "Ukraine"
