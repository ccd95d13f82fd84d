"""Answers of the event coder's syntax helpers remembered per token of its final parse (speed only).

The coder reads its (repaired) document's parse many times over: the same token's subject, object, obliques,
passive voice... ``freeze_parse(doc)`` says that ``doc``'s parse no longer changes (the coder calls it once the
repairs are done, and ``thaw_parse`` when the article is coded); from then on each helper marked ``@_per_token``
(in ``syntax.py``) works its answer out once per token of that document. A call on a token of any other document,
or with more arguments than the token, is the helper itself. One document at a time per process: two threads must
not code articles at once (the runners analyse one article at a time in each process, the API under a lock).
"""

from __future__ import annotations

#: the event coder's document once its parse is final (``freeze_parse``), and a memo of its own for the token index;
#: each helper marked ``@_per_token`` keeps its answers for that document's tokens in a dictionary of its own, by
#: token index (no key object made per call: the collector has less to count), listed in ``_MEMOS``
_FROZEN: list = [None, {}]
_MEMOS: list[dict] = []
_ASK = object()
#: the frozen document's children (``children_of``) by token index, made on first ask
_KIDS: dict[int, tuple] = {}


def freeze_parse(doc) -> None:
    """From now on ``doc``'s parse does not change: the ``@_per_token`` helpers remember their answers for it
    (until ``thaw_parse`` or the next ``freeze_parse``)."""
    _FROZEN[0], _FROZEN[1] = doc, {}
    _KIDS.clear()
    for memo in _MEMOS:
        memo.clear()


def thaw_parse() -> None:
    freeze_parse(None)


def per_article(doc, make):
    """``make(doc)``, worked out once while ``doc`` is the frozen document (kept under ``make`` itself), else afresh."""
    if doc is not _FROZEN[0]:
        return make(doc)
    memo = _FROZEN[1]
    got = memo.get(make)
    if got is None:
        got = memo[make] = make(doc)
    return got


def _per_token(fn):
    """``fn(t)`` remembered per token of the frozen document (in ``once.memo``); a call with more arguments, or on a
    token of another document, is ``fn`` itself. Callers share the answer: they must not change it (none does)."""
    memo: dict = {}
    _MEMOS.append(memo)

    def once(t, *more):
        if more or t.doc is not _FROZEN[0]:
            return fn(t, *more)
        got = memo.get(i := t.i, _ASK)
        if got is _ASK:
            got = memo[i] = fn(t)
        return got
    once.__wrapped__, once.memo = fn, memo
    once.__name__, once.__doc__ = fn.__name__, fn.__doc__
    return once


def children_of(t) -> tuple:
    """``tuple(t.children)``: the same tokens in the same order. For a token of the frozen document the tuple is made
    once (spaCy walks the token's edges and makes a new ``Token`` per child on every read of ``t.children``, the
    dearest read of the syntax helpers) and the same ``Token`` objects are handed out again; the caller must not
    change it (a tuple) and must not tell tokens apart by identity (``is``), only by ``.i``."""
    if t.doc is not _FROZEN[0]:
        return tuple(t.children)
    got = _KIDS.get(i := t.i)
    if got is None:
        got = _KIDS[i] = tuple(t.children)
    return got
