"""Parse repair 147, session 26 round 41 (issue 10, branch rc42): a force verb's past form read as a noun root.

"The raiders *shot* Tomas Varga in the leg as he was leaving ...", with "shot" read as the root noun, its subject
a compound and its object an apposition or flat name: the sentence had no event. Repair 21 rebuilds only sentences
with no other clause or auxiliary; repair 147 reads the parser's own tree. Sentences invented for this test (names,
countries, tenses and word orders varied), with controls whose force word is a real noun.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show
from lapwing.extract.events.parse_repair import repaired
from lapwing.extract.events.repair_force_noun import repair_force_noun_root


def _word(doc, w):
    return next(t for t in doc if t.lower_ == w)


@pytest.mark.parametrize("text, word", [
    ("The raiders shot Tomas Varga in the leg as he was leaving the bank.", "shot"),
    ("The bandits shot Ahmed Farouk near the market while he was buying bread.", "shot"),
])
def test_force_form_read_as_noun_root_becomes_the_verb(pipe, text, word):
    doc = pipe.nlp(text)
    v = _word(doc, word)
    # the shipped model's misreading this repair exists for; a new model that reads it right fails here: then
    # find a sentence it still misreads, or drop the case
    assert v.pos_ == "NOUN" and v.dep_ == "ROOT", (word, v.pos_, v.dep_)
    out = repaired(doc)
    v = _word(out, word)
    assert v.pos_ == "VERB" and v.tag_ == "VBD"
    deps = {c.dep_ for c in v.children}
    assert "nsubj" in deps and "obj" in deps, [(t.text, t.dep_, t.head.text) for t in out]


@pytest.mark.parametrize("text", [
    "The raiders shot Tomas Varga in the leg as he was leaving the bank.",
    "The gunmen shot Pedro Alves Moreira in his chest as he was walking home.",
    "The bandits shot Ahmed Farouk near the market while he was buying bread.",
])
def test_force_form_read_as_noun_root_gets_an_event(pipe, text):
    evs = claimed(pipe, text)
    assert any(e.trigger.text.lower() == "shot" for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "The gunmen shot Pedro Alves Moreira in his chest as he was walking home.",
])
def test_force_form_read_as_the_objects_modifier_becomes_the_verb(pipe, text):
    """159: "shot" hung on the object name (the root) as its compound or descriptive modifier."""
    doc = pipe.nlp(text)
    v = _word(doc, "shot")
    assert v.pos_ == "NOUN" and v.dep_ != "ROOT" and v.head.dep_ == "ROOT", (v.pos_, v.dep_)  # the misreading
    out = repaired(doc)
    v = _word(out, "shot")
    assert v.pos_ == "VERB" and v.dep_ == "ROOT"
    assert {c.dep_ for c in v.children} >= {"nsubj", "obj", "advcl"}, [(t.text, t.dep_, t.head.text) for t in out]
    evs = claimed(pipe, text)
    assert any(e.trigger.text.lower() == "shot" for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "A warning shot rang out near the border post.",
    "A bomb attack on the embassy in Lima.",
    "The mortar attack Tuesday near the airport.",
    "His first shot missed the target.",
    "The rebel raid on the town.",
])
def test_real_force_nouns_stay_nouns(pipe, text):
    doc = pipe.nlp(text)
    out = repaired(doc)
    for t in out:
        if t.lower_ in ("shot", "attack", "raid") and doc[t.i].pos_ == "NOUN":
            assert t.pos_ == "NOUN", [(u.text, u.pos_, u.dep_) for u in out]


@pytest.mark.parametrize("text", [
    "A bomb attack Saturday.",  # a thing noun before, a time word after
    "The gun shot Friday.",
    "Three shot Marta Ruiz.",  # a number before the form
    "A mortar shell fragment.",
    "The border patrol shot Wednesday.",
])
def test_guards_refuse_thing_nouns_and_time_words(pipe, text):
    doc = pipe.nlp(text)
    sent = doc[:]
    for t in doc:
        if t.dep_ == "ROOT" and t.pos_ == "NOUN":
            assert not repair_force_noun_root(t, sent)
