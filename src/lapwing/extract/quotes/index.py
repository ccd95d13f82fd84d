"""Lookups computed once per document, so that the quote extractor's work grows with the number of quotes, not
with quotes x tokens: the text (``Doc.text`` rebuilds the string on every access), token start offsets, the
sentence of every token, and sets of character ranges that answer "inside one of them?" and "overlapping one of
them?" by bisection.

``extract_quotes`` builds one :class:`DocIndex` and makes it current (:func:`indexed`) while it runs; the helpers
of the other modules call :func:`index_of` on their doc and get that index, or a fresh one when they are called on
another doc (tests, other callers), so their answers never depend on whether an extraction is running."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import compress
from typing import Any, Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from lapwing.extract.docfacts import doc_text, sentence_columns, sentence_of, token_columns


class Ranges:
    """Character ranges [start, end), possibly overlapping, with O(log n) containment and overlap tests.

    Sorted by start, with the running maximum of the ends: some range holds [a, b) exactly when the ranges starting
    at or before ``a`` reach ``b``; some range overlaps [a, b) exactly when the ranges starting before ``b`` reach
    past ``a``. Iterating gives the ranges as given."""

    __slots__ = ("_given", "_starts", "_reach")

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._given = list(ranges)
        ordered = sorted(self._given)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []
        best = -1
        for _, e in ordered:
            best = max(best, e)
            self._reach.append(best)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._given)

    def __len__(self) -> int:
        return len(self._given)

    def holds(self, a: int, b: int) -> bool:
        """Some range [s, e) has s <= a and b <= e."""
        k = bisect_right(self._starts, a)
        return k > 0 and self._reach[k - 1] >= b

    def overlaps(self, a: int, b: int) -> bool:
        """Some range [s, e) has s < b and a < e."""
        k = bisect_left(self._starts, b)
        return k > 0 and self._reach[k - 1] > a


class DocIndex:
    """One document's text, token starts and sentence bounds, read once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # the text and token starts the other extractors of the same article have read already (shared, read-only)
        self.text: str = doc_text(doc)
        self.tok_starts: list[int] = token_columns(doc).idx
        self.memo: dict[str, Any] = {}  # other per-document tables the helpers build once (see speakers._gender)
        self._sents = doc.has_annotation("SENT_START")
        self._sent_cols: tuple[list[int], list[int]] | None = None  # each token's sentence start and end (shared)

    def sent_range(self, i: int) -> tuple[int, int]:
        """Token range [start, end) of the sentence holding token ``i`` (as ``doc[i].sent``, which raises on a doc
        with no sentence boundaries), from the shared per-token sentence bounds: a lookup, no search."""
        if not self._sents:
            s = self.doc[i].sent
            return s.start, s.end
        cols = self._sent_cols
        if cols is None:
            cols = self._sent_cols = sentence_columns(self.doc)
        if 0 <= i < len(cols[0]):
            return cols[0][i], cols[1][i]
        return sentence_of(self.doc, i)

    def sent(self, token: Token) -> Span:
        """The sentence of ``token``: ``token.sent`` without walking the tokens."""
        s, e = self.sent_range(token.i)
        return self.doc[s:e]

    def sent_start(self, token: Token) -> int:
        return self.sent_range(token.i)[0]

    def sent_end(self, token: Token) -> int:
        return self.sent_range(token.i)[1]

    def proper_nouns(self) -> dict[str, list[int]]:
        """The positions of the tokens tagged PROPN, by their text, in document order: read once from the shared
        token columns, so that finding a name's mentions (quotes/full_name.py) is no walk over the article."""
        found = self.memo.get("proper_nouns")
        if found is None:
            found = {}
            cols = token_columns(self.doc)
            words = cols.text
            for i in compress(range(len(words)), map("PROPN".__eq__, cols.pos)):
                found.setdefault(words[i], []).append(i)
            self.memo["proper_nouns"] = found
        return found

_CURRENT: ContextVar[DocIndex | None] = ContextVar("lapwing_quotes_doc_index", default=None)


def index_of(doc: Doc) -> DocIndex:
    """The current extraction's index when it is ``doc``'s, else a fresh one (read once for this call)."""
    cur = _CURRENT.get()
    if cur is not None and cur.doc is doc:
        return cur
    return DocIndex(doc)


def current_memo(doc: Doc, name: str) -> dict | None:
    """The table ``name`` of the current extraction's per-document memo when that extraction is ``doc``'s (made
    empty on first use), else None: a helper asked again about the same token during one extraction may keep its
    answer there; called on another document (tests, other callers) it computes its answer afresh, as before."""
    cur = _CURRENT.get()
    if cur is None or cur.doc is not doc:
        return None
    table = cur.memo.get(name)
    if table is None:
        table = cur.memo[name] = {}
    return table


@contextmanager
def indexed(doc: Doc) -> Iterator[DocIndex]:
    """Make ``doc``'s index current for the helpers called inside the block."""
    idx = DocIndex(doc)
    token = _CURRENT.set(idx)
    try:
        yield idx
    finally:
        _CURRENT.reset(token)
