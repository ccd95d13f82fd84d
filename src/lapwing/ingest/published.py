"""Publication dates (``published``)
    The value is normalised to ISO 8601 by this exact rule:

    1. missing, ``null`` or blank: no date, no warning;
    2. a JSON number, or a string of digits, with 9 to 13 integer digits: a Unix timestamp in
       seconds (milliseconds when it is above 10^11), written as a UTC date-time
       ``YYYY-MM-DDTHH:MM:SS+00:00`` (other numbers are not dates);
    3. an ISO 8601 string Python reads (``2019-04-30``, ``20190430``, ``2019-04-30T19:45:00-04:00``,
       ``2019-04-30 19:45Z``, ...): a date stays a date (``YYYY-MM-DD``); a date-time becomes
       ``YYYY-MM-DDTHH:MM:SS`` plus its UTC offset if it had one (``Z`` is written ``+00:00``);
       fractions of a second are dropped; the offset is kept, never converted, so the local
       calendar day (the anchor for "on Tuesday") is unchanged;
    4. an RFC 2822 date (RSS ``pubDate``: ``Tue, 30 Apr 2019 14:05:00 GMT``): as in 3, as a
       date-time with its offset (no offset when it is ``-0000``);
    5. any other absolute date with day, month and year (``April 30, 2019``, ``30.04.2019 10:00``)
       read by dateparser: a date-time when the text had a time of day, else a date. Numeric dates
       are read month first, as dateparser does for English (``04/05/2019`` is April 5). Relative
       expressions (``yesterday``) and partial dates (``April 2019``, ``2019-04``) are not accepted:
       they cannot anchor the article's relative dates;
    6. a year outside 1900 to 2100 is rejected.

    Anything else leaves ``published`` empty and adds the warning
    ``published date 'VALUE' could not be parsed: left empty`` (the article is still analysed).
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Any


_ISO_DATE = re.compile(r"\d{4}-?\d{2}-?\d{2}")
_DIGITS = re.compile(r"\d{9,13}")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")


def _plausible(d: date) -> bool:
    return 1900 <= d.year <= 2100


def _fmt_datetime(dt: datetime) -> str:
    return dt.replace(microsecond=0).isoformat(timespec="seconds")


def _from_timestamp(value: float) -> str | None:
    if not 1e8 <= value < 1e13:  # 9 to 13 integer digits: seconds or milliseconds since 1970
        return None
    if value > 1e11:
        value /= 1000.0
    try:
        dt = datetime.fromtimestamp(value, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return _fmt_datetime(dt) if _plausible(dt) else None


@lru_cache(maxsize=1)
def _dateparser():
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_TIME_AS_PERIOD": True,
        },
    )


def _parse_published(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _from_timestamp(float(value))
    if not isinstance(value, str):
        return None
    s = value.strip()
    if _DIGITS.fullmatch(s):
        return _from_timestamp(float(s))
    if _ISO_DATE.fullmatch(s):
        try:
            d = date.fromisoformat(s)
        except ValueError:
            return None
        return d.isoformat() if _plausible(d) else None
    if len(s) > 200:
        return None
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        dt = None
    if dt is None and ("," in s or re.match(r"\d{1,2} [A-Za-z]{3} \d{4}", s)):
        try:
            dt = email.utils.parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            dt = None
    if dt is not None:
        return _fmt_datetime(dt) if _plausible(dt) else None
    if not re.search(r"\d", s):
        return None
    try:
        data = _dateparser().get_date_data(s)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    dt = data.date_obj
    if dt is None or not _plausible(dt):
        return None
    if data.period == "time" or _HAS_TIME.search(s):
        return _fmt_datetime(dt)
    return dt.date().isoformat()


def normalise_published(value: Any) -> tuple[str | None, str | None]:
    """``(iso_value_or_None, warning_or_None)`` by the rule in this module's docstring."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    iso = _parse_published(value)
    if iso is not None:
        return iso, None
    shown = value if isinstance(value, str) else repr(value)
    shown = " ".join(str(shown).split())
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return None, f"published date '{shown}' could not be parsed: left empty"
