"""Parse repair 86: "...; on Tuesday, police detained 40 protesters ...": a clause after a time phrase read as an
apposition of the time word.

A timeline paragraph strings clauses together with semicolons, each opened by its date ("On Oct. 15, X signed ...;
on Tuesday, police detained at least 40 protesters ...; and on Wednesday, parliament ratified ..."). The parser
reads the subject after the time phrase's comma as an apposition of the time word and the verb as a participle on
the subject ("Tuesday, police [detained ...]"), so the detention has no doer. A time phrase that opens a clause
(after a semicolon or at the start of the sentence) takes no apposition: the noun after its comma is the subject of
the past verb right after it, that verb heads the clause and the time phrase is its oblique."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_time import is_time_word


def repair_clause_after_time_phrase(n: Token) -> bool:
    """Repair 86 on a noun ``n`` hung as ``appos`` on an earlier time word; True when applied."""
    w, doc = n.head, n.doc
    if n.dep_ != "appos" or w.i > n.i or not is_time_word(w.lower_, w.pos_, w.ent_type_) \
            or n.pos_ not in ("NOUN", "PROPN") or doc[n.left_edge.i - 1].text != ",":
        return False
    v = next((c for c in n.children if c.dep_ in ("acl", "acl:relcl") and c.i == n.i + 1), None)
    forms = verb_forms()
    if v is None or v.tag_ not in ("VBD", "VBN") or v.lower_ not in forms \
            or any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "obl:agent") for c in v.children):
        return False
    start = w.left_edge.i
    while start < w.i and doc[start].is_punct:  # (the semicolon itself may hang on the time word)
        start += 1
    if start > n.sent.start and doc[start - 1].text not in (";", ":") and not (
            doc[start - 1].lower_ in ("and", "but") and start - 2 >= n.sent.start and doc[start - 2].text in (";", ",")):
        return False  # the time phrase does not open a clause
    head = w.head
    if w.dep_ in ("ROOT", "root"):
        _set_head(v, v, "ROOT")
    else:
        _set_head(v, head, "parataxis" if doc[start - 1].text in (";", ":") else "conj")
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", forms[v.lower_]
    _set_head(w, v, "obl")
    _set_head(n, v, "nsubj")
    obj = next((c for c in n.children if c.dep_ == "appos" and c.i > v.i), None)
    if obj is not None and not any(c.dep_ in ("obj", "dobj") for c in v.children):
        _set_head(obj, v, "obj")
    return True
