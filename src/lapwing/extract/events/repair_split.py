"""Repair 50 of ``parse_repair``: a main clause and the subordinate clause after it, parsed apart.

"Kenyan police *blamed* Armenia for the clashes *after talks broke down*", "Russian President Ivan Petrov
*imposed* sanctions on Belarus after talks broke down": with a subordinate clause after it, the model often
reads the whole main clause as a noun phrase, the subject of the later verb ("Armenia ... after talks" the
subject of *broke*), and the main verb as an adjective or a modifier; the repairs that look for one misparse
shape each catch some of these trees and miss the others. The same clauses, parsed on their own, come out as
clauses (with the repairs that mend a plain sentence). So where a sentence's root lies in a subordinate
clause (or in a participle's clause set off by a comma: "Thousands of farmers *rallied* in the capital,
*demanding* that the government protect them") after a word that looks like the main verb, the two clauses are parsed apart, each as a sentence of
its own, mended by the other repairs, and put back together: the main clause's verb heads the sentence, the
subordinate clause hangs on it as ``advcl`` and the subordinator is its ``mark``. Nothing changes when either
parse is not a clause with its verb (and the main clause's subject), or when the sentence has another shape
(a relative pronoun or a quotation in the main part, a comma in the subordinate clause).
"""

from __future__ import annotations

from typing import Any, Callable

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc

from lapwing.extract.docfacts import doc_heads, sentence_bounds, token_columns
from lapwing.extract.events.repair_forms import verb_forms

SUBORDINATORS = frozenset({"after", "before", "when", "while", "until", "because", "since", "as", "once"})
_SUBJECT_START = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})
_MAIN_TAGS = frozenset({"VBD", "VBN", "VBZ"})
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
_SUBJ = frozenset({"nsubj", "nsubj:pass"})
_WRAP = 2 ** 64


def split_candidates(doc: Doc) -> list[tuple[int, int, int]]:
    """``(start, subordinator, end)`` of each sentence of ``doc`` with the shape above (``end`` excludes the
    sentence's closing punctuation)."""
    out = []
    forms = verb_forms()
    # the shape is read off the token columns first (the coder runs this on every article): Token objects are
    # made only for a sentence with a subordinator (or a comma and an -ing form) before its root
    cols = token_columns(doc)
    P, T, L, X, H = cols.pos, cols.tag, cols.lower, cols.text, doc_heads(doc)
    for s, e in sentence_bounds(doc):
        if e - s < 6:
            continue
        r = next((k for k in range(s, e) if H[k] == k), None)
        if r is None or P[r] not in ("VERB", "AUX"):
            continue
        end = e - 1 if doc[e - 1].is_punct else e
        for m in range(s + 2, r):
            participial = X[m] == "," and T[m + 1] == "VBG" and L[m + 1] in forms
            if not participial and (L[m] not in SUBORDINATORS or P[m + 1] not in _SUBJECT_START):
                continue
            main = doc[s:m]
            if any(x.tag_ in ("WDT", "WP", "WP$") or x.is_quote or x.lower_ == "that" for x in main):
                break
            if not any(x.tag_ in _MAIN_TAGS and x.lower_ in forms and x.head.i != x.i and x.dep_ != "acl:relcl"
                       and doc[x.i - 1].pos_ not in ("DET", "ADP") for x in doc[s + 1:m]):
                break
            sub = doc[m + 1:end]
            if any(x.is_punct or x.lower_ in SUBORDINATORS or x.is_quote for x in sub):
                break
            if not participial and not any(x.tag_ in _CLAUSE_TAGS and x.pos_ in ("VERB", "AUX") for x in sub):
                break
            out.append((s, m, end))
            break
    return out


def _parse_two(nlp: Any, main: list, sub: list) -> Doc:
    """The two clauses as two sentences of one doc, each closed by a full stop (``main`` and ``sub`` are
    lists of ``(text, has_space)``)."""
    words = [w for w, _ in main] + ["."] + [w for w, _ in sub] + ["."]
    spaces = [sp for _, sp in main[:-1]] + [False, True] + [sp for _, sp in sub[:-1]] + [False, False]
    return nlp(Doc(nlp.vocab, words=words, spaces=spaces))


def split_reparsed(doc: Doc, nlp: Any, mend: Callable[[Doc], Doc]) -> Doc:
    """``doc``, or a copy of it with repair 50 applied where it fits; ``mend`` is the other repairs."""
    found = split_candidates(doc)
    if not found:
        return doc
    out = None
    for s, m, end in found:
        main = [(t.text, bool(t.whitespace_)) for t in doc[s:m]]
        sub = [(t.text, bool(t.whitespace_)) for t in doc[m + 1:end]]
        two = mend(_parse_two(nlp, main, sub))
        n1 = len(main)
        if [(x.start, x.end) for x in two.sents] != [(0, n1 + 1), (n1 + 1, len(two))]:
            continue  # the parse did not keep the clauses apart
        r1, r2 = two[0:n1 + 1].root, two[n1 + 1:].root
        if r1.i >= n1 or r2.i >= len(two) - 1 or r1.pos_ != "VERB" or r2.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in _SUBJ for c in r1.children) or r1.tag_ not in _CLAUSE_TAGS:
            continue
        if any(t.head.i in (n1, len(two) - 1) and t.i not in (n1, len(two) - 1) for t in two):
            continue  # something hung on a full stop that is not in the sentence
        if out is None:
            out = doc.copy()
            heads = [t.head.i for t in out]
            deps = [t.dep_ for t in out]
        place = {j: s + j for j in range(n1)}
        place.update({n1 + 1 + k: m + 1 + k for k in range(len(sub))})
        for j, i in place.items():
            t = two[j]
            heads[i] = place[t.head.i] if t.head.i != t.i else i
            deps[i] = t.dep_
            o = out[i]
            o.pos_, o.tag_, o.lemma_ = t.pos_, t.tag_, t.lemma_
        main_root, sub_root = place[r1.i], place[r2.i]
        heads[main_root], deps[main_root] = main_root, "ROOT"
        heads[sub_root], deps[sub_root] = main_root, "advcl"
        if doc[m].text == ",":  # ", demanding ...": a participle's clause, set off by its comma
            heads[m], deps[m] = sub_root, "punct"
        else:
            heads[m], deps[m] = sub_root, "mark"
            out[m].pos_, out[m].tag_ = "SCONJ", "IN"
        for i in range(end, sentence_end(doc, s)):
            heads[i], deps[i] = main_root, "punct" if doc[i].is_punct else deps[i]
    if out is None:
        return doc
    arr = numpy.array([[(heads[i] - i) % _WRAP, out.vocab.strings.add(deps[i])] for i in range(len(out))], dtype="uint64")
    out.from_array([HEAD, DEP], arr)  # (relative heads, stored as unsigned: -1 wraps round)
    return out


def sentence_end(doc: Doc, s: int) -> int:
    return next(e for a, e in sentence_bounds(doc) if a == s)
