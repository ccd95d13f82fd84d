"""Facts about a parsed document that several extractors read, computed once per document.

spaCy builds a new Python object for every ``doc[i]``, every ``for t in doc`` and every read of
``doc.text`` (which walks all tokens); in the extractors those were the largest single cost of the
profile (docs/performance.md). These helpers compute each fact once per ``Doc`` and hand back the
same object to every extractor of the same article:

- :func:`doc_text`: ``doc.text``;
- :func:`doc_tokens`: ``list(doc)``, one :class:`~spacy.tokens.Token` per position;
- :func:`doc_heads`: ``[t.head.i for t in doc]``;
- :func:`sentence_bounds`: ``[(start, end), ...]`` of ``doc.sents`` as token offsets.

The cache holds a weak reference to each document, so it never keeps a document alive, and it
checks the document's length on every call, so a document retokenised after a first call is read
again. Treat the returned objects as read-only: they are shared.
"""

from __future__ import annotations

import weakref
from typing import Any

import numpy
from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

__all__ = ["doc_heads", "doc_text", "doc_tokens", "forget", "sentence_bounds"]


class _Facts:
    __slots__ = ("length", "text", "tokens", "heads", "sents")

    def __init__(self, length: int):
        self.length = length
        self.text: str | None = None
        self.tokens: list[Token] | None = None
        self.heads: list[int] | None = None
        self.sents: list[tuple[int, int]] | None = None


_FACTS: "weakref.WeakKeyDictionary[Doc, _Facts]" = weakref.WeakKeyDictionary()


def _facts(doc: Doc) -> _Facts:
    f = _FACTS.get(doc)
    n = len(doc)
    if f is None or f.length != n:
        f = _FACTS[doc] = _Facts(n)
    return f


def doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, built once per document (shared: do not modify the list)."""
    f = _facts(doc)
    if f.tokens is None:
        f.tokens = list(doc)
    return f.tokens


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document."""
    f = _facts(doc)
    if f.text is None:
        if f.tokens is None:
            f.tokens = list(doc)
        f.text = "".join([t.text_with_ws for t in f.tokens])
    return f.text


def doc_heads(doc: Doc) -> list[int]:
    """``[t.head.i for t in doc]`` (each token's own index where there is no parse), built once per
    document from the parse's array rather than from one ``Token`` per head."""
    f = _facts(doc)
    if f.heads is None:
        rel = doc.to_array([HEAD]).astype("int64").ravel()  # offsets to the head, stored unsigned
        f.heads = (rel + numpy.arange(len(doc), dtype="int64")).tolist()
    return f.heads


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``[(s.start, s.end) for s in doc.sents]``, built once per document.

    Raises ``ValueError`` like ``doc.sents`` when the document has no sentence boundaries.
    """
    f = _facts(doc)
    if f.sents is None:
        f.sents = [(s.start, s.end) for s in doc.sents]
    return f.sents


def forget(doc: Any) -> None:
    """Drop what is cached for ``doc`` (after changing its sentence boundaries in place)."""
    _FACTS.pop(doc, None)
