"""The event coder's final parse as plain lists, read once per article (speed only).

spaCy makes a new ``Token`` object on every ``doc[i]`` and every ``.head``, and reads ``pos_`` / ``dep_`` through the
Cython wrapper: the coder's hot helpers did both many times per word (docs/performance.md, session 35, round sp70).
:func:`parse_columns` gives the coder's document's part of speech, fine tag, dependency label, head index and two
lexical flags as lists indexed by token position, read from the document's attribute array in one pass. For the
coder's frozen document (``parse_memo.freeze_parse``: its parse no longer changes) they are read once and kept with
the document's other per-article answers (``parse_memo.per_article``); for any other document they are read afresh
on every call, so a caller on a hot path should ask :func:`frozen_columns` (``None`` off the frozen document) and
fall back to the tokens. The lists are shared: read-only. Nothing refers back to the document.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, IS_PUNCT, LIKE_NUM, POS, TAG
from spacy.parts_of_speech import NAMES as _POS_NAMES
from spacy.tokens import Doc

from lapwing.extract.events.parse_memo import _FROZEN, per_article

__all__ = ["ParseColumns", "frozen_columns", "parse_columns"]

_ATTRS = [POS, TAG, DEP, HEAD, IS_PUNCT, LIKE_NUM]
#: label hash -> string (``Token.tag_`` / ``dep_``), across documents; emptied past ``_LABELS_MAX`` entries
_LABELS: dict[int, str] = {}
_LABELS_MAX = 50_000


class ParseColumns:
    """One document's parse, one list per attribute, indexed by token position."""

    __slots__ = ("pos", "tag", "dep", "head", "punct", "like_num")

    def __init__(self, pos: list[str], tag: list[str], dep: list[str], head: list[int], punct: list[bool],
                 like_num: list[bool]):
        self.pos = pos  # Token.pos_
        self.tag = tag  # Token.tag_
        self.dep = dep  # Token.dep_
        self.head = head  # Token.head.i (a root: its own index)
        self.punct = punct  # Token.is_punct
        self.like_num = like_num  # Token.like_num


def parse_columns(doc: Doc) -> ParseColumns:
    """``doc``'s parse as lists: once per article for the coder's frozen document, afresh for any other."""
    return per_article(doc, _read)


def frozen_columns(doc: Doc) -> ParseColumns | None:
    """:func:`parse_columns` of ``doc`` when it is the coder's frozen document, else ``None`` (read the tokens)."""
    if doc is not _FROZEN[0]:
        return None
    return per_article(doc, _read)


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


def _read(doc: Doc) -> ParseColumns:
    n = len(doc)
    if not n:
        return ParseColumns([], [], [], [], [], [])
    arr = doc.to_array(_ATTRS).reshape(n, len(_ATTRS))  # (unsigned: the label hashes fill 64 bits)
    pos_ids, tags, deps, rel, punct, num = arr.T.tolist()
    pos = [_POS_NAMES[p] for p in pos_ids]
    strings = doc.vocab.strings
    # the head is stored as an offset from the token, unsigned: back to a signed offset, then to an index
    head = [k + (r - (1 << 64) if r >= (1 << 63) else r) for k, r in enumerate(rel)]
    return ParseColumns(pos, _labels(tags, strings), _labels(deps, strings), head, [bool(x) for x in punct],
                        [bool(x) for x in num])
