"""Clauses the parser hung in the wrong place, found for the argument finder: the to-clause of an object-control
verb read as a modifier of its object ("ordered [the rebels [*to withdraw*]]") or as a clausal subject.

Reads the parse only; imports nothing from ``syntax`` (which asks it), so that the two do not import each other."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax_words import OBJ_CONTROL, PERSONISH, _words, lemma_of


def _to_marked(c: Token) -> bool:
    return c.tag_ == "VB" and any(g.dep_ == "mark" and g.lower_ == "to" and g.i < c.i for g in c.children)


def to_clause_on_object(t: Token) -> Token | None:
    """The to-clause of an object-control verb ``t`` (order, urge, press, ask ...) that the parser hung on the
    object as a modifier ("ordered [Eritrean rebels [*to withdraw*]]") or read as the verb's clausal subject after the
    object ("pressed the government, *to release* ..." as csubj); only when the object is a person, a body or a name
    ("urged [steps to end the war]" keeps its modifier). None when there is none."""
    if lemma_of(t) not in OBJ_CONTROL:
        return None
    obj = next((o for o in t.children if o.dep_ in ("obj", "dobj") and o.i > t.i), None)
    if obj is None or not (obj.pos_ == "PROPN" or obj.tag_ == "PRP" or _words(obj) & PERSONISH):
        return None
    for c in obj.children:
        if c.dep_ == "acl" and c.i > obj.i and _to_marked(c):
            return c
    for c in t.children:
        if c.dep_ == "csubj" and c.i > obj.i and _to_marked(c):
            return c
    return None


#: verbs that name what something was: "what it *called* an attack", "what he *described* as a raid"
NAMING_VERBS = frozenset({"call", "term", "describe", "label", "dub", "brand", "characterise", "characterize"})


def free_naming(v: Token) -> bool:
    """(round 48, ex44) ``v`` names the thing a free relative stands for: "condemned [what it *called* an attack on its
    embassy]", "denounced what it *described* as a raid": the verb is no act of its own (no "call on"), and the
    namer is no doer of the act it names. Only a naming verb with "what" as its head or its own object before it."""
    if v.pos_ != "VERB" or lemma_of(v) not in NAMING_VERBS:
        return False
    if v.dep_ in ("acl:relcl", "relcl", "acl") and v.head.lower_ == "what" and v.head.i < v.i:
        return True
    return any(c.lower_ == "what" and c.i < v.i and c.dep_ in ("obj", "dobj") for c in v.children)
