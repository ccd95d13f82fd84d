"""The finder: every rule's candidates over the text, overlaps settled (longest first, then rule
order), each kept candidate resolved against the anchor."""

from __future__ import annotations

import re
from datetime import date

from lapwing.timeparse import anchor as A
from lapwing.timeparse.grammar.core import (
    PREPOSITIONS,
    _RULES,
    VETO,
    _Cand,
    _Res,
    TenseFn,
    Timex,
)
from lapwing.timeparse.grammar.starts import RuleStarts, StartIndex
from lapwing.timeparse.tense import TextTense


def _preposition(text: str, start: int) -> str | None:
    m = re.search(r"(?:^|[^\w])(as of|[A-Za-z]+)\s+$", text[max(0, start - 16):start])
    if not m:
        return None
    w = m.group(1).lower()
    return w if w in PREPOSITIONS else None


_STARTS: list[RuleStarts] = []  # the rules' first strings, read once (again if rules were added)


def _rule_starts() -> RuleStarts:
    if not _STARTS or _STARTS[0].count != len(_RULES):
        _STARTS[:] = [RuleStarts([rx for _name, rx, _fn in _RULES])]
    return _STARTS[0]


def candidates(text: str) -> list[_Cand]:
    """Every rule's proposals, before overlaps are settled.

    Each rule is tried only where its first characters occur (:mod:`.starts`): the same matches as
    running it over the whole text."""
    out: list[_Cand] = []
    index = StartIndex(text, _rule_starts())
    for prio, (name, rx, fn) in enumerate(_RULES):
        for m in index.finditer(prio, rx):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue  # never starts inside a word ("afternoon" holds "noon")
            got = fn(m, text)
            if not got:
                continue
            for start, end, typ, resolve, flags in got:
                if end > start:
                    out.append(_Cand(start, end, typ, name, prio, resolve, flags))
    return out


def _select(cands: list[_Cand], length: int) -> list[_Cand]:
    """Longest first (then rule order); a candidate overlapping one already kept is dropped."""
    cands = sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start))
    taken = bytearray(length + 1)
    kept: list[_Cand] = []
    for c in cands:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def select(text: str) -> list[_Cand]:
    """The candidates that survive overlap settlement, in text order (they do not depend on the anchor:
    :func:`find_timexes_in` resolves them against one; several anchors can share one selection)."""
    return _select(candidates(text), len(text))


def find_timexes(text: str, anchor: date | str | None = None, tense: TenseFn | None = None) -> list[Timex]:
    """All time expressions in ``text`` with TimeML values resolved against ``anchor``.

    ``anchor`` is the publication date (a ``date`` or an ISO string); without it, expressions
    whose value depends on it get ``value=None``. ``tense(start, end)`` returns ``"past"``,
    ``"future"`` or ``None`` for a span; by default tense cues are read from the text.
    """
    return find_timexes_in(text, select(text), anchor, tense)


def find_timexes_in(text: str, selected: list[_Cand], anchor: date | str | None = None,
                    tense: TenseFn | None = None) -> list[Timex]:
    """:func:`find_timexes` over candidates already selected from ``text`` by :func:`select`."""
    a = anchor if isinstance(anchor, date) else A.parse_anchor(anchor)
    res = _Res(text, a, tense or TextTense(text))
    out: list[Timex] = []
    for c in selected:
        if c.type == VETO:
            continue
        res.span = (c.start, c.end)
        res.prep = _preposition(text, c.start)
        try:
            value = c.resolve(res)
        except (ValueError, OverflowError, KeyError):
            value = None
        out.append(Timex(text[c.start:c.end], c.start, c.end, c.type, value or None, c.rule, res.prep, c.flags))
    return out
