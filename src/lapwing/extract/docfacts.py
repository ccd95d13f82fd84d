"""Facts about a parsed document that several extractors read, computed once per document.

spaCy builds a new Python object for every ``doc[i]``, every ``for t in doc`` and every read of
``doc.text`` (which walks all tokens); in the extractors those were the largest single cost of the
profile (docs/performance.md). These helpers compute each fact once per ``Doc`` and hand the same
object to every extractor of the same article:

- :func:`doc_text`: ``doc.text``;
- :func:`token_columns`: the token attributes the extractors test most (text, lower case, offset,
  whitespace, punctuation, part of speech, dependency label...), one list per attribute;
- :func:`word_columns`: the word attributes of those columns alone, shared with the original document by a
  copy that :func:`share_words` was told of (the event coder's repaired copy of the article);
- :func:`token_flags`: lexical flags of each token (stop word, number-like, title case) and its
  sentence-start mark, one list per attribute;
- :func:`doc_heads`: ``[t.head.i for t in doc]``;
- :func:`sentence_bounds`: ``[(start, end), ...]`` of ``doc.sents`` as token offsets; :func:`sentence_columns`:
  each token's sentence start and end, one list each; :func:`sentence_of`: the bounds of one token's sentence;
- :func:`word_positions`: each lower-case word's positions, in order; :func:`positions_of`: the positions of the
  words of a set (what ``[k for k, w in enumerate(lower) if w in words]`` gives, with no pass over the article);
- :func:`char_span`: ``doc.char_span(start, end, alignment_mode="expand")`` found by a bisect on the offset column
  (spaCy's makes a ``Token`` for each offset it reads: four or so a call); :func:`char_range`: its token bounds
  alone, no ``Span`` made (a ``Span`` makes two ``Token``s).

Nothing cached refers back to the document (strings, numbers and lists only), so the cache, which
holds each document by a weak reference, never keeps one alive. It checks the document's length on
every call, so a document retokenised after a first call is read again. Treat the returned lists
as read-only: they are shared.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from dataclasses import dataclass

import numpy
from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    IS_TITLE,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Span

__all__ = ["TokenColumns", "TokenFlags", "char_range", "char_span", "doc_heads", "doc_text", "forget", "positions_of",
           "sentence_bounds", "sentence_columns", "sentence_of", "share_words", "token_columns", "token_flags",
           "word_columns", "word_positions"]


@dataclass(frozen=True)
class TokenColumns:
    """Token attributes of one document, one list per attribute, indexed by token position."""

    text: list[str]  # Token.text
    lower: list[str]  # Token.lower_
    idx: list[int]  # Token.idx (character offset)
    ws: list[bool]  # bool(Token.whitespace_)
    space: list[bool]  # Token.is_space
    punct: list[bool]  # Token.is_punct
    alpha: list[bool]  # Token.is_alpha
    pos: list[str]  # Token.pos_
    tag: list[str]  # Token.tag_
    dep: list[str]  # Token.dep_


@dataclass(frozen=True)
class TokenFlags:
    """Lexical flags and sentence starts of one document's tokens, one list per attribute."""

    stop: list[bool]  # Token.is_stop
    like_num: list[bool]  # Token.like_num
    title: list[bool]  # Token.is_title
    sent_start: list[int]  # 1: Token.is_sent_start is True; -1: False; 0: None (not set)


class _Facts:
    __slots__ = ("length", "text", "columns", "words", "flags", "heads", "sents", "sent_starts", "sent_cols",
                 "positions")

    def __init__(self, length: int):
        self.length = length
        self.text: str | None = None
        self.columns: TokenColumns | None = None
        self.words: TokenColumns | None = None  # another document's columns whose word attributes are this one's
        self.flags: TokenFlags | None = None
        self.heads: list[int] | None = None
        self.sents: list[tuple[int, int]] | None = None
        self.sent_starts: list[int] | None = None
        self.sent_cols: tuple[list[int], list[int]] | None = None  # each token's sentence start, and end
        self.positions: dict[str, list[int]] | None = None  # each lower-case word's positions


#: the columns of :class:`TokenColumns`, in its order, as ``Doc.to_array`` attributes
_COLUMN_ATTRS = [ORTH, LOWER, IDX, SPACY, IS_SPACE, IS_PUNCT, IS_ALPHA, POS, TAG, DEP]
#: where in ``_COLUMN_ATTRS`` the string hashes (text, lower, pos, tag, dep), the offset and the flags (whitespace,
#: space, punctuation, alphabetic) are
_STRING_COLS, _IDX_COL, _BOOL_COLS = [0, 1, 7, 8, 9], 2, [3, 4, 5, 6]
#: the columns that depend on the words alone (text, lower case, offset, whitespace, flags), and the parse's
_WORD_COLS, _PARSE_COLS = [0, 1, 2, 3, 4, 5, 6], [7, 8, 9]
#: the word columns of the document whose columns were read last: (their array, text, lower, idx, ws, space,
#: punct, alpha, the joined text), or None; strings, numbers and lists only (no spaCy object)
_LAST_WORDS: list = [None]

#: string hash -> string, across documents (a hash names the same string in every vocabulary); emptied
#: when it grows past ``_STRINGS_MAX`` entries
_STRINGS: dict[int, str] = {}
_STRINGS_MAX = 500_000

_FACTS: "weakref.WeakKeyDictionary[Doc, _Facts]" = weakref.WeakKeyDictionary()


#: the document asked about last and its facts: the extractors ask about one document many times in a row; and the
#: one asked about before it (the event coder asks about the article and its repaired copy in turn)
_LAST: list = [None, None]
_PREV: list = [None, None]


def _facts(doc: Doc) -> _Facts:
    ref, f = _LAST
    n = len(doc)
    if ref is not None and ref() is doc and f.length == n:
        return f
    ref, f = _PREV
    if ref is None or ref() is not doc or f.length != n:
        f = _FACTS.get(doc)
        if f is None or f.length != n:
            f = _FACTS[doc] = _Facts(n)
        ref = weakref.ref(doc)
    _PREV[0], _PREV[1] = _LAST
    _LAST[0], _LAST[1] = ref, f
    return f


def token_columns(doc: Doc) -> TokenColumns:
    """The token attributes of ``doc`` as lists, read in one pass over its tokens (and ``doc.text`` with them).

    Read from the document's attribute array (``Doc.to_array``) rather than from one ``Token`` per
    position; each distinct string hash is looked up once."""
    f = _facts(doc)
    if f.columns is None:
        arr = doc.to_array(_COLUMN_ATTRS)
        get = _STRINGS.__getitem__
        same = _LAST_WORDS[0]
        if same is not None and numpy.array_equal(same[0], arr[:, _WORD_COLS]):
            # the same words as the document read last (the event coder's repaired copy of the article): its
            # word columns and text are those; only the parse's columns are read
            _arr, text, lower, idx, ws, space, punct, alpha, joined = same
            pos_h, tag_h, dep_h = arr[:, _PARSE_COLS].T.tolist()
            try:
                pos, tag, dep = [list(map(get, col)) for col in (pos_h, tag_h, dep_h)]
            except KeyError:
                pos, tag, dep = _strings(doc, [pos_h, tag_h, dep_h])
            f.columns = TokenColumns(text, lower, idx, ws, space, punct, alpha, pos, tag, dep)
            if f.text is None:
                f.text = joined
            return f.columns
        text_h, lower_h, pos_h, tag_h, dep_h = arr[:, _STRING_COLS].T.tolist()
        idx = arr[:, _IDX_COL].tolist()
        ws, space, punct, alpha = arr[:, _BOOL_COLS].astype(bool).T.tolist()
        try:  # every string seen before (the usual case once a few articles are read)
            strs = [list(map(get, col)) for col in (text_h, lower_h, pos_h, tag_h, dep_h)]
        except KeyError:
            strs = _strings(doc, [text_h, lower_h, pos_h, tag_h, dep_h])
        text, lower, pos, tag, dep = strs
        f.columns = TokenColumns(text, lower, idx, ws, space, punct, alpha, pos, tag, dep)
        if f.text is None:  # a token's whitespace is one space or nothing
            f.text = "".join([x + " " if w else x for x, w in zip(text, ws)])
        _LAST_WORDS[0] = (arr[:, _WORD_COLS], text, lower, idx, ws, space, punct, alpha, f.text)
    return f.columns


def share_words(copy: Doc, original: Doc) -> None:
    """Note that ``copy`` has the words of ``original``: made by ``original.copy()`` and changed in its parse alone
    (tags, lemmas, heads, labels), never retokenised. :func:`word_columns` and :func:`doc_text` of ``copy`` are then
    read from ``original`` with no pass over ``copy``. Documents of different lengths are left alone."""
    if len(copy) != len(original) or copy is original:
        return
    words = token_columns(original)
    text = doc_text(original)
    f = _facts(copy)
    f.words = words
    if f.text is None:
        f.text = text


def word_columns(doc: Doc) -> TokenColumns:
    """Columns whose word attributes (``text``, ``lower``, ``idx``, ``ws``, ``space``, ``punct``, ``alpha``) are
    ``doc``'s: its :func:`token_columns`, or, for a copy :func:`share_words` was told of and whose columns were
    not read, those of its original, whose ``pos``, ``tag`` and ``dep`` are the original's parse. Read only the
    word attributes of what this returns."""
    f = _facts(doc)
    if f.columns is None and f.words is not None:
        return f.words
    return token_columns(doc)


def _strings(doc: Doc, cols: list[list[int]]) -> list[list[str]]:
    """The strings of the hashes of ``cols``, the unknown ones looked up in the document's string store and
    added to ``_STRINGS`` (started again past its bound)."""
    hashes: set[int] = set()
    for col in cols:
        hashes.update(col)
    missing = hashes.difference(_STRINGS)
    if len(_STRINGS) > _STRINGS_MAX:
        _STRINGS.clear()
        missing = hashes
    strings = doc.vocab.strings
    for h in missing:
        _STRINGS[h] = strings[h]
    get = _STRINGS.__getitem__
    return [list(map(get, col)) for col in cols]


def token_flags(doc: Doc) -> TokenFlags:
    """Each token's stop-word, number-like and title-case flags and sentence-start mark, read from the
    document's attribute array once per document."""
    f = _facts(doc)
    if f.flags is None:
        if len(doc):
            arr = doc.to_array([IS_STOP, LIKE_NUM, IS_TITLE, SENT_START]).astype("int64")
            stop, num, title = arr[:, :3].astype(bool).T.tolist()
            sent = arr[:, 3].tolist()
        else:
            stop, num, title, sent = [], [], [], []
        f.flags = TokenFlags(stop, num, title, sent)
    return f.flags


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document."""
    f = _facts(doc)
    if f.text is None:
        token_columns(doc)
    assert f.text is not None
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
        n = len(doc)
        if "sents" in doc.user_hooks or not n or not doc.has_annotation("SENT_START"):
            f.sents = [(s.start, s.end) for s in doc.sents]  # (raises ValueError with no boundaries)
        else:  # as ``Doc.sents`` finds them, from the sentence-start column: no Span per sentence
            starts = (numpy.flatnonzero(doc.to_array([SENT_START])[1:] == 1) + 1).tolist()
            f.sents = list(zip([0] + starts, starts + [n]))
    return f.sents


def sentence_columns(doc: Doc) -> tuple[list[int], list[int]]:
    """``([doc[k].sent.start for k ...], [doc[k].sent.end for k ...])``: each token's sentence bounds, two lists
    built once per document from :func:`sentence_bounds` (a slice assignment per sentence; no ``Token``, no
    ``Span``). Raises ``ValueError`` like ``doc.sents`` when the document has no sentence boundaries."""
    f = _facts(doc)
    if f.sent_cols is None:
        n = f.length
        start, end = [0] * n, [0] * n
        for s, e in sentence_bounds(doc):
            start[s:e] = [s] * (e - s)
            end[s:e] = [e] * (e - s)
        f.sent_cols = (start, end)
    return f.sent_cols


def word_positions(doc: Doc) -> dict[str, list[int]]:
    """Each lower-case word of ``doc`` (``Token.lower_``) -> its positions, in order: one pass over the shared
    lower-case column, once per document. The steps that each walked the article for the few words they start
    from (:func:`positions_of`) read it instead."""
    f = _facts(doc)
    if f.positions is None:
        found: dict[str, list[int]] = {}
        get = found.get
        for k, w in enumerate(token_columns(doc).lower):
            at = get(w)
            if at is None:
                found[w] = [k]
            else:
                at.append(k)
        f.positions = found
    return f.positions


def positions_of(doc: Doc, *word_sets) -> list[int]:
    """``[k for k, w in enumerate(token_columns(doc).lower) if w in words]`` (``w`` in any of ``word_sets``: sets,
    dictionaries' keys or tuples) from :func:`word_positions`: the article's words met in them are found by a set
    intersection that walks the smaller side, their positions merged in order. A new list."""
    found = word_positions(doc)
    hits: set[str] = set()
    for words in word_sets:
        if isinstance(words, (set, frozenset)) and len(words) > len(found):
            hits.update(words.intersection(found))  # (walks the article's distinct words)
        else:
            hits.update(found.keys() & words)  # (walks the smaller of the two)
    if not hits:
        return []
    if len(hits) == 1:
        return list(found[next(iter(hits))])
    out = [k for w in hits for k in found[w]]
    out.sort()
    return out


def sentence_of(doc: Doc, i: int) -> tuple[int, int]:
    """``(sent.start, sent.end)`` of ``doc[i].sent`` (``0 <= i < len(doc)``), from :func:`sentence_columns`: no
    Span built. Raises ``ValueError`` like ``Token.sent`` when the document has no sentence boundaries."""
    f = _facts(doc)
    if 0 <= i < f.length:
        cols = f.sent_cols
        if cols is None:
            cols = sentence_columns(doc)
        return cols[0][i], cols[1][i]
    bounds = sentence_bounds(doc)  # (another ``i``: the sentence the bisection gives, as before)
    if f.sent_starts is None:
        f.sent_starts = [s for s, _e in bounds]
    return bounds[bisect_right(f.sent_starts, i) - 1]


def char_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """``(span.start, span.end)`` of ``doc.char_span(start, end, alignment_mode="expand")`` (None where that is None;
    the ``IndexError`` of a ``Span`` that would end before it starts), with no ``Span`` made: the tokens that the
    characters ``start:end`` touch (a token's trailing whitespace counts as its own, but a range that starts on that
    whitespace starts after the token). Read from :func:`word_columns`: no ``Token`` made."""
    cols = word_columns(doc)
    idx, text, ws = cols.idx, cols.text, cols.ws
    # the token whose text or trailing whitespace holds a character, as spaCy's ``token_by_char`` finds it
    first = bisect_right(idx, start) - 1
    if first < 0 or start >= idx[first] + len(text[first]) + ws[first]:
        return None
    last = bisect_right(idx, end - 1) - 1
    if last < 0 or end - 1 >= idx[last] + len(text[last]) + ws[last]:
        return None
    if start == idx[first] + len(text[first]):
        first += 1
    if first > last + 1:
        raise IndexError(f"[E035] Error creating span with start {first} and end {last + 1} for Doc of length "
                         f"{len(doc)}.")
    return first, last + 1


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")`` from :func:`char_range`: the ``Span`` alone is made
    (spaCy's method makes a ``Token`` for each offset it reads besides)."""
    bounds = char_range(doc, start, end)
    return None if bounds is None else Span(doc, bounds[0], bounds[1])


def forget(doc: Doc) -> None:
    """Drop what is cached for ``doc`` (after changing its parse or sentence boundaries in place)."""
    _FACTS.pop(doc, None)
    for last in (_LAST, _PREV):
        if last[0] is not None and last[0]() is doc:
            last[0] = last[1] = None
