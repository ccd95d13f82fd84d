"""The finder: every rule's candidates over the text, overlaps settled (longest first, then rule
order), each kept candidate resolved against the anchor."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

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


#: compiled once (session 34, round ex66: ``re.search(pattern, ...)`` read ``re``'s cache at each call)
_PREP_BEFORE = re.compile(r"(?:^|[^\w])(as of|[A-Za-z]+)\s+$")


def _preposition(text: str, start: int) -> str | None:
    m = _PREP_BEFORE.search(text[max(0, start - 16):start])
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
                    tense: TenseFn | None = None, hour: float | None = None) -> list[Timex]:
    """:func:`find_timexes` over candidates already selected from ``text`` by :func:`select`.

    ``hour``: the publication's clock time on the anchor day, when printed (an ISO date-time ``anchor``
    gives its own)."""
    a = anchor if isinstance(anchor, date) else A.parse_anchor(anchor)
    if hour is None and isinstance(anchor, str):
        hour = A.parse_hour(anchor)
    res = _Res(text, a, tense or TextTense(text), hour)
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
    return _local_time(text, out)


_APPOSED = re.compile(r"\s*(?:,|\(|--|—|–)\s*")
_LOCAL = re.compile(r"\s*\)?\s*local(?:\s+time)?\b|\s+(?:in|at)\s+the\s+(?:region|area)\b", re.I)
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_local(text: str, t: Timex) -> bool:
    return t.text.lower().endswith("local time") or _LOCAL.match(text, t.end) is not None


def _local_time(text: str, out: list[Timex]) -> list[Timex]:
    """One moment told in two time zones ("on Wednesday evening, Thursday morning local time"): the
    local one is placed within a day of the other (a weekday read alone would go back a week) and the
    other is flagged ``zone_alias``: it is the writer's clock, not the day where the act happened."""
    for i in range(len(out) - 1):
        one, two = out[i], out[i + 1]
        gap = text[one.end:two.start]
        mark = _LOCAL.match(gap)
        if not _APPOSED.fullmatch(gap[mark.end():] if mark else gap) or not (one.value and two.value):
            continue
        if _is_local(text, two) and not _is_local(text, one):
            local, other, k, j = two, one, i + 1, i
        elif _is_local(text, one) and not _is_local(text, two):
            local, other, k, j = one, two, i, i + 1
        else:
            continue
        lv, ov = _DAY_VALUE.match(local.value), _DAY_VALUE.match(other.value)
        if not (lv and ov):
            continue
        lday, oday = date.fromisoformat(lv.group()), date.fromisoformat(ov.group())
        if local.rule in ("weekday", "clock", "clock24", "noon") and abs((lday - oday).days) > 1:
            fits = [oday + timedelta(days=k2) for k2 in (0, 1, -1) if (oday + timedelta(days=k2)).weekday() == lday.weekday()]
            if not fits:
                continue
            out[k] = replace(local, value=fits[0].isoformat() + local.value[10:])
        elif abs((lday - oday).days) > 1:
            continue  # two separate days, not one moment
        out[j] = replace(other, flags=other.flags | {"zone_alias"})
    return out
