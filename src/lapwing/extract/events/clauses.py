"""Clauses the parser hung in the wrong place, found for the argument finder: the to-clause of an object-control
verb read as a modifier of its object ("ordered [the rebels [*to withdraw*]]") or as a clausal subject, and the bare
participle of an order's small clause read as a reduced relative on its object ("ordered [the activist [*detained*]]").

Reads the parse only; imports nothing from ``syntax`` (which asks it), so that the two do not import each other."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax_words import CUSTODY_PERSONS, OBJ_CONTROL, PERSONISH, _words, lemma_of


def _to_marked(c: Token) -> bool:
    """A to-infinitive, active ("to *withdraw*") or passive ("to be *held*")."""
    if c.tag_ == "VBN" and not any(g.dep_ == "aux:pass" and g.lower_ == "be" for g in c.children):
        return False
    return c.tag_ in ("VB", "VBN") and any(g.dep_ == "mark" and g.lower_ == "to" and g.i < c.i for g in c.children)


# verbs whose object takes a bare past participle as its predicate: "ordered the men *held*", "directed him *released*"
SMALL_CLAUSE = {"order", "direct"}


def _small_clause(c: Token) -> bool:
    """A bare past participle of its own (no subject, auxiliary, marker or object): "[the activist] *detained*"."""
    return c.tag_ in ("VBN", "VBD") and c.pos_ == "VERB" and not any(
        g.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obj", "dobj", "cop") for g in c.children)


def to_clause_on_object(t: Token) -> Token | None:
    """The to-clause of an object-control verb ``t`` (order, urge, press, ask ...) that the parser hung on the
    object as a modifier ("ordered [Eritrean rebels [*to withdraw*]]") or read as the verb's clausal subject after the
    object ("pressed the government, *to release* ..." as csubj), or an order's bare participle on its object
    ("ordered [the activist [*detained*]]", ``SMALL_CLAUSE``); only when the object is a person, a body or a name
    ("urged [steps to end the war]" keeps its modifier). None when there is none."""
    if lemma_of(t) not in OBJ_CONTROL:
        return None
    obj = next((o for o in t.children if o.dep_ in ("obj", "dobj") and o.i > t.i), None)
    if obj is None or not (obj.pos_ == "PROPN" or obj.tag_ == "PRP" or _words(obj) & PERSONISH
                           or lemma_of(t) in SMALL_CLAUSE and _words(obj) & CUSTODY_PERSONS):
        return None
    for c in obj.children:
        if c.dep_ == "acl" and c.i > obj.i and _to_marked(c):
            return c
    if lemma_of(t) in SMALL_CLAUSE:  # "ordered [two activists [held] for two months]": the participle is the order's content
        for c in obj.children:
            if c.dep_ == "acl" and c.i > obj.i and _small_clause(c):
                return c
    for c in t.children:
        if c.dep_ == "csubj" and c.i > obj.i and _to_marked(c):
            return c
    return None
