"""Parse repair 100: "Protesters marched and *burned* tyres", "Israeli jets bombed and *destroyed* the bridge": the
object after two coordinated verbs hung by the parser on the first ("marched ... tyres") while the second, standing
between them, has none.

The object follows the second verb, so it is the second verb's (and, where the first is transitive, shared: the
object of a verb with none of its own, coordinated right before one that has one, is read as shared by
``syntax._obj_token``). Moved to the second verb, "marched" keeps no object (its patterns want none) and "burned"
codes with its own; "bombed and destroyed the bridge" codes both verbs on the bridge. Only when the second verb is a
verb (not a noun or an adjective read as a conjunct) with no object, subject or clause of its own, and the object
stands after it with nothing but its own words between."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

_OWN = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "ccomp", "xcomp", "iobj"})


def conjunct_object_candidate(D: list[str], H: list[int], P: list[str], i: int) -> bool:
    """The candidate test on the columns: an object with a verb conjunct of its head between the head and it."""
    h = H[i]
    return h < i - 2 and any(D[k] == "conj" and H[k] == h and P[k] == "VERB" for k in range(h + 2, i))


def repair_object_to_second_verb(o: Token) -> bool:
    """Repair 100 on the object ``o``; True when applied."""
    v1 = o.head
    if o.dep_ not in ("obj", "dobj") or v1.pos_ != "VERB" or v1.i >= o.i:
        return False
    v2 = next((k for k in v1.children if k.dep_ == "conj" and k.pos_ == "VERB" and v1.i < k.i < o.i), None)
    if v2 is None or any(c.dep_ in _OWN for c in v2.children) or o.left_edge.i <= v2.i:
        return False
    if any(c.dep_ in ("obj", "dobj") and c.i != o.i for c in v1.children):
        return False  # (a first verb with two objects is a parse gone wrong elsewhere: "enforcing the curfew *beat*")
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in v2.children):
        return False
    if any(v2.i < c.i < o.left_edge.i for c in v1.children if c.i != o.i):
        return False  # (something of the first verb's between: "marched on Monday and burned ...": not here)
    _set_head(o, v2, "obj")
    return True
