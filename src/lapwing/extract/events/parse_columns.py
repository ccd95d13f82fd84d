"""The event coder's final parse as plain lists, read once per article (speed only).

spaCy makes a new ``Token`` object on every ``doc[i]`` and every ``.head``, and reads ``pos_`` / ``dep_`` through the
Cython wrapper: the coder's hot helpers did both many times per word (docs/performance.md, session 35, round sp70).
:func:`parse_columns` gives the coder's document's part of speech, dependency label and head index as lists indexed
by token position, read from the document's attribute array (each list on first use). For the
coder's frozen document (``parse_memo.freeze_parse``: its parse no longer changes) they are read once and kept with
the document's other per-article answers (``parse_memo.per_article``); for any other document they are read afresh
on every call, so a caller on a hot path should ask :func:`frozen_columns` (``None`` off the frozen document) and
fall back to the tokens. The lists are shared: read-only. Nothing refers back to the document.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, POS
from spacy.parts_of_speech import NAMES as _POS_NAMES
from spacy.tokens import Doc

from lapwing.extract.docfacts import doc_heads
from lapwing.extract.events.parse_memo import _FROZEN, per_article

__all__ = ["ParseColumns", "frozen_columns", "parse_columns"]

#: label hash -> string (``Token.dep_``), across documents; emptied past ``_LABELS_MAX`` entries
_LABELS: dict[int, str] = {}
_LABELS_MAX = 50_000


class ParseColumns:
    """One document's parse, one list per attribute, indexed by token position; each list is read on first use
    (a list costs about 0.03-0.08 µs per token of the article to read: a column that a pass reads only for a few
    words would cost more than the ``Token`` reads it saves)."""

    __slots__ = ("_doc_len", "_arr", "_strings", "_pos", "_dep", "head")

    def __init__(self, doc: Doc):
        self._doc_len = len(doc)
        self._arr = doc.to_array([POS, DEP]).reshape(self._doc_len, 2) if len(doc) else None  # (label hashes: 64 bits)
        self._strings = doc.vocab.strings
        self._pos: list[str] | None = None
        self._dep: list[str] | None = None
        #: ``Token.head.i`` (a root: its own index): for the frozen document the head list the coder's depths read
        #: already (``docfacts.doc_heads``), for any other read now (its parse may have changed since)
        self.head: list[int] = doc_heads(doc) if doc is _FROZEN[0] else _heads(doc)

    @property
    def pos(self) -> list[str]:
        """``Token.pos_``."""
        if self._pos is None:
            self._pos = [] if self._arr is None else list(map(_POS_NAMES.__getitem__, self._arr[:, 0].tolist()))
        return self._pos

    @property
    def dep(self) -> list[str]:
        """``Token.dep_``."""
        if self._dep is None:
            self._dep = [] if self._arr is None else _labels(self._arr[:, 1].tolist(), self._strings)
        return self._dep


def parse_columns(doc: Doc) -> ParseColumns:
    """``doc``'s parse as lists: once per article for the coder's frozen document, afresh for any other."""
    return per_article(doc, ParseColumns)


def frozen_columns(doc: Doc) -> ParseColumns | None:
    """:func:`parse_columns` of ``doc`` when it is the coder's frozen document, else ``None`` (read the tokens)."""
    if doc is not _FROZEN[0]:
        return None
    return per_article(doc, ParseColumns)


def _heads(doc: Doc) -> list[int]:
    rel = doc.to_array([HEAD]).astype("int64").ravel()  # (offsets to the head, stored unsigned)
    return (rel + numpy.arange(len(doc), dtype="int64")).tolist()


def _labels(hashes: list[int], strings) -> list[str]:
    got = _LABELS.get
    out = list(map(got, hashes))
    if None in out:
        if len(_LABELS) > _LABELS_MAX:
            _LABELS.clear()
        for k, h in enumerate(hashes):
            if out[k] is None:
                out[k] = _LABELS[h] = strings[h] if h else ""
    return out
