"""Speed of the cross-article clustering (and of near-duplicate detection) at scale, in one run.

Real event mentions come from analysing a small corpus once (the VOA benchmark stories in
../shared/data/corpora, else the bundled examples); they are then spread over N synthetic
articles: each synthetic article takes 1-6 mentions of one source article, shifted by a random
number of days over a year and published by one of 200 outlets, so that the store holds many
reports of the same kinds of events by the same actors, as a real year of news does. Baseline in
the same run: building the mentions' blocks and candidate pairs alone.

    python bench/cluster_speed.py [--articles 10000] [--seed 1] [--records FILE.jsonl] [--json]

Not a timed test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import resource
import sys
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VOA = REPO.parent / "shared" / "data" / "corpora" / "voa_benchmark"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def source_records(records: str | None = None):
    from lapwing.ingest import read_inputs
    from lapwing.pipeline import Pipeline

    if records:  # records written by `lapwing extract ... --out FILE`
        from lapwing.export import read_jsonl

        return Path(records), [r for r in read_jsonl(records) if r.status == "ok" and r.events]
    path = VOA if VOA.exists() else REPO / "examples"
    pipe = Pipeline.create()
    arts = [ing.article for ing in read_inputs([path]) if ing.article is not None]
    return path, [r for r in pipe.analyse_many(arts) if r.status == "ok" and r.events]


def synthetic(records, n: int, seed: int):
    from lapwing.store.mentions import mentions_of

    rng = random.Random(seed)
    pools = [mentions_of(r) for r in records]
    out = []
    for k in range(n):
        pool = rng.choice(pools)
        shift = timedelta(days=rng.randrange(365))
        outlet = f"outlet-{rng.randrange(200)}"
        for m in rng.sample(pool, min(len(pool), rng.randint(1, 6))):
            out.append(dataclasses.replace(
                m, article_id=f"syn-{k:06d}", outlet=outlet,
                day_from=m.day_from + shift if m.day_from else None,
                day_to=m.day_to + shift if m.day_to else None))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--records", help="take the source mentions from this JSONL of records (lapwing extract --out)")
    args = ap.parse_args()
    from lapwing.store.clustering import candidate_pairs, cluster

    t0 = time.perf_counter()
    path, records = source_records(args.records)
    t_parse = time.perf_counter() - t0
    mentions = synthetic(records, args.articles, args.seed)
    t0 = time.perf_counter()
    pairs = candidate_pairs(mentions)
    t_pairs = time.perf_counter() - t0
    t0 = time.perf_counter()
    clusters = cluster(mentions)
    t_cluster = time.perf_counter() - t0
    res = {
        "source": str(path), "source_articles": len(records), "seconds_to_analyse_sources": round(t_parse, 1),
        "articles": args.articles, "mentions": len(mentions), "candidate_pairs": len(pairs),
        "baseline_blocking_seconds": round(t_pairs, 2), "clustering_seconds": round(t_cluster, 2),
        "events": len(clusters), "mentions_per_second": round(len(mentions) / t_cluster),
        "peak_mb": round(peak_mb()),
    }
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"{res['articles']:,} synthetic articles, {res['mentions']:,} mentions (from {res['source_articles']} "
              f"analysed stories of {path.name})")
        print(f"  baseline, blocking and candidate pairs only: {res['baseline_blocking_seconds']} s "
              f"({res['candidate_pairs']:,} pairs)")
        print(f"  clustering: {res['clustering_seconds']} s -> {res['events']:,} events "
              f"({res['mentions_per_second']:,} mentions/s), peak {res['peak_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
