"""Finding time expressions in text and giving them TimeML values.

The finder is a set of regular-expression rules over the raw text (no tokeniser, no parse).
Each rule proposes candidate spans; overlapping candidates are settled longest first (then by
rule order); each kept candidate is then *resolved*: its value is computed against the
anchor (the publication date) and, for expressions whose direction the words do not fix
("on Tuesday", "in January", "May 1"), the tense of the clause, read by a tense function
(:class:`lapwing.timeparse.tense.TextTense` by default; the extractor passes one that reads
the dependency parse when there is one).

Spans follow the TimeML convention: a leading preposition is not part of the expression
("on Tuesday" -> "Tuesday", "since 2014" -> "2014"), determiners and modifiers are
("the third quarter", "early next year", "about two years ago"). The preposition is kept in
:attr:`Timex.prep`.

Values are TimeML TIMEX3 values: ``2019-04-30``, ``2019-04``, ``2019``, ``2019-W18``,
``2019-Q1``, ``2019-SU``, ``2019-H1``, ``199`` (a decade), ``19`` (a century), ``2019-04-30TMO``,
``2019-04-30T15:00``, ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``, durations ``P2Y``,
``PT5H``, ``PXM``. :attr:`Timex.iso` gives the subset Lapwing's record carries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil import parser as du_parser

from lapwing.timeparse import anchor as A
from lapwing.timeparse.lexicon import (
    APPROX,
    DAY,
    MONTH,
    MONTH_ALONE,
    MONTHS,
    NUMBER,
    NUMBER_WORD,
    ORDINAL_CENTURY,
    ORDINAL_QUARTER,
    ORDINALS,
    SEASONS,
    UNIT,
    UNIT_CODE,
    UNIT_FACTOR,
    WEEKDAY,
    WEEKDAY_ABBR,
    WEEKDAYS,
    YEAR,
    parse_number,
    unit_name,
    word_year,
)
from lapwing.timeparse.tense import TextTense

TenseFn = Callable[[int, int], "str | None"]
#: Candidate type that claims its span but yields nothing (an impossible date such as "Feb. 30, 2019").
VETO = "VETO"

#: Contract shapes of ``Date.value``.
ISO_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?")

#: Words that introduce a time expression without being part of it.
PREPOSITIONS = {
    "on", "in", "at", "since", "until", "till", "by", "from", "to", "before", "after", "during", "of",
    "between", "through", "throughout", "for", "within", "around", "circa", "as", "into", "over", "and",
    "or", "than", "early", "late", "starting", "beginning", "ending", "as of", "effective", "year",
}
_YEAR_PREPS = {"in", "since", "until", "till", "by", "from", "to", "before", "after", "during", "of",
               "between", "through", "and", "or", "year", "around", "circa", "c", "early", "late", "mid",
               "throughout", "as", "for", "than", "fiscal", "summer", "spring", "autumn", "fall", "winter"}
#: A number followed by one of these is a count, not a year ("2000 people", "1500 troops").
_COUNT_NOUNS = set("""
people persons person troops soldiers police policemen officers men women children kids civilians
protesters demonstrators refugees migrants families households workers students members residents voters
votes seats dollars euros pounds yen yuan rupees shares tonnes tons barrels km kilometers kilometres
miles meters metres feet foot acres hectares percent pct points cases deaths dead homes houses buildings
jobs employees staff units vehicles cars trucks rounds rockets missiles bombs jets aircraft planes tanks
guns weapons prisoners detainees inmates fighters militants rebels patients hours hrs calories words
pages copies signatures participants delegates athletes fans visitors tourists pilgrims miners farmers
marines sailors guards agents journalists doctors nurses teachers victims casualties injured wounded
killed arrested missing displaced others more sq square cubic mw kw kg lb lbs barrel ton meter mile
km/h mph yards yard metric bpd b/d rpm copies units pieces items beds rooms flights passengers
""".split())
_NOT_YEAR_BEFORE = {"no", "number", "article", "resolution", "flight", "route", "room", "page", "pages",
                    "highway", "apollo", "boeing", "windows", "airbus", "model", "version", "section",
                    "chapter", "at", "about", "nearly", "some", "approximately", "almost", "roughly",
                    "least", "only", "just", "than", "over", "under", "exceeding", "top", "topped", "code",
                    "bus", "gate", "platform", "terminal", "level", "grade", "class", "size", "unit",
                    "regulation", "directive", "decree", "law", "bill", "hr", "s", "h.r", "form"}

_CAP_NAME_BEFORE_MONTH = re.compile(r"[A-Z][a-z]+\s+$")
_PART = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


@dataclass
class Timex:
    """A time expression found in the text, with its TimeML type and value."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION
    value: str | None
    rule: str
    prep: str | None = None
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def iso(self) -> str | None:
        """The value in the record's shape (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www``), or None.

        A time of day keeps its calendar day ("Tuesday night" -> the Tuesday) when the
        expression names the day; a bare clock time ("3 p.m.") has none. Expressions relative
        to another event rather than to publication ("three days later", "a year earlier",
        "the following month") have no record value: the finder can only place them
        against the publication date, which would be wrong.
        """
        v = self.value
        if v is None or self.type == "DURATION" or "anaphoric" in self.flags:
            return None
        if self.type == "TIME":
            if "day_implied" in self.flags:
                return None
            v = v[:10]
        return v if ISO_VALUE.fullmatch(v) else None


@dataclass
class _Cand:
    start: int
    end: int
    type: str
    rule: str
    prio: int
    resolve: Callable[["_Res"], str | None]
    flags: frozenset[str] = frozenset()


#: prepositions that make a date a deadline, which may lie ahead whatever the tense
DEADLINE_PREPS = ("by", "until", "till", "through", "before")


class _Res:
    """What resolution needs: the anchor, the text and the tense of a span."""

    def __init__(self, text: str, anchor: date | None, tense: TenseFn):
        self.text = text
        self.anchor = anchor
        self._tense = tense
        self.span = (0, 0)
        self.prep: str | None = None

    def tense(self) -> str | None:
        if self.prep == "since":
            return "past"
        t = self._tense(*self.span)
        if t == "past" and self.prep in DEADLINE_PREPS:
            return None  # a deadline ("by February", "through January"): the nearest one
        return t

    def near(self, pattern: str, before: int = 400) -> bool:
        """Does the text shortly before the span, or its sentence, match ``pattern``?"""
        chunk = self.text[max(0, self.span[0] - before): self.span[1] + 120]
        return re.search(pattern, chunk, re.I) is not None


_RULES: list[tuple[str, re.Pattern[str], Callable]] = []


def _rule(name: str, pattern: str, flags: int = re.I):
    # Every expression starts at a word boundary; saying so first lets the regex engine
    # skip positions inside words quickly (a threefold speed-up on news text).
    def wrap(fn):
        _RULES.append((name, re.compile(rf"(?<![\w])(?:{pattern})", flags), fn))
        return fn

    return wrap


# ---------------------------------------------------------------------------------------- helpers


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z$#.']+)\s*$", text[max(0, pos - 30):pos])
    return m.group(1).lower().strip(".'") if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([A-Za-z%/]+)", text[pos:pos + 30])
    return m.group(1).lower() if m else ""


def _is_cap(word: str | None) -> bool:
    return bool(word) and word[0].isupper()


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:\"“\n(" or text[max(0, pos - 2):pos].count("\n") > 0


def _direction(det: str | None, res: _Res) -> str | None:
    if det:
        d = " ".join(det.lower().split())
        if d in ("last", "past", "this past", "the past", "the last", "previous", "the previous", "the latest",
                 "the most recent"):
            return "last"
        if d in ("next", "coming", "this coming", "the coming", "the next", "the following", "following"):
            return "next"
        if d in ("this", "the current", "current", "the same"):
            return "this"
    return res.tense()


def _explicit(text: str, dayfirst: bool = False) -> date | None:
    """An explicit calendar date, read by dateutil (rejects impossible days such as Feb. 30)."""
    try:
        return du_parser.parse(text.replace(".", " "), dayfirst=dayfirst, default=None).date()
    except (ValueError, OverflowError, TypeError):
        return None


def _year_ok(text: str, start: int, end: int, y: int) -> bool:
    """Is the four-digit number at text[start:end] a year? (Not "2,019 people", "1500 troops".)"""
    before = text[max(0, start - 2):start]
    if re.search(r"[\d$£€#]\s?$|\d[,.]$", before):
        return False
    prev = _prev_word(text, start)
    nxt = _next_word(text, end)
    if prev in _NOT_YEAR_BEFORE:
        return False
    if nxt in _COUNT_NOUNS or text[end:end + 1] in "%":
        return False
    if re.match(r"\s*(?:-|to)\s*\d{3,4}\s*(?:people|troops|%)", text[end:end + 20]):
        return False
    if 1900 <= y <= 2099:
        return True
    return prev in _YEAR_PREPS


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _wd(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def _with_year_fix(res: _Res, m: int, d: int, wd: int | None, direction: str | None) -> date | None:
    """A month/day without year; a given weekday picks the year in which the day fits it."""
    a = res.anchor
    if a is None:
        return None
    if wd is not None:
        fits = []
        for y in (a.year - 1, a.year, a.year + 1):
            try:
                c = date(y, m, d)
            except ValueError:
                continue
            if c.weekday() == wd:
                fits.append(c)
        if fits:
            return min(fits, key=lambda c: abs((c - a).days))
    return A.month_day(a, m, d, direction)


def _time_value(day_value: str | None, h: int, mi: int) -> str | None:
    if day_value is None:
        return None
    return f"{day_value}T{h:02d}:{mi:02d}"


def _cand(m: re.Match, group: int | str, typ: str, fn, flags: frozenset[str] = frozenset()):
    return (m.start(group), m.end(group), typ, fn, flags)


# ------------------------------------------------------------------------------------------ rules
# Order matters only between candidates of equal length: earlier rules win.

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
    rf"(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"
    rf"(?P<mon>{MONTH})(?:\s+of|,)?\s+(?P<year>{YEAR})(?![\w-])",
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


@_rule(
    "weekday",
    rf"(?:(?P<det>last|next|this\s+coming|this\s+past|this|coming|past|the\s+following|the\s+previous|"
    rf"early|late|earlier|later|(?:early|late)\s+on)\s+)?(?P<wd>{WEEKDAY})"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?",
)
def _r_weekday(m: re.Match, text: str):
    if not _is_cap(m["wd"]):
        return None
    wd = _wd(m["wd"])
    det = m["det"] and " ".join(m["det"].lower().split())
    if det in ("early", "late", "earlier", "later", "early on", "late on"):
        det = None
    part = _PART.get(m["part"].lower()) if m["part"] else None
    flags = frozenset({"anaphoric"}) if det in ("the following", "the previous") else frozenset()

    def fn(r: _Res):
        if r.anchor is None:
            return None
        d = A.weekday(r.anchor, wd, _direction(det, r)).isoformat()
        return f"{d}T{part}" if part else d

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


@_rule(
    "month",
    r"(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"
    rf"(?:(?P<det>last|next|this\s+past|this\s+coming|this|coming|past)\s+)?(?P<mon>{MONTH_ALONE})",
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


_REF_NOW = r"right\s+now|now|currently|nowadays|these\s+days|at\s+present|the\s+present"
_REF_PAST = r"recently|the\s+past|lately|in\s+recent\s+times"
_REF_FUT = r"the\s+future|the\s+near\s+future|the\s+near\s+term|the\s+short\s+term|the\s+long\s+term"


@_rule(
    "ref",
    rf"(?<![\w-])(?:(?P<now>{_REF_NOW})|(?P<past>{_REF_PAST})|(?P<fut>{_REF_FUT}))(?![\w-])",
)
def _r_ref(m: re.Match, text: str):
    w = " ".join(m.group(0).lower().split())
    nxt = _next_word(text, m.end())
    if w == "the past" and nxt in ("decade", "year", "month", "week", "few", "several", "two", "three"):
        return None
    v = "PRESENT_REF" if m["now"] else "PAST_REF" if m["past"] else "FUTURE_REF"
    return [_cand(m, 0, "DATE", lambda r: v)]


@_rule(
    "ref_adj",
    r"(?<![\w-])(?P<w>current|recent|former)(?=\s+(?:years?|months?|weeks?|days?|decades?|times|quarters?|"
    r"periods?|levels?|rates?|prices?|quarter|fiscal|session|term|crisis|conditions|situation|environment))",
)
def _r_ref_adj(m: re.Match, text: str):
    w = m["w"].lower()
    if w == "former":
        return None
    if re.match(r"\s+(?:years?|months?|weeks?|days?|decades?|quarters?)\b", text[m.end():]):
        return None  # "recent years": a duration, found by the duration rule
    v = "PRESENT_REF" if w == "current" else "PAST_REF"
    return [_cand(m, 0, "DATE", lambda r: v)]


def _duration_value(n: float | None, unit: str) -> str:
    t, code = UNIT_CODE[unit]
    if n is None:
        return {"DE": "PXE", "CE": "PXC"}.get(code, f"P{t}X{code}")
    n = n * UNIT_FACTOR.get(unit, 1)
    if code == "DE":
        return f"P{int(n * 10)}Y" if float(n * 10).is_integer() else f"P{n * 10}Y"
    if code == "CE":
        return f"P{int(n * 100)}Y"
    if float(n).is_integer():
        return f"P{t}{int(n)}{code}"
    whole, frac = int(n), n - int(n)
    sub = {"Y": (12, "M"), "M": (30, "D"), "D": (24, "H"), "H": (60, "M"), "W": (7, "D")}.get(code)
    if sub and whole:
        extra = int(round(frac * sub[0]))
        if code == "Y":
            return f"P{whole}Y{extra}M"
        if code == "D":
            return f"P{whole}DT{extra}H"
        if code == "H":
            return f"PT{whole}H{extra}M"
        return f"P{whole}{code}{extra}{sub[1]}"
    return f"P{t}{n}{code}"


@_rule(
    "duration",
    rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<det>the|another|each\s+of\s+the|all)\s+)?"
    r"(?:(?P<adj>past|last|next|first|coming|previous|following|final|remaining|latest|additional|further|"
    r"preceding|ensuing|initial|recent)\s+)?"
    rf"(?P<num>{NUMBER})(?:\s+(?:more|additional|straight|consecutive|full|long|extra|successive))?[\s-]+"
    rf"(?P<unit>{UNIT})(?:[\s-]+old)?(?![\w-])",
)
def _r_duration(m: re.Match, text: str):
    num = m["num"]
    unit = unit_name(m["unit"])
    n = parse_number(num)
    if re.search(r"old$", m.group(0), re.I):
        return None  # an age ("52 years old", "a 136-year-old firm")
    if n is not None and 1000 <= n <= 2099 and not m["unit"].lower().endswith("s"):
        return None  # "the 1988 quarter": a year
    hyphen = m.group(0)[m.end("num") - m.start():m.start("unit") - m.start()].strip() == "-"
    if unit == "quarter" and hyphen and m["unit"].lower().endswith("s"):
        return None  # "three-quarters": a fraction
    start = m.start()
    if m["det"] and m["det"].lower() == "the" and not m["adj"]:
        start = m.start("num")  # "the two-week strike": the expression is "two-week"
    elif m["approx"] and m["det"]:
        start = m.start("det")
    low = " ".join(num.lower().split())
    if low in ("a", "an", "one", "half a", "half an"):
        prev = _prev_word(text, m.start())
        if prev in ("once", "twice", "thrice", "times", "per", "million", "billion", "trillion", "percent",
                    "cents", "dollars", "pounds", "euros") or re.search(r"\d\s*$", text[max(0, m.start() - 3):m.start()]) \
                or re.search(r"\d[\d,.]*\s+(?:[a-z]+\s+){0,2}[a-z]+s\s+$", text[max(0, m.start() - 40):m.start()]):
            return None  # a rate ("twice a year", "$5 a day", "four flights a week"), not a duration
    if low == "some" and unit in ("time",):
        return None
    if low in ("many", "some") and not (m["adj"] or m["approx"]):
        if unit not in ("year", "month", "week", "decade", "day", "hour"):
            return None
    if unit == "second" and low in ("a", "an"):
        return None  # "a second" is an ordinal more often than a duration
    if unit == "quarter" and low not in ("a", "an", "one") and n is not None and not m["adj"] and not m["det"]:
        pass
    if unit == "quarter" and low in ("a", "an") and not m["adj"]:
        return None  # "a quarter of the population"
    if unit == "night" and low in ("a", "an"):
        return None
    if n is not None and n == 0:
        return None
    v = _duration_value(n, unit)
    return [(start, m.end(), "DURATION", lambda r: v, frozenset())]


@_rule(
    "duration_vague",
    r"(?:(?P<det>the|for)\s+)?(?:(?P<adj>past|last|next|coming|recent|previous|following|ensuing|early|later|"
    r"subsequent|intervening)\s+)?(?:(?P<vague>few|several|many)\s+)?"
    r"(?P<unit>(?:second|minute|hour|day|week|month|quarter|year|decade)s|centuries)(?:\s+ahead)?(?![\w-])",
)
def _r_duration_vague(m: re.Match, text: str):
    if not (m["adj"] or m["vague"]):
        if not (m["det"] and m["det"].lower() == "for"):
            return None
    if m["det"] and m["det"].lower() == "for" and not (m["adj"] or m["vague"]):
        start = m.start("unit")  # "for years": the expression is "years"
        unit = unit_name(m["unit"])
        return [(start, m.end(), "DURATION", lambda r: _duration_value(None, unit), frozenset())]
    if m["adj"] and m["adj"].lower() in ("early", "later", "subsequent") and m["unit"].lower() != "years":
        return None
    unit = unit_name(m["unit"])
    if m["adj"] and m["adj"].lower() in ("recent", "past") and not m["vague"] and not m["det"]:
        return [_cand(m, 0, "DATE", lambda r: "PAST_REF")]  # "in recent years": TimeML's PAST_REF
    start = m.start("adj") if (m["det"] and m["det"].lower() == "for") and m["adj"] else m.start()
    if m["det"] and m["det"].lower() == "for" and not m["adj"]:
        start = m.start("vague")
    v = _duration_value(None, unit)
    return [(start, m.end(), "DURATION", lambda r: v, frozenset())]


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
            d = A.weekday(a, wd, r.tense())
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


# ----------------------------------------------------------------------------------------- finder


def _preposition(text: str, start: int) -> str | None:
    m = re.search(r"(?:^|[^\w])(as of|[A-Za-z]+)\s+$", text[max(0, start - 16):start])
    if not m:
        return None
    w = m.group(1).lower()
    return w if w in PREPOSITIONS else None


def candidates(text: str) -> list[_Cand]:
    """Every rule's proposals, before overlaps are settled."""
    out: list[_Cand] = []
    for prio, (name, rx, fn) in enumerate(_RULES):
        for m in rx.finditer(text):
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


def find_timexes(text: str, anchor: date | str | None = None, tense: TenseFn | None = None) -> list[Timex]:
    """All time expressions in ``text`` with TimeML values resolved against ``anchor``.

    ``anchor`` is the publication date (a ``date`` or an ISO string); without it, expressions
    whose value depends on it get ``value=None``. ``tense(start, end)`` returns ``"past"``,
    ``"future"`` or ``None`` for a span; by default tense cues are read from the text.
    """
    a = anchor if isinstance(anchor, date) else A.parse_anchor(anchor)
    res = _Res(text, a, tense or TextTense(text))
    out: list[Timex] = []
    for c in _select(candidates(text), len(text)):
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
