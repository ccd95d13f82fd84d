"""Loading the same records into PostgreSQL and into DuckDB, in one run: seconds per article.

The 89 VOA benchmark stories (../shared/data/corpora/voa_benchmark) are analysed once with the
shipped pipeline; then, for each store and each repetition, a new empty store is filled with those
records the way ``lapwing run`` fills it: a run, batches of ``--batch-size`` records (one
transaction each), then the cross-article clustering. Printed per store: the median time to write
the records and to cluster them, and the time per article of both (the target: PostgreSQL at
least as fast as DuckDB per article).

PostgreSQL: a throwaway server started for the run (``initdb`` into a temporary folder, with
PostgreSQL's default durability: fsync and synchronous commit on, as DuckDB syncs its commits
too), or ``--pg-url`` for a server of your own (a database is created on it for each repetition).

    python bench/store_load.py [--articles 89] [--repeat 3] [--batch-size 100] [--copies 1] [--json]

``--copies N`` writes each record N times under new ids (a bigger load from the same stories).
Not a timed test: the figures depend on the machine (and on what else runs on it).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def stories(n: int) -> tuple[list[dict], str]:
    voa = DATA / "corpora" / "voa_benchmark" / "voa_stories.jsonl"
    if voa.exists():
        rows = [json.loads(x) for x in voa.read_text(encoding="utf-8").splitlines() if x.strip()]
        return [{"id": r["id"], "text": r["text"], "title": r.get("title"), "published": r.get("published"),
                 "url": r.get("url"), "source": r.get("source") or "VOA"} for r in rows[:n]], "voa_benchmark"
    sample = ("Venezuelan opposition leader Juan Guaido called on the armed forces to abandon President "
              "Nicolas Maduro in Caracas on Tuesday. Police arrested 20 protesters in Maracaibo. ") * 8
    return [{"id": f"synthetic-{i}", "text": sample + f" Report {i}.", "published": "2019-04-30"} for i in range(n)], \
        "synthetic (shared data absent)"


def analyse(rows: list[dict]) -> list:
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    pipe = Pipeline.create()
    arts = [Article(**{k: v for k, v in r.items() if v is not None}) for r in rows]
    return list(pipe.analyse_many(arts))


def with_copies(records: list, copies: int) -> list:
    if copies <= 1:
        return records
    out = []
    for k in range(copies):
        for r in records:
            c = r.model_copy(deep=True)
            c.article.id = f"{r.article.id}~{k}"
            out.append(c)
    return out


def load(db: str, records: list, batch_size: int) -> tuple[float, float]:
    """Seconds to write the records (a run, batches of ``batch_size``) and to cluster them."""
    from lapwing.ingest.base import Ingested
    from lapwing.store import open_store

    with open_store(db) as store:
        t0 = time.perf_counter()
        writer = store.start_run(command="bench", inputs=["bench"], batch_size=batch_size)
        for i, rec in enumerate(records):
            writer.add(Ingested(article=rec.article, origin=f"bench.jsonl:{i + 1}"), rec)
        writer.flush()
        t1 = time.perf_counter()
        store.update_happenings()
        writer.finish()
        t2 = time.perf_counter()
        assert store.row_counts()["articles"] == len(records)
    return t1 - t0, t2 - t1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=100)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--pg-url", help="a PostgreSQL server URL (a superuser's) instead of a throwaway server")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    rows, corpus = stories(args.articles)
    t = time.perf_counter()
    records = with_copies(analyse(rows), args.copies)
    t_analyse = time.perf_counter() - t
    n = len(records)
    n_events = sum(len(r.events) for r in records)

    cluster = None
    if args.pg_url:
        import psycopg

        base = args.pg_url

        def new_pg() -> str:
            name = f"lw_bench_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(base, autocommit=True) as con:
                con.execute(f'CREATE DATABASE "{name}"')
            return base.split("?", 1)[0].rsplit("/", 1)[0] + "/" + name
    else:
        from lapwing.store.pg_cluster import TempCluster

        cluster = TempCluster(durable=True).start()

        def new_pg() -> str:
            return cluster.create_database(f"lw_bench_{uuid.uuid4().hex[:8]}")

    results: dict[str, list[tuple[float, float]]] = {"duckdb": [], "postgresql": []}
    try:
        with tempfile.TemporaryDirectory(prefix="lapwing-bench-") as tmp:
            for k in range(args.repeat):
                # alternate the order, so that neither store always runs on a warmer machine
                order = ("duckdb", "postgresql") if k % 2 == 0 else ("postgresql", "duckdb")
                for backend in order:
                    db = str(Path(tmp) / f"b{k}.duckdb") if backend == "duckdb" else new_pg()
                    results[backend].append(load(db, records, args.batch_size))
    finally:
        if cluster is not None:
            cluster.stop()

    table = {}
    for backend, runs in results.items():
        write = statistics.median(r[0] for r in runs)
        clus = statistics.median(r[1] for r in runs)
        table[backend] = {"write_s": write, "cluster_s": clus, "write_ms_per_article": 1000 * write / n,
                          "total_ms_per_article": 1000 * (write + clus) / n}
    out = {"corpus": corpus, "articles": n, "events": n_events, "analyse_s": t_analyse, "repeat": args.repeat,
           "batch_size": args.batch_size, "postgresql": "--pg-url" if args.pg_url else "throwaway server (durable)",
           "stores": table}
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{n} records ({corpus}, {n_events} events; analysed once in {t_analyse:.1f} s), batches of "
          f"{args.batch_size}, median of {args.repeat}")
    print(f"{'store':<12}{'write s':>10}{'cluster s':>11}{'write ms/article':>18}{'total ms/article':>18}")
    for backend, r in table.items():
        print(f"{backend:<12}{r['write_s']:>10.3f}{r['cluster_s']:>11.3f}{r['write_ms_per_article']:>18.2f}"
              f"{r['total_ms_per_article']:>18.2f}")
    ratio = table["postgresql"]["total_ms_per_article"] / table["duckdb"]["total_ms_per_article"]
    print(f"PostgreSQL / DuckDB time per article: {ratio:.2f} (target: at most 1.00)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
