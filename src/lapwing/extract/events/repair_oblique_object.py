"""Parse repair 138 (session 25, round 37, branch rc37, issue 10): an object labelled an oblique.

"Israeli jets destroyed *a Hamas tunnel* in Gaza", "the army shelled *a Kurdish village*" come out with the noun
phrase after the verb an ``obl`` that has no preposition of its own, and the verb then has no object: its event
(which needs one) is lost. When an active verb has no object, complement or passive auxiliary, and the noun
phrase right after it starts with an article or a possessive pronoun, has no preposition or marker and is no time
phrase ("stayed *the night*", "met *this week*"), it is the verb's object."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_time import _time_word

#: the first word of such an object (a time phrase starts with "this", "last", "next" and is left alone)
OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
_FILLED = frozenset({"obj", "dobj", "ccomp", "xcomp", "aux:pass", "auxpass", "nsubj:pass", "cop", "expl"})


def repair_oblique_object(n: Token) -> bool:
    """Repair 138 on a noun ``n`` labelled ``obl`` right after its verb; True when applied."""
    h = n.head
    if n.dep_ != "obl" or h.pos_ != "VERB" or h.i >= n.i or n.pos_ not in ("NOUN", "PROPN"):
        return False
    first = n.left_edge
    if first.i != h.i + 1 or first.lower_ not in OPENERS or _time_word(n):
        return False
    if any(c.dep_ in ("case", "mark") for c in n.children) or any(c.dep_ in _FILLED for c in h.children):
        return False
    n.dep_ = "obj"
    return True
