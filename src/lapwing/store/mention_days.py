"""The days an event mention can have happened on: a first and a last day, and whether its text names that
one day (``precise``), read from the coder's date, its source and the sentence.

* A record date value means a day, an ISO week, a month or a year (:func:`day_interval`).
* An event the coder dated from the publication date or the dateline happened then or up to
  ``UNDATED_DAYS`` before, unless its sentence names one day of the week before publication as a time
  ("seized a tanker smuggling fuel in the Gulf on Friday": the coder hung "on Friday" on the fuel).
* An act in an "N days after ..." clause ("a week after gunmen abducted them") lies that long before the
  day of its sentence, which is the day the coder gives every event of the sentence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from lapwing.schema import ArticleRecord, Event

#: The date of an event coded from the publication date or dateline lies this many days before it at most.
UNDATED_DAYS = 3

_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def day_interval(value: str | None) -> tuple[date | None, date | None]:
    """The first and last day a record date value can mean ("2019-04" is April 1-30)."""
    if not value:
        return None, None
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return d, d
        m = _ISO_WEEK.match(value)
        if m:
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if len(value) == 7:
            y, mo = int(value[:4]), int(value[5:7])
            start = date(y, mo, 1)
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return start, nxt - timedelta(days=1)
        if len(value) == 4:
            y = int(value)
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None, None
    return None, None


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
#: "a week after gunmen abducted them", "two days after shells hit the market", "A day after meeting X",
#: "hours before the truce was signed": the trigger's act, in a clause after "after" or "before" (no comma
#: between: "a week after the vote, police arrested ..." is the main act), lies that long before or after the
#: day the sentence is about, which is the day the coder gives every event of the sentence.
_OFFSET_CLAUSE = re.compile(r"\b(?:(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some)\s+)?"
                            r"(?P<unit>hours?|days?|weeks?|months?)\s+(?P<rel>after|before)\s+(?:[\w'’-]+\s+){0,5}$",
                            re.IGNORECASE)


def _clause_offset(before_trigger: str) -> tuple[int, int] | None:
    """How many days (at least, at most) the act of a trigger in an "N days after ..." clause lies before
    (negative: after, for "before") the day of its sentence; None outside such a clause."""
    m = _OFFSET_CLAUSE.search(before_trigger)
    if m is None:
        return None
    unit = m["unit"].lower().rstrip("s")
    word = (m["n"] or "").lower()
    if not word and not m["unit"].lower().endswith("s"):
        return None  # "talks this week after calls for ...", "failed last week after ...": no lapse of time
    n = int(word) if word.isdigit() else _NUMBERS.get(word)
    if unit == "hour":
        lo, hi = 0, 1
    elif n is None:  # "days after", "several weeks after": more than one, a few
        lo, hi = {"day": (2, 6), "week": (14, 42), "month": (45, 180)}[unit]
    else:
        per = {"day": 1, "week": 7, "month": 30}[unit]
        slack = {"day": 0, "week": 1, "month": 3}[unit] * n
        lo, hi = n * per - slack, n * per + slack
    return (lo, hi) if m["rel"].lower() == "after" else (-hi, -lo)


#: A day after these words is the bound of a span or a deadline, not the day something happened.
_SPAN_BEFORE = re.compile(r"\b(?:since|until|till|by|from|through|effective|before|after)\s+(?:the\s+)?$", re.IGNORECASE)
#: How many days before its publication the one day a sentence names may lie to date its undated event.
SENTENCE_DAY_WINDOW = 7


def _sentence_day(record: ArticleRecord, e: Event, published: date) -> date | None:
    """The one day of the week before publication that the event's sentence names as a time, for an event
    the coder dated from the publication date ("The Guards seized a tanker smuggling fuel in the Gulf on
    Friday": the coder hung "on Friday" on the fuel). None when the sentence names no such day or several,
    or names it as a bound ("since February 1", "until Feb. 4")."""
    text = record.article.text
    days = set()
    for d in record.dates:
        if not (e.sentence.start <= d.start and d.end <= e.sentence.end) or d.rule == "dateline" \
                or not d.value or len(d.value) != 10:
            continue
        try:
            day = date.fromisoformat(d.value)
        except ValueError:
            continue
        if 0 <= (published - day).days <= SENTENCE_DAY_WINDOW and \
                not _SPAN_BEFORE.search(text[max(e.sentence.start, d.start - 20):d.start]):
            days.add(day)
    return days.pop() if len(days) == 1 else None


def event_days(record: ArticleRecord, e: Event) -> tuple[date | None, date | None, bool]:
    """The first and last day the event can have happened on, and whether its text names that one day."""
    d0, d1 = day_interval(e.date)
    precise = e.date_source == "text" and d0 is not None and d0 == d1
    if e.date_source in ("published", "dateline") and d1 is not None:
        named = _sentence_day(record, e, d1)
        if named is not None:
            d0 = d1 = named
        else:
            d0 = d1 - timedelta(days=UNDATED_DAYS)  # reported on that day: it happened then or shortly before
    offset = _clause_offset(record.article.text[e.sentence.start:e.trigger.start]) if d0 is not None else None
    if offset is not None and d0 is not None and d1 is not None:
        lo, hi = offset
        d0, d1 = d0 - timedelta(days=hi), d1 - timedelta(days=lo)
        precise = precise and lo == hi
    return d0, d1, precise
