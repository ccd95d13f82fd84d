"""Repair 225 of ``parse_repair``: an infinitive after a control verb read as a noun marked by "to".

"Turkey offered *to host* talks between X and Y", "Qatar offered on Friday *to host* talks ...": the bare verb
after "to" is tagged a noun, either the compound of the next noun ("[host talks]", the object of "offered") or a
noun clause of its own with that object ("to [host] talks" as an ``advcl``), so the offer loses its content or
its verb. When "to" is a marker (``mark``, TO) on a singular noun whose form is a verb's bare form, right after it,
and the clause hangs on a control verb before it (``repair_infinitive.CONTROL``), that word is the verb of the
to-clause (``xcomp``) and the next noun its object. Not "to" as a preposition ("moved to the host city": repair 15
looks at those), nor a noun with a determiner, a possessor or a number of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import token_columns
from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_infinitive import CONTROL


def to_noun_candidates(doc: Doc) -> list[int]:
    """The "to" tokens of ``doc`` that repair 225 is tried on."""
    cols = token_columns(doc)
    L, D, T = cols.lower, cols.dep, cols.tag
    return [i for i, w in enumerate(L) if w == "to" and D[i] == "mark" and i + 1 < len(L) and T[i + 1] == "NN"]


def repair_to_noun(to: Token) -> bool:
    """Apply repair 225 at the word "to"; True when applied."""
    doc = to.doc
    v = doc[to.i + 1]
    if to.head.i != v.i or v.pos_ != "NOUN" or verb_forms().get(v.lower_) != v.lower_:
        return False
    if any(c.dep_ in ("det", "nmod:poss", "nummod", "amod", "case") for c in v.children):
        return False
    nxt = doc[v.i + 1] if v.i + 1 < len(doc) else None
    if v.dep_ == "compound" and nxt is not None and v.head.i == nxt.i and nxt.pos_ == "NOUN" \
            and nxt.dep_ in ("obj", "obl", "nmod") and nxt.head.pos_ == "VERB" and nxt.head.i < to.i:
        gov, obj = nxt.head, nxt  # "offered [to host talks]", the noun the verb's object
    elif v.dep_ in ("advcl", "xcomp", "ccomp") and v.head.pos_ == "VERB" and v.head.i < to.i \
            and any(c.dep_ == "obj" and c.i > v.i for c in v.children):
        gov, obj = v.head, None  # "offered on Friday [to host] talks": a clause already, only its verb misread
    else:
        return False
    if gov.lemma_.lower() not in CONTROL:
        return False
    v.pos_, v.tag_, v.lemma_ = "VERB", "VB", v.lower_
    v.head, v.dep_ = gov, "xcomp"
    if obj is not None:  # ("talks *between X and Y*" stays the object's)
        obj.head, obj.dep_ = v, "obj"
    return True
