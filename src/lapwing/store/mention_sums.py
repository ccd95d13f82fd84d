"""Sums of money a report names: an amount outlets repeat when they tell one pledge, loan, fine or deal ("pledged $25
million in emergency aid", "Japan pledges $25m for cyclone relief", "announced an aid package of $25 million").

Two reports of one act (in two articles) that name one sum (the same amount in the same currency) agree on their
actors as two reports of one count of people do (:data:`lapwing.store.mention_counts.COUNT_AGREEMENT`): a headline
that names the donor by its country ("Japan") and a wire that names its government tell one pledge by the sum they
share. Sums that differ contradict nothing (an outlet converts a currency or rounds a figure); small sums are left
out (``MIN_SUM``: a fine of a few hundred dollars is too common an amount to tell one act by).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["MIN_SUM", "same_sum", "sums"]

#: The least sum that tells one act from another (in the currency's units).
MIN_SUM = 100_000

_SYMBOLS = {"$": "USD", "us$": "USD", "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY"}
_WORDS = {"dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
          "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "yuan": "CNY", "renminbi": "CNY",
          "yen": "JPY", "rand": "ZAR", "rupees": "INR", "naira": "NGN", "shillings": "KES", "francs": "CHF"}
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
          "trillion": 1e12}
_SYMBOL = r"(?P<sym>us\$|\$|\u20ac|\u00a3|\u00a5)"
_AMOUNT = r"(?P<num>\d[\d,]*(?:\.\d+)?)"
_SCALE_RE = r"(?:\s?(?P<scale>k|mn|m|bn|thousand|million|billion|trillion)\b)?"
_WORD = r"(?:\s(?P<word>" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b)?"
_MONEY = re.compile(r"(?:" + _SYMBOL + r"\s?)?\b" + _AMOUNT + _SCALE_RE + _WORD, re.IGNORECASE)


@lru_cache(maxsize=50_000)
def sums(sentence: str) -> frozenset[tuple[str, int]]:
    """The sums of money a sentence names, as (currency, amount): "$25 million" and "$25m" are ("USD", 25000000);
    "50 million yuan" is ("CNY", 50000000). A number with neither a currency's sign nor its word is no sum."""
    out = set()
    for mt in _MONEY.finditer(sentence):
        sym, word = mt.group("sym"), mt.group("word")
        cur = _SYMBOLS.get(sym.lower()) if sym else (_WORDS.get(word.lower()) if word else None)
        if cur is None:
            continue
        try:
            value = float(mt.group("num").replace(",", ""))
        except ValueError:
            continue
        value *= _SCALE.get((mt.group("scale") or "").lower(), 1.0)
        if value >= MIN_SUM:
            out.add((cur, round(value)))
    return frozenset(out)


def same_sum(a: str, b: str) -> bool:
    """Two sentences that name one sum of money (at least ``MIN_SUM``)."""
    return bool(sums(a) & sums(b))
