"""``lapwing eval clusters --why``: why a happening's mentions ended as more than one event.

For every happening of a development part whose mentions the clustering put in two events or more, each pair of
those events is explained by the pair of their mentions (one in each) that came closest to joining, in the order
the clustering decides (``store/clustering.py``, ``store/evidence.py``):

* ``family``: the two codes are in two root families, which are clustered apart and never compared;
* ``status``: one is negated or hypothetical, the other not;
* ``two acts in one sentence``: one article's sentence tells two acts of one verbal root;
* ``other parties``: each trigger names two countries or more, each one the other lacks;
* ``type``: the codes contradict one happening (two sub-codes of a material root, a truce and another deal ...);
* ``date``: the days are more than a day apart, or two named days of a one-day act differ;
* ``place``: two places that contradict (two towns farther than 60 km, two countries, two regions);
* ``actors: source`` / ``actors: target``: two coded countries, sector families or names differ in that role;
* ``statement words``: two statements whose sentences share too few words (``evidence.unsaid``);
* ``no actor in common``: compatible, but no role agrees as one country and sector family do;
* ``weak evidence``: compatible and some actor in common, but the evidence is under the link threshold (the
  weakest of its parts, weighted, is named: ``weak evidence (place)``);
* ``kept apart by <reason>``: the pair itself would link, but another pair across the two events contradicts.

The TF-IDF weights are fitted on the root family's sentences of the set scored (the clustering fits them on the
compared pairs' sentences), so a cosine near a threshold may read slightly otherwise; the reasons are for reading
errors, not a score. Like the lists of split happenings, the reasons are given for development parts only, never for
part b (held out) or the whole set, which holds it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

#: How close a reason is to a join: the explanation of two events is their closest mention pair's.
_CLOSENESS = ("kept apart", "weak evidence", "no actor in common", "statement words", "actors: target",
              "actors: source", "place", "date", "type", "other parties", "two acts in one sentence", "status",
              "family")


def _rank(reason: str) -> int:
    return next((k for k, r in enumerate(_CLOSENESS) if reason.startswith(r)), len(_CLOSENESS))


def pair_reason(m: Any, n: Any, sim: float, parties_m: frozenset[str] = frozenset(),
                parties_n: frozenset[str] = frozenset()) -> tuple[str, float]:
    """Why the mentions ``m`` and ``n`` (TF-IDF cosine ``sim``) are no link, or ``("link", evidence)``: the first
    check of the clustering that keeps them apart, and the evidence where they are compatible (else 0.0)."""
    from lapwing.store import evidence as ev
    from lapwing.store.clustering import LINK_THRESHOLD, family_of, other_parties
    from lapwing.store.evidence_actors import FORCE_ROOTS, VERBAL_ROOTS, actor_agreement

    if family_of(m.block_root) != family_of(n.block_root):
        return "family", 0.0
    if ev.CLUSTERABLE.get(m.status, "real") != ev.CLUSTERABLE.get(n.status, "real"):
        return "status", 0.0
    if ev._two_acts_told_together(m, n):
        return "two acts in one sentence", 0.0
    if other_parties(parties_m, parties_n):
        return "other parties", 0.0
    codes = ev.compare_codes(m, n)
    if codes is None:
        if ev.type_agreement(m, n) is None:
            return "type", 0.0
        if ev.date_agreement(m, n) is None:
            return "date", 0.0
        parties = ev.with_seats(frozenset(a.country for a in (m.source, m.target, n.source, n.target)
                                          if a is not None and a.country))
        pl = ev.place_agreement(ev._placed(m), ev._placed(n), parties)
        if pl is None and not (ev._partners_country(m, n, parties) or ev._partners_country(n, m, parties)):
            return "place", 0.0
        if ev._two_towns_of_one_country(m, n):
            return "place", 0.0
        force = m.root in FORCE_ROOTS and n.root in FORCE_ROOTS
        verbal = m.root in VERBAL_ROOTS and n.root in VERBAL_ROOTS
        if actor_agreement(m.source, n.source, force, verbal) is None:
            return "actors: source", 0.0
        return "actors: target", 0.0
    if ev.unsaid(m, n, sim):
        return "statement words", 0.0
    pair = ev.weigh(codes[0], codes[1], sim)
    if pair is None:
        return "no actor in common", 0.0
    if pair.evidence < LINK_THRESHOLD:
        gaps = {k: ev.WEIGHTS[k] * (1.0 - v) for k, v in pair.parts.items()}
        return f"weak evidence ({max(sorted(gaps), key=gaps.get)})", pair.evidence
    return "link", pair.evidence


def explain(rows: list[dict[str, Any]], records: list[Any]) -> dict[str, Any]:
    """Cluster the records as :func:`lapwing.eval.clusters.score` does and explain every split happening: for each
    pair of its events, the closest mention pair's reason. Returns ``{"splits": [...], "table": {reason: n}}``."""
    from lapwing.eval.clusters import anchor_spans
    from lapwing.store.clustering import _bulk_sims, _parties, cluster_by_family, family_of
    from lapwing.store.dedup import Doc, copy_groups
    from lapwing.store.mentions import mentions_of

    mentions = [m for r in records for m in mentions_of(r)]
    copies = copy_groups(Doc(r.article.id, r.article.text, r.article.published) for r in records)
    clusters = cluster_by_family(mentions, copies)
    event_of: dict[int, int] = {}
    for k, c in enumerate(clusters):
        for i in c.members + c.copies:
            event_of[i] = k
    index = {m.key: i for i, m in enumerate(mentions)}
    events = {r.article.id: r.events for r in records}
    gold: dict[int, str] = {}
    for row in rows:
        for h, anchor in row.get("gold", []):
            for a0, a1 in anchor_spans(row["text"], anchor):
                for i, e in enumerate(events.get(row["id"], [])):
                    if a0 <= e.trigger.start < a1 and (row["id"], i) in index:
                        gold[index[(row["id"], i)]] = h
    units: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        units[m.unit].append(i)
    parties = {u: _parties([mentions[i] for i in us]) for u, us in units.items()}
    by_h: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, h in gold.items():
        by_h[h][event_of[i]].append(i)
    # the sentences' cosine, with weights fitted on each root family's sentences
    fam_of = [family_of(m.block_root) for m in mentions]
    wanted: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for evs in by_h.values():
        for e1, e2 in combinations(sorted(evs), 2):
            for i in evs[e1]:
                for j in evs[e2]:
                    if fam_of[i] == fam_of[j]:
                        wanted[fam_of[i]].append((min(i, j), max(i, j)))
    sims: dict[tuple[int, int], float] = {}
    for fam, pairs in wanted.items():
        members = [i for i in range(len(mentions)) if fam_of[i] == fam]
        pos = {i: k for k, i in enumerate(members)}
        local = [(pos[i], pos[j]) for i, j in pairs]
        sims.update(zip(pairs, _bulk_sims([mentions[i].sentence for i in members], local)))

    def reason(i: int, j: int) -> tuple[str, float]:
        key = (min(i, j), max(i, j))
        return pair_reason(mentions[i], mentions[j], sims.get(key, 0.0), parties[mentions[i].unit],
                           parties[mentions[j].unit])

    splits, table = [], Counter()
    for h in sorted(by_h):
        evs = by_h[h]
        if len(evs) < 2:
            continue
        for e1, e2 in combinations(sorted(evs), 2):
            cross = [(reason(i, j), i, j) for i in evs[e1] for j in evs[e2]]
            (why, value), i, j = min(cross, key=lambda x: (_rank(x[0][0]) if x[0][0] != "link" else -1, -x[0][1]))
            if why == "link":  # the pair would link: another pair across the two events contradicts
                members1 = clusters[e1].members + clusters[e1].copies
                members2 = clusters[e2].members + clusters[e2].copies
                blocking = [reason(x, y)[0] for x in members1 for y in members2]
                blocking = [b for b in blocking if not b.startswith(("weak", "no actor", "statement", "link"))]
                why = "kept apart by " + (Counter(blocking).most_common(1)[0][0] if blocking else "the later steps")
            table[why.split(" (")[0]] += 1
            splits.append({"happening": h, "events": [e1, e2], "reason": why, "evidence": round(value, 3),
                           "mentions": [_show(mentions[i]), _show(mentions[j])]})
    return {"splits": splits, "table": dict(table.most_common())}


def _show(m: Any) -> str:
    """One mention, short: article, code, actors, days, place."""
    def actor(a: Any) -> str:
        return "-" if a is None else f"{a.country or '?'}{a.sector or ''}"
    days = "" if m.day_from is None else f"{m.day_from}" + ("" if m.day_to == m.day_from else f"..{m.day_to}")
    place = "" if m.place is None else f" @{m.place.name or m.place.country}{'*' if m.place.inferred else ''}"
    return f"{m.article_id}#{m.idx} {m.cameo} {actor(m.source)}>{actor(m.target)} {days}{place}"


def report(res: dict[str, Any]) -> str:
    lines = ["why happenings split (closest mention pair of each pair of events):"]
    for s in res["splits"]:
        lines.append(f"  {s['happening']}: {s['reason']}" + (f" {s['evidence']:.2f}" if s["evidence"] else "")
                     + f"  [{s['mentions'][0]} | {s['mentions'][1]}]")
    lines.append("  reasons: " + ("; ".join(f"{k} {v}" for k, v in res["table"].items()) or "none"))
    return "\n".join(lines)


def run(gold: str | None, part: str) -> dict[str, Any]:
    """Analyse a development part's articles, score them as ``lapwing eval clusters --part`` does and explain its
    splits (``"why"``)."""
    from lapwing.eval.clusters import READABLE_PARTS, _withheld, load_gold, score
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    if part not in READABLE_PARTS:
        raise ValueError(f"--why is for development parts only ({', '.join(READABLE_PARTS)}), not {part!r}")
    rows = load_gold(gold, part)
    pipe = Pipeline.create(config={})
    records = [pipe.analyse(Article(id=r["id"], title=r.get("title"), text=r["text"], published=r.get("published"),
                                    source=r.get("source"))) for r in rows]
    return _withheld({"part": part, **score(rows, records), "why": explain(rows, records)})


def report_with_scores(res: dict[str, Any]) -> str:
    from lapwing.eval.clusters import report as scores

    return scores(res) + "\n" + report(res["why"])
