"""Two reports, or two groups of reports, that are each other's one match (a step of
:func:`lapwing.store.clustering.cluster`, after the partial reports and the stories).

A happening told two ways ("Polish police detained a businessman on Wednesday", "officers took the tycoon into
custody in Warsaw" in a weekly round-up) can end as two reports, or two groups, that contradict nothing, with
evidence under ``LINK_THRESHOLD`` because one names no place or only a week. They join when

* some pair across them reports one act (one three-digit code, or in a root of material acts the root's generic
  code and another of that root: "struck", 190, and "an air strike", 195) with agreeing actors and at least
  ``PAIR_MIN`` evidence (``one_act``: an appeal and an urging, a threat and an attack, are two acts however close);
* each is the other's clear best: no other compatible group comes within ``margin`` of either, counting every
  compatible pair's evidence (``weak``), so that a report that could go two ways goes nowhere;
* they name a country in common (an actor's or a place's): with none, nothing says whose act it is;
* no article reports in both: an article whose two acts the links left apart tells two happenings.

Decided on the groups as they stand, never on the order of the mentions."""

from __future__ import annotations

from collections import defaultdict
from typing import Callable

from lapwing.store.evidence import MATERIAL_ROOTS

#: The evidence with agreeing actors that joins two groups that are each other's one match.
PAIR_MIN = 0.38


def one_act_codes(a: str, b: str) -> bool:
    """Two CAMEO codes of one act, for the one match: one three-digit code, or, in a root of material acts, the
    root's generic code and a code of that root (one outlet's "struck", 190, another's "air strike", 195). Of the
    verbal roots a generic code and another (a meeting, 040, and a negotiation, 046) may be two acts of one week."""
    if a[:3] == b[:3]:
        return True
    return a[:2] == b[:2] and a[:2] in MATERIAL_ROOTS and (a[:3] == a[:2] + "0" or b[:3] == b[:2] + "0")


def _best_across(groups: list[list[int]], where: dict[int, int],
                 pairs: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    best: dict[tuple[int, int], float] = {}
    for (a, b), v in pairs.items():
        ga, gb = where[a], where[b]
        if ga != gb:
            key = (min(ga, gb), max(ga, gb))
            best[key] = max(best.get(key, 0.0), v)
    return best


def join_mutual(groups: list[list[int]], one_act: dict[tuple[int, int], float], weak: dict[tuple[int, int], float],
                compatible: Callable[[int, int], bool], margin: float, article_of: list[str],
                countries_of: list[frozenset[str]]) -> list[list[int]]:
    """Join the pairs of groups (of units) that are each other's one match; ``article_of`` and ``countries_of``:
    each unit's article and the countries it names."""
    where = {u: k for k, us in enumerate(groups) for u in us}
    articles = [{article_of[u] for u in us} for us in groups]
    countries = [frozenset().union(*(countries_of[u] for u in us)) for us in groups]
    strong = _best_across(groups, where, one_act)
    rivals: dict[int, list[tuple[float, int]]] = defaultdict(list)
    fits: dict[tuple[int, int], bool] = {}
    for (g, h), v in _best_across(groups, where, weak).items():
        fits[(g, h)] = all(compatible(x, y) for x in groups[g] for y in groups[h])
        if fits[(g, h)]:
            rivals[g].append((v, h))
            rivals[h].append((v, g))

    def one_match(g: int) -> int | None:
        r = sorted(rivals.get(g, []), reverse=True)
        if not r or (len(r) > 1 and r[0][0] - r[1][0] < margin):
            return None
        h = r[0][1]
        if articles[g] & articles[h]:
            return None  # an article whose two acts the links left apart tells two happenings
        if not countries[g] & countries[h]:
            return None  # nothing says where or whose: two appeals of no coded country are not one
        return h if strong.get((min(g, h), max(g, h)), 0.0) >= PAIR_MIN else None

    out = [list(us) for us in groups]
    gone: set[int] = set()
    for g in range(len(groups)):
        h = one_match(g)
        if h is not None and h > g and one_match(h) == g:
            out[g] = sorted(out[g] + out[h])
            gone.add(h)
    return sorted(us for k, us in enumerate(out) if k not in gone)
