"""How many people an unnamed actor is: a count outlets repeat ("arrested 45 people", "Forty-five of them were taken
in for questioning", "the 45 people arrested during Tuesday's protest").

Two reports' unnamed actors of one count (of at least ``MIN_COUNT``: two or three soldiers, officers or civilians are
too common a number to tell one happening by) agree as one country and one sector family do
(:func:`lapwing.store.evidence.actor_agreement`). Counts that differ contradict nothing: tolls rise, and outlets
count the arrested at different hours ("six, then seven").
"""

from __future__ import annotations

from lapwing.timeparse.lexicon import parse_number

__all__ = ["COUNT_AGREEMENT", "MIN_COUNT", "head_count", "same_count"]

MIN_COUNT = 5
COUNT_AGREEMENT = 0.7
#: Words before a count that leave it the count: "the 45 people", "at least 11 civilians", "some 40 trucks".
_BEFORE = frozenset("the at least about some around nearly almost over".split())


def head_count(text: str) -> int | None:
    """The count an actor's words begin with ("45 people", "Forty-five", "the 14 Indian fishermen", "1,200
    workers"), or None ("several hundred supporters", "a Serbian citizen" counts one, too few to tell)."""
    words = text.replace(",", "").split()
    while words and words[0].lower() in _BEFORE:
        words = words[1:]
    for k in range(min(4, len(words)), 0, -1):
        v = parse_number(" ".join(words[:k]))
        if v is not None and float(v).is_integer() and v >= 1:
            return int(v)
    return None


def same_count(a: int | None, b: int | None) -> bool:
    """Two counts that tell one group of people: equal, and not too small to be chance."""
    return a is not None and a == b and a >= MIN_COUNT
