"""Parse repair 140: a noun after "to" read as an adverbial clause ("conceded *to demands* that ...").

With a that-clause after the noun, the model often reads "to" as an infinitive marker and the noun as the verb of a
to-clause: "The government yielded *to demands* that the curfew be lifted" comes out with "demands" an ``advcl``
of "yielded" and "to" its ``mark``. A noun cannot head a to-infinitive, so the phrase is the verb's prepositional
phrase: the noun becomes an ``obl`` and "to" its ``case``, and the frames that ask for "to demands" hold again.
Only a noun (tagged NN / NNS) right after "to", or after "to" and a determiner or possessive, hung on a verb
before it, is changed."""

from __future__ import annotations

from spacy.tokens import Token

_BETWEEN = frozenset({"DET", "PRON", "ADJ"})


def repair_to_noun_clause(n: Token) -> bool:
    """Repair 140 on the noun ``n`` read as the head of a to-clause; True when applied."""
    if n.dep_ != "advcl" or n.pos_ != "NOUN" or n.tag_ not in ("NN", "NNS") or n.head.pos_ not in ("VERB", "AUX") \
            or n.head.i > n.i:
        return False
    marks = [c for c in n.children if c.dep_ == "mark" and c.lower_ == "to" and c.i < n.i]
    if len(marks) != 1 or any(c.dep_ in ("aux", "aux:pass", "nsubj", "obj") for c in n.children):
        return False
    to = marks[0]
    if any(t.pos_ not in _BETWEEN for t in n.doc[to.i + 1:n.i]):
        return False
    to.dep_ = "case"
    to.pos_, to.tag_ = "ADP", "IN"
    n.dep_ = "obl"
    return True
