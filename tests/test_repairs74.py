"""Parse repairs 281-290 (session 37, round mp74): misparses that cost the coder an event or an argument.
Sentences written for this test, each class in several phrasings, with controls whose parse must stay as it is."""

from __future__ import annotations

import pytest

from event_helpers import claimed, show
from lapwing.extract.events.parse_repair import repaired
from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_reduced_past import reduced_past_candidates, repair_reduced_past


def _parse(pipe, text):
    doc = pipe.nlp(text)
    return doc, repaired(doc, reparse=pipe.nlp)


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


# -- 281: a reduced relative clause tagged as a simple past -------------------------------------------------------
@pytest.mark.parametrize("text, verb", [
    ("The Netherlands condemned the attacks carried out by Syrian forces.", "carried"),
    ("The ministry rejected the sanctions announced by the European Union.", "announced"),
])
def test_reduced_relative_with_an_agent_is_a_participle(pipe, text, verb):
    doc, out = _parse(pipe, text)
    assert _tok(doc, verb).tag_ == "VBD"  # (the misparse this repair is for)
    t = _tok(out, verb)
    assert t.tag_ == "VBN" and t.dep_ == "acl", [(x.text, x.dep_, x.head.i, x.tag_) for x in out]


@pytest.mark.parametrize("text, src, tgt", [
    ("The Netherlands condemned the attacks carried out by Syrian forces.", "NLD", "SYR"),
    ("The ministry rejected the sanctions announced by the European Union.", None, "EUR"),
    ("Kenya denounced the raids launched by Somali militants on its border posts.", "KEN", "SOM"),
    ("Ghana praised the election organised by the Togolese authorities.", "GHA", "TGO"),
])
def test_the_doer_of_the_judged_act_is_the_target(pipe, text, src, tgt):
    evs = claimed(pipe, text)
    assert any(e.target is not None and e.target.country == tgt and (src is None or (
        e.source is not None and e.source.country == src)) for e in evs), show(evs)


def _tagged(pipe, text, verb, tag, head_dep):
    """``text`` parsed, with the verb ``verb`` given the tag ``tag`` and its head noun the label ``head_dep`` (the
    misparse, made by hand so that the test does not hang on the model's choice)."""
    doc = pipe.nlp(text)
    v = _tok(doc, verb)
    v.tag_ = tag
    v.head.dep_ = head_dep
    return doc, v


@pytest.mark.parametrize("text, verb, head_dep, own_object, applied", [
    ("Chad returned two soldiers captured near the border.", "captured", "obj", None, True),
    ("Togo welcomed a deal mediated by Ghana.", "mediated", "obj", None, True),
    ("Police freed hostages held in a warehouse.", "held", "obj", None, True),  # an irregular form, the same in both
    ("Police found a letter wrote by the suspect.", "wrote", "obj", None, False),  # a past that is no participle
    ("Chad returned two soldiers captured near the border.", "captured", "nsubj", None, False),  # a subject's verb
    ("Togo welcomed a deal mediated by Ghana.", "mediated", "nsubj", None, True),  # (with a by-agent, even so)
    ("Chad returned two soldiers captured near the border.", "captured", "obj", "border", False),  # its own object
])
def test_reduced_past_conditions(pipe, text, verb, head_dep, own_object, applied):
    doc, v = _tagged(pipe, text, verb, "VBD", head_dep)
    assert v.dep_ == "acl" and v.head.i < v.i, [(x.text, x.dep_, x.head.i, x.tag_) for x in doc]
    if own_object:
        o = _tok(doc, own_object)
        o.head, o.dep_ = v, "obj"
    assert repair_reduced_past(v) is applied
    assert v.tag_ == ("VBN" if applied else "VBD")


@pytest.mark.parametrize("text", [
    "Rwandan troops attacked the town on Monday.",  # a main verb
    "The rebels signed the deal in Nairobi.",
    "Kenya denounced a raid that militants launched on Monday.",  # a relative clause with its own subject
    "Uganda thanked the doctors sent by Cuba.",  # already a participle
])
def test_reduced_past_controls_keep_their_parse(pipe, text):
    doc, out = _parse(pipe, text)
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == [(t.dep_, t.head.i, t.tag_) for t in out]


@pytest.mark.parametrize("text", [
    "The Netherlands condemned the attacks carried out by Syrian forces.",
    "Rwandan troops attacked the town on Monday.",
])
def test_reduced_past_candidates_are_the_same_with_the_index(pipe, text):
    doc = pipe.nlp(text)
    assert reduced_past_candidates(doc) == reduced_past_candidates(doc, RepairIndex(doc))
