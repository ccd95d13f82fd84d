"""Answers of the event coder's syntax helpers remembered per token of its final parse (speed only).

The coder reads its (repaired) document's parse many times over: the same token's subject, object, obliques,
passive voice... ``freeze_parse(doc)`` says that ``doc``'s parse no longer changes (the coder calls it once the
repairs are done, and ``thaw_parse`` when the article is coded); from then on each helper marked ``@_per_token``
(in ``syntax.py``) works its answer out once per token of that document. A call on a token of any other document,
or with more arguments than the token, is the helper itself.
"""

from __future__ import annotations

#: the event coder's document once its parse is final (``freeze_parse``), and what the helpers marked
#: ``@_per_token`` answered for its tokens: each is a function of the parse alone, so it is worked out once per
#: token of that document (not of any other, nor while the repairs still change a parse)
_FROZEN: list = [None, {}]
_ASK = object()


def freeze_parse(doc) -> None:
    """From now on ``doc``'s parse does not change: the ``@_per_token`` helpers remember their answers for it
    (until ``thaw_parse`` or the next ``freeze_parse``)."""
    _FROZEN[0], _FROZEN[1] = doc, {}


def thaw_parse() -> None:
    _FROZEN[0], _FROZEN[1] = None, {}


def _per_token(fn):
    """``fn(t)`` remembered per token of the frozen document; a call with more arguments, or on a token of
    another document, is ``fn`` itself. Callers share the answer: they must not change it (none does)."""
    def once(t, *more):
        if more or t.doc is not _FROZEN[0]:
            return fn(t, *more)
        memo = _FROZEN[1]
        got = memo.get(key := (fn, t.i), _ASK)
        if got is _ASK:
            got = memo[key] = fn(t)
        return got
    once.__wrapped__ = fn
    once.__name__, once.__doc__ = fn.__name__, fn.__doc__
    return once
