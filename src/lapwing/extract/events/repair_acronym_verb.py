"""Parse repair 209: an acronym after a preposition read as a verb. "provided training *to AMISOM* through ...",
"handed the files *to UNICEF*", "sent observers *to ECOWAS*": the parser takes the capitalised acronym after "to" for
the verb of an infinitive (``VERB``, ``xcomp`` / ``advcl``) yet keeps "to" as its ``case``, which only a noun has;
the act then loses the party it is aimed at.

The acronym becomes a name (``PROPN`` / ``NNP``, its own text as lemma) in an oblique of its head (``obl`` of a verb,
``nmod`` of a noun). Only for a word of three or more letters written all in capitals, with a "to" (or another
preposition) as its ``case`` before it and no subject, object or auxiliary of its own (a verb's dependents)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import doc_heads, token_columns
from lapwing.extract.events.repair_index import RepairIndex

_VERBAL_KIDS = frozenset({"nsubj", "nsubj:pass", "obj", "dobj", "iobj", "aux", "aux:pass", "ccomp", "xcomp"})


def acronym_verb_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The words of ``doc`` that repair 209 is tried on: a verb written in capitals with a ``case`` word before it
    (with ``index``, only the words labelled ``case`` are read; their heads are gathered in the same order, so the
    set, and the order of the list read off it, are the same)."""
    cols = token_columns(doc)
    P, D, X = cols.pos, cols.dep, cols.text
    if "VERB" not in P:
        return []
    H = doc_heads(doc)
    cases = [i for i, d in enumerate(D) if d == "case"] if index is None else index.find(dep="case")
    heads_with_case = {H[i] for i in cases if H[i] > i}
    return [i for i in heads_with_case if P[i] == "VERB" and len(X[i]) >= 3 and X[i].isalpha() and X[i].isupper()]


def repair_acronym_verb(x: Token) -> bool:
    """Repair 209 on the acronym ``x``; True when applied."""
    if x.pos_ != "VERB" or not (x.text.isalpha() and x.text.isupper() and len(x.text) >= 3):
        return False
    kids = list(x.children)
    if not any(c.dep_ == "case" and c.i < x.i for c in kids) or any(c.dep_ in _VERBAL_KIDS for c in kids):
        return False
    h = x.head
    if h is x:
        return False
    x.pos_, x.tag_, x.lemma_ = "PROPN", "NNP", x.text
    x.dep_ = "obl" if h.pos_ in ("VERB", "AUX", "ADJ") else "nmod"
    return True
