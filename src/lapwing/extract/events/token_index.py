"""The tokens of a parsed document that a per-article scan needs to look at, found from the document's attribute
array instead of one spaCy ``Token`` per position (speed only: the scans of ``context_death`` test every token of
the article, and almost all fail on the first test).

``token_indices(doc, pos=..., tag=..., dep=..., lemmas=...)``: the positions, in order, of the tokens whose
``pos_``, ``tag_`` and ``dep_`` are among the given ones and whose ``lemma_of`` (the lower-cased lemma, else the
lower-case form) is among ``lemmas``; a test left out (None) holds for every token. ``in_span(indices, span)``:
those of them inside a sentence, as ``Token`` objects.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterator

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc, Span, Token

from lapwing.extract.events.parse_memo import _FROZEN

__all__ = ["in_span", "token_indices"]


#: string hash or symbol id -> its string, lower-cased for lemmas, across documents (a hash names the same string in
#: every vocabulary); emptied past ``_MAX`` entries
_STRINGS: dict[int, str] = {}
_LOWERED: dict[int, str] = {}
_MAX = 200_000
#: (word list, lowered) -> string hash or symbol id -> whether it names one of the list's words (``_mask``)
_ANSWERS: dict[tuple[frozenset[str], bool], dict[int, bool]] = {}


def _mask(col: numpy.ndarray, strings, allowed: Collection[str], lowered: bool = False) -> numpy.ndarray:
    """Where ``col`` (string hashes or symbol ids) names one of ``allowed`` (lower-cased first with ``lowered``):
    each distinct value looked up once (and remembered across documents)."""
    memo = _LOWERED if lowered else _STRINGS
    if len(memo) > _MAX:
        memo.clear()
    # each value's answer for this word list, remembered across documents (keyed by the list's words)
    key = (allowed if isinstance(allowed, frozenset) else frozenset(allowed), lowered)
    answers = _ANSWERS.get(key)
    if answers is None or len(answers) > _MAX:
        if len(_ANSWERS) > 64:
            _ANSWERS.clear()
        answers = _ANSWERS[key] = {}
    ok = []
    for h in set(col.tolist()):
        yes = answers.get(h)
        if yes is None:
            w = memo.get(h)
            if w is None:
                w = memo[h] = strings[h].lower() if lowered else strings[h]
            yes = answers[h] = w in allowed
        if yes:
            ok.append(h)
    if len(ok) > 8:
        return numpy.isin(col, numpy.array(ok, dtype=col.dtype))
    mask = numpy.zeros(len(col), dtype=bool)
    for h in ok:  # (a few values: one comparison each, cheaper than isin's set-up)
        mask |= col == numpy.array(h, dtype=col.dtype)
    return mask


_ALL = [POS, TAG, DEP, LEMMA, LOWER]


def _columns(doc: Doc, attrs: list[int]) -> numpy.ndarray:
    """``doc.to_array(attrs)``, one row per token; for the event coder's document, whose parse is final
    (``parse_memo.freeze_parse``), read once for all the scans of its article."""
    n = len(doc)
    if doc is _FROZEN[0]:
        memo = _FROZEN[1]
        arr = memo.get(_columns)
        if arr is None:
            arr = memo[_columns] = doc.to_array(_ALL).reshape(n, len(_ALL))
        return arr[:, [_ALL.index(a) for a in attrs]]
    return doc.to_array(attrs).reshape(n, len(attrs))  # (one attribute: spaCy gives a flat array)


def _ids_mask(col: numpy.ndarray, ids: list[int]) -> numpy.ndarray:
    """Where ``col`` holds one of ``ids``."""
    if len(ids) > 8:
        return numpy.isin(col, numpy.array(ids, dtype=col.dtype))
    mask = numpy.zeros(len(col), dtype=bool)
    for h in ids:
        mask |= col == numpy.array(h, dtype=col.dtype)
    return mask


def token_indices(doc: Doc, *, pos: Collection[str] | None = None, tag: Collection[str] | None = None,
                  dep: Collection[str] | None = None, lemmas: Collection[str] | None = None) -> list[int]:
    """The positions of ``doc``'s tokens with ``t.pos_ in pos``, ``t.tag_ in tag``, ``t.dep_ in dep`` and
    ``lemma_of(t) in lemmas`` (each only when given), in order."""
    n = len(doc)
    if n == 0:
        return []
    tests = [(attr, allowed) for attr, allowed in ((POS, pos), (TAG, tag), (DEP, dep)) if allowed is not None]
    attrs = [attr for attr, _a in tests] + ([LEMMA, LOWER] if lemmas is not None else [])
    if not attrs:
        return list(range(n))
    arr = _columns(doc, attrs)
    strings = doc.vocab.strings
    keep = numpy.ones(n, dtype=bool)
    for k, (_attr, allowed) in enumerate(tests):
        # a label's id (a symbol's, else its string's hash) is what the column holds for it: no look-up per value
        keep &= _ids_mask(arr[:, k], [strings[s] for s in allowed])
    if lemmas is not None:
        lem, low = arr[:, len(tests)], arr[:, len(tests) + 1]
        # lemma_of: the lemma lower-cased, or the lower-case form where there is no lemma (hash 0: "")
        match = _mask(lem, strings, lemmas, lowered=True)
        no_lemma = lem == 0
        if no_lemma.any():
            match = numpy.where(no_lemma, _mask(low, strings, lemmas), match)
        keep &= match
    return numpy.flatnonzero(keep).tolist()


def in_span(indices: list[int], span: Span) -> Iterator[Token]:
    """The tokens at ``indices`` (sorted positions in ``span``'s document) that are inside ``span``, in order."""
    doc = span.doc
    k = bisect_left(indices, span.start)
    while k < len(indices) and indices[k] < span.end:
        yield doc[indices[k]]
        k += 1
