"""Rules for references to the present, past or future ("now", "recently", "the near future") and
durations ("two years", "several months", "decades")."""

from __future__ import annotations

import re

from lapwing.timeparse.grammar.core import (
    _cand,
    _next_word,
    _prev_word,
    _rule,
)
from lapwing.timeparse.lexicon import (
    APPROX,
    NUMBER,
    UNIT,
    UNIT_CODE,
    UNIT_FACTOR,
    parse_number,
    unit_name,
)


#: compiled once (session 34, round ex66: ``re.search(pattern, ...)`` read ``re``'s cache at each call)
_AGE_END = re.compile(r"old$", re.I)
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_RATE_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[a-z]+\s+){0,2}[a-z]+s\s+$")


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
    if _AGE_END.search(m.group(0)):
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
                    "cents", "dollars", "pounds", "euros") or _DIGIT_BEFORE.search(text[max(0, m.start() - 3):m.start()]) \
                or _RATE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
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
