"""Rules for calendar dates written out: a wire dateline ("KABUL, April 29 (Reuters) -"), ISO and
numeric dates, month and day ("April 30", "30 April"), month and year, years ("in 2014", "the year
two thousand"), decades ("the 1990s", "the nineties") and centuries."""

from __future__ import annotations

import re
from datetime import date

from lapwing.timeparse import anchor as A
from lapwing.timeparse.grammar.core import (
    _CAP_NAME_BEFORE_MONTH,
    _COUNT_NOUNS,
    PART_OF_PERIOD,
    PREPOSITIONS,
    VETO,
    _YEAR_PREPS,
    _Res,
    _cand,
    _explicit,
    _is_cap,
    _month,
    _next_word,
    _prev_word,
    _rule,
    _sentence_initial,
    _wd,
    _with_year_fix,
    _year_ok,
)
from lapwing.timeparse.lexicon import (
    DAY,
    MONTH,
    MONTH_ALONE,
    NUMBER_WORD,
    ORDINAL_CENTURY,
    ORDINALS,
    SEASONS,
    WEEKDAY,
    WEEKDAY_ABBR,
    YEAR,
    word_year,
)


_DATELINE_PLACE = r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t]+[A-Z][A-Za-z.]+)*)?"


@_rule(
    "dateline",
    rf"^[ \t]*{_DATELINE_PLACE},[ \t]*(?P<date>(?P<mon>{MONTH})[ \t]*(?P<day>{DAY})(?:,?[ \t]*(?P<year>{YEAR}))?)"
    rf"[ \t]*(?:\([A-Za-z .&'-]{{2,30}}\))?[ \t]*(?:--|[-–—_:])",
    re.M,
)
def _r_dateline(m: re.Match, text: str):
    mon, d = _month(m.group("mon")), int(re.match(r"\d+", m.group("day")).group())
    if m.group("year"):
        x = _explicit(f"{m.group('mon')} {d} {m.group('year')}")
        return [_cand(m, "date", "DATE", lambda r, x=x: x and A.day(x))] if x else None

    def fn(r: _Res):
        if r.anchor is None:
            return None
        x = A.month_day(r.anchor, mon, d, None)  # a dateline is the day of filing: nearest
        return x and A.day(x)

    return [_cand(m, "date", "DATE", fn)]


@_rule(
    "iso",
    r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])",
)
def _r_iso(m: re.Match, text: str):
    try:
        x = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["h"]:
        return [_cand(m, 0, "TIME", lambda r: f"{x.isoformat()}T{m['h']}:{m['mi']}")]
    return [_cand(m, 0, "DATE", lambda r: x.isoformat())]


@_rule(
    "month_day",
    rf"(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+(?:the\s+)?)?(?P<mon>{MONTH})\s*(?P<day>{DAY})"
    rf"(?:(?:,\s*|\s+)(?P<year>{YEAR}))?(?![\w/]|\.\d)",
    0,
)
def _r_month_day(m: re.Match, text: str):
    if m["mon"] == "May" and not m["wd"] and _CAP_NAME_BEFORE_MONTH.search(text[max(0, m.start() - 20):m.start()]) \
            and not _sentence_initial(text, m.start()) and _prev_word(text, m.start()) not in PREPOSITIONS:
        return None  # "Prime Minister May 2 ..." hardly, but "Theresa May" + a number happens
    mon = _month(m["mon"])
    d = int(re.match(r"\d+", m["day"]).group())
    wd = _wd(m["wd"]) if m["wd"] else None
    if m["year"]:
        x = _explicit(f"{m['mon']} {d} {m['year']}")
        if x is None:
            return [_cand(m, 0, VETO, lambda r: None)]  # "Feb. 30, 2019": no date, nor parts of one
        return [_cand(m, 0, "DATE", lambda r: x.isoformat())]
    if d > A.days_in_month(mon):
        return [_cand(m, 0, VETO, lambda r: None)]

    def fn(r: _Res):
        x = _with_year_fix(r, mon, d, wd, r.tense())
        return x and x.isoformat()

    return [_cand(m, 0, "DATE", fn)]


@_rule(
    "day_month",
    rf"(?<![\d,.$£€/])(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<year>{YEAR}))?(?![\w/])",
    0,
)
def _r_day_month(m: re.Match, text: str):
    mon = _month(m["mon"])
    d = int(re.match(r"\d+", m["day"]).group())
    wd = _wd(m["wd"]) if m["wd"] else None
    if m["year"]:
        x = _explicit(f"{d} {m['mon']} {m['year']}", dayfirst=True)
        if x is None:
            return [_cand(m, 0, VETO, lambda r: None)]
        return [_cand(m, 0, "DATE", lambda r: x.isoformat())]
    if d > A.days_in_month(mon):
        return [_cand(m, 0, VETO, lambda r: None)]
    if _next_word(text, m.end()) in _COUNT_NOUNS:
        return None

    def fn(r: _Res):
        x = _with_year_fix(r, mon, d, wd, r.tense())
        return x and x.isoformat()

    return [_cand(m, 0, "DATE", fn)]


@_rule(
    "numeric",
    r"(?<![\d/.,])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])",
)
def _r_numeric(m: re.Match, text: str):
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        y += 2000 if y < 50 else 1900
    mo, d = (a, b) if a <= 12 else (b, a)  # US order unless impossible
    try:
        x = date(y, mo, d)
    except ValueError:
        return None
    return [_cand(m, 0, "DATE", lambda r: x.isoformat())]


@_rule(
    "month_year",
    PART_OF_PERIOD
    + rf"(?P<mon>{MONTH})(?:\s+of|,)?\s+(?P<year>{YEAR})(?![\w-])",
)
def _r_month_year(m: re.Match, text: str):
    if not _is_cap(m["mon"]):
        return None
    v = A.month(int(m["year"]), _month(m["mon"]))
    return [_cand(m, 0, "DATE", lambda r: v)]


@_rule(
    "month_rel_year",
    rf"(?P<mon>{MONTH_ALONE})(?:\s+of)?\s+(?P<rel>this|last|next)\s+year(?![\w-])",
)
def _r_month_rel_year(m: re.Match, text: str):
    if not _is_cap(m["mon"]):
        return None
    mon = _month(m["mon"])
    k = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return [_cand(m, 0, "DATE", lambda r: r.anchor and A.month(r.anchor.year + k, mon))]


@_rule(
    "year_mod",
    r"(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
    r"the\s+(?:first|second|last|latter)\s+half\s+of|the\s+rest\s+of|the\s+remainder\s+of|"
    r"(?:the\s+)?(?:spring|summer|fall|autumn|winter)\s+of)[\s-]+(?P<y>1\d{3}|20\d{2})(?![\w%-]|[.,]\d)",
)
def _r_year_mod(m: re.Match, text: str):
    y = int(m["y"])
    mod = " ".join(m["mod"].lower().split())
    if "first half" in mod:
        v = f"{y}-H1"
    elif "half" in mod:
        v = f"{y}-H2"
    else:
        season = next((SEASONS[s] for s in SEASONS if s in mod), None)
        v = f"{y}-{season}" if season else str(y)
    return [_cand(m, 0, "DATE", lambda r: v)]


@_rule(
    "year",
    r"(?<![\w$£€#.,/-])(?:(?P<fy>fiscal(?:\s+year)?)\s+)?(?P<y>1\d{3}|20\d{2})(?![\w%/]|[.,]\d|-\d|:\d)",
)
def _r_year(m: re.Match, text: str):
    y = int(m["y"])
    if not m["fy"] and not _year_ok(text, m.start("y"), m.end("y"), y):
        return None
    v = str(y)
    return [_cand(m, 0, "DATE", lambda r: v)]


@_rule(
    "word_year",
    rf"(?:(?P<the>the\s+year)\s+)?(?P<wy>two\s+thousand(?:\s+and)?(?:\s+(?:{NUMBER_WORD}))?|(?:nineteen|eighteen)[\s-]+(?:{NUMBER_WORD}))"
    rf"(?![\w-])",
)
def _r_word_year(m: re.Match, text: str):
    y = word_year(m["wy"])
    if y is None:
        return None
    if y >= 2000 and not m["the"] and _prev_word(text, m.start()) not in _YEAR_PREPS:
        return None
    if _next_word(text, m.end()) in _COUNT_NOUNS:
        return None
    # preceded by a month: "January nineteen ninety-seven"
    mm = re.search(rf"({MONTH_ALONE})\s+$", text[max(0, m.start() - 12):m.start()])
    if mm and _is_cap(mm.group(1)):
        v = A.month(y, _month(mm.group(1)))
        return [(m.start() - len(mm.group(0)), m.end(), "DATE", lambda r: v, frozenset())]
    return [_cand(m, 0, "DATE", lambda r: str(y))]


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


@_rule(
    "decade",
    r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<c>1[0-9]|20)(?P<d>\d)0'?s|['’](?P<d2>\d)0'?s)(?![\w])",
)
def _r_decade(m: re.Match, text: str):
    if m["d2"] is not None:
        v = f"19{m['d2']}"
    else:
        v = f"{m['c']}{m['d']}"
    return [_cand(m, 0, "DATE", lambda r: v)]


@_rule(
    "decade_word",
    r"(?:the\s+(?:(?:early|mid|late)[\s-]+)?(?:nineteen[\s-])?|nineteen[\s-])"
    r"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w])",
)
def _r_decade_word(m: re.Match, text: str):
    v = f"19{_DECADE_WORDS[m['w'].lower()]}"
    return [_cand(m, 0, "DATE", lambda r: v)]


@_rule(
    "century",
    rf"(?:the\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<o>{ORDINAL_CENTURY}))[\s-]century(?![\w-])",
)
def _r_century(m: re.Match, text: str):
    n = int(m["n"]) if m["n"] else ORDINALS[m["o"].lower()]
    if not 1 <= n <= 21:
        return None
    v = f"{n - 1:02d}"
    return [_cand(m, 0, "DATE", lambda r: v)]
