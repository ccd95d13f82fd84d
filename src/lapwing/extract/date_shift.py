"""Events dated against another act: "rescued 15 students on Wednesday, a week after gunmen abducted them",
"Two days later, troops retook the town" (see :func:`day_anaphors` and :func:`resolve_anaphor` for the latter).

A counted interval before "after" or "before" ("a week after", "two days before", "the day after",
"hours after", "days after") links two acts of one sentence: the *inner* act, in the clause or noun
phrase that follows "after" / "before" (``X``), and the *outer* act the phrase modifies. The inner act
happened that long before (after) the outer one, so:

* an event inside ``X`` with no date of its own in ``X`` takes the outer act's date shifted by the
  interval ("a week after gunmen abducted them" on Wednesday 13 March: the week of 6 March);
* an event of the outer clause with no date of its own takes ``X``'s date shifted the other way
  ("a day after the vote on Sunday, protesters marched": Monday);
* the outer act's date is the nearest time expression of the outer clause, else the story's reference
  day (dateline or publication date), keeping that source.

The outer clause is the one the phrase is attached to: the words before it back to a clause opener
(";", "where", "who", "which", "while", "but") when the phrase follows its clause, or the words after
``X`` up to the next opener when the phrase opens the sentence ("A day after meeting Ramaphosa, Lula
flew to Luanda, where ..."). Parse-free: the token text only, so it works with or without a parser.

Precision follows the interval: hours, minutes and "shortly" keep the outer date; days give a day;
weeks an ISO week (a week is rarely exact); months a month; years a year. A vague count ("days
after", "several weeks before") gives a coarser value: days -> the ISO week three days away, weeks ->
the month three weeks away, months -> the year; vague years give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc

from lapwing.extract.docfacts import doc_text, word_columns
from lapwing.timeparse import anchor as A
from lapwing.timeparse.grammar import ISO_VALUE, find_timexes
from lapwing.timeparse.lexicon import APPROX, NUMBER, parse_number

_INTERVAL = re.compile(
    rf"(?<![\w-])(?:(?:{APPROX}|just|only|barely|exactly|a\s+full|fully)\s+)?"
    rf"(?:(?P<num>{NUMBER}|the|a\s+single)[\s-]+(?P<unit>hour|minute|day|night|week|fortnight|month|year)s?"
    r"|(?P<bare>hours|minutes|moments|days|weeks|months|years|shortly|soon|immediately|right|just))"
    r"\s+(?P<dir>after|before)(?![\w-])",
    re.IGNORECASE,
)
#: What every match of ``_INTERVAL`` holds (its ``dir`` group, with the same flags): a sentence without it has none
_DIRECTION = re.compile(r"after|before", re.IGNORECASE)
#: Tokens that end ``X`` (the clause or phrase after "after" / "before").
_X_END = {",", ";", ":", "--", "—", "–", "(", ")", ".", "!", "?", '"', "”"}
#: Tokens that open another clause: the outer clause does not reach past them.
_OPENERS = {";", "where", "who", "whom", "which", "whose", "while", "whereas", "but", ":", "--", "—", "–"}
_SAME_DAY = {"hour", "minute", "hours", "minutes", "moments", "shortly", "soon", "immediately", "right", "just"}


@dataclass(frozen=True)
class Interval:
    """One "N units after / before X" phrase of a sentence, in token indices."""

    start: int  # first token of the phrase ("a" of "a week after")
    x0: int  # first token of X
    x1: int  # one past the last token of X
    outer0: int  # the outer clause
    outer1: int
    days: float | None  # the interval (None: vague)
    unit: str  # hour, day, week, month, year (vague: days, weeks, months, years)
    sign: int  # -1: X happened before the outer act ("after X"); +1: after it ("before X")


def _unit(m: re.Match) -> tuple[str, float | None]:
    if m["bare"]:
        bare = m["bare"].lower()
        if bare in _SAME_DAY:
            return "hour", 0
        return bare, None  # days, weeks, months, years: vague
    unit = m["unit"].lower()
    num = m["num"].lower()
    n = 1 if num in ("the", "a single") else parse_number(num)
    if unit in ("hour", "minute"):
        return "hour", 0
    if unit == "night":
        unit = "day"
    if unit == "fortnight":
        return "week", None if n is None else 2 * n
    return (unit + "s", None) if n is None else (unit, n)


def _sentence_text(doc: Doc, s0: int, s1: int) -> tuple[int, str]:
    """``(doc[s0].idx, doc[s0:s1].text)`` (``s0 < s1``; an end past the document is its end, as in the slice), cut
    from the shared document text (no Span built)."""
    cols = word_columns(doc)  # (the words alone: the event coder's repaired copy shares the article's)
    base = cols.idx[s0]
    last = min(s1, len(cols.idx)) - 1
    return base, doc_text(doc)[base:cols.idx[last] + len(cols.text[last])]


def intervals(doc: Doc, s0: int, s1: int) -> list[Interval]:
    """The "N units after / before X" phrases of the sentence ``doc[s0:s1]``."""
    if s1 <= s0:
        return []
    base, text = _sentence_text(doc, s0, s1)
    found: list[Interval] = []
    if _DIRECTION.search(text) is None:  # (a cheap search first: most sentences have no "after" nor "before")
        return found
    for m in _INTERVAL.finditer(text):
        span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if span is None:
            continue
        x0 = span.end
        x1 = x0
        while x1 < s1 and doc[x1].text not in _X_END:
            x1 += 1
        if x1 == x0:
            continue  # "the day before." : relative to something earlier in the story, not handled here
        unit, n = _unit(m)
        sign = -1 if m["dir"].lower() == "after" else 1
        lead = [t for t in doc[s0:span.start] if not (t.is_punct or t.lower_ in ("and", "but", "so", "then"))]
        if not lead:  # "A day after meeting X, Lula flew to Luanda, where ...": the clause after X
            o0 = x1 + 1 if x1 < s1 and doc[x1].text == "," else x1
            o1 = o0
            while o1 < s1 and doc[o1].lower_ not in _OPENERS:
                o1 += 1
        else:  # "rescued them on Wednesday, a week after ...": the clause before the phrase
            o1 = span.start
            o0 = o1
            while o0 > s0 and doc[o0 - 1].lower_ not in _OPENERS:
                o0 -= 1
        found.append(Interval(span.start, x0, x1, o0, o1, n, unit, sign))
    return found


def shift(value: str | None, iv: Interval, sign: int | None = None) -> str | None:
    """``value`` (a record date value) moved by the interval: ``sign`` -1 back, +1 forward (default: the
    inner act's direction). The result's precision is the interval's (see the module's doc)."""
    if not value:
        return None
    sign = iv.sign if sign is None else sign
    d = _middle(value)
    if d is None:
        return None
    exact = len(value) == 10
    n = iv.days
    if iv.unit == "hour":
        return value
    if iv.unit == "day":
        moved = d + timedelta(days=sign * round(n))
        return moved.isoformat() if exact else A.week(moved) if len(value) > 7 else _month_of(moved, value)
    if iv.unit == "days":
        return A.week(d + timedelta(days=sign * 3)) if len(value) > 7 else value
    if iv.unit == "week":
        moved = d + timedelta(days=sign * round(7 * n))
        return A.week(moved) if len(value) > 7 else _month_of(moved, value)
    if iv.unit == "weeks":
        moved = d + timedelta(days=sign * 21)
        return A.month(moved.year, moved.month) if len(value) >= 7 else value
    if iv.unit == "month":
        if n != int(n):
            moved = d + timedelta(days=sign * round(30 * n))
            return A.month(moved.year, moved.month) if len(value) >= 7 else str(moved.year)
        y, mo = A.add_months(d.year, d.month, sign * int(n))
        return A.month(y, mo) if len(value) >= 7 else str(y)
    if iv.unit == "months":
        return str((d + timedelta(days=sign * 90)).year)
    if iv.unit == "year" and n == int(n):
        y = d.year + sign * int(n)
        return str(y) if len(value) == 4 else A.month(y, d.month)  # "a year after": the month, not the day
    return None


def _month_of(d: date, value: str) -> str:
    return A.month(d.year, d.month) if len(value) >= 7 else str(d.year)


def _middle(value: str) -> date | None:
    """A representative day of a record date value (the day itself; mid-week, mid-month, mid-year)."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        if "-W" in value:
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 4)
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 15)
        if len(value) == 4:
            return date(int(value), 7, 1)
    except ValueError:
        return None
    return None


# ------------------------------------------------------------------ dated against the story's last date

#: Day anaphors the time grammar leaves alone, with their distance in days from the story's last date.
_DAY_ANAPHOR = re.compile(
    r"(?<![\w-])(?:(?P<next>the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night))"
    r"|(?P<prev>the\s+previous\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+(?:day|night|evening)\s+before(?=\s*(?:[,.;:!?)]|$)))"
    r"|(?P<after>the\s+day\s+after(?=\s*(?:[,.;:!?)]|$)))"
    r"|(?P<same>(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+same\s+(?:day|morning|afternoon|evening|night)|that\s+same\s+(?:day|night)))(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Anaphor:
    """A time expression relative to the story's last date ("two days later", "the next day"), in tokens."""

    start: int
    end: int
    text: str
    days: int | None  # a day anaphor's distance (-1, 0, 1); None: read ``text`` with the time grammar


def day_anaphors(doc: Doc, s0: int, s1: int) -> list[Anaphor]:
    """The day anaphors of the sentence ``doc[s0:s1]`` that the time grammar does not find."""
    if s1 <= s0:
        return []
    base, text = _sentence_text(doc, s0, s1)
    out = []
    for m in _DAY_ANAPHOR.finditer(text):
        span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if span is None:
            continue
        days = 1 if (m["next"] or m["after"]) else -1 if m["prev"] else 0
        out.append(Anaphor(span.start, span.end, span.text, days))
    return out


def resolve_anaphor(a: Anaphor, last: str) -> str | None:
    """The value of ``a`` placed against ``last``, the story's last date before it, no finer than it."""
    if a.days is not None:
        if a.days == 0:
            return last
        return shift(last, Interval(a.start, a.start, a.start, a.start, a.start, abs(a.days), "day",
                                    1 if a.days > 0 else -1))
    d = _middle(last)
    if d is None:
        return None
    found = [t for t in find_timexes(a.text, d) if t.value and t.type in ("DATE", "TIME")]
    if not found:
        return None
    v = found[0].value[:10]
    if len(v) == 10 and len(last) != 10:  # no finer than the last date: a week, month or year
        return _coarsen(date.fromisoformat(v), last)
    return v if ISO_VALUE.fullmatch(v) else None


def _coarsen(d: date, like: str) -> str:
    if "-W" in like:
        return A.week(d)
    if len(like) == 7:
        return A.month(d.year, d.month)
    return str(d.year)
