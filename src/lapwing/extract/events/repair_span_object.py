"""Repair 167 of ``parse_repair``: a past verb after a subordinator read as an adjective on its own object.

"..., hours *after rioters looted* and burned *shops* in the capital", "a week *before* soldiers *torched* villages
near the border": the parser hangs the clause's subject on the time noun (or the verb before it) as a nominal
modifier introduced by the subordinator (or as the subject of the adjective), reads the past verb as an adjective on the next noun, and hangs that
noun on the same head as a second, unmarked nominal modifier. Two bare noun phrases side by side after "after"
are no phrase: the past form is the clause's verb, the first noun its subject, the second its object, and the
subordinator its marker (as repair 30c does when the verb was hung on the subject itself).

Only a simple past in ``-ed`` of a verb the coder knows, right after a subject noun phrase with nothing but
modifiers before it, whose object is a noun with no preposition, determiner or possessive of its own before it
and hangs on the subject, its head or a head of that. "after *armed* men arrived", "after police *seized* weapons
were shown" (a verb of its own for the noun) stay as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms

_MARKERS = frozenset({"after", "before", "until", "since"})


def _up(t: Token, k: int) -> list[Token]:
    """``t``'s heads, up to ``k`` of them, each before ``t``."""
    out = []
    while len(out) < k and t.head.i != t.i and t.head.i < t.i:
        t = t.head
        out.append(t)
    return out


def repair_past_on_span_object(m: Token, n: Token) -> bool:
    """Apply repair 167 at the subordinator ``m`` hung on the noun ``n``; True when applied."""
    doc = n.doc
    if m.lower_ not in _MARKERS or m.dep_ != "case" or m.i > n.i or n.pos_ not in ("NOUN", "PROPN") or n.i + 2 >= len(doc):
        return False
    v = doc[n.i + 1]
    o = v.head
    # the subject hung on the time noun (or the verb before it), or read as the subject of the adjective itself
    on_adjective = n.dep_ in ("nsubj", "nsubj:pass") and n.head.i == v.i
    if n.dep_ not in ("nmod", "obl") and not on_adjective:
        return False
    lemma = verb_forms().get(v.lower_)
    if lemma is None or v.dep_ != "amod" or not v.lower_.endswith("ed") or v.tag_ not in ("JJ", "VBN", "VBD"):
        return False
    if o.i <= v.i or o.pos_ not in ("NOUN", "PROPN") or o.i == o.head.i:
        return False
    head = o.head if on_adjective else n.head
    if head.i > m.i or not (on_adjective or o.head.i == n.i or o.head in _up(n, 3)):
        return False  # (the object hung on the subject, on its head, or higher up: "a motion ..., hours after ...")
    if o.dep_ not in ("nmod", "obl", "obl:unmarked", "nmod:unmarked", "appos", "compound", "dep") and not (
            o.dep_ in ("obj", "dobj") and any(c.dep_ in ("obj", "dobj") and c.i < m.i for c in o.head.children)):
        return False  # (or a second object of the verb before the subordinator: "backed the bill ..., days after ...")
    if any(c.dep_ in ("case", "det", "nmod:poss", "acl", "acl:relcl") and c.i < o.i for c in o.children):
        return False  # ("after police *seized* the weapons", "in looted shops": a phrase of its own)
    if any(doc[k].pos_ in ("ADP", "VERB", "AUX", "PUNCT", "DET") and doc[k].head.i != v.i
           for k in range(v.i + 1, o.i)):
        return False  # only "VERBED [and VERBED] [modifiers] NOUN" between the verb and its object
    if any(c.i < n.i and c.pos_ in ("ADP", "VERB", "PUNCT") and c.i > m.i for c in n.subtree):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "acl", "acl:relcl") for c in n.children):
        return False
    o.head, o.dep_ = v, "obj"
    v.head, v.dep_, v.pos_, v.tag_, v.lemma_ = head, "advcl", "VERB", "VBD", lemma
    n.head, n.dep_ = v, "nsubj"
    m.head, m.dep_, m.pos_ = v, "mark", "SCONJ"
    return True
