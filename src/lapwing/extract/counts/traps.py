"""Numbers that are not counts: ages, years, dates, times, money, percentages, scores, measures,
identifiers ("Flight 370") and numbers in compound adjectives ("72-hour")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from lapwing.extract.counts.lexicon import lexicon
from lapwing.extract.counts.numbers import (
    AGE_BEFORE,
    CURRENCY_BEFORE,
    _DIGITS,
    ID_BEFORE,
    MONTHS,
    NOT_COUNTED_AFTER,
    UNITS,
    Quantity,
)


#: compiled once (session 34, round ex66: ``re.search(pattern, ...)`` read ``re``'s cache at each call)
_JOINED_NUMBER = re.compile(r"\d[-\u2013/:]\d|\d[-\u2013][a-z]")


def _is_trap(doc: Doc, q: Quantity, sent: Span) -> bool:
    first = doc[q.start]
    numtok = doc[q.start if q.approximation is None else q.end - 1]
    prev = doc[q.start - 1] if q.start > sent.start else None
    nxt = doc[q.end] if q.end < sent.end else None
    nxt2 = doc[q.end + 1] if q.end + 1 < sent.end else None
    if q.value == 0:
        return True
    # money before, unit after
    if prev is not None and (prev.lower_ in CURRENCY_BEFORE or prev.text in ("$", "€", "£", "¥") or prev.is_currency):
        return True
    if nxt is not None and (nxt.lower_ in NOT_COUNTED_AFTER or nxt.is_currency):
        return True
    # compound adjectives and scores: '25-year-old', '72-hour', '3-1', '2,000-year-old'
    if nxt is not None and nxt.text in ("-", "\u2013") and nxt.whitespace_ == "" and nxt2 is not None \
            and (nxt2.lower_ not in UNITS or nxt2.is_digit):
        return True
    if _JOINED_NUMBER.search(doc[q.end - 1].text.lower()):
        return True
    # times '7:00', ordinals '82nd', decades '1990s' are not numbers to _quantity_at; ages:
    if prev is not None and (prev.lower_ in AGE_BEFORE or (prev.lower_ == "of" and q.start - 2 >= sent.start
                                                          and doc[q.start - 2].lower_ in AGE_BEFORE)):
        return True
    if prev is not None and prev.lower_ in ("between", "and") and q.start - 2 >= sent.start and \
            any(t.lower_ in AGE_BEFORE for t in doc[max(sent.start, q.start - 4) : q.start]):
        return True
    if nxt is not None and nxt.lower_ in ("year", "years", "-year", "month", "months") and nxt2 is not None and nxt2.lower_ in ("old", "-old"):
        return True
    # 'The suspect, 19, was charged': a bare small number between commas after a noun
    if prev is not None and prev.text == "," and nxt is not None and nxt.text == "," and isinstance(q.value, int) \
            and q.value < 120 and q.approximation is None and q.start - 2 >= sent.start \
            and doc[q.start - 2].pos_ in ("PROPN", "NOUN"):
        return True
    # identifiers 'Flight 370', 'Resolution 2231', 'Article 5', 'Call 911'
    if prev is not None and prev.lower_ in ID_BEFORE and q.approximation is None:
        return True
    # years and dates
    if _DIGITS.match(numtok.text) and "," not in numtok.text and len(numtok.text) == 4 and 1800 <= q.value <= 2100:
        lex = lexicon()
        if nxt is None or not (lex.word("person", nxt.lower_) or lex.word("noun", nxt.lower_) or lex.word("thing", nxt.lower_)):
            return True
    if (prev is not None and prev.lower_ in MONTHS) or (nxt is not None and nxt.lower_ in MONTHS):
        return True
    # 'one of the organisers', 'no one', 'the one who'
    if first.lower_ == "one" and (nxt is None or nxt.lower_ in ("of", "another", "who", "that", "which", ",")):
        return True
    if first.lower_ == "one" and prev is not None and prev.lower_ in ("no", "the", "any", "every", "each", "someone"):
        return True
    return False
