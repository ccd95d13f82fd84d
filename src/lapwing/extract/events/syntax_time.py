"""When a token is a time and not a party: days, dates, clock times, years with their era (split out of ``syntax``,
which re-exports these names)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax_words import _MONTHS, TEMPORAL_WORDS


#: day words that stand alone as a time adverbial ("resigned yesterday", "met Monday")
_DAY_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", "overnight", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday"})


#: a clock time ("4:00", "10.30") and the words after one ("p.m.")
_CLOCK = re.compile(r"^[0-2]?[0-9][:.][0-5][0-9]$")
_DAY_HALVES = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})
#: era marks of a year ("A.D. 640", "300 B.C."): the year is a time, never a party (round 48)
_ERAS = frozenset({"a.d.", "b.c.", "b.c.e.", "c.e.", "bce", "bc", "ad", "ce"})


def _era_year(t: Token) -> bool:
    """A year with its era mark, either word of it: "date back to *A.D. 640*", "from *300 B.C.*"."""
    doc = t.doc
    if t.lower_ in _ERAS:
        return any(0 <= j < len(doc) and doc[j].like_num for j in (t.i - 1, t.i + 1))
    return t.like_num and any(0 <= j < len(doc) and doc[j].lower_ in _ERAS for j in (t.i - 1, t.i + 1))


def _is_temporal(t: Token) -> bool:
    if t.ent_type_ in ("DATE", "TIME") or t.lower_ in TEMPORAL_WORDS:
        return True
    if _CLOCK.match(t.text) or (t.like_num and any(c.lower_ in _DAY_HALVES for c in children_of(t))):
        return True  # "at around *4:00* p.m.", "at *10* a.m.": a clock time
    if _era_year(t):
        return True
    # "on Nov. 2", "on 14 March": a day number whose month hangs on it (the shipped model has no DATE entity)
    return t.like_num and any(c.lower_ in _MONTHS and c.dep_ in ("compound", "nmod", "nmod:unmarked", "nmod:tmod", "flat")
                              for c in children_of(t))
