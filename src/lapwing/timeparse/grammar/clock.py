"""Rules for clock times ("3 p.m. Tuesday", "15:30", "noon"), with the day they name when they name one."""

from __future__ import annotations

import re
from datetime import timedelta

from lapwing.timeparse import anchor as A
from lapwing.timeparse.grammar.core import (
    _Res,
    _is_cap,
    _month,
    _rule,
    _time_value,
    _wd,
    _with_year_fix,
)
from lapwing.timeparse.lexicon import (
    DAY,
    MONTH,
    WEEKDAY,
)


_CLOCK_DAY = rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<rel>today|yesterday|tomorrow|tonight)|(?P<mon>{MONTH})\s*(?P<day>{DAY})))?"


@_rule(
    "clock",
    r"(?P<core>(?:(?P<approx>about|around|approximately|shortly\s+before|shortly\s+after|just\s+before|just\s+after)\s+)?"
    r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.\s?m\.?|p\.\s?m\.?|am|pm)(?![\w])"
    r"(?:\s+(?P<tz>local\s+time|[ECMP][SD]T|GMT|UTC|ET))?)" + _CLOCK_DAY,
)
def _r_clock(m: re.Match, text: str):
    if m["ap"].lower() in ("am",) and not m["mi"] and m.group(0).lower().endswith(" am"):
        return None  # "I am"
    h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    mi = int(m["mi"] or 0)
    return [_clock_cand(m, h, mi)]


@_rule(
    "clock24",
    r"(?<![\d:.])(?P<core>(?P<h>[01]?\d|2[0-3])[:.]?(?P<mi>[0-5]\d)\s*(?P<tz>GMT|UTC|local\s+time|[ECMP][SD]T|hours|hrs))"
    r"(?![\w])" + _CLOCK_DAY,
)
def _r_clock24(m: re.Match, text: str):
    return [_clock_cand(m, int(m["h"]), int(m["mi"]))]


@_rule("noon", r"(?P<core>(?P<w>noon|midnight|midday))(?![\w-])" + _CLOCK_DAY)
def _r_noon(m: re.Match, text: str):
    w = m["w"].lower()
    return [_clock_cand(m, 24 if w == "midnight" else 12, 0)]


def _clock_cand(m: re.Match, h: int, mi: int):
    wd = _wd(m["wd"]) if m["wd"] and _is_cap(m["wd"]) else None
    rel = (m["rel"] or "").lower()
    mon = _month(m["mon"]) if m["mon"] and _is_cap(m["mon"]) else None
    day = int(re.match(r"\d+", m["day"]).group()) if mon and m["day"] else None
    # a lower-case "monday"/"may" after the time is not a day name: stop before it
    end = m.end() if (wd is not None or rel or mon is not None) else m.end("core")
    named_day = wd is not None or bool(rel) or mon is not None

    def fn(r: _Res):
        a = r.anchor
        if a is None:
            return None
        if wd is not None:
            direction = r.tense()
            d = A.weekday(a, wd, direction)
            if direction in ("past", None) and h < 24 and A.not_yet(a, r.hour, d, h + mi / 60):
                d -= timedelta(days=7)  # "at 10 p.m. on Sunday" in a story printed at 7 a.m. that Sunday
        elif rel:
            d = a + timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[rel])
        elif mon is not None:
            d = _with_year_fix(r, mon, day, None, r.tense())
            if d is None:
                return None
        else:
            d = a
        return _time_value(d.isoformat(), h, mi)

    return (m.start(), end, "TIME", fn, frozenset() if named_day else frozenset({"day_implied"}))
