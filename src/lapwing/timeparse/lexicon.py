"""Words of English time expressions: months, weekdays, number words, units.

Everything here is data plus tiny parsers; the patterns that use it are in
:mod:`lapwing.timeparse.grammar`.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
MONTH_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
#: A month name, full or abbreviated (abbreviations may carry a full stop).
MONTH = rf"(?:{MONTH_FULL}|(?:{MONTH_ABBR})\.?)(?![A-Za-z])"
#: A month name that can stand alone: full, or abbreviated with its full stop.
MONTH_ALONE = rf"(?:{MONTH_FULL}|(?:{MONTH_ABBR})\.)(?![A-Za-z])"

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."

#: Day of month, 1-31, optional ordinal suffix.
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
#: A four-digit year 1000-2099 (only used next to a month or other date word).
YEAR = r"(?:1\d{3}|20\d{2})(?![\d,.]\d|-\d)"

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: Months at which each season starts (northern hemisphere, as TimeML).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
ORDINAL_QUARTER = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
ORDINAL_CENTURY = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)"
)

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SMALL_RE = "|".join(sorted(_SMALL, key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
#: A cardinal written in words, up to "nine hundred ninety-nine".
NUMBER_WORD = (
    rf"(?:(?:{_SMALL_RE}|a)\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TENS_RE})(?:[\s-](?:{_SMALL_RE}))?|{_SMALL_RE}))?"
    rf"|(?:{_TENS_RE})(?:[\s-](?:{_SMALL_RE}))?|{_SMALL_RE})(?![A-Za-z])"
)
#: Vague quantities: value unknown ("X" in TimeML values).
VAGUE = r"(?:a\s+few|few|several|many|some|a\s+number\s+of|dozens\s+of|hundreds\s+of|a\s+couple\s+of\s+dozen)"
#: A quantity of time units: digits, words, fractions, "a", "a couple of", vague words.
NUMBER = (
    r"(?:\d+\s+1/2|\d+(?:\.\d+)?|one\s+and\s+a\s+half|a\s+couple\s+of|couple\s+of|a\s+dozen|"
    rf"half\s+an?|{NUMBER_WORD}|{VAGUE}|an?(?![A-Za-z]))"
)

UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ies))(?:s)?(?![A-Za-z])"
#: TimeML duration letters per unit (time units carry a T prefix).
UNIT_CODE: dict[str, tuple[str, str]] = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"), "night": ("", "D"),
    "week": ("", "W"), "fortnight": ("", "W"), "month": ("", "M"), "quarter": ("", "Q"), "year": ("", "Y"),
    "decade": ("", "DE"), "century": ("", "CE"),
}
#: How many of the base unit one unit is (fortnight = 2 weeks).
UNIT_FACTOR = {"fortnight": 2}

#: Words that make the quantity approximate; kept inside the expression as TimeML does.
APPROX = (
    r"(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|"
    r"at\s+least|at\s+most|up\s+to|barely|well\s+over|fewer\s+than|no\s+more\s+than)"
)


def unit_name(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") else w


#: compiled once (session 34, round ex66: ``re.search(pattern, ...)`` read ``re``'s cache at each call)
_VAGUE = re.compile(VAGUE)
_AND_A_HALF = re.compile(r"(\d+) 1/2")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def parse_number(text: str) -> float | None:
    """The value of a NUMBER match; ``None`` for vague quantities ("several", "a few")."""
    s = " ".join(text.lower().replace("-", " ").split())
    if _VAGUE.fullmatch(s):
        return None
    if s in ("a", "an"):
        return 1
    if s in ("a couple of", "couple of"):
        return 2
    if s == "a dozen":
        return 12
    if s.startswith("half"):
        return 0.5
    if s == "one and a half":
        return 1.5
    m = _AND_A_HALF.fullmatch(s)
    if m:
        return int(m.group(1)) + 0.5
    if _DECIMAL.fullmatch(s):
        f = float(s)
        return int(f) if f.is_integer() else f
    total = 0
    current = 0
    for w in s.split():
        if w == "and":
            continue
        if w in _SMALL:
            current += _SMALL[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "a":
            current += 1
        else:
            return None
    total += current
    return total


def word_year(text: str) -> int | None:
    """Years said in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand"."""
    s = " ".join(text.lower().replace("-", " ").split())
    m = re.fullmatch(r"(nineteen|eighteen) (.+)", s)
    if m:
        rest = parse_number(m.group(2))
        if rest is None or not 0 <= rest < 100:
            return None
        return (1900 if m.group(1) == "nineteen" else 1800) + int(rest)
    m = re.fullmatch(r"(?:the year )?two thousand(?: and)?(?: (.+))?", s)
    if m:
        rest = parse_number(m.group(1)) if m.group(1) else 0
        if rest is None or not 0 <= rest < 100:
            return None
        return 2000 + int(rest)
    return None
