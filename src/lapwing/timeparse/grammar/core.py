"""What every rule shares: the :class:`Timex` result, candidates, the resolution context, the rule
registry (:func:`_rule`, in registration order) and the helpers the rules call."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from dateutil import parser as du_parser

from lapwing.timeparse import anchor as A
from lapwing.timeparse.grammar.prefilter import with_first_chars
from lapwing.timeparse.lexicon import MONTHS, WEEKDAYS

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
#: a part of a month or a season before its name ("early", "mid-", "the end of"), group ``mod``
PART_OF_PERIOD = r"(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"


class _Res:
    """What resolution needs: the anchor, the text and the tense of a span."""

    def __init__(self, text: str, anchor: date | None, tense: TenseFn, hour: float | None = None):
        self.text = text
        self.anchor = anchor
        #: the publication's clock time on the anchor day (None: not printed, or the anchor is another day)
        self.hour = hour
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
        # Then a lookahead for the characters the rule can start with (prefilter.py): most word
        # starts fail on one character test instead of the whole alternation.
        _RULES.append((name, re.compile(rf"(?<![\w])(?:{with_first_chars(pattern, flags)})", flags), fn))
        return fn

    return wrap


# ---------------------------------------------------------------------------------------- helpers


#: compiled once (session 34, round ex66: ``re.search(pattern, ...)`` read ``re``'s cache at each call)
_PREV_WORD = re.compile(r"([A-Za-z$#.']+)\s*$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z%/]+)")
_NUMBER_BEFORE = re.compile(r"[\d$£€#]\s?$|\d[,.]$")
_COUNT_AFTER = re.compile(r"\s*(?:-|to)\s*\d{3,4}\s*(?:people|troops|%)")


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text[max(0, pos - 30):pos])
    return m.group(1).lower().strip(".'") if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text[pos:pos + 30])
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
    if _NUMBER_BEFORE.search(before):
        return False
    prev = _prev_word(text, start)
    nxt = _next_word(text, end)
    if prev in _NOT_YEAR_BEFORE:
        return False
    if nxt in _COUNT_NOUNS or text[end:end + 1] in "%":
        return False
    if _COUNT_AFTER.match(text[end:end + 20]):
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
