"""Cross-article event clustering: one event per real happening, with every mention that reports it.

Whether two mentions can report one happening, and how strongly, is decided in
:mod:`lapwing.store.evidence` (contradictions of type, actors, date, place and status; a weighted
evidence over the rest, with the TF-IDF cosine of the two sentences computed here: scikit-learn,
fast, deterministic, no model download; a sentence embedding would also catch paraphrase, but the
coded checks carry most of the decision).

1. **Blocking** (:func:`candidate_pairs`): mentions of one root family are compared when their
   dates fall in the same or neighbouring ISO weeks and they share a coded country; one article's
   mentions of a family are always compared.
2. **Links**: one trigger's mentions are one unit, and two units naming other parties (each two or more
   countries, each one the other lacks: :func:`other_parties`) never join. Compatible pairs with
   evidence >= ``LINK_THRESHOLD``, taken strongest first (ties
   broken by the mentions' keys), each joining the two clusters it connects unless some pair
   across them contradicts (single linkage under cannot-link constraints). Pairs never compared
   are checked for contradictions when a merge needs them.
3. **Partial reports** (:mod:`lapwing.store.cluster_attach`): a mention left alone joins the one happening of
   several reports it is compatible with, on weaker evidence (``ATTACH_MIN``), when no other
   such happening comes close; then by the story its article tells.
4. **One match** (:mod:`lapwing.store.cluster_pairs`): two reports or groups of one act that are each
   other's clear best, with a country in common, join on the partial reports' weaker evidence.

Every step depends only on the set of mentions, never on their arrival order, so clustering the
same articles in any order gives the same events, and clustering a root family again when new
mentions reach it (incremental updates) gives what a full rebuild gives.

Mentions in an article that copies another (:mod:`lapwing.store.dedup`) never start an event:
each joins the event of the canonical article's mention it repeats (same root, most similar
sentence, and in that sentence the same code), or none.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

import numpy as np

from lapwing.store.evidence import (FIGHT_ROOT, FORCE_ROOTS, MAX_DAY_GAP, ROOT_FAMILIES, SYMMETRIC_ROOTS, WEIGHTS,
                                    WIDE_DATE, coarse_against_days, coarse_unplaced, compare_codes, international_bodies, unsaid,
                                    weigh)
from lapwing.store.cluster_attach import ATTACH_MARGIN, ATTACH_MIN, attach_by_story, attach_partial
from lapwing.store.cluster_pairs import join_mutual, one_act_codes
from lapwing.store.family_bridge import bridge, group_of
from lapwing.store.mentions import TRUCE, Mention
from lapwing.store.sentence_sims import bulk_sims

# the events' summaries live in event_summary.py; their names are re-exported here, where callers and tests have
# always found them
from lapwing.store.event_summary import STATUS_RANK, EventSummary, event_id, event_place, summarise

LINK_THRESHOLD = 0.45
#: Two reports that are each other's one match (cluster_pairs.py) must agree on the days better than a month or a
#: year does, or than a report of no date does: that they fall in one month says little.
ONE_MATCH_DATE = 0.2


# ------------------------------------------------------------------------------------ blocking


def family_of(root: str) -> str:
    return next((min(f) for f in ROOT_FAMILIES if root in f), root)


def _weeks(m: Mention) -> list[int]:
    if m.day_from is None or m.day_to is None:
        return [-1]
    return list(range(m.day_from.toordinal() // 7, m.day_to.toordinal() // 7 + 1))


#: Roots of force, told from either side: blocked also under the country where they happened (see _countries).
SIDED_ROOTS = frozenset({"18", "19", "20"})


def _countries(m: Mention) -> list[str]:
    """The countries a mention is blocked under: its actors' and, when its actors name one, the country of its own
    place (not the article's setting): "Mozambican and Rwandan forces repelled an attack by terrorists on Macomia"
    (Rwanda's code, the attackers the target) and "Islamist insurgents attacked Macomia" (Mozambique's) are told
    from the two sides of one attack in Mozambique. Only for force (18-20), which has two sides; a protest's crowd
    is of the country it marches in."""
    cs = {a.country for a in (m.source, m.target) if a is not None and a.country}
    if cs and m.root in SIDED_ROOTS and m.place is not None and m.place.country and not m.place.inferred:
        cs.add(m.place.country)
    return sorted(cs) or ["*"]


def candidate_pairs(mentions: list[Mention]) -> set[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of :func:`candidate_codes`."""
    first, second = np.divmod(candidate_codes(mentions), max(len(mentions), 1))
    return set(zip(first.tolist(), second.tolist()))


def candidate_codes(mentions: list[Mention]) -> np.ndarray:
    """The pairs worth comparing, each pair ``(i, j)``, ``i < j``, as the number ``i * len(mentions) + j``, in
    increasing order (the order of the pairs themselves): one root family, dates in the same or neighbouring ISO weeks, and a
    country in common (a mention with no coded country is compared with every mention of its weeks);
    and every pair of one family in one article.
    Two mentions with no country in common cannot agree on an actor's codes; they could only be one
    happening through names without codes, which the coder does not produce."""
    blocks: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    by_family_week: dict[tuple[str, int], list[int]] = defaultdict(list)
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        fam = family_of(m.block_root)
        by_family[fam].append(i)
        for w in _weeks(m):
            by_family_week[(fam, w)].append(i)
            for c in _countries(m):
                blocks[(fam, w, c)].append(i)
    # each mention's neighbours are gathered in a set first (a block's list joins each of its mentions' sets in one
    # C-level update: the blocks overlap, by country and by week, and name most pairs many times), then ordered once
    near_of: dict[int, set[int]] = defaultdict(set)

    def add(here: list[int], near: list[int]) -> None:
        for i in here:
            near_of[i].update(near)

    by_article: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_article[(family_of(m.block_root), m.article_id)].append(i)
    for here in by_article.values():  # one article's mentions are always compared ("six were killed when
        add(here, here)               # missiles hit ...": one codes the victims, the other the attacker)
    for (fam, w, c), here in blocks.items():
        if w == -1:
            add(here, by_family[fam])
            continue
        for w2 in (w, w + 1):
            if c == "*":
                add(here, by_family_week.get((fam, w2), []))
            else:
                add(here, blocks.get((fam, w2, c), []))
                add(here, blocks.get((fam, w2, "*"), []))
    if not near_of:
        return np.zeros(0, dtype=np.int64)
    here = np.concatenate([np.full(len(near), i, dtype=np.int64) for i, near in near_of.items()])
    there = np.concatenate([np.fromiter(near, dtype=np.int64, count=len(near)) for near in near_of.values()])
    lo, hi = np.minimum(here, there), np.maximum(here, there)
    keep = lo != hi
    codes = np.sort(lo[keep] * len(mentions) + hi[keep])
    return codes[np.concatenate(([True], codes[1:] != codes[:-1]))] if len(codes) else codes


# ------------------------------------------------------------------------------------ clustering


_bulk_sims = bulk_sims  # (the name the cluster explainer imports)


def _sims(mentions: list[Mention], pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], float]:
    pairs = list(pairs)
    return dict(zip(pairs, _bulk_sims([m.sentence for m in mentions], pairs)))


def _parties(unit: list[Mention]) -> frozenset[str]:
    """The countries one trigger's mentions name, as source or target ("Azerbaijan and Georgia agreed ...":
    one mention per party). In an act of force an international body is no party of its own: it fights through
    its members' soldiers ("UN peacekeepers" are "a Zambian soldier" in the same sentence)."""
    return frozenset(a.country for m in unit for a in (m.source, m.target) if a is not None and a.country
                     and not (m.root in FORCE_ROOTS and a.country in international_bodies())) \
        | frozenset(c for m in unit for c in m.partners) | frozenset(c for m in unit for c in m.sides)


def _countries_named(unit: list[Mention]) -> frozenset[str]:
    """The countries one trigger's mentions name: their actors' and their own place's."""
    return _parties(unit) | frozenset(m.place.country for m in unit if m.place is not None and m.place.country)


def other_parties(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two actions that each name two or more countries, each a country the other does not: other parties
    ("Azerbaijan and Georgia agreed" is not "Azerbaijan and Armenia reached an agreement"). A report naming
    fewer of the parties (only the attacker, only the victims) contradicts nothing."""
    return len(a) >= 2 and len(b) >= 2 and bool(a - b) and bool(b - a)


#: Roots of joint acts (consult, cooperate, agree): one joint happening is coded with other dyads by each report
#: ("South Korea and Japan agreed": one mention per party, no target; "Japan signed an agreement with South Korea";
#: "China and Mongolia jointly launched").
JOINT_ROOTS = SYMMETRIC_ROOTS - {FIGHT_ROOT}
#: The actor agreement of two reports of a joint act that name the same two parties or more, however each splits
#: them into source, target or one mention per party: both parties' countries agree, as one country and one sector
#: family do for one role.
SAME_PARTIES = 0.7


def same_parties(m: Mention, n: Mention, a: frozenset[str], b: frozenset[str]) -> bool:
    """Two mentions of joint acts whose triggers name the same two countries or more (``a`` and ``b``: the parties
    of their units, :func:`_parties`)."""
    return _joint(m) and _joint(n) and len(a) >= 2 and a == b


def _joint(m: Mention) -> bool:
    """An act of two parties or more: a consultation, an intent to cooperate, an agreement, or a truce ("Islamabad
    and Kabul reached a truce", which the coder gives as a yielding act, 0871)."""
    return m.root in JOINT_ROOTS or m.cameo.startswith(TRUCE)


def _one_joint_act(units: list[list[Mention]], parties: list[frozenset[str]]) -> list[bool]:
    """For each unit: whether its article tells no other act of its root family by the same parties. An article
    that tells two ("Presidents Tokayev and Mirziyoyev signed a treaty ...", "The two leaders agreed to raise
    trade ...") tells them apart, and another report's act of those parties may be either."""
    count: dict[tuple[str, frozenset[str]], int] = defaultdict(int)
    for unit, ps in zip(units, parties):
        count[(unit[0].article_id, ps)] += 1
    return [count[(unit[0].article_id, ps)] == 1 for unit, ps in zip(units, parties)]


def _compared(sub: list[Mention], unit_of: list[int], compatible: dict[tuple[int, int], bool]) -> list[tuple[int, int]]:
    """The candidate pairs of two units (:func:`candidate_codes`, in order) that :func:`compare_codes` must see.
    Pairs whose days contradict one happening whatever else they say (more than ``MAX_DAY_GAP`` days apart, or apart
    at all where one is a month or a year, as ``evidence.date_agreement`` rejects them) are found on all pairs at
    once: their units are marked as compared (incompatible unless another pair of theirs is compatible), as the full
    comparison would mark them. Blocking by week brings many such pairs together."""
    n = len(sub)
    codes = candidate_codes(sub)
    a, b = np.divmod(codes, max(n, 1))
    units = np.asarray(unit_of, dtype=np.int64)
    dated = np.array([m.day_from is not None and m.day_to is not None for m in sub], dtype=bool)
    lo = np.array([m.day_from.toordinal() if d else 0 for m, d in zip(sub, dated)], dtype=np.int64)
    hi = np.array([m.day_to.toordinal() if d else 0 for m, d in zip(sub, dated)], dtype=np.int64)
    wide = (hi - lo) > WIDE_DATE
    gap = np.maximum(np.maximum(lo[b] - hi[a], lo[a] - hi[b]), 0)
    apart = dated[a] & dated[b] & ((gap > MAX_DAY_GAP) | ((gap > 0) & (wide[a] | wide[b])))
    two_units = units[a] != units[b]
    ua, ub = units[a[two_units & apart]], units[b[two_units & apart]]
    for key in zip(np.minimum(ua, ub).tolist(), np.maximum(ua, ub).tolist()):
        compatible.setdefault(key, False)
    rest = two_units & ~apart
    return list(zip(a[rest].tolist(), b[rest].tolist()))


@dataclass
class Cluster:
    members: list[int]
    copies: list[int] = field(default_factory=list)


def _link_clusters(n: int, link: dict[tuple[int, int], float],
                   compatible: Callable[[int, int], bool]) -> list[list[int]]:
    """Single linkage under cannot-link constraints: the links of at least ``LINK_THRESHOLD`` are taken
    strongest first (ties broken by the items' ids), and each joins the two clusters it connects
    unless some pair across them is incompatible. A report with little detail ("police arrested
    dozens") joins the happening through its strongest link, and no cluster ever holds two mentions
    that contradict each other (another city, another day, other actors)."""
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    root = list(range(n))
    for (a, b), _v in sorted(((k, v) for k, v in link.items() if v >= LINK_THRESHOLD), key=lambda kv: (-kv[1], kv[0])):
        ra, rb = root[a], root[b]
        if ra == rb:
            continue
        if not all(compatible(x, y) for x in members[ra] for y in members[rb]):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        members[keep] = sorted(members[keep] + members.pop(gone))
        for x in members[keep]:
            root[x] = keep
    return sorted(members.values())


def cluster(mentions: list[Mention], copy_of: dict[str, str] | None = None) -> list[Cluster]:
    """Group the mentions into happenings. ``copy_of`` maps an article id to the canonical article
    it copies; those articles' mentions only join events of their canonical article.

    Python's cycle collector is paused meanwhile: the comparison builds millions of small tuples and dicts that
    live until the end (pairs, evidence), and each full collection walks them all, a quarter of the time at 10,000
    articles. Nothing here makes reference cycles, and the clusters are the same either way."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _cluster(mentions, copy_of)
    finally:
        if was_enabled:
            gc.enable()


def _cluster(mentions: list[Mention], copy_of: dict[str, str] | None = None) -> list[Cluster]:
    copy_of = copy_of or {}
    order = {i: (m.article_id, m.idx) for i, m in enumerate(mentions)}
    own = sorted((i for i, m in enumerate(mentions) if m.article_id not in copy_of), key=order.get)
    sub = [mentions[i] for i in own]
    # units: the mentions of one trigger ("urged the army and the RSF to ...") are one action; two
    # units are compatible when some pair of their mentions is, with that pair's evidence
    units: dict[tuple[str, int], list[int]] = defaultdict(list)
    for k, m in enumerate(sub):
        units[m.unit].append(k)
    unit_keys = sorted(units)
    unit_of = {k: u for u, key in enumerate(unit_keys) for k in units[key]}
    # compatible unit pairs (None: something contradicts) and the links: compatible pairs with evidence
    parties = [_parties([sub[k] for k in units[key]]) for key in unit_keys]
    alone = _one_joint_act([[sub[k] for k in units[key]] for key in unit_keys], parties)
    compatible: dict[tuple[int, int], bool] = {}
    survivors: list[tuple[int, int]] = []
    coded: list[tuple[dict[str, float], float]] = []
    for a, b in _compared(sub, [unit_of[k] for k in range(len(sub))], compatible):
        ua, ub = unit_of[a], unit_of[b]
        key = (min(ua, ub), max(ua, ub))
        c = None if other_parties(parties[ua], parties[ub]) else compare_codes(sub[a], sub[b])
        compatible[key] = compatible.get(key, False) or c is not None
        if c is not None and alone[ua] and alone[ub] and sub[a].article_id != sub[b].article_id \
                and same_parties(sub[a], sub[b], parties[ua], parties[ub]):
            c = (dict(c[0], actors=max(c[0]["actors"], SAME_PARTIES)), max(c[1], SAME_PARTIES))
        if c is not None:
            survivors.append((a, b))
            coded.append(c)
    link: dict[tuple[int, int], float] = {}
    weak: dict[tuple[int, int], float] = {}  # the evidence of compatible pairs, whatever it is
    # the weak evidence a partial report may join on: not a month's or a year's date against a day's
    partial: dict[tuple[int, int], float] = {}
    one_act: dict[tuple[int, int], float] = {}  # the links of two mentions of one act (one three-digit code)
    for (a, b), (parts, best), sim in zip(survivors, coded, _bulk_sims([m.sentence for m in sub], survivors)):
        key = (min(unit_of[a], unit_of[b]), max(unit_of[a], unit_of[b]))
        if unsaid(sub[a], sub[b], sim):
            continue  # a speaker's other statement: no evidence of one happening, however close the rest
        p = weigh(parts, best, sim)
        if p is not None and not coarse_unplaced(sub[a], sub[b], p):
            link[key] = max(link.get(key, 0.0), p.evidence)
            if one_act_codes(sub[a].cameo, sub[b].cameo) and p.parts["date"] >= ONE_MATCH_DATE:
                one_act[key] = max(one_act.get(key, 0.0), p.evidence)
        v = sum(WEIGHTS[k] * x for k, x in parts.items()) + WEIGHTS["text"] * sim
        weak[key] = max(weak.get(key, 0.0), v)
        if not coarse_against_days(sub[a], sub[b]):
            partial[key] = max(partial.get(key, 0.0), v)

    def unit_compatible(u: int, v: int) -> bool:
        key = (min(u, v), max(u, v))
        if key not in compatible:  # never compared (another block): compare the codes now
            compatible[key] = not other_parties(parties[u], parties[v]) and any(
                compare_codes(sub[a], sub[b]) is not None for a in units[unit_keys[u]] for b in units[unit_keys[v]])
        return compatible[key]

    groups = _link_clusters(len(unit_keys), link, unit_compatible)
    groups = attach_partial(groups, partial, unit_compatible, [key[0] for key in unit_keys])
    groups = attach_by_story(groups, partial, unit_compatible, [key[0] for key in unit_keys])
    groups = join_mutual(groups, one_act, weak, unit_compatible, ATTACH_MARGIN, [key[0] for key in unit_keys],
                         [_countries_named([sub[k] for k in units[key]]) for key in unit_keys])
    result = [Cluster(sorted((own[k] for u in us for k in units[unit_keys[u]]), key=order.get)) for us in groups]
    # copies: each mention joins the cluster of the canonical mention it repeats
    where = {i: c for c in result for i in c.members}
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_article[m.article_id].append(i)
    for i, m in enumerate(mentions):
        canon = copy_of.get(m.article_id)
        if canon is None:
            continue
        cands = [j for j in by_article.get(canon, ()) if mentions[j].root == m.root and j in where]
        if not cands:
            continue
        sims_c = _sims(mentions, [(min(i, j), max(i, j)) for j in cands])
        # the most similar sentence; in it (a sentence telling two acts of one root: "deported a journalist ...
        # two days after she was detained"), the mention of the same code
        j = max(cands, key=lambda j: (sims_c[(min(i, j), max(i, j))], mentions[j].cameo == m.cameo, -mentions[j].idx))
        where[j].copies.append(i)
    result.sort(key=lambda c: order[c.members[0]])
    return result


def cluster_group(mentions: list[Mention], copy_of: dict[str, str] | None = None) -> list[Cluster]:
    """:func:`cluster` run on each root family of ``mentions`` apart (the families never link, and the TF-IDF
    weights are fitted on one family's sentences at a time), then the events of a verbal and a material family of
    one polarity that tell one act joined (:func:`lapwing.store.family_bridge.bridge`). ``mentions``: those of one
    clustering group (``family_bridge.group_of``), or of any families."""
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_family[family_of(m.block_root)].append(i)
    found: list[Cluster] = []
    for fam in sorted(by_family):
        idx = by_family[fam]
        for c in cluster([mentions[i] for i in idx], copy_of):
            found.append(Cluster([idx[k] for k in c.members], [idx[k] for k in c.copies]))
    if len(by_family) < 2:
        return found
    joined = bridge(mentions, [c.members for c in found], lambda m: family_of(m.block_root))
    copies = {c.members[0]: c.copies for c in found}
    order = {i: (m.article_id, m.idx) for i, m in enumerate(mentions)}
    out = []
    for us in joined:
        members = sorted(us, key=order.get)
        out.append(Cluster(members, sorted((i for u in us for i in copies.get(u, ())), key=order.get)))
    out.sort(key=lambda c: order[c.members[0]])
    return out


def cluster_by_family(mentions: list[Mention], copy_of: dict[str, str] | None = None) -> list[Cluster]:
    """:func:`cluster_group` run on each clustering group apart, as the store does (``store/happenings.py``): the
    groups never link (``family_bridge.group_of``: the families of one polarity's verbal and material forms are one
    group; the others are a group each)."""
    by_group: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_group[group_of(family_of(m.block_root))].append(i)
    out: list[Cluster] = []
    for grp in sorted(by_group):
        idx = by_group[grp]
        for c in cluster_group([mentions[i] for i in idx], copy_of):
            out.append(Cluster([idx[k] for k in c.members], [idx[k] for k in c.copies]))
    return out
