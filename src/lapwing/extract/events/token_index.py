"""The tokens of a parsed document that a per-article scan needs to look at, found from the document's attribute
array instead of one spaCy ``Token`` per position (speed only: the scans of ``context_death`` test every token of
the article, and almost all fail on the first test).

``token_indices(doc, pos=..., tag=..., dep=..., lemmas=..., forms=...)``: the positions, in order, of the tokens
whose ``pos_``, ``tag_`` and ``dep_`` are among the given ones, whose ``lemma_of`` (the lower-cased lemma, else the
lower-case form) is among ``lemmas`` and whose lower-case form is among ``forms``; a test left out (None) holds for
every token. ``in_span(indices, span)``: those of them inside a sentence, as ``Token`` objects.

``lemma_words(doc)``: every token's ``lemma_of``, one list per document (read once for the coder's frozen
document): the word column that the token index, the coder's trigger flags (``Coder._maybe_triggers``) and its
off-topic cues (``OfftopicMixin._token_cues``) test their word lists against, with the lower-case forms of
``docfacts.word_columns``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterator

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc, Span, Token

from lapwing.extract.docfacts import word_columns
from lapwing.extract.events.parse_memo import _FROZEN, per_article
from lapwing.extract.events.syntax_words import _LEMMA_LOWER

__all__ = ["in_span", "lemma_words", "token_indices"]


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


def lemma_words(doc: Doc) -> list[str]:
    """``[lemma_of(t) for t in doc]``: each token's lemma lower-cased, else (no lemma) its lower-case form, from the
    lemma column and ``lemma_of``'s own memo of lower-cased lemmas; for the event coder's document, whose parse is
    final (``parse_memo.freeze_parse``), worked out once for its article. Read-only: the list is shared."""
    return per_article(doc, _lemma_words)


def _lemma_words(doc: Doc) -> list[str]:
    if not len(doc):
        return []
    hashes = doc.to_array(LEMMA).tolist()
    out = list(map(_LEMMA_LOWER.get, hashes))
    if None in out:  # (a lemma not met before, or none: hash 0)
        strings, lower = doc.vocab.strings, word_columns(doc).lower
        for k, h in enumerate(hashes):
            if out[k] is None:
                lemma = strings[h] if h else ""
                if not lemma:
                    out[k] = lower[k]
                    continue
                if len(_LEMMA_LOWER) > 200_000:
                    _LEMMA_LOWER.clear()
                out[k] = _LEMMA_LOWER[h] = lemma.lower()
    return out


def _ids_mask(col: numpy.ndarray, ids: list[int]) -> numpy.ndarray:
    """Where ``col`` holds one of ``ids``."""
    if len(ids) > 8:
        return numpy.isin(col, numpy.array(ids, dtype=col.dtype))
    mask = numpy.zeros(len(col), dtype=bool)
    for h in ids:
        mask |= col == numpy.array(h, dtype=col.dtype)
    return mask


def token_indices(doc: Doc, *, pos: Collection[str] | None = None, tag: Collection[str] | None = None,
                  dep: Collection[str] | None = None, lemmas: Collection[str] | None = None,
                  forms: Collection[str] | None = None) -> list[int]:
    """The positions of ``doc``'s tokens with ``t.pos_ in pos``, ``t.tag_ in tag``, ``t.dep_ in dep``,
    ``lemma_of(t) in lemmas`` and ``t.lower_ in forms`` (each only when given), in order."""
    n = len(doc)
    if n == 0:
        return []
    tests = [(attr, allowed) for attr, allowed in ((POS, pos), (TAG, tag), (DEP, dep)) if allowed is not None]
    if not tests and lemmas is None and forms is None:
        return list(range(n))
    keep = numpy.ones(n, dtype=bool)
    if tests:
        arr = _columns(doc, [attr for attr, _a in tests])
        strings = doc.vocab.strings
        for k, (_attr, allowed) in enumerate(tests):
            # a label's id (a symbol's, else its string's hash) is what the column holds for it: no look-up per value
            keep &= _ids_mask(arr[:, k], [strings[s] for s in allowed])
        # the word tests only at the positions the labels let through (a part of speech keeps a fifth of the words)
        at = numpy.flatnonzero(keep).tolist()
        if lemmas is not None and at:
            words = lemma_words(doc)
            at = [i for i in at if words[i] in lemmas]
        if forms is not None and at:
            low = word_columns(doc).lower
            at = [i for i in at if low[i] in forms]
        return at
    # the word tests on the shared word columns: one set look-up per token, at C speed
    if lemmas is not None:
        keep &= numpy.fromiter(map(lemmas.__contains__, lemma_words(doc)), dtype=bool, count=n)
    if forms is not None:
        keep &= numpy.fromiter(map(forms.__contains__, word_columns(doc).lower), dtype=bool, count=n)
    return numpy.flatnonzero(keep).tolist()


def in_span(indices: list[int], span: Span) -> Iterator[Token]:
    """The tokens at ``indices`` (sorted positions in ``span``'s document) that are inside ``span``, in order."""
    doc = span.doc
    k = bisect_left(indices, span.start)
    while k < len(indices) and indices[k] < span.end:
        yield doc[indices[k]]
        k += 1
