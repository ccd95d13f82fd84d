"""Repair 108 of ``parse_repair``: "X *shot dead* Y" and "X *shot to death* Y" with "shot" read as a noun.

"A masked gunman on Sunday *shot dead* a leader of the community", "A pro-army militia *shot to death* three
farmers": with the result word between the verb and its object, the model often reads "shot" as a noun (the
subject's compound, or the head of a noun phrase that swallows the object), so the killing has no verb and no
event. The same sentence with "killed" for "shot dead" / "shot to death" comes out as a clause. So such a sentence
is parsed again that way (and mended by the other repairs); that tree is copied back onto the sentence's words,
"shot" is read as the past of "shoot", and the result words hang on it ("dead" as its ``xcomp``, "death" as an
oblique with "to" its case), as the model gives them when it reads the verb right. Nothing changes unless the new
parse makes "killed" a verb with a subject before it and an object after it.
"""

from __future__ import annotations

from typing import Any, Callable

from spacy.tokens import Doc

from lapwing.extract.docfacts import sentence_bounds, token_columns
from lapwing.extract.events.repair_split import copy_parse, editable, parse_one, write_tree

#: the parts of speech a word may have that starts the object after the result words ("a", "five", "an Israeli")
_OBJECT_START = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})


def shot_dead_candidates(doc: Doc) -> list[tuple[int, int, int, int]]:
    """``(start, shot, n, end)``: sentences whose word ``shot`` is "shot", not read as a verb, followed by ``n``
    result words ("dead", or "to death") and then a word that may start its object."""
    out: list[tuple[int, int, int, int]] = []
    cols = token_columns(doc)
    P, L = cols.pos, cols.lower
    if "shot" not in L:  # (most articles: no sentence to look at, and no loop over their words)
        return out
    for s, e in sentence_bounds(doc):
        for k in range(s + 1, e - 2):
            if L[k] != "shot" or P[k] in ("VERB", "AUX"):
                continue
            n = 1 if L[k + 1] == "dead" else 2 if L[k + 1] == "to" and L[k + 2] == "death" else 0
            if n and k + n + 1 < e and P[k + n + 1] in _OBJECT_START:
                out.append((s, k, n, e))
                break
    return out


def shot_dead_reparsed(doc: Doc, nlp: Any, mend: Callable[[Doc], Doc]) -> Doc:
    """``doc``, or a copy with each sentence of ``shot_dead_candidates`` mended (see the module's docstring)."""
    found = shot_dead_candidates(doc)
    if not found:
        return doc
    out = None
    for s, k, n, e in found:
        keep = [i for i in range(s, e) if not k < i <= k + n]
        words = ["killed" if i == k else doc[i].text for i in keep]
        spaces = [bool(doc[i].whitespace_) for i in keep]
        one = parse_one(nlp, mend, words, spaces)
        if one is None:
            continue
        v = one[k - s]
        kids = list(v.children)
        if v.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.i < v.i for c in kids) or not any(
                c.dep_ == "obj" and c.i > v.i for c in kids):
            continue
        if out is None:
            out, heads, deps = editable(doc)
        place = {j: i for j, i in enumerate(keep)}
        copy_parse(out, heads, deps, one, place)
        shot = out[k]
        shot.pos_, shot.tag_, shot.lemma_ = "VERB", "VBD", "shoot"
        for c in kids:  # a subject read as an adjective ("A *constable* killed ...") is a noun
            if c.dep_ == "nsubj" and c.i < v.i and out[place[c.i]].pos_ == "ADJ":
                out[place[c.i]].pos_, out[place[c.i]].tag_ = "NOUN", "NN"
        if n == 1:
            heads[k + 1], deps[k + 1] = k, "xcomp"
            out[k + 1].pos_, out[k + 1].tag_ = "ADJ", "JJ"
        else:
            heads[k + 1], deps[k + 1] = k + 2, "case"
            heads[k + 2], deps[k + 2] = k, "obl"
    return doc if out is None else write_tree(out, heads, deps)
