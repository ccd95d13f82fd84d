"""Parse repairs 71 and 72: the receiver of a verb with two objects ("denied Y entry", "gave Y shelter", "offered Y
a loan") that the parser did not label as one.

71: "denied [two Swiss journalists] [entry]" parsed with two direct objects: the first of two objects of a giving,
granting or refusing verb is its receiver (``iobj``).
72: "denied [a Dutch *citizen* entry]" parsed as one noun phrase, the receiver a compound of the thing refused and
its determiner and nationality word on that thing: a person or body noun right before the head of such a verb's
object is the receiver, with the words before it (not the thing's own)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import agent_word_sectors
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.syntax_words import PERSONISH, lemma_of

#: verbs whose first of two objects is the receiver: "gave Y time", "denied Y entry", "offered Y a loan"
DITRANSITIVE = frozenset({"give", "deny", "grant", "offer", "refuse", "send", "hand", "award", "lend", "pay",
                          "promise", "sell", "supply", "provide", "issue", "extend", "allow", "owe", "show"})
_OBJ = ("obj", "dobj")
#: words read as a thing given that say where the receiver goes: "sent [the German ambassador] *home*"
_WHERE = frozenset({"home", "back", "away", "abroad", "packing", "overseas"})


def _person(t: Token) -> bool:
    low = t.lower_
    return lemma_of(t) in PERSONISH or low in PERSONISH or low in agent_word_sectors() \
        or lemma_of(t) in agent_word_sectors()


def repair_first_of_two_objects(o: Token) -> bool:
    """Repair 71 on the first ``o`` of two objects of a verb that gives or refuses; True when applied."""
    v = o.head
    if o.dep_ not in _OBJ or v.pos_ != "VERB" or v.i > o.i or lemma_of(v) not in DITRANSITIVE \
            or o.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if any(c.dep_ == "iobj" for c in v.children):
        return False
    second = next((c for c in v.children if c.dep_ in _OBJ and c.i > o.i), None)
    if second is None or second.left_edge.i != o.right_edge.i + 1 or second.pos_ not in ("NOUN", "PROPN"):
        return False  # (only two objects side by side: nothing between them)
    if any(c.dep_ in ("cc", "case", "mark") for c in second.children) or o.right_edge.i + 1 != second.left_edge.i \
            or second.left_edge.pos_ == "ADP":
        return False  # ("granted asylum [to 18 rebels]" read as a second object: a phrase, no receiver before it)
    o.dep_ = "iobj"
    return True


def repair_receiver_compound(o: Token) -> bool:
    """Repair 72 on the object (or lone receiver) ``o`` of a verb that gives or refuses, whose compound right before
    it is a person or body ("denied [a Dutch citizen entry]"); True when applied."""
    v = o.head
    if o.dep_ not in _OBJ + ("iobj",) or v.pos_ != "VERB" or v.i > o.i or lemma_of(v) not in DITRANSITIVE \
            or o.pos_ != "NOUN" or _person(o) or o.lower_ in _WHERE:
        return False
    if any(c.dep_ in _OBJ + ("iobj",) and c.i != o.i for c in v.children):
        return False  # ("gave [the Greek consul 48 hours]" may come as the one object or as the receiver)
    doc = o.doc
    k = o.i - 1
    while k > v.i and doc[k].dep_ == "nummod" and doc[k].head.i == o.i:
        k -= 1  # "[the Greek consul] 48 hours": the number is the thing's
    c = doc[k]
    if k <= v.i or c.head.i != o.i or c.dep_ != "compound" or c.pos_ != "NOUN" or not _person(c) \
            or o.left_edge.i != v.i + 1:
        return False
    if any(d.dep_ == "compound" for d in c.children):
        return False  # ("the aid workers' union": a compound of its own, leave it)
    before = [d for d in o.children if d.i < c.i]
    if not any(d.dep_ == "det" for d in before) and not any(d.dep_ == "nummod" for d in before):
        return False  # "denied [refugee status]": no article or number marks a receiver of its own
    _set_head(c, v, "iobj")
    o.dep_ = "obj"
    for d in before:
        _set_head(d, c, d.dep_)
    return True
