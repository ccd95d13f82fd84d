"""Where a document's words, labels and tags stand, read once per ``parse_repair.repaired`` call (speed only).

Most parse repairs are tried on a few tokens of a shape of their own (a root verb of sending, "with" read as a mark,
an "-ing" word after "by"), and their candidate scans used to walk every token of the article as a spaCy ``Token``
(one ``Token`` per word per scan, a dozen scans per article) to find the rare one that fits. ``RepairIndex(doc)``
reads the columns the repairs' first pass reads already (``docfacts.token_columns``: lower-case form, part of
speech, tag and label) and lists, on first use and once per document, the positions of each label, tag, part of
speech and word, and of the words with a given ending. ``find(words=..., dep=..., tag=..., pos=..., suffix=...)``
gives the positions, in order, of the tokens that meet every test given: a candidate scan asks it for what its own
test asks first and makes a ``Token`` only for those (``tokens``), testing them as before. A scan given no index
(a test's document, a sentence ``Span``) walks every token: the answer is the same, the index only skips tokens the
scan's test would reject.

The index holds the document's columns as they were when it was made: make it before the repairs change the parse
(``repaired`` reads every candidate list before it copies the document) and make a new one for another document.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from heapq import merge

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import token_columns, word_positions

__all__ = ["RepairIndex"]

#: a word list of at most this many words is looked up word by word (a longer one, a verb's forms, is tested last)
_FEW = 64


class RepairIndex:
    """The positions of ``doc``'s labels, tags, parts of speech, words and word endings (each worked out on first
    use)."""

    __slots__ = ("doc", "lower", "pos", "tag", "dep", "_by", "_ends")

    def __init__(self, doc: Doc):
        cols = token_columns(doc)
        self.doc = doc
        self.lower, self.pos, self.tag, self.dep = cols.lower, cols.pos, cols.tag, cols.dep
        self._by: dict[str, dict[str, list[int]]] = {}
        self._ends: dict[str, list[int]] = {}

    def _positions(self, column: str) -> dict[str, list[int]]:
        """Each value of the column ``column`` ("lower", "pos", "tag", "dep") -> its positions, in order."""
        got = self._by.get(column)
        if got is None and column == "lower":  # (the article's word index, shared with quotes and places)
            got = self._by[column] = word_positions(self.doc)
        if got is None:
            got = self._by[column] = {}
            for i, value in enumerate(getattr(self, column)):
                at = got.get(value)
                if at is None:
                    got[value] = [i]
                else:
                    at.append(i)
        return got

    def _of(self, column: str, values: Collection[str]) -> list[int]:
        """The positions, in order, whose ``column`` holds one of ``values``."""
        by = self._positions(column)
        found = [at for value, at in by.items() if value in values] if len(values) > len(by) else \
            [at for at in map(by.get, values) if at is not None]
        if not found:
            return []
        if len(found) == 1:
            return found[0]
        return list(merge(*found))

    def ending(self, suffix: str) -> list[int]:
        """The positions, in order, of the words whose lower-case form ends in ``suffix``."""
        got = self._ends.get(suffix)
        if got is None:
            got = self._ends[suffix] = [i for i, w in enumerate(self.lower) if w.endswith(suffix)]
        return got

    def find(self, *, words: Collection[str] | None = None, dep: Collection[str] | None = None,
             tag: Collection[str] | None = None, pos: Collection[str] | None = None,
             suffix: str | None = None) -> list[int]:
        """The positions, in order, of the tokens whose ``lower_`` is in ``words``, ``dep_`` in ``dep``, ``tag_`` in
        ``tag``, ``pos_`` in ``pos`` and whose ``lower_`` ends in ``suffix`` (each test only when given; none given:
        every position). A string given as a collection is read as one value, not as its letters."""
        # the list to start from: a few words' (most scans ask for those or for labels, so two lists a document serve
        # them all), else the labels', the tags', the parts of speech', a long word list's (a verb's forms); the
        # ending is tested on what is left (or on every word, when nothing else is asked)
        few = words is not None and (isinstance(words, str) or len(words) <= _FEW)
        tests = [(c, (v,) if isinstance(v, str) else v) for c, v in
                 (("lower", words if few else None), ("dep", dep), ("tag", tag), ("pos", pos),
                  ("lower", None if few else words)) if v is not None]
        if not tests:
            return list(self.ending(suffix)) if suffix is not None else list(range(len(self.lower)))
        column, values = tests.pop(0)
        base = self._of(column, values)
        if not tests and suffix is None:
            return list(base)  # (a copy: the index's own lists stay as they are)
        for column, values in tests:
            col = getattr(self, column)
            base = [i for i in base if col[i] in values]
        if suffix is not None:
            low = self.lower
            base = [i for i in base if low[i].endswith(suffix)]
        return base

    def tokens(self, positions: list[int]) -> Iterator[Token]:
        """The tokens at ``positions``."""
        doc = self.doc
        return (doc[i] for i in positions)
