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
#: the verb of a source named after the news ("..., state media reported")
REPORT_FORMS = frozenset({"said", "says", "reported", "reports", "added", "confirmed", "announced", "stated",
                          "claimed", "quoted", "showed", "shows", "alleged"})
#: words that may follow it to the sentence's end ("said on Tuesday", "reported late on Friday")
_REPORT_TAIL = frozenset({"on", "late", "early", "in", "a", "an", "the", "statement", "today", "yesterday",
                          "tonight", "night", "morning", "evening", "afternoon", "last", "this", "week",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: words of the source's own noun phrase ("state media", "the official news agency", "two police officers")
_SOURCE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
_SUBJECT_START = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})
_MAIN_TAGS = frozenset({"VBD", "VBN", "VBZ"})
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
_SUBJ = frozenset({"nsubj", "nsubj:pass"})
_WRAP = 2 ** 64


def split_candidates(doc: Doc) -> list[tuple[int, int, int, str]]:
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
            # ", and" + a clause with its own subject ("X and Y clashed in the capital, *and* more than 70 people
            # were injured"): the two clauses are coordinated
            coord = L[m] == "and" and X[m - 1] == "," and (P[m + 1] in _SUBJECT_START or L[m + 1] == "more")
            if not participial and not coord and (L[m] not in SUBORDINATORS or P[m + 1] not in _SUBJECT_START):
                continue
            main = doc[s:m - 1] if coord else doc[s:m]
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
            out.append((s, m, end, "conj" if coord else "advcl"))
            break
    return out


def report_candidates(doc: Doc) -> list[tuple[int, int, int]]:
    """``(start, comma, end)`` of each sentence that ends in a source named after the news, ", state media
    reported", whose verb the model did not give that source as its subject (it takes a noun of the news:
    "Italy ratified *the treaty* with Peru, state media *reported*", the treaty its subject)."""
    out = []
    forms = verb_forms()
    cols = token_columns(doc)
    P, L, X, H = cols.pos, cols.lower, cols.text, doc_heads(doc)
    for s, e in sentence_bounds(doc):
        end = e - 1 if e > s and P[e - 1] == "PUNCT" and X[e - 1] in (".", "!") else e
        if end - s < 7:
            continue
        v = next((k for k in range(end - 1, max(s + 4, end - 9), -1) if L[k] in REPORT_FORMS), None)
        if v is None or any(L[k] not in _REPORT_TAIL and P[k] != "PROPN" for k in range(v + 1, end)):
            continue
        m = v - 1
        while m > s and P[m] in _SOURCE_POS and X[m] != ",":
            m -= 1
        if X[m] != "," or v - m > 6 or v - m < 2 or m - s < 3:
            continue
        if any(X[k] in ('"', "\u201c", "\u201d", "'") or L[k] in ("that", "which", "who") for k in range(s, end)):
            continue
        if any(H[k] == v and cols.dep[k] in _SUBJ for k in range(m + 1, v)) and not any(
                m < H[j] < v or H[j] == v and cols.dep[j] in _SUBJ for j in range(s, m)):
            continue  # the source is the verb's subject and no word of the news hangs on it: the parse holds
        if not any(P[k] == "VERB" and cols.tag[k] in _CLAUSE_TAGS or L[k] in forms for k in range(s + 1, m)):
            continue  # (a verb's form read as a noun counts: "prime minister *shot* down a drone")
        out.append((s, m, end))
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
    done = {s for s, _, _, _ in found}
    found += [(s, m, end, "parataxis") for s, m, end in report_candidates(doc) if s not in done]
    if not found:
        return doc
    out = None
    for s, m, end, link in found:
        main = [(t.text, bool(t.whitespace_)) for t in doc[s:m - 1 if link == "conj" else m]]
        sub = [(t.text, bool(t.whitespace_)) for t in doc[m + 1:end]]
        if link == "parataxis" and sub[0][0][:1].islower():
            # "state media reported" after a full stop reads as the same sentence: the source's clause is
            # parsed as a sentence of its own, opening with a capital (its own lemma and text are kept)
            sub[0] = (sub[0][0][:1].upper() + sub[0][0][1:], sub[0][1])
        two = mend(_parse_two(nlp, main, sub))
        n1 = len(main)
        if [(x.start, x.end) for x in two.sents] != [(0, n1 + 1), (n1 + 1, len(two))]:
            continue  # the parse did not keep the clauses apart
        r1, r2 = two[0:n1 + 1].root, two[n1 + 1:].root
        if r1.i >= n1 or r2.i >= len(two) - 1 or r1.pos_ != "VERB" or r2.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in _SUBJ for c in r1.children) or r1.tag_ not in _CLAUSE_TAGS:
            continue
        if link == "parataxis" and (r2.lower_ not in REPORT_FORMS or not any(
                c.dep_ in _SUBJ and c.i < r2.i for c in r2.children)):
            continue  # the source's clause must come out as the source and its verb
        if any(t.head.i in (n1, len(two) - 1) and t.i not in (n1, len(two) - 1) for t in two):
            continue  # something hung on a full stop that is not in the sentence
        if out is None:
            out, heads, deps = editable(doc)
        place = {j: s + j for j in range(n1)}
        place.update({n1 + 1 + k: m + 1 + k for k in range(len(sub))})
        copy_parse(out, heads, deps, two, place)
        main_root, sub_root = place[r1.i], place[r2.i]
        heads[main_root], deps[main_root] = main_root, "ROOT"
        heads[sub_root], deps[sub_root] = main_root, link
        if link == "conj":  # ", and more than 70 people were injured"
            heads[m], deps[m] = sub_root, "cc"
            heads[m - 1], deps[m - 1] = sub_root, "punct"
            out[m].pos_, out[m].tag_ = "CCONJ", "CC"
        elif doc[m].text == ",":  # ", demanding ...": a participle's clause, set off by its comma
            heads[m], deps[m] = sub_root, "punct"
        else:
            heads[m], deps[m] = sub_root, "mark"
            out[m].pos_, out[m].tag_ = "SCONJ", "IN"
        for i in range(end, sentence_end(doc, s)):
            heads[i], deps[i] = main_root, "punct" if doc[i].is_punct else deps[i]
    return doc if out is None else write_tree(out, heads, deps)


def parse_one(nlp: Any, mend: Callable[[Doc], Doc], words: list[str], spaces: list[bool]) -> Doc | None:
    """``words`` parsed and mended as one sentence, or None when the parse makes more than one."""
    one = mend(nlp(Doc(nlp.vocab, words=words, spaces=spaces)))
    return one if len(list(one.sents)) == 1 else None


def editable(doc: Doc) -> tuple[Doc, list[int], list[str]]:
    """A copy of ``doc`` with its heads and labels as lists, for :func:`copy_parse` and :func:`write_tree`."""
    out = doc.copy()
    return out, [t.head.i for t in out], [t.dep_ for t in out]


def copy_parse(out: Doc, heads: list[int], deps: list[str], parsed: Doc, place: dict[int, int]) -> None:
    """Give each word of ``out`` at a value of ``place`` the head, label and tags that ``parsed`` gave the word at its
    key (a head outside ``place`` leaves the word its own head; a root keeps the label ROOT); the lemma too where
    the word is written the same (a capital added for the parse keeps the original's)."""
    for j, i in place.items():
        t = parsed[j]
        heads[i] = place[t.head.i] if t.head.i in place and t.head.i != t.i else i
        deps[i] = t.dep_ if t.head.i != t.i else "ROOT"
        o = out[i]
        o.pos_, o.tag_ = t.pos_, t.tag_
        if t.text == o.text:
            o.lemma_ = t.lemma_


def write_tree(out: Doc, heads: list[int], deps: list[str]) -> Doc:
    """``out`` with these heads and labels (read back as arrays, so that spaCy rebuilds every edge)."""
    arr = numpy.array([[(heads[i] - i) % _WRAP, out.vocab.strings.add(deps[i])] for i in range(len(out))], dtype="uint64")
    out.from_array([HEAD, DEP], arr)  # (relative heads, stored as unsigned: -1 wraps round)
    return out


def sentence_end(doc: Doc, s: int) -> int:
    return next(e for a, e in sentence_bounds(doc) if a == s)
