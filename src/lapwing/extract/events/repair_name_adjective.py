"""Parse repair 111: "ordered *the United Nations integrated office* to leave", "expelled *the African Union
assisted mission*", "shelled *the Saudi led coalition* base": a name, an -ed modifier and the noun they modify, read
by the parser as a clause of their own (the name its subject, the -ed word a past verb, the noun its object) hung on
the sentence's verb as a complement.

The noun phrase is put back together: the noun becomes the object of the sentence's verb, the -ed word its
adjective and the name (with its article) its compound; what the false clause held after the noun goes back where
it belongs (a to-infinitive or an adverbial clause to the sentence's verb, a prepositional phrase to the noun). Only
when the false clause has no auxiliary, marker or object of its own but that noun, the noun stands right after the
-ed word with no article of its own, the name has one ("*the* United Nations"), and the sentence's verb is no verb
of saying or thinking (whose complement clause "said the United Nations integrated office staff" may be one)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

#: verbs whose complement is a clause ("said the X", "believes the X"): never repaired under them
_CLAUSE_VERBS = frozenset({"say", "tell", "report", "add", "announce", "claim", "state", "confirm", "allege", "write",
                           "tweet", "believe", "think", "know", "expect", "hope", "fear", "deny", "suggest", "show",
                           "insist", "warn", "argue", "note", "acknowledge", "admit", "agree", "feel", "find", "learn",
                           "hear", "see", "understand", "doubt", "predict", "estimate", "indicate", "mean",
                           "ensure", "assume", "suspect", "reveal", "explain", "recall", "stress", "promise"})
_OWN = frozenset({"aux", "aux:pass", "mark", "expl", "iobj", "nsubj:pass", "obl:agent", "advmod"})


def name_adjective_candidate(D: list[str], H: list[int], P: list[str], L: list[str], i: int) -> bool:
    """The candidate test on the columns: an -ed complement verb with a name subject right before it and a noun
    object right after it."""
    p, n = i - 1, i + 1
    return (D[i] == "ccomp" and L[i].endswith("ed") and p >= 1 and n < len(D) and H[p] == i and D[p] == "nsubj"
            and P[p] == "PROPN" and H[n] == i and D[n] in ("obj", "dobj") and P[n] == "NOUN")


def repair_name_adjective_object(v: Token) -> bool:
    """Repair 111 on the -ed word ``v``; True when applied."""
    head = v.head
    if head.i >= v.i or head.pos_ != "VERB" or head.lemma_.lower() in _CLAUSE_VERBS:
        return False
    doc = v.doc
    name, noun = doc[v.i - 1], doc[v.i + 1]
    if any(c.dep_ in _OWN for c in v.children):
        return False
    if any(c.dep_ in ("det", "nmod:poss", "poss") for c in noun.children):
        return False  # (an article of the noun's own: "the UN replaced *the* office" is a clause)
    det = next((c for c in name.children if c.dep_ == "det" and c.i < name.i and c.lower_ in ("the", "a", "an")), None)
    if det is None or any(c.dep_ in ("obj", "dobj") for c in head.children):
        return False
    _set_head(noun, head, "obj")
    _set_head(det, noun, "det")
    _set_head(name, noun, "compound")
    for c in list(v.children):
        if c.i in (name.i, noun.i):
            continue
        if c.dep_ in ("xcomp", "advcl", "punct") or c.i < v.i:
            _set_head(c, head, c.dep_)
        elif c.dep_.startswith("obl") and c.left_edge.i == noun.i + 1:
            _set_head(c, noun, "nmod")  # "office *in the country*"
        else:
            _set_head(c, head, c.dep_)
    _set_head(v, noun, "amod")
    v.pos_, v.tag_ = "ADJ", "JJ"
    return True
