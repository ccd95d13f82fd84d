"""Repair 225 of ``parse_repair``: an infinitive after a control verb read as a noun marked by "to".

"Turkey offered *to host* talks between X and Y", "Qatar offered on Friday *to host* talks ...": the bare verb
after "to" is tagged a noun, either the compound of the next noun ("[host talks]", the object of "offered") or a
noun clause of its own with that object ("to [host] talks" as an ``advcl``), so the offer loses its content or
its verb. When "to" is a marker (``mark``, TO) on a singular noun whose form is a verb's bare form, right after it,
and the clause hangs on a control verb before it (``repair_infinitive.CONTROL``), that word is the verb of the
to-clause (``xcomp``) and the next noun its object. Not "to" as a preposition ("moved to the host city": repair 15
looks at those), nor a noun with a determiner, a possessor or a number of its own.

Repair 198 (session 37, round rm74): the same "to" read as a marker on a *plural* noun right after it, which no
infinitive can be: "the government conceded *to demands* that exiles be allowed to vote", "bowed *to calls* for
reform", with "to demands" an adverbial clause (``advcl``) of the verb. The "to" is a preposition (``case``) and the
noun the verb's oblique, so the frames that read the to-phrase ("conceded to demands": 083) find it. Only for a noun
tagged ``NNS`` hung on a verb before it, with no subject or auxiliary of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import token_columns, word_positions
from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_infinitive import CONTROL


def to_noun_candidates(doc: Doc) -> list[int]:
    """The "to" tokens of ``doc`` that repair 225 is tried on."""
    cols = token_columns(doc)
    L, D, T = cols.lower, cols.dep, cols.tag
    # (the "to"s read off the article's word index: no pass over the words)
    return [i for i in word_positions(doc).get("to", ()) if D[i] == "mark" and i + 1 < len(L)
            and T[i + 1] in ("NN", "NNS")]


def _repair_to_plural(to: Token) -> bool:
    """Repair 198 at the word "to" before a plural noun read as a clause: "to" is its preposition, the noun the
    verb's oblique. True when applied."""
    v = to.doc[to.i + 1]
    if to.head.i != v.i or v.pos_ != "NOUN" or v.dep_ not in ("advcl", "xcomp", "ccomp"):
        return False
    if v.head.pos_ != "VERB" or v.head.i > to.i or any(c.dep_.startswith(("nsubj", "aux", "expl")) for c in v.children):
        return False
    to.dep_, to.pos_, to.tag_ = "case", "ADP", "IN"
    v.dep_ = "obl"
    return True


def repair_to_noun(to: Token) -> bool:
    """Apply repair 225 (or 198, before a plural noun) at the word "to"; True when applied."""
    doc = to.doc
    v = doc[to.i + 1]
    if v.tag_ == "NNS":
        return _repair_to_plural(to)
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
