"""The days an event mention can have happened on: a first and a last day, and whether its text names that
one day (``precise``), read from the coder's date, its source and the sentence.

* A record date value means a day, an ISO week, a month or a year (:func:`day_interval`).
* An event in a "when" clause after a time ("since June, when Israeli jets bombed ...") happened at that
  time: a report recalls it as background, whatever day the rest of the sentence gives.
* An event the coder dated from the publication date or the dateline happened then or up to
  ``UNDATED_DAYS`` before, unless its sentence names one day of the week before publication as a time
  ("seized a tanker smuggling fuel in the Gulf on Friday": the coder hung "on Friday" on the fuel).
* An act told inside a direct quotation and dated by the day of the saying, named outside it, happened that day or up
  to ``UNDATED_DAYS`` before (:func:`said_on_the_day`; round cl70, brought to main in round cl72).
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


#: A time followed by a clause that tells what happened then: "the first on Beirut since June, when Israeli jets
#: bombed a drone workshop", "in 2023, when gunmen stormed the hotel".
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
#: The end of that clause: "since June, when talks began, jets bombed the workshop" dates the talks, not the raid.
_CLAUSE_END = re.compile(r"[.,;:]")


def _recalled_time(record: ArticleRecord, e: Event) -> str | None:
    """The date value of the time a "when" clause holding the event's trigger recalls ("Sunday's strike was the
    first since June, when Israeli jets bombed a drone workshop": June, not Sunday). A background event a
    report recalls is dated by the time it names, never by the day of the news the sentence also gives.
    None when the trigger is in no such clause (a comma or a full stop ends it), or another time lies between."""
    text, t = record.article.text, e.trigger.start
    best = None
    for d in record.dates:
        if not (e.sentence.start <= d.start and d.end <= t) or not d.value or d.rule == "dateline":
            continue
        m = _WHEN_AFTER.match(text, d.end)
        if m and not _CLAUSE_END.search(text, m.end(), t) and not any(d.end < o.start < t for o in record.dates):
            best = d.value
    return best


_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5,
           "second": 2, "third": 3, "fourth": 4, "fifth": 5}
#: A meeting's length in days, as its sentence gives it: "a three-day visit", "two days of talks", "the talks
#: entered a second day".
_LASTING = re.compile(r"\b(two|three|four|five|[2-5])[- ]day\b|\b(two|three|four|five|[2-5]) days of\b"
                      r"|\b(second|third|fourth|fifth) day\b", re.IGNORECASE)
#: Meetings, visits and talks (CAMEO root 04): they may last several days.
CONSULT_ROOT = "04"


def lasting_days(record: ArticleRecord, e: Event) -> int:
    """How many days a meeting lasts by its own sentence (1 when it does not say, or names two lengths)."""
    if not e.cameo.startswith(CONSULT_ROOT):
        return 1
    found = {_NUMBER[next(g for g in m.groups() if g).lower()]
             for m in _LASTING.finditer(record.article.text, e.sentence.start, e.sentence.end)}
    return found.pop() if len(found) == 1 else 1


def event_days(record: ArticleRecord, e: Event) -> tuple[date | None, date | None, bool]:
    """The first and last day the event can have happened on, and whether its text names that one day. A
    meeting whose sentence says it lasts n days ("three days of negotiations ended on Wednesday") spans the
    n - 1 days either side of its date: the day given may be its first, its last or one between."""
    d0, d1, precise = _event_days(record, e)
    n = lasting_days(record, e)
    if n > 1 and d0 is not None and d1 is not None:
        return d0 - timedelta(days=n - 1), d1 + timedelta(days=n - 1), False
    if d0 is not None and the_day_before(record, e):
        return d0 - timedelta(days=1), d1, False
    if d0 is not None and d1 is not None and recalled_in_a_relative_clause(record, e):
        return d1 - timedelta(days=UNDATED_DAYS), d1, False
    return d0, d1, precise


#: A passive relative clause that recalls what befell the person or thing just named: "demanded on Monday the release
#: of the journalist, who was arrested in Harare at the weekend", "condemned the seizure of the tanker, which was
#: boarded by commandos". Its trigger follows the relative pronoun and its auxiliary.
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$",
                              re.IGNORECASE)
#: A day of its own the clause names after its trigger: then the coder read it, and it stands.
_OWN_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|"
                      r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.IGNORECASE)


def recalled_in_a_relative_clause(record: ArticleRecord, e: Event) -> bool:
    """The event is told in a passive relative clause ("..., who was arrested in Harare at the weekend") that names
    no day of its own: the day the coder gave is the main clause's (the demand's, on Monday), and the act it recalls
    happened on that day or up to ``UNDATED_DAYS`` before."""
    text = record.article.text
    return _RELATIVE_BEFORE.search(text, max(e.sentence.start, e.trigger.start - 40), e.trigger.start) is not None \
        and _OWN_DAY.search(text, e.trigger.end, e.sentence.end) is None


#: A day told relative to another the sentence names: "premiums rose on Wednesday after pirates hijacked the tanker the
#: previous day", "praised Russia on Wednesday for its veto the day before". The coder may date the act by the day
#: the sentence names (the reaction's) or by the day before: the act happened on that day or the one before it.
_DAY_BEFORE = re.compile(r"\b(?:the\s+(?:previous|preceding)\s+day|the\s+day\s+before|a\s+day\s+(?:earlier|before))\b",
                         re.IGNORECASE)


def the_day_before(record: ArticleRecord, e: Event) -> bool:
    """The event's sentence says, after its trigger, that it happened the day before another day."""
    return _DAY_BEFORE.search(record.article.text, e.trigger.end, e.sentence.end) is not None


#: A night spans two days, and outlets date it by either: "on Tuesday night", "last night" begin on the day they
#: name (the coder dates "last night" the day before publication); "overnight", "before dawn", "in the early hours"
#: end on it (the coder dates them by the day of the statement or of the publication).
_NIGHT_FROM = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|last)\s+night\b", re.IGNORECASE)
_NIGHT_TO = re.compile(r"\b(?:overnight|before dawn|in the early hours)\b", re.IGNORECASE)


def night_of(record: ArticleRecord, e: Event) -> int:
    """Whether the event's sentence tells it happened at night: 1 when the night begins on the day the coder gave
    ("on Tuesday night", "last night"), -1 when it ends on it ("overnight", "before dawn"), 0 when it says no night,
    or both. A report of the night of Monday to Tuesday may be dated by either day: one attack, not two
    (:func:`lapwing.store.evidence.date_agreement`); the day given stays the mention's day."""
    text = record.article.text[e.sentence.start:e.sentence.end]
    after, before = _NIGHT_FROM.search(text) is not None, _NIGHT_TO.search(text) is not None
    return 0 if after == before else (1 if after else -1)


#: A verb in the present progressive before the trigger: "Protesters are blocking the Ikorodu Road", "Officers are
#: firing tear gas": a live report of what happens as it is written.
_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+(?:still\s+|now\s+)?$", re.IGNORECASE)


def happening_now(record: ArticleRecord, e: Event) -> bool:
    """The event is told in the present progressive and dated by the coder from the publication ("lorry drivers are
    protesting on the highway this afternoon"): a live report of what happens on the day it is published."""
    text = record.article.text
    return e.date_source in ("published", "dateline") and e.trigger.text.lower().endswith("ing") and \
        _PROGRESSIVE.search(text, max(e.sentence.start, e.trigger.start - 16), e.trigger.start) is not None


def said_on_the_day(record: ArticleRecord, e: Event) -> bool:
    """The event is told inside a speaker's direct quotation and the coder dated it by a day named only outside that
    quotation, the day it was said ("\"The rebels attacked the village in the night,\" the army spokesman said on
    Saturday"): the act happened that day or up to ``UNDATED_DAYS`` before, as an act dated by its report does."""
    if e.date_source != "text" or not e.date or len(e.date) != 10:
        return False
    quote = next((q for q in record.quotes if q.kind == "direct" and q.start <= e.trigger.start < q.end), None)
    if quote is None:
        return False
    named = [d for d in record.dates if d.value == e.date and e.sentence.start <= d.start < e.sentence.end
             and d.rule != "dateline"]
    return bool(named) and all(not (quote.start <= d.start < quote.end) for d in named)


def _event_days(record: ArticleRecord, e: Event) -> tuple[date | None, date | None, bool]:
    recalled = _recalled_time(record, e)
    if recalled is not None:
        d0, d1 = day_interval(recalled)
        return d0, d1, d0 is not None and d0 == d1
    d0, d1 = day_interval(e.date)
    precise = e.date_source == "text" and d0 is not None and d0 == d1
    if precise and d1 is not None and said_on_the_day(record, e):
        return d1 - timedelta(days=UNDATED_DAYS), d1, False
    if e.date_source in ("published", "dateline") and d1 is not None:
        named = _sentence_day(record, e, d1)
        if named is not None:
            d0 = d1 = named
        else:
            d0 = d1 - timedelta(days=UNDATED_DAYS)  # reported on that day: it happened then or shortly before
    return d0, d1, precise
