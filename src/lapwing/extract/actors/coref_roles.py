"""A pronoun between several entities, resolved by the role its antecedent had (session 20, issue 10: the
Bangladesh report).

``coref._pick`` resolves a pronoun when one entity is in reach; with two or more it gave up. Two roles settle it:

* a subject "he" or "she" is the one named person in reach, when that person was a subject ("Home Minister X
  accused *the opposition* of ... *He* has ordered police ...", "Prime Minister Y has spoken to the chiefs ...
  According to *the press secretary*, *she* told ..."): a collective ("the opposition") or one named only in a
  phrase ("according to the press secretary") is not the next "he"; with two named persons in reach ("X and Y met
  ... He") it stays unresolved;
* an object pronoun of the second of two joined verbs is the object of the first ("she told *the service chiefs*
  that ... and ordered *them* to ...", "the minister summoned the envoys and expelled *them*"), when the first verb has
  one such object in reach.
"""

from __future__ import annotations

from typing import Any

#: the roles of an object of the first verb that a pronoun object of the second one continues
_OBJECTS = frozenset({"obj", "iobj", "dobj"})


def role_antecedent(coref: Any, cands: list, t: Any, cls: str, as_object: bool):
    """The antecedent of the pronoun ``t`` among ``cands`` (mentions of several entities) by role; None when the
    role does not settle it."""
    doc = coref.doc
    if as_object and cls in ("group", "person") and t.dep_ in _OBJECTS and t.head.dep_ == "conj":
        first = t.head.head
        picked = [m for m in cands if doc[m.head].head.i == first.i and doc[m.head].dep_ in _OBJECTS]
    elif cls == "person" and t.dep_ == "nsubj" and t.lower_ in ("he", "she"):
        picked = [m for m in cands if coref.root(m).kind == "person"]
        if not any(doc[m.head].dep_ == "nsubj" for m in picked):
            return None
    else:
        return None
    if len({coref.root(m).entity for m in picked}) != 1:
        return None  # "President X and Prime Minister Y met ... He": either of the two
    return coref.root(picked[-1])
