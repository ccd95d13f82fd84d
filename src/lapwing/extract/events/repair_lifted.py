"""Repair 51 of ``parse_repair``: the subject's own modifier lifted out, and the rest parsed alone.

"Italy, *which has faced criticism at home,* executed three spies", "Israeli troops *near the settlement* shot
toward two Palestinians", "An unidentified gunman *on a motorcycle* shot and killed ...": with a relative clause
set off by commas, or a place phrase, between the subject and its verb, the model often makes the subject the
root and reads the verb as an adjective or a noun ("shot" a noun, "executed" an adjective of "spies"). Without
the modifier, the same sentence comes out as a clause. So the sentence is parsed again without it (and mended by
the other repairs); that tree replaces the model's for those words, and the modifier keeps its own, hung on the
subject's noun (``acl:relcl`` for the clause, ``nmod`` for the place phrase). Nothing changes unless the new
parse has a verb for its root, after the subject, with a subject of its own inside the subject's words.
"""

from __future__ import annotations

from typing import Any, Callable

from spacy.tokens import Doc

from lapwing.extract.docfacts import doc_heads, sentence_bounds, token_columns
from lapwing.extract.events.repair_forms import AIMED_NEXT, verb_forms
from lapwing.extract.events.repair_split import copy_parse, editable, parse_one, sentence_end, write_tree

_REL_WORDS = frozenset({"which", "who", "whose", "whom"})
#: tags the model gives a main verb it misreads after the modifier ("tortured" JJ, "called" VBN, "shot" NN)
_VERBISH = frozenset({"VBD", "VBZ", "VBP", "VBN", "JJ", "NNS"})
_PP_VERBISH = frozenset({"VBD", "VBN", "NN", "JJ"})
#: prepositions of a place phrase after the subject ("troops *near* the settlement", "a gunman *on* a motorcycle")
_PLACE_PREPS = frozenset({"near", "on", "in", "at", "outside", "inside", "from", "along", "around", "behind"})
#: words after the verb that show it is one ("shot *at*", "fired *toward*", and "shot *and* killed", "shot *down*")
_VERB_NEXT = AIMED_NEXT | {"and", "down"}
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
_SUBJ = frozenset({"nsubj", "nsubj:pass"})
_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def lifted_candidates(doc: Doc) -> list[tuple[int, int, int, int, str]]:
    """``(start, first, last, end, kind)``: sentences whose words ``first..last`` (inclusive) are the subject's
    modifier of ``kind`` "rel" (the commas included) or "pp", with a word after it that may be the main verb
    and that the model did not read as the root."""
    out = []
    cols = token_columns(doc)
    P, T, L, X, H = cols.pos, cols.tag, cols.lower, cols.text, doc_heads(doc)
    forms = verb_forms()
    for s, e in sentence_bounds(doc):
        end = e - 1 if e > s and P[e - 1] == "PUNCT" else e
        if end - s < 6 or not _QUOTES.isdisjoint(X[s:end]):
            continue
        c1 = next((k for k in range(s + 1, min(end - 4, s + 12)) if X[k] == "," and L[k + 1] in _REL_WORDS), None)
        if c1 is not None:
            c2 = next((k for k in range(c1 + 3, end - 1) if X[k] == ","), None)
            if c2 is None:
                continue
            v = next((k for k in range(c2 + 1, min(end, c2 + 3)) if L[k] in forms and T[k] in _VERBISH), None)
            if v is None or H[v] == v or any(X[k] == "," for k in range(s, c1)) or any(
                    L[k] in _REL_WORDS for k in range(c2, end)):
                continue
            out.append((s, c1, c2, end, "rel"))
            continue
        # a place phrase: NOUN + preposition ... NOUN, then a past form read as no verb, then a word of a verb
        for a in range(s + 1, min(end - 4, s + 8)):
            if L[a] not in _PLACE_PREPS or T[a - 1] not in ("NN", "NNS", "NNP", "NNPS") or P[a] != "ADP":
                continue
            b = next((k for k in range(a + 2, min(end - 2, a + 6)) if L[k + 1] in forms and T[k + 1] in _PP_VERBISH
                      and P[k] in ("NOUN", "PROPN") and L[k + 2] in _VERB_NEXT), None)
            if b is None or P[b + 1] == "VERB" and H[b + 1] == b + 1 or any(
                    P[k] not in _NP_POS for k in range(s, b + 1) if k != a):
                continue  # the subject and the place phrase are noun phrases: no verb or clause before the verb
            out.append((s, a, b, end, "pp"))
            break
    return out


def lifted_reparsed(doc: Doc, nlp: Any, mend: Callable[[Doc], Doc]) -> Doc:
    """``doc``, or a copy with each sentence of ``lifted_candidates`` mended (see the module's docstring)."""
    found = lifted_candidates(doc)
    if not found:
        return doc
    out = None
    for s, first, last, end, kind in found:
        keep = list(range(s, first)) + list(range(last + 1, end))
        words = [doc[i].text for i in keep] + ["."]
        spaces = [bool(doc[i].whitespace_) for i in keep[:-1]] + [False, False]
        one = parse_one(nlp, mend, words, spaces)
        if one is None:
            continue
        r = one[:].root
        n_subj = first - s
        if r.i < n_subj or r.pos_ != "VERB" or r.tag_ not in _CLAUSE_TAGS:
            continue
        subj = next((c for c in r.children if c.dep_ in _SUBJ), None)
        if subj is None or subj.i >= n_subj:
            continue
        inner = (first + 1, last) if kind == "rel" else (first, last + 1)  # the modifier's own words
        mod = doc[inner[0]:inner[1]]
        mod_root = mod.root if kind == "rel" else doc[last]  # the place phrase's noun (the model may hang it elsewhere)
        if kind == "rel" and (mod_root.pos_ not in ("VERB", "AUX") or not any(x.lower_ in _REL_WORDS for x in mod)):
            continue
        if kind == "pp" and mod_root.pos_ not in ("NOUN", "PROPN"):
            continue
        if out is None:
            out, heads, deps = editable(doc)
        place = {j: i for j, i in enumerate(keep)}
        copy_parse(out, heads, deps, one, place)
        main_root = place[r.i]
        heads[main_root], deps[main_root] = main_root, "ROOT"
        noun = place[subj.i]
        for i in range(*inner):  # the modifier keeps its own tree; its root tells of the subject's noun
            if not inner[0] <= heads[i] < inner[1] or i == mod_root.i:
                heads[i] = noun if i == mod_root.i else mod_root.i
        deps[mod_root.i] = "acl:relcl" if kind == "rel" else "nmod"
        if kind == "rel":
            for i in (first, last):
                heads[i], deps[i] = mod_root.i, "punct"
        for i in range(end, sentence_end(doc, s)):
            heads[i], deps[i] = main_root, "punct"
    return doc if out is None else write_tree(out, heads, deps)
