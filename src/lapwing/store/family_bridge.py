"""One act coded in two root families: a verbal and a material form of it, told by two reports.

The clustering compares mentions root family by root family (``evidence.ROOT_FAMILIES``), so one act that two
outlets code in two families ends as two events: an envoy "summoned home" (114, a complaint) and the same envoy
"recalled" (161, reduced relations); a prison term handed down (116, found guilty) and the opposition leader "jailed"
(173, detained); aid "pledged" (033, an intent) and aid "sent" or "announced" (07, provided). Each of these is one
act that CAMEO gives a verbal form and a material form of one polarity (cooperation: 03 / 05 and 06-08; conflict: 09
and 11 / 12 and 14-20), and the coder reads one report's verb as the word and another's as the deed.

:func:`bridge` runs after each family is clustered (``clustering.cluster``, unchanged): an event of a verbal family
and one of a material family of the same polarity join when

* some pair of their mentions, from two articles, agrees strongly on everything but the code: the **same doer** (both
  sources coded, one country or one name: a doer left out says nothing of whose act it was), one role agreeing as one
  country and one sector family do (``STRONG_ACTOR``, or one sum of money, ``mention_sums.py``), the other role
  contradicting nothing, the **same day** or overlapping days (``SAME_DAY``; two days both reports name are two
  acts), both told as done (``TOLD_AS_DONE``), and places that do not contradict;
* no pair across them contradicts (another day, another place, another doer or target);
* **no article reports in both**: an article that tells the word and the deed apart ("accused the diplomats of
  spying and expelled them") tells two acts, and its two events stay two;
* each is the other's **clear best** among the other form's events (``ATTACH_MARGIN``): a report that could go two
  ways goes nowhere.

Statements (01), appeals and demands (02 / 10), threats (13) and encounters (04) are about acts or their own acts (a
demand for a release is not the release, a threat to expel is not the expulsion, and a meeting and the deal it signs
are two happenings): they are bridged with nothing, and neither is an act told as to come (a plan, status future). Two
material families (a protest and its repression, tear gas and a clash at one march) are two acts of one scene and
are never bridged either.

Decided on the set of events and mentions only, never on their order. The store clusters the families of one
polarity together (:func:`group_of`), so an update that touches one of them clusters its group again, as a full
rebuild does.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Sequence


from lapwing.store.cluster_attach import ATTACH_MARGIN
from lapwing.store.evidence import (CLUSTERABLE, MAX_DAY_GAP, SAME_DAY, WEIGHTS, _placed, date_agreement,
                                    place_agreement, same_sum)
from lapwing.store.evidence_actors import actor_agreement
from lapwing.store.mention_counts import COUNT_AGREEMENT
from lapwing.store.mentions import Mention
from lapwing.store.sentence_sims import bulk_sims

#: The families (``clustering.family_of``) of each polarity, by form: what is said and what is done.
VERBAL_COOPERATION = frozenset({"03"})               # intents, and the deals of the 03 / 05 family
MATERIAL_COOPERATION = frozenset({"06", "07", "08"})  # material cooperation, aid, yielding
VERBAL_CONFLICT = frozenset({"09", "11"})             # investigation, disapproval and rejection
MATERIAL_CONFLICT = frozenset({"14", "15", "16", "17", "18"})  # protest, posture, reduced relations, coercion, force
GROUPS: tuple[tuple[frozenset[str], frozenset[str]], ...] = ((VERBAL_COOPERATION, MATERIAL_COOPERATION),
                                                             (VERBAL_CONFLICT, MATERIAL_CONFLICT))
#: Statuses of acts told as done (or said to be done): a plan or a threat told as to come is not the deed.
TOLD_AS_DONE = frozenset({"asserted", "attributed"})
#: The least agreement of one role (one country and one sector family, one name, or one sum of money).
STRONG_ACTOR = COUNT_AGREEMENT
#: The least agreement of the two doers: one country (or one name).
SAME_DOER = 0.4


def group_of(family: str) -> tuple[str, ...]:
    """The families clustered together with ``family`` (its polarity's verbal and material families), or itself."""
    for verbal, material in GROUPS:
        if family in verbal or family in material:
            return tuple(sorted(verbal | material))
    return (family,)


def _form(family: str) -> int | None:
    """0 for a verbal family, 1 for a material one, None for a family bridged with nothing."""
    for verbal, material in GROUPS:
        if family in verbal:
            return 0
        if family in material:
            return 1
    return None


def _roles(m: Mention, n: Mention) -> tuple[float, float] | None:
    """Source and target agreement, read straight (the word and the deed have one doer), or None: a contradiction."""
    s = actor_agreement(m.source, n.source)
    t = actor_agreement(m.target, n.target, target=True)
    if s is None or t is None:
        return None
    return s, t


def fits(m: Mention, n: Mention) -> bool:
    """Nothing in the two mentions contradicts one act: status, days, places and (straight) roles."""
    if CLUSTERABLE.get(m.status, "real") != CLUSTERABLE.get(n.status, "real"):
        return False
    if date_agreement(m, n) is None or (m.precise and n.precise and m.day_from != n.day_from):
        return False  # a deed is done on one day: two days both reports name are two acts
    parties = frozenset(a.country for a in (m.source, m.target, n.source, n.target) if a is not None and a.country)
    if place_agreement(_placed(m), _placed(n), parties) is None:
        return False
    return _roles(m, n) is not None


def strength(m: Mention, n: Mention, sim: float) -> float | None:
    """The evidence that two mentions of two forms (from two articles) tell one act, or None where it is too weak
    (see the module's conditions)."""
    if m.article_id == n.article_id or not fits(m, n) or not {m.status, n.status} <= TOLD_AS_DONE:
        return None
    d = date_agreement(m, n)
    if d is None or d < SAME_DAY:
        return None
    roles = _roles(m, n)
    assert roles is not None
    s, t = roles
    if m.source is None or n.source is None or s < SAME_DOER:
        return None  # nothing says the word and the deed are one doer's
    best = max(s, t)
    if best < STRONG_ACTOR and same_sum(m.sentence, n.sentence):
        best = STRONG_ACTOR  # "pledged $25 million", "sends $25m in aid"
    if best < STRONG_ACTOR:
        return None
    parties = frozenset(a.country for a in (m.source, m.target, n.source, n.target) if a is not None and a.country)
    pl = place_agreement(_placed(m), _placed(n), parties) or 0.0
    known = [v for v, a, b in ((s, m.source, n.source), (t, m.target, n.target)) if a is not None and b is not None]
    mean = max(sum(known) / len(known), 0.0)
    return WEIGHTS["actors"] * mean + WEIGHTS["date"] * d + WEIGHTS["place"] * pl + WEIGHTS["text"] * sim


def _polarity(family: str) -> int | None:
    return next((k for k, (verbal, material) in enumerate(GROUPS) if family in verbal | material), None)


def _candidates(mentions: Sequence[Mention], fam: list[str]) -> list[tuple[int, int]]:
    """Pairs (verbal, material) of mentions of one polarity whose days lie within ``MAX_DAY_GAP`` and that share a
    coded country: a strong pair needs both."""
    by_key: dict[tuple[int | None, str, int], list[int]] = defaultdict(list)
    form = [_form(f) for f in fam]
    polarity = [_polarity(f) for f in fam]
    for j, n in enumerate(mentions):
        if form[j] != 1 or n.day_from is None or n.day_to is None:
            continue
        for c in {a.country for a in (n.source, n.target) if a is not None and a.country}:
            for d in range(n.day_from.toordinal(), n.day_to.toordinal() + 1):
                by_key[(polarity[j], c, d)].append(j)
    out: set[tuple[int, int]] = set()
    for i, m in enumerate(mentions):
        if form[i] != 0 or m.day_from is None or m.day_to is None:
            continue
        for c in {a.country for a in (m.source, m.target) if a is not None and a.country}:
            for d in range(m.day_from.toordinal() - MAX_DAY_GAP, m.day_to.toordinal() + MAX_DAY_GAP + 1):
                out.update((i, j) for j in by_key.get((polarity[i], c, d), ()))
    return sorted(out)


def bridge(mentions: Sequence[Mention], groups: list[list[int]], family: Callable[[Mention], str]) -> list[list[int]]:
    """Join pairs of events (lists of mention indices, each of one family) that tell one act in a verbal and a
    material family of one polarity (the module's conditions). Returns the events, joined ones as one list."""
    fam = [family(m) for m in mentions]
    where = {i: g for g, us in enumerate(groups) for i in us}
    pairs = [(i, j) for i, j in _candidates(mentions, fam) if where.get(i) is not None and where.get(j) is not None]
    best: dict[tuple[int, int], float] = {}
    for (i, j), sim in zip(pairs, bulk_sims([m.sentence for m in mentions], pairs)):
        v = strength(mentions[i], mentions[j], sim)
        if v is not None:
            key = (where[i], where[j])
            best[key] = max(best.get(key, 0.0), v)
    if not best:
        return groups
    articles = [{mentions[i].article_id for i in us} for us in groups]

    def compatible(g: int, h: int) -> bool:
        return not (articles[g] & articles[h]) and all(fits(mentions[x], mentions[y])
                                                       for x in groups[g] for y in groups[h])

    rivals: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (g, h), v in best.items():
        if compatible(g, h):
            rivals[g].append((v, h))
            rivals[h].append((v, g))

    def one_match(g: int) -> int | None:
        r = sorted(rivals.get(g, []), reverse=True)
        if not r or (len(r) > 1 and r[0][0] - r[1][0] < ATTACH_MARGIN):
            return None
        return r[0][1]

    out = [list(us) for us in groups]
    gone: set[int] = set()
    for g in sorted(rivals):
        h = one_match(g)
        if h is not None and g < h and one_match(h) == g:
            out[g] = sorted(out[g] + out[h])
            gone.add(h)
    return [us for k, us in enumerate(out) if k not in gone]
