"""A quick first test for each rule: the characters its match can start with.

Python's regular-expression engine tries a rule's whole alternation ("today|yesterday|tomorrow|...")
at every word start of the article. A lookahead with the set of characters the rule can start with,
placed first, turns most of those attempts into one character test. The set is read from the
pattern's own parse (``re._parser``), so it holds every character a match can start with and the
rule finds exactly what it found without it; where the set cannot be worked out (a back-reference,
a negated class, a pattern that can match the empty string, a construct not handled here) there is
no lookahead.
"""

from __future__ import annotations

import re

try:  # Python >= 3.11
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
             C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = tuple(getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, n))
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


class _Unknown(Exception):
    """The first characters cannot be told (any character may start a match)."""


def _char(code: int) -> str:
    return re.escape(chr(code))


def _class_items(items) -> list[str]:
    out = []
    for op, av in items:
        if op == C.LITERAL:
            out.append(_char(av))
        elif op == C.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op == C.CATEGORY and av in _CATEGORY:
            out.append(_CATEGORY[av])
        else:  # NEGATE, NOT_LITERAL inside a class, ...
            raise _Unknown
    return out


def _first(seq) -> tuple[list[str], bool]:
    """(class items a match of ``seq`` can start with, whether ``seq`` can match the empty string)."""
    items: list[str] = []
    for op, av in seq:
        if op == C.LITERAL:
            return items + [_char(av)], False
        if op == C.IN:
            return items + _class_items(av), False
        if op == C.CATEGORY and av in _CATEGORY:
            return items + [_CATEGORY[av]], False
        if op in _ZERO_WIDTH:
            continue  # "^", "\b", lookarounds: they start nothing themselves
        if op == C.BRANCH:
            nullable = False
            for alt in av[1]:
                got, empty = _first(alt)
                items += got
                nullable = nullable or empty
            if not nullable:
                return items, False
            continue
        if op == C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown  # flags changed inside: the class would be read with other flags
            got, empty = _first(sub)
            items += got
            if not empty:
                return items, False
            continue
        if op in _REPEATS:
            lo, hi, sub = av
            if hi == 0:
                continue
            got, empty = _first(sub)
            items += got
            if lo > 0 and not empty:
                return items, False
            continue
        if getattr(C, "ATOMIC_GROUP", None) is not None and op == C.ATOMIC_GROUP:
            got, empty = _first(av)
            items += got
            if not empty:
                return items, False
            continue
        raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...
    return items, True


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class (``"[...]"``) holding every character a match of ``pattern`` can start with,
    read with the same ``flags``; None when it cannot be told or the pattern can match nothing at all."""
    try:
        items, empty = _first(P.parse(pattern, flags))
    except _Unknown:
        return None
    if empty or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def with_first_chars(pattern: str, flags: int = 0) -> str:
    """``pattern`` with a lookahead for its first characters in front (the pattern itself when there is none)."""
    chars = first_chars(pattern, flags)
    return pattern if chars is None else f"(?={chars})(?:{pattern})"
