"""Clauses the parser hung in the wrong place, found for the argument finder: the to-clause of an object-control
verb read as a modifier of its object ("ordered [the rebels [*to withdraw*]]") or as a clausal subject, and the bare
participle of an order's small clause read as a reduced relative on its object ("ordered [the activist [*detained*]]").

Reads the parse only; imports nothing from ``syntax`` (which asks it), so that the two do not import each other."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax_words import (CUSTODY_PARTICIPLES, CUSTODY_PLACING, CUSTODY_WORDS, OBJ_CONTROL, PERSONISH,
                                                _words, lemma_of)


def _to_marked(c: Token) -> bool:
    """A to-infinitive, active ("to *withdraw*") or passive ("to be *held*")."""
    if c.tag_ == "VBN" and not any(g.dep_ == "aux:pass" and g.lower_ == "be" for g in c.children):
        return False
    return c.tag_ in ("VB", "VBN") and any(g.dep_ == "mark" and g.lower_ == "to" and g.i < c.i for g in c.children)


#: words of a time gone by: a participle they follow tells what was done before ("the men *arrested* last week")
_PAST_TIME = frozenset({"last", "past", "earlier", "ago", "previously", "yesterday", "already"})
# verbs whose object takes a bare past participle as its predicate: "ordered the men *held*", "directed him *released*"
SMALL_CLAUSE = {"order", "direct"}


def _small_clause(c: Token) -> bool:
    """A bare past participle of custody or release with no subject, auxiliary, marker, object or particle of its own:
    "[the activist] *detained*", "[him] *held* in custody" (``CUSTODY_PARTICIPLES``, ``CUSTODY_PLACING``)."""
    if c.tag_ not in ("VBN", "VBD") or c.pos_ != "VERB" or any(g.dep_ in (
            "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obj", "dobj", "cop", "compound:prt") for g in c.children):
        return False
    below = [w for w in c.subtree if w.i > c.i]
    if any(w.lower_ in _PAST_TIME or (w.dep_ == "mark" and w.lower_ == "to") for w in below):
        return False  # a reduced relative: "ordered [the activists *arrested* last week] to be freed"
    lem = lemma_of(c)
    return lem in CUSTODY_PARTICIPLES or (lem in CUSTODY_PLACING and any(w.lower_ in CUSTODY_WORDS for w in below))


def to_clause_on_object(t: Token) -> Token | None:
    """The to-clause of an object-control verb ``t`` (order, urge, press, ask ...) that the parser hung on the
    object as a modifier ("ordered [Eritrean rebels [*to withdraw*]]") or read as the verb's clausal subject after the
    object ("pressed the government, *to release* ..." as csubj), or an order's bare participle on its object
    ("ordered [the activist [*detained*]]", ``SMALL_CLAUSE``: a custody or a release only); the to-clause only when the
    object is a person, a body or a name ("urged [steps to end the war]" keeps its modifier). None when there is none."""
    if lemma_of(t) not in OBJ_CONTROL:
        return None
    obj = next((o for o in t.children if o.dep_ in ("obj", "dobj") and o.i > t.i), None)
    if obj is None:
        return None
    if lemma_of(t) in SMALL_CLAUSE:  # "ordered [two activists [held] for two months]": the participle is the order's
        # content (whether its object is a person the order's patterns ask themselves: "objperson")
        for c in obj.children:
            if c.dep_ == "acl" and c.i > obj.i and _small_clause(c):
                return c
    if not (obj.pos_ == "PROPN" or obj.tag_ == "PRP" or _words(obj) & PERSONISH):
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
