"""Rules for days and periods placed against the anchor: "today", "yesterday morning", "on Tuesday",
"last week", "the past two months", "this year", "year-end", "three days ago"."""

from __future__ import annotations

import re
from datetime import timedelta

from lapwing.timeparse import anchor as A
from lapwing.timeparse.grammar.core import (
    _PART,
    _Res,
    _cand,
    _direction,
    _is_cap,
    _prev_word,
    _rule,
    _sentence_initial,
    _wd,
)
from lapwing.timeparse.lexicon import (
    APPROX,
    NUMBER,
    SEASONS,
    UNIT,
    UNIT_FACTOR,
    WEEKDAY,
    parse_number,
    unit_name,
)


@_rule(
    "relative_day",
    r"(?:(?P<mod>early|late|later|earlier)\s+)?(?P<w>today|yesterday|tomorrow|tonight)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?(?![\w-])",
)
def _r_relative_day(m: re.Match, text: str):
    w = m["w"].lower()
    if w == "today" and _prev_word(text, m.start()) == "usa":
        return None
    if m["w"] == "Today" and (_prev_word(text, m.start()) == "the" or (
            re.search(r"[A-Z][\w.]*\s+$", text[max(0, m.start() - 12):m.start()]) and not _sentence_initial(text, m.start()))):
        return None  # "the Today programme", "VOA Today"
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
    part = _PART.get(m["part"].lower()) if m["part"] else ("NI" if w == "tonight" else None)

    def fn(r: _Res):
        if r.anchor is None:
            return None
        d = (r.anchor + timedelta(days=shift)).isoformat()
        return f"{d}T{part}" if part else d

    return [_cand(m, 0, "TIME" if part else "DATE", fn)]


@_rule(
    "relative_day2",
    r"the\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)(?![\w-])",
)
def _r_relative_day2(m: re.Match, text: str):
    shift = -2 if m["w"].lower().startswith("before") else 2
    return [_cand(m, 0, "DATE", lambda r: r.anchor and (r.anchor + timedelta(days=shift)).isoformat())]


@_rule(
    "part_of_day",
    r"(?P<det>this|last)\s+(?P<part>morning|afternoon|evening|night)(?![\w-])",
)
def _r_part_of_day(m: re.Match, text: str):
    part = _PART[m["part"].lower()]
    shift = -1 if m["det"].lower() == "last" else 0

    def fn(r: _Res):
        if r.anchor is None:
            return None
        return f"{(r.anchor + timedelta(days=shift)).isoformat()}T{part}"

    return [_cand(m, 0, "TIME", fn)]


#: Words before a lower-case weekday that make it a date ("on sunday" in a lower-cased brief).
_LOWER_WEEKDAY_BEFORE = {"on", "since", "until", "till", "by", "from", "before", "last", "next", "this", "late", "early"}


@_rule(
    "weekday",
    rf"(?:(?P<det>last|next|this\s+coming|this\s+past|this|coming|past|the\s+following|the\s+previous|"
    rf"early|late|earlier|later|(?:early|late)\s+on)\s+)?(?P<wd>{WEEKDAY})"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?",
)
def _r_weekday(m: re.Match, text: str):
    if not _is_cap(m["wd"]) and (m["wd"] != m["wd"].lower() or not m["wd"].endswith("day")
                                 or _prev_word(text, m.start("wd")) not in _LOWER_WEEKDAY_BEFORE):
        return None
    wd = _wd(m["wd"])
    det = m["det"] and " ".join(m["det"].lower().split())
    late = det in ("late", "late on")
    if det in ("early", "late", "earlier", "later", "early on", "late on"):
        det = None
    part = _PART.get(m["part"].lower()) if m["part"] else None
    flags = frozenset({"anaphoric"}) if det in ("the following", "the previous") else frozenset()
    starts_at = A.PART_STARTS.get(part or ("EV" if late else ""))

    def fn(r: _Res):
        if r.anchor is None:
            return None
        direction = _direction(det, r)
        d = A.weekday(r.anchor, wd, direction)
        if direction in ("past", None) and A.not_yet(r.anchor, r.hour, d, starts_at):
            # "bandits attacked on Sunday night" in a story printed on Sunday morning: the Sunday before
            d -= timedelta(days=7)
        return f"{d.isoformat()}T{part}" if part else d.isoformat()

    return [_cand(m, 0, "TIME" if part else "DATE", fn, flags)]
_PERIOD_DETS = (
    r"this\s+past|this\s+coming|this|last|next|the\s+past|the\s+coming|the\s+previous|the\s+following|"
    r"the\s+current|the\s+same|the\s+next|the\s+last|the\s+latest|the\s+most\s+recent|the\s+new"
)


@_rule(
    "relative_period",
    r"(?:(?P<mod>earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
    r"the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of)[\s-]+(?:in\s+)?)?"
    rf"(?P<det>{_PERIOD_DETS})\s+(?:fiscal\s+|calendar\s+)?"
    r"(?P<unit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)(?![\w-])",
)
def _r_relative_period(m: re.Match, text: str):
    det = " ".join(m["det"].lower().split())
    unit = m["unit"].lower()
    if m["unit"][0].isupper() and not m["unit"].isupper():
        return None  # "This Week" (a programme), not this week
    if det == "the new" and unit != "year":
        return None
    if det in ("the past", "the last") and unit in ("decade", "century"):
        v = "P10Y" if unit == "decade" else "P100Y"
        return [_cand(m, 0, "DURATION", lambda r: v)]
    flags = frozenset({"anaphoric"}) if det in ("the following", "the previous") else frozenset()
    if det == "the last" and unit not in ("week", "month", "year", "decade", "weekend"):
        return None
    if det in ("the following", "the previous", "the same") and unit in ("spring", "summer", "fall", "autumn",
                                                                            "winter", "decade", "century"):
        return None

    def fn(r: _Res):
        a = r.anchor
        if a is None:
            return None
        if det == "the new":
            return str(a.year + 1 if a.month >= 10 else a.year)
        k = {"last": -1, "next": 1, "this": 0}[_direction(det, r) if det not in ("this", "the current", "the same")
                                                else "this"]
        if unit == "week":
            return A.week(a + timedelta(days=7 * k))
        if unit == "weekend":
            base = a + timedelta(days=7 * k)
            if k == 0:
                t = r.tense()
                if t == "past" and a.weekday() < 5:
                    base = a - timedelta(days=7)
            return A.week(base) + "-WE"
        if unit == "month":
            y, mo = A.add_months(a.year, a.month, k)
            return A.month(y, mo)
        if unit == "year":
            return str(a.year + k)
        if unit == "quarter":
            y, q = A.shift_quarter(a.year, A.quarter_of(a.month), k)
            return f"{y}-Q{q}"
        if unit == "decade":
            return str(a.year // 10 + k)
        if unit == "century":
            return f"{a.year // 100 + k:02d}"
        code = SEASONS[unit]
        direction = {-1: "last", 1: "next", 0: "this"}[k]
        return f"{A.season_year(a, code, direction)}-{code}"

    return [_cand(m, 0, "DATE", fn, flags)]


@_rule(
    "this_period_the",
    r"(?:(?:earlier|later|early|late)\s+in|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
    r"the\s+rest\s+of|the\s+remainder\s+of)\s+the\s+(?P<unit>week|month|year)(?![\w-])",
)
def _r_this_period_the(m: re.Match, text: str):
    unit = m["unit"].lower()

    def fn(r: _Res):
        a = r.anchor
        if a is None:
            return None
        return {"week": A.week(a), "month": A.month(a.year, a.month), "year": str(a.year)}[unit]

    return [_cand(m, 0, "DATE", fn)]


@_rule("year_end", r"(?<![\w-])(?P<w>year-end|year\s+end|year's\s+end)(?![\w-])")
def _r_year_end(m: re.Match, text: str):
    def fn(r: _Res):
        if r.anchor is None:
            return None
        y = r.anchor.year - 1 if r.tense() == "past" and r.anchor.month < 12 else r.anchor.year
        return f"{y}-12-31"

    return [_cand(m, 0, "DATE", fn)]


@_rule(
    "ago",
    rf"(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUMBER})[\s-]+(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|later|from\s+now|hence)"
    r"(?![\w-])",
)
def _r_ago(m: re.Match, text: str):
    n = parse_number(m["num"])
    unit = unit_name(m["unit"])
    sign = -1 if m["dir"].lower() in ("ago", "earlier") else 1

    def fn(r: _Res):
        a = r.anchor
        if a is None:
            return None
        if n is None:
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        k = int(round(n * UNIT_FACTOR.get(unit, 1))) * sign
        if unit in ("day", "night", "hour", "minute", "second"):
            if unit in ("hour", "minute", "second"):
                return a.isoformat()
            return (a + timedelta(days=k)).isoformat()
        if unit in ("week", "fortnight"):
            return A.week(a + timedelta(days=7 * k))
        if unit == "month":
            return A.month(*A.add_months(a.year, a.month, k))
        if unit == "quarter":
            y, q = A.shift_quarter(a.year, A.quarter_of(a.month), k)
            return f"{y}-Q{q}"
        if unit == "year":
            if abs(k) == 1 and r.near(r"\bquarter\b"):
                # earnings comparisons: "a year ago" is the same quarter one year before
                y, q = A.shift_quarter(a.year, A.quarter_of(a.month), -1)
                return f"{y + k}-Q{q}"
            return str(a.year + k)
        if unit == "decade":
            return str(a.year // 10 + k)
        return f"{a.year // 100 + k:02d}"

    flags = frozenset({"anaphoric"}) if m["dir"].lower() in ("earlier", "later") else frozenset()
    return [_cand(m, 0, "DATE", fn, flags)]
