"""Parse repairs 281-290 (session 37, round mp74): misparses that cost the coder an event or an argument.
Sentences written for this test, each class in several phrasings, with controls whose parse must stay as it is."""

from __future__ import annotations

import pytest

from event_helpers import claimed, show
from lapwing.extract.events.parse_repair import repaired
from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_reduced_past import reduced_past_candidates, repair_reduced_past
from lapwing.extract.events.repair_to_participle import repair_to_participle, to_participle_candidates


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


# -- 282: "to" before a participle adjective read as an infinitive's marker ---------------------------------------
@pytest.mark.parametrize("text, to_noun, head", [
    ("Sweden granted asylum to persecuted Iranian journalists.", "journalists", "granted"),
    ("Turkey opened its doors to displaced Kurds.", "Kurds", "opened"),
    ("Iran opened its borders to displaced families who had fled the war.", "families", "opened"),
])
def test_to_before_a_participle_is_the_nouns_preposition(pipe, text, to_noun, head):
    _doc, out = _parse(pipe, text)
    to, n = _tok(out, "to"), _tok(out, to_noun)
    ppt = out[to.i + 1]
    assert to.dep_ == "case" and to.head.i == n.i and ppt.dep_ == "amod" and ppt.head.i == n.i, [
        (x.text, x.dep_, x.head.i, x.tag_) for x in out]
    assert n.dep_ == "obl" and n.head.text == head, [(x.text, x.dep_, x.head.i, x.tag_) for x in out]


def test_asylum_to_persecuted_journalists_is_no_persecution_by_the_giver(pipe):
    evs = claimed(pipe, "Sweden granted asylum to persecuted Iranian journalists.")
    assert any(e.cameo.startswith("07") and e.source is not None and e.source.country == "SWE"
               and e.target is not None and e.target.country == "IRN" for e in evs), show(evs)
    assert not any(e.trigger is not None and e.trigger.text == "persecuted" for e in evs), show(evs)


@pytest.mark.parametrize("text, verb, applied", [
    ("Norway promised to stop the raids.", "stop", False),  # a base form: an infinitive
    ("Kenya agreed to cut its tariffs.", "cut", False),  # a base form spelt like a participle
    ("Kenya agreed to protected status for the refugees.", "protected", True),
])
def test_to_participle_conditions(pipe, text, verb, applied):
    doc = pipe.nlp(text)
    v, to = _tok(doc, verb), _tok(doc, "to")
    # the misparse made by hand: "to" the verb's marker, the verb an adverbial clause with the noun as its object
    to.head, to.dep_ = v, "mark"
    v.head, v.dep_, v.tag_ = _tok(doc, "promised" if "promised" in text else "agreed"), "advcl", (
        "VBN" if applied else "VB")
    n = next(t for t in doc[v.i + 1:] if t.pos_ == "NOUN")
    n.head, n.dep_ = v, "obj"
    for t in doc[v.i + 1:n.i]:
        t.head = n
    assert (v.i in to_participle_candidates(doc)) is applied
    if applied:
        assert repair_to_participle(v) and to.dep_ == "case" and to.head.i == n.i and v.dep_ == "amod"


@pytest.mark.parametrize("text", [
    "Kenya sent food to displaced families in the north.",  # already a preposition
    "Norway gave shelter to wounded Syrian fighters.",
    "Ghana decided to expand its trade with Togo.",  # an infinitive
    "The ministry wants to cut aid to Mali.",
])
def test_to_participle_controls_keep_their_parse(pipe, text):
    doc, out = _parse(pipe, text)
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == [(t.dep_, t.head.i, t.tag_) for t in out]


@pytest.mark.parametrize("text", [
    "Sweden granted asylum to persecuted Iranian journalists.",
    "Ghana decided to expand its trade with Togo.",
])
def test_to_participle_candidates_are_the_same_with_the_index(pipe, text):
    doc = pipe.nlp(text)
    assert to_participle_candidates(doc) == to_participle_candidates(doc, RepairIndex(doc))
