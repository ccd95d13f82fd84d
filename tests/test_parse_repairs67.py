"""Parse repairs 264-267 (session 34, round pa67): words of a noun phrase read as clauses, and the main verb after a
participle phrase on its subject read as the participle's complement. Sentences written for this test, each case in
several phrasings, with controls whose parse must stay as it is."""

from __future__ import annotations

import pytest

from lapwing.extract.events.parse_repair import repaired
from tests.test_event_repairs5 import _coded


def _parse(pipe, text):
    doc = pipe.nlp(text)
    return doc, repaired(doc, reparse=pipe.nlp)


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _has(got, root, src, tgt=None):
    return any(c.startswith(root) and s and src in s and (tgt is None or (t and tgt in t)) for c, s, t in got)


# -- 264: "the NAME crossing" with the "-ing" noun read as a gerund clause ------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Pakistan closed the Torkham crossing with Afghanistan on Sunday.", "crossing"),
    ("Turkey sealed the Kapikule crossing with Bulgaria.", "crossing"),
    ("Israel sealed the Erez crossing on Friday.", "crossing"),
    ("The United Nations condemned the Kandahar shelling on Monday.", "shelling"),
    ("Russia denounced the Donetsk shelling.", "shelling"),
])
def test_ing_noun_after_a_place_name_is_the_object(pipe, text, word):
    _doc, out = _parse(pipe, text)
    t = _tok(out, word)
    assert t.pos_ == "NOUN" and t.dep_ == "obj" and t.head.dep_ == "ROOT", [(x.text, x.dep_, x.head.i) for x in out]
    assert out[t.i - 1].head.i == t.i  # the name is the noun's


@pytest.mark.parametrize("text, src, tgt", [
    ("Pakistan closed the Torkham crossing with Afghanistan on Sunday.", "Pakistan", "Afghanistan"),
    ("Turkey sealed the Kapikule crossing with Bulgaria.", "Turkey", None),
])
def test_ing_noun_closure_is_coded(pipe, text, src, tgt):
    assert _has(_coded(pipe, text), "191", src, tgt), _coded(pipe, text)


@pytest.mark.parametrize("text, word", [
    ("Police watched the Taliban crossing the river.", "crossing"),  # a gerund with its own object
    ("Pakistan shut the Chaman crossing with Afghanistan.", "crossing"),  # already a noun
    ("Hundreds of people crossing the border were detained.", "crossing"),
])
def test_ing_noun_controls_keep_their_parse(pipe, text, word):
    doc, out = _parse(pipe, text)
    a, b = _tok(doc, word), _tok(out, word)
    assert (a.dep_, a.head.i, a.tag_) == (b.dep_, b.head.i, b.tag_)


# -- 265: "Troops pursuing the rebels clashed with ..." --------------------------------------------------------------
@pytest.mark.parametrize("text, subj, verb", [
    ("Troops pursuing the rebels clashed with fighters near the town.", "Troops", "clashed"),
    ("Soldiers chasing the gunmen attacked a camp in the forest.", "Soldiers", "attacked"),
    ("Police pursuing the suspects fought with villagers on Monday.", "Police", "fought"),
    ("Militants fleeing the offensive withdrew from the town.", "Militants", "withdrew"),
    ("Troops pursuing the armed rebels clashed with them near the border.", "Troops", "clashed"),
])
def test_verb_after_a_participle_phrase_is_the_root(pipe, text, subj, verb):
    _doc, out = _parse(pipe, text)
    v, n = _tok(out, verb), _tok(out, subj)
    assert v.dep_ == "ROOT" and n.head.i == v.i and n.dep_ == "nsubj", [(x.text, x.dep_, x.head.i) for x in out]
    assert out[n.i + 1].dep_ == "acl" and out[n.i + 1].head.i == n.i


@pytest.mark.parametrize("text, root, src", [
    ("Troops pursuing the rebels clashed with fighters near the town.", "19", "Troops"),
    ("Police pursuing the suspects fought with villagers on Monday.", "19", "Police"),
])
def test_clash_after_a_participle_phrase_has_its_doer(pipe, text, root, src):
    assert _has(_coded(pipe, text), root, src), _coded(pipe, text)


@pytest.mark.parametrize("text", [
    "Troops pursuing the rebels killed five fighters.",  # already the verb's subject
    "Soldiers guarding the prisoners held by the rebels fled.",  # a participle with an agent: left
    "Hundreds of people crossing the border were detained.",
])
def test_participle_phrase_controls_keep_their_root(pipe, text):
    doc, out = _parse(pipe, text)
    assert doc[:].root.i == out[:].root.i


# -- 266: "X and his Ugandan counterpart (Y) VERB" ------------------------------------------------------------------
@pytest.mark.parametrize("text, first, second", [
    ("Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni condemned the attack.", "KEN", "UGA"),
    ("Indian Prime Minister Narendra Modi and his Nepali counterpart condemned the bombing.", "IND", "NPL"),
])
def test_both_parties_of_a_counterpart_pair_act(pipe, text, first, second):
    from tests.test_event_repairs3 import events

    got = [(e.cameo, e.source.country if e.source else None) for e in events(pipe, text)]
    assert ("111", first) in got and ("111", second) in got, got


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni condemned the attack.",
    "Indian Prime Minister Narendra Modi and his Nepali counterpart condemned the bombing.",
])
def test_counterpart_is_the_first_names_conjunct(pipe, text):
    _doc, out = _parse(pipe, text)
    c = _tok(out, "counterpart")
    assert c.pos_ == "NOUN" and c.dep_ == "conj" and c.head.dep_ == "nsubj", [(x.text, x.dep_, x.head.i) for x in out]
    assert out[c.i - 1].dep_ == "amod" and out[c.i - 1].head.i == c.i


@pytest.mark.parametrize("text", [
    "Egyptian Foreign Minister Sameh Shoukry and his Jordanian counterpart Ayman Safadi criticised the decision.",
    "Russian President Vladimir Putin and his Turkish counterpart Recep Erdogan met in Sochi.",
    "The minister and his wife left the country.",
])
def test_counterpart_controls_keep_their_parse(pipe, text):
    doc, out = _parse(pipe, text)
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in out]


# -- 267: "The outlawed NAME said ..." with the participle a second subject -----------------------------------------
@pytest.mark.parametrize("text, part, name", [
    ("The outlawed Kurdistan Workers' Party said it carried out the attack.", "outlawed", "Party"),
    ("The outlawed Popular Front said it had carried out the ambush.", "outlawed", "Front"),
    ("The outlawed Kurdistan Workers Party claimed responsibility for Monday's ambush.", "outlawed", "Party"),
    ("The banned Baloch Republican Army claimed responsibility for the attack on the train.", "banned", "Army"),
])
def test_participle_before_a_name_is_its_adjective(pipe, text, part, name):
    _doc, out = _parse(pipe, text)
    p, n = _tok(out, part), _tok(out, name)
    assert p.dep_ == "amod" and p.head.i == n.i and n.dep_ == "nsubj", [(x.text, x.dep_, x.head.i) for x in out]
    assert out[p.i - 1].head.i == n.i


@pytest.mark.parametrize("text, src", [
    ("The outlawed Kurdistan Workers' Party said it carried out the attack.", "Party"),
    ("The banned Baloch Republican Army claimed responsibility for the attack on the train.", "Army"),
])
def test_claim_by_an_outlawed_named_group_is_coded(pipe, text, src):
    got = _coded(pipe, text)
    assert _has(got, "015", src), got


@pytest.mark.parametrize("text", [
    "The outlawed group said it carried out the attack on the army base.",
    "The banned Muslim Brotherhood said it carried out the protest.",
    "The proscribed National Liberation Front claimed the bombing.",
    "The injured were taken to hospital.",
])
def test_participle_subject_controls_keep_their_parse(pipe, text):
    doc, out = _parse(pipe, text)
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in out]
