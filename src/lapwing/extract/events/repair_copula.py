"""Parse repair 70: the object of a verb conjoined to a copula's adjective, hung on the adjective.

"Argentina was furious *and accused* Serbia of lying" is parsed with *Serbia* a conjunct (or an object) of
*furious*, so *accused* has no object and the accusation no target. An adjective with a copula takes no object and
is no list of nouns: a noun after "ADJ and VERB" that the verb's clause would take (the verb has no object or clause
of its own) is the verb's object, and what hangs on that noun stays with it ("of lying")."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

_OWN_COMPLEMENTS = ("obj", "dobj", "ccomp", "xcomp", "iobj")


def repair_object_on_copula_adjective(n: Token) -> bool:
    """Repair 70 on a noun ``n`` hung as ``obj`` or ``conj`` on an adjective with a copula, after a verb conjunct
    of that adjective; True when applied."""
    a = n.head
    if n.dep_ not in ("obj", "dobj", "conj") or n.pos_ not in ("NOUN", "PROPN", "PRON") or a.pos_ != "ADJ" \
            or a.i > n.i:
        return False
    kids = list(a.children)
    if not any(c.dep_ == "cop" for c in kids) or not any(c.dep_ in ("nsubj", "nsubj:pass") for c in kids):
        return False
    v = next((c for c in kids if c.dep_ == "conj" and c.pos_ == "VERB" and a.i < c.i < n.i), None)
    if v is None or any(c.dep_ in _OWN_COMPLEMENTS for c in v.children):
        return False
    if n.dep_ == "conj" and any(c.dep_ == "cc" for c in n.children):
        return False  # "was tired, hungry and *angry*": a real conjunct of its own
    if any(t.pos_ in ("VERB", "AUX") and t.i != v.i for t in n.doc[v.i + 1:n.i]):
        return False  # another clause stands between the verb and the noun
    _set_head(n, v, "obj")
    return True
