"""Calendar arithmetic: placing a relative expression against the publication date.

``direction`` values used throughout:

* ``"past"``    the most recent instance on or before the anchor (past-tense report);
* ``"future"``  the next instance on or after the anchor (future tense): a weekday may be the anchor's
  own day ("will meet on Tuesday" in a Tuesday story), months and explicit days likewise;
* ``"last"`` / ``"next"``  an explicit modifier: strictly before / strictly after;
* ``"this"``    the instance in the anchor's own week / year;
* ``None``      no cue: the nearest instance (ties go to the past).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

Direction = str | None
#: How far (days) a tense cue may push a month-and-day without year from the anchor.
MAX_TENSED_DAYS = 300


def parse_anchor(value: object) -> date | None:
    """The calendar day of a publication date (``YYYY-MM-DD`` or an ISO date-time); None if unusable.

    The local day written in the value is kept (an offset is never converted), so "on Tuesday"
    is read against the day the publisher printed.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    if len(s) < 10:
        return None
    try:
        d = date.fromisoformat(s[:10])
    except ValueError:
        try:
            d = datetime.fromisoformat(s).date()
        except ValueError:
            return None
    return d if 1000 <= d.year <= 2999 else None


def parse_hour(value: object) -> float | None:
    """The clock time (hours, minutes as a fraction) written in a publication date-time, or None.

    A bare date, or a date-time at exactly midnight (what feeds write when they know no time), gives
    None: only a time the publisher printed can say that an act of the day was still to come.
    """
    if isinstance(value, datetime):
        h, mi = value.hour, value.minute
    elif isinstance(value, str) and len(value.strip()) >= 16 and value.strip()[10] in "T ":
        m = value.strip()
        try:
            h, mi = int(m[11:13]), int(m[14:16])
        except ValueError:
            return None
    else:
        return None
    if not (0 <= h <= 23 and 0 <= mi <= 59) or (h, mi) == (0, 0):
        return None
    return h + mi / 60


#: When a part of the day begins (hours): an act "on Sunday night" cannot have happened yet in a story
#: printed on Sunday before it begins. Morning is absent: it begins before any morning paper.
PART_STARTS = {"AF": 12.0, "EV": 17.0, "NI": 20.0}


#: How many hours after the printing time an act must be timed to count as not yet happened: the time
#: printed and the time told may be of different zones.
NOT_YET_MARGIN = 6.0


def not_yet(anchor: date, hour: float | None, d: date, starts_at: float | None) -> bool:
    """Was the time ``starts_at`` of day ``d`` still to come when the story was printed at ``hour``?"""
    return hour is not None and starts_at is not None and d == anchor and starts_at - hour >= NOT_YET_MARGIN


def day(d: date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def days_in_month(m: int) -> int:
    """Longest the month can be (February: 29)."""
    return (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]


def quarter_of(m: int) -> int:
    return (m - 1) // 3 + 1


def weekday(anchor: date, wd: int, direction: Direction) -> date:
    """The day named ``wd`` (Monday = 0) relative to ``anchor``."""
    cur = anchor.weekday()
    if direction == "next":
        delta = (wd - cur) % 7 or 7
    elif direction == "future":
        # "will meet on Tuesday" in a story of Tuesday: later that day (news names the day, not "today")
        delta = (wd - cur) % 7
    elif direction == "last":
        delta = -((cur - wd) % 7 or 7)
    elif direction == "this":
        delta = wd - cur
    else:  # past, or no cue: news mostly reports what has happened
        delta = -((cur - wd) % 7)
    return anchor + timedelta(days=delta)


def year_for_month(anchor: date, m: int, direction: Direction) -> int:
    """The year of the month ``m`` meant relative to ``anchor``."""
    y, cur = anchor.year, anchor.month
    if direction == "past":
        return y if m <= cur else y - 1
    if direction == "future":
        return y if m >= cur else y + 1
    if direction == "last":
        # "last April" said in October is this April; "last February" said in March is a year back
        # (the month just gone would be "last month")
        return y if m < cur - 1 else y - 1
    if direction == "next":
        return y if m > cur else y + 1
    if direction == "this":
        return y
    # nearest; ties go to the past
    best = min((abs((yy * 12 + m) - (y * 12 + cur)), 0 if yy <= y else 1, yy) for yy in (y - 1, y, y + 1))
    return best[2]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_day(anchor: date, m: int, d: int, direction: Direction) -> date | None:
    """The date ``m``/``d`` (no year given) relative to ``anchor``."""
    cands = [c for c in (_safe_date(y, m, d) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if c]
    if not cands:
        return None
    # A tense cue is trusted up to ~10 months away: "payable Dec. 1" in a past-tense sentence
    # written in late October is this December, not last year's.
    if direction in ("past", "last"):
        before = [c for c in cands if c <= anchor and not (direction == "last" and c == anchor)]
        if before and (anchor - before[-1]).days <= MAX_TENSED_DAYS:
            return before[-1]
    elif direction in ("future", "next"):
        after = [c for c in cands if c >= anchor and not (direction == "next" and c == anchor)]
        if after and (after[0] - anchor).days <= MAX_TENSED_DAYS:
            return after[0]
    elif direction == "this":
        same = [c for c in cands if c.year == anchor.year]
        if same:
            return same[0]
    return min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))


def season_year(anchor: date, code: str, direction: Direction) -> int:
    """The year of a season (TimeML writes winter with the year it starts in)."""
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    spans = []
    for y in range(anchor.year - 2, anchor.year + 2):
        start = date(y, first, 1)
        ey, em = add_months(y, first, 3)
        spans.append((y, start, date(ey, em, 1)))  # end exclusive
    if direction == "last":
        return max(y for y, _, end in spans if end <= anchor)
    if direction == "next":
        return min(y for y, start, _ in spans if start > anchor)
    for y, start, end in spans:
        if start <= anchor < end:
            return y  # we are in it: "this summer", "the summer"
    if direction == "past":
        return max(y for y, start, _ in spans if start <= anchor)
    if direction == "future":
        return min(y for y, start, _ in spans if start > anchor)
    if direction == "this" or direction is None:
        # the instance of this calendar year (winter: the one starting in December)
        return anchor.year if code != "WI" or anchor.month >= 6 else anchor.year - 1
    return anchor.year


def quarter(anchor: date, q: int, direction: Direction) -> str:
    """``YYYY-Qn`` for "the third quarter" said at ``anchor``."""
    cur = quarter_of(anchor.month)
    y = anchor.year
    if q > cur and direction not in ("future", "next", "this"):
        y -= 1  # results for a quarter not yet begun this year: last year's
    return f"{y:04d}-Q{q}"


def shift_quarter(y: int, q: int, k: int) -> tuple[int, int]:
    t = y * 4 + (q - 1) + k
    return t // 4, t % 4 + 1
