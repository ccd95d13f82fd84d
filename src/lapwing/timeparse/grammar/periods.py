"""Rules for named parts of a year: months on their own ("in January", "early next March"), seasons,
quarters and halves ("the third quarter", "Q1 2019"), "the weekend", "the week" and "the year"."""

from __future__ import annotations

import re
from datetime import timedelta

from lapwing.timeparse import anchor as A
from lapwing.timeparse.grammar.core import (
    _CAP_NAME_BEFORE_MONTH,
    DEADLINE_PREPS,
    PART_OF_PERIOD,
    PREPOSITIONS,
    _Res,
    _cand,
    _direction,
    _is_cap,
    _month,
    _next_word,
    _prev_word,
    _rule,
    _sentence_initial,
)
from lapwing.timeparse.lexicon import (
    MONTH_ALONE,
    ORDINAL_QUARTER,
    ORDINALS,
    SEASONS,
    YEAR,
)


@_rule(
    "month",
    PART_OF_PERIOD
    + rf"(?:(?P<det>last|next|this\s+past|this\s+coming|this|coming|past)\s+)?(?P<mon>{MONTH_ALONE})",
)
def _r_month(m: re.Match, text: str):
    if not _is_cap(m["mon"]):
        return None
    word = m["mon"].rstrip(".")
    prev = _prev_word(text, m.start())
    framed = bool(m["mod"] or m["det"]) or prev in PREPOSITIONS
    if word in ("May", "March") and not framed:
        return None  # the modal verb, the verb, Theresa May
    if not framed:
        before = text[max(0, m.start() - 20):m.start()]
        if _CAP_NAME_BEFORE_MONTH.search(before) and not _sentence_initial(text, m.start()):
            return None  # part of a name
        if re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]):
            return None  # "June Carter"
    mon = _month(word)
    det = m["det"]

    def fn(r: _Res):
        if r.anchor is None:
            return None
        # no cue word and no tense: news reports what has happened, so a bare month in a verbless
        # context ("a report on the June floods") is the most recent one; a deadline ("by May",
        # "until November", "through January") stays the nearest
        direction = _direction(det, r)
        if direction is None and r.prep not in DEADLINE_PREPS:
            direction = "past"
        return A.month(A.year_for_month(r.anchor, mon, direction), mon)

    return [_cand(m, 0, "DATE", fn)]


@_rule(
    "season",
    r"(?:(?P<det>this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+past|the|early|late|mid|the\s+early|"
    r"the\s+late)[\s-]+)?(?P<s>spring|summer|fall|autumn|winter)"
    rf"(?:(?:\s+of|,)?\s+(?P<y>{YEAR}))?(?![\w-])",
)
def _r_season(m: re.Match, text: str):
    code = SEASONS[m["s"].lower()]
    det = m["det"] and " ".join(m["det"].lower().split())
    if m["y"]:
        y = int(m["y"])
        return [_cand(m, 0, "DATE", lambda r: f"{y}-{code}")]
    if det is None:
        return None  # bare "fall", "spring": verbs and nouns far more often than dates
    if det in ("the", "the early", "the late", "early", "late", "mid"):
        if _is_cap(m["s"]) or re.match(r"\s+(?:of|and\s+winter|session|offensive|collection|season)\b", text[m.end():]):
            return None  # "the fall of the city", "the Arab Spring"
        if det in ("early", "late", "mid") and _prev_word(text, m.start()) == "the":
            return None
        if det == "the" and _prev_word(text, m.start()) not in PREPOSITIONS:
            return None
    direction = {"last": "last", "this past": "last", "the past": "last", "next": "next", "this coming": "next",
                 "the coming": "next", "this": "this"}.get(det or "")

    def fn(r: _Res):
        if r.anchor is None:
            return None
        return f"{A.season_year(r.anchor, code, direction or r.tense())}-{code}"

    return [_cand(m, 0, "DATE", fn)]


@_rule(
    "quarter",
    rf"(?P<the>the\s+)?(?:(?P<ago>year-ago|year-earlier|prior-year)\s+)?"
    rf"(?:(?P<y1>{YEAR})\s+|(?P<rel1>this|last|next)\s+year's\s+|(?P<fy>fiscal|calendar)\s+(?:(?P<y2>{YEAR})\s+)?)?"
    rf"(?:(?:fiscal|calendar)[\s-])?(?P<q>{ORDINAL_QUARTER})[\s-](?:fiscal[\s-])?(?P<kind>quarter|half)"
    rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y3>{YEAR})|(?P<rel2>this|last|next)\s+year))?(?![\w])",
)
def _r_quarter(m: re.Match, text: str):
    q = ORDINALS[m["q"].lower()]
    half = m["kind"].lower() == "half"
    if half and q > 2:
        return None
    if half and not m.group(0).lower().startswith("the") and not (m["y1"] or m["y3"] or m["rel1"] or m["rel2"]):
        return None  # "first half" alone is a football half as often as a year's
    year = m["y1"] or m["y2"] or m["y3"]
    rel = (m["rel1"] or m["rel2"] or "").lower()
    if half and _prev_word(text, m.start()) in ("a", "one"):
        return None
    start = m.start()
    after_q = text[m.end("q"):m.end("q") + 1]
    if m["the"] and after_q == "-" and not m["ago"]:
        start = m.end("the")  # "the third-quarter loss": the expression is "third-quarter"
    ago = 1 if m["ago"] else 0

    def fn(r: _Res):
        if year:
            y = int(year)
        elif rel:
            if r.anchor is None:
                return None
            y = r.anchor.year + {"this": 0, "last": -1, "next": 1}[rel]
        else:
            if r.anchor is None:
                return None
            if half:
                y = r.anchor.year if q <= (1 if r.anchor.month <= 6 else 2) or r.tense() == "future" else r.anchor.year - 1
            else:
                v = A.quarter(r.anchor, q, r.tense())
                return f"{int(v[:4]) - ago}{v[4:]}"
        return f"{y - ago}-{'H' if half else 'Q'}{q}"

    return [(start, m.end(), "DATE", fn, frozenset())]


@_rule(
    "quarter_rel",
    r"(?:the\s+(?P<det>latest|current|most\s+recent|previous|year-ago|year-earlier|same|comparable|comparable\s+year-ago|"
    r"prior-year|latest\s+fiscal|recent)\s+(?:fiscal\s+)?quarter|the\s+latest\s+period|the\s+quarter(?!\s+of|[\w-]|\s+century|\s+mile)"
    rf"|the\s+(?P<y>{YEAR})\s+(?:quarter|period)"
    r"|(?P<yr>(?P<the>the\s+)?year-(?:ago|earlier)(?P<noun>\s+(?:period|quarter))?))(?![\w-])",
)
def _r_quarter_rel(m: re.Match, text: str):
    det = (m["det"] or "").lower()
    yr = m["yr"]
    year = int(m["y"]) if m["y"] else None
    start = m.start()
    if yr and m["the"] and not m["noun"]:
        start = m.end("the")  # "the year-earlier results": the expression is "year-earlier"

    def fn(r: _Res):
        a = r.anchor
        if a is None:
            return None
        cy, cq = a.year, A.quarter_of(a.month)
        if det in ("current",):
            return f"{cy}-Q{cq}"
        py, pq = A.shift_quarter(cy, cq, -1)  # the quarter just reported
        if year is not None:
            return f"{year}-Q{pq}"  # "the 1988 period", in a report on the latest quarter
        if det in ("year-ago", "year-earlier", "comparable", "comparable year-ago", "prior-year") or yr:
            if yr and not r.near(r"\bquarter\b|\bperiod\b"):
                return str(cy - 1)
            return f"{py - 1}-Q{pq}"
        return f"{py}-Q{pq}"

    return [(start, m.end(), "DATE", fn, frozenset())]


@_rule("the_weekend", r"the\s+weekend(?![\w-])")
def _r_the_weekend(m: re.Match, text: str):
    if _prev_word(text, m.start()) not in ("over", "during", "at", "on", "for", "of", "this", "by", "until", "through",
                                           "throughout", "after", "before", "since", "in"):
        return None

    def fn(r: _Res):
        a = r.anchor
        if a is None:
            return None
        if a.weekday() >= 5:
            return A.week(a) + "-WE"
        if r.tense() == "future":
            return A.week(a) + "-WE"
        return A.week(a - timedelta(days=7)) + "-WE"

    return [_cand(m, 0, "DATE", fn)]


@_rule("the_week_year", r"the\s+(?:(?P<q>fiscal|full|calendar|current)\s+)?(?P<unit>week|year)(?![\w-])")
def _r_the_week_year(m: re.Match, text: str):
    unit = m["unit"].lower()
    prev = _prev_word(text, m.start())
    nxt = _next_word(text, m.end())
    if unit == "year" and nxt in ("ended", "ending", "ends", "through", "to"):
        return [_cand(m, 0, "DURATION", lambda r: "P1Y")]  # "the year ended Sept. 30"
    if prev not in ("for", "during", "in", "of", "throughout", "over") or nxt in ("before", "after", "of", "when", "that"):
        return None
    if m["q"] and m["q"].lower() == "current":
        return None  # found by the relative-period rule
    if unit == "week":
        return [_cand(m, 0, "DATE", lambda r: r.anchor and A.week(r.anchor))]
    return [_cand(m, 0, "DATE", lambda r: r.anchor and str(r.anchor.year))]
