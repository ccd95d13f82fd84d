"""Numbers: digits and words ("1,500", "twenty-five", "two dozen", "tens of thousands"), vague
quantities with their least plural value, approximations ("about", "at least") and ranges."""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from lapwing.extract.docfacts import token_columns

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# vague plurals: least plural value
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000}
APPROX = [
    ("no", "fewer", "than"), ("no", "less", "than"), ("more", "than"), ("fewer", "than"), ("less", "than"),
    ("at", "least"), ("at", "most"), ("up", "to"), ("as", "many", "as"), ("close", "to"), ("upwards", "of"),
    ("in", "excess", "of"), ("well", "over"), ("just", "over"), ("just", "under"), ("an", "estimated"),
    ("nearly",), ("almost",), ("about",), ("around",), ("roughly",), ("approximately",), ("some",), ("over",),
    ("under",), ("estimated",), ("perhaps",), ("possibly",),
]
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$|^\d+\.\d+$")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
CURRENCY_BEFORE = {"$", "€", "£", "¥", "us$", "usd", "eur", "gbp", "rs", "rs.", "ksh", "n", "€", "a$", "c$", "hk$"}
NOT_COUNTED_AFTER = {
    # money
    "dollars", "dollar", "euros", "euro", "pounds", "yuan", "rupees", "naira", "shillings", "francs", "yen", "rubles",
    "roubles", "cents", "pesos", "rand", "dinars", "riyals", "lira", "usd", "eur",
    # percentages, shares
    "%", "percent", "per", "percentage", "pct", "basis",
    # times and dates
    "a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs", "bc", "ad",
    # measures
    "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "m", "feet",
    "ft", "tonnes", "tons", "tonne", "kg", "kilograms", "grams", "degrees", "mph", "kph", "hectares", "acres",
    "square", "barrels", "litres", "liters", "gallons", "magnitude", "km/h",
    # durations
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "nights",
    # scores, votes, results
    "votes", "seats", "points", "goals", "runs", "wins", "losses", "times", "terms", "rounds",
}
ID_BEFORE = {
    "flight", "route", "highway", "resolution", "article", "section", "chapter", "no", "no.", "number", "room",
    "apollo", "g", "call", "precinct", "division", "brigade", "battalion", "regiment", "squadron", "unit", "level",
    "phase", "stage", "day", "season", "episode", "page", "line", "bus", "gate", "platform", "terminal", "paragraph",
    "clause", "item", "version", "channel", "district", "ward", "block", "street", "avenue", "road", "interstate",
    "code", "model", "type", "series", "group", "act", "bill", "law", "decree", "amendment", "year", "class", "grade",
    "mark", "covid", "covid-", "world",
}
AGE_BEFORE = {"aged", "age", "ages"}
DEFINITE = {"the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "all"}
AUX_WORDS = {"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "remain", "remained", "remains",
             "still", "later", "also", "reportedly", "all", "allegedly", "then", "reported", "believed", "feared",
             "thought", "presumed", "said", "to", "being", "now", "already", "subsequently", "eventually", "each",
             "either", "both", "will", "would", "could", "may", "might", "had", "not", "left", "are", "get", "got"}


@dataclass
class Quantity:
    start: int  # first token (approximation included)
    end: int  # token after the number ("of" not included)
    value: float | int
    approximation: str | None
    of_end: int  # token after a trailing "of" ("hundreds of"), else == end
    vague: bool = False


def _num_value(tok: str) -> float | int | None:
    t = tok.replace(",", "")
    try:
        v = float(t)
    except ValueError:
        return None
    return int(v) if v.is_integer() else v


def _word_number(doc: Doc, i: int, end: int) -> tuple[float | int, int] | None:
    """A spelled-out number starting at token i: (value, index after it)."""
    total, current, j, seen = 0, 0, i, False
    while j < end:
        w = doc[j].lower_
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:  # 'twenty-five' kept as one token
            current += TENS[parts[0]] + UNITS[parts[1]]
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
            # 'twenty - five' split by the tokenizer
            if j + 2 < end and doc[j + 1].text == "-" and doc[j + 2].lower_ in UNITS:
                current += UNITS[doc[j + 2].lower_]
                j += 2
        elif w in SCALES and seen:
            if SCALES[w] == 100:
                current *= 100
            else:
                total += current * SCALES[w]
                current = 0
        elif w == "and" and seen and j + 1 < end and (doc[j + 1].lower_ in UNITS or doc[j + 1].lower_ in TENS) \
                and (current >= 100 or total):
            pass
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


def _quantity_at(doc: Doc, i: int, end: int) -> Quantity | None:
    """A number expression whose number starts at token i (approximation found separately)."""
    w = doc[i].lower_
    value: float | int | None = None
    j = i + 1
    approx = None
    vague = False
    if _DIGITS.match(doc[i].text):
        value = _num_value(doc[i].text)
        if j < end and doc[j].lower_ in SCALES and doc[j].lower_ != "hundred":
            value = value * SCALES[doc[j].lower_]
            value = int(value) if float(value).is_integer() else value
            j += 1
        elif "." in doc[i].text:
            return None  # a decimal without a scale is a measure, not a count
    elif w in ("a", "an") and i + 1 < end and doc[i + 1].lower_ in ("dozen", "hundred", "thousand", "million", "score"):
        value = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "score": 20}[doc[i + 1].lower_]
        j = i + 2
    elif w == "half" and i + 2 < end and doc[i + 1].lower_ == "a" and doc[i + 2].lower_ in ("million", "dozen"):
        value = 500_000 if doc[i + 2].lower_ == "million" else 6
        j = i + 3
    elif w in ("several", "few") and i + 1 < end and doc[i + 1].lower_ in ("hundred", "thousand", "dozen", "million"):
        base = {"hundred": 100, "thousand": 1000, "dozen": 12, "million": 1_000_000}[doc[i + 1].lower_]
        value = 3 * base
        lead = "a few" if (w == "few" and i > 0 and doc[i - 1].lower_ == "a") else w
        approx = f"{lead} {doc[i + 1].lower_}"
        j = i + 2
    elif w == "tens" and i + 2 < end and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in ("thousands", "millions"):
        value = 20_000 if doc[i + 2].lower_ == "thousands" else 20_000_000
        approx, vague, j = f"tens of {doc[i + 2].lower_}", True, i + 3
    elif w == "hundreds" and i + 2 < end and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in ("thousands", "millions"):
        value = 200_000 if doc[i + 2].lower_ == "thousands" else 200_000_000
        approx, vague, j = f"hundreds of {doc[i + 2].lower_}", True, i + 3
    elif w in VAGUE:
        value, approx, vague = VAGUE[w], w, True
    else:
        wn = _word_number(doc, i, end)
        if wn is None:
            return None
        value, j = wn
    if value is None:
        return None
    # 'two dozen'
    if j < end and doc[j].lower_ == "dozen" and not vague:
        value, j = value * 12, j + 1
    of_end = j
    if j < end and doc[j].lower_ == "of" and (vague or w in ("dozens", "scores")):
        of_end = j + 1
        if approx and not approx.endswith(" of"):
            approx = f"{approx} of"
    return Quantity(i, j, value, approx, of_end, vague)


def _approx_before(doc: Doc, i: int, lo: int) -> tuple[int, str | None]:
    words = token_columns(doc).lower[max(lo, i - 3) : i]  # (the shared column: read only)
    for phrase in APPROX:
        n = len(phrase)
        if len(words) >= n and tuple(words[-n:]) == phrase:
            start = i - n
            # 'an estimated' / 'some' / 'about' ... ; 'a further' is no approximation
            return start, " ".join(phrase)
    return i, None

#: first words of a quantity other than digits and number words (see :func:`_quantity_at`)
_QUANTITY_STARTS = frozenset({"a", "an", "half", "several", "few", "tens", "hundreds"})


@lru_cache(maxsize=65536)  # asked for every token of every article: words repeat
def _may_start_quantity(lower: str, text: str) -> bool:
    """False when :func:`_quantity_at` surely finds nothing at a token (most tokens): checked first,
    on the token's strings, so that the full test runs at number-like tokens only."""
    if lower in _QUANTITY_STARTS or lower in VAGUE or lower in UNITS or lower in TENS or _DIGITS.match(text):
        return True
    parts = lower.split("-")
    return len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS


def _start_positions(doc: Doc) -> list[int]:
    """The positions of ``doc`` where :func:`_may_start_quantity` holds, in order, found once per document
    (the document asked about last is remembered: the counts extractor asks once per sentence)."""
    ref, n, got = _LAST_STARTS
    if ref is not None and ref() is doc and n == len(doc):
        return got
    cols = token_columns(doc)
    # a token's lower-case form is its lexeme's, so the answer depends on its text alone: remembered per text
    memo = _MAY_START
    flags = list(map(memo.get, cols.text))
    if None in flags:
        if len(memo) > 200_000:
            memo.clear()
        for k, (low, text) in enumerate(zip(cols.lower, cols.text)):
            if flags[k] is None:
                flags[k] = memo[text] = _may_start_quantity(low, text)
    got = [k for k, ok in enumerate(flags) if ok]
    _LAST_STARTS[:] = [weakref.ref(doc), len(doc), got]
    return got


_LAST_STARTS: list = [None, 0, []]
#: a token's text -> :func:`_may_start_quantity` of it, across documents
_MAY_START: dict[str, bool] = {}


def find_quantities(doc: Doc, sent: Span) -> list[Quantity]:
    out: list[Quantity] = []
    starts = _start_positions(doc)
    k = bisect_left(starts, sent.start)
    i = sent.start
    while i < sent.end:
        while k < len(starts) and starts[k] < i:
            k += 1
        if k == len(starts) or starts[k] >= sent.end:
            break  # no token from i to the sentence's end may start a quantity
        i = starts[k]
        q = _quantity_at(doc, i, sent.end)
        if q is None:
            i += 1
            continue
        start, approx = _approx_before(doc, i, sent.start)
        if i > sent.start and doc[i - 1].lower_ in ("a",) and doc[i].lower_ == "few":
            start = i - 1
        if approx:
            q.approximation = approx if q.approximation is None else f"{approx} {q.approximation}"
        # a range: 'three to four', '10 or 12', '20-30' is counted by its lower bound
        between = i > sent.start and doc[i - 1].lower_ == "between"
        if q.end + 1 < sent.end and (doc[q.end].lower_ in ("to", "or") or between and doc[q.end].lower_ == "and") \
                and not q.vague:
            q2 = _quantity_at(doc, q.end + 1, sent.end)
            if q2 is not None and not q2.vague and q2.value > q.value:
                rng = f"{doc[i].text} {doc[q.end].lower_} {doc[q.end + 1 : q2.end].text}".lower()
                if between:
                    rng, q.start = f"between {rng}", min(q.start, i - 1)
                q.approximation = f"{q.approximation} {rng}" if q.approximation else rng
                q.end = q.of_end = q2.end
        q.start = min(start, q.start if doc[i].lower_ != "few" else i - 1)
        out.append(q)
        i = q.of_end
    return out
