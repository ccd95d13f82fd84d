"""Parse repair 91: the of-phrase of a quantity noun in a second conjunct, hung on the first conjunct.

"running battles between police *and hundreds of his supporters*" and "Police *and thousands of protesters*
clashed" are parsed with *supporters* (*protesters*) a modifier of *police*, so the second party of the clash is
the bare number word *hundreds*, which names nobody. A quantity noun ("hundreds", "thousands", "dozens", "scores")
joined by "and" and followed at once by "of" counts what that of-phrase names: the phrase belongs to it."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

#: plural quantity nouns that count the of-phrase after them
QUANTITY_NOUNS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})


def repair_quantity_of_phrase(n: Token) -> bool:
    """Repair 91 on the noun ``n`` of an of-phrase right after a quantity conjunct, hung on that conjunct's head;
    True when applied."""
    doc = n.doc
    of = next((c for c in n.children if c.dep_ == "case" and c.lower_ == "of"), None)
    if of is None or of.i < 1 or of.i > n.i:
        return False
    q = doc[of.i - 1]
    if q.lower_ not in QUANTITY_NOUNS or q.dep_ != "conj" or n.head.i != q.head.i or q.head.i >= q.i:
        return False
    if not n.dep_.startswith("nmod") or any(c.dep_ == "case" and c.lower_ == "of" for c in q.children):
        return False
    _set_head(n, q, "nmod")
    return True
