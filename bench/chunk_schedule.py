"""How much of a ``--jobs N`` run the chunking's tail loses, from measured per-article CPU times (no wall clock).

On a shared machine the wall time of a two-worker run moves with the other load far more than by the time one
worker waits alone at the end of the input, so this measures each article's CPU time in one process (fastest of
``--repeat`` passes of ``Pipeline.analyse``) and replays the local runner's schedule on those times: ``N`` workers
taking the submitted chunks first come first served, the parent keeping two chunks per worker in flight (or, with
the guided tail, two chunks' worth of articles) and refilling when the oldest chunk is done. Printed: the makespan
and the speed-up over one worker for fixed chunks and for the runner's chunks (:mod:`lapwing.runners.chunking`), on
the stories in their order and on random draws of longer inputs from the same times.

``--real`` then runs the local runner itself (``process_items`` with a :class:`Workers` pool, three times) over
articles whose only extractor sleeps for each story's measured time: the real processes, chunks and hand-over of
records, and a wall time that the machine's other load hardly moves (the workers sleep, they do not compute).

    python bench/chunk_schedule.py [--jobs 2] [--chunk 8] [--repeat 2] [--src DIR] [--times FILE] [--real]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
VOA = REPO.parent / "shared" / "data" / "corpora" / "voa_benchmark" / "voa_stories.jsonl"


def article_times(repeat: int) -> list[float]:
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    rows = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    arts = [Article(id=str(r["id"]), text=r["text"], published=(r.get("published") or "")[:10] or None,
                    language="en") for r in rows]
    pipe = Pipeline.create()
    pipe.warm()
    best = [float("inf")] * len(arts)
    for _ in range(max(1, repeat)):
        for k, a in enumerate(arts):
            t = time.process_time()
            pipe.analyse(a.model_copy())
            best[k] = min(best[k], time.process_time() - t)
    return best


_SLEEPS_ENV = "LAPWING_BENCH_SLEEPS"


def _sleep_factory():
    """A blank-model pipeline whose one extractor sleeps for the article's time (a worker process builds it)."""
    from lapwing.extract.registry import Context, extractor
    from lapwing.pipeline import Pipeline

    sleeps = json.loads(Path(os.environ[_SLEEPS_ENV]).read_text())

    @extractor("_bench_sleep")
    def _sleep(ctx: Context) -> None:
        head, _, num = ctx.article.id.rpartition("-")
        if head == "s" and num.isdigit():  # (not the pipeline's warm-up article)
            time.sleep(sleeps[int(num)])

    return Pipeline.create(model="blank", extractors=["_bench_sleep"])


def real_runs(times: list[float], jobs: int, size: int, runs: int = 3) -> list[float]:
    """Wall seconds of the local runner over ``len(times)`` articles that each sleep their time, ``runs`` times."""
    import tempfile

    from lapwing.ingest.base import Ingested
    from lapwing.runners.local import Workers, process_items
    from lapwing.schema import Article

    path = Path(tempfile.mkdtemp(prefix="lapwing-chunks-")) / "sleeps.json"
    path.write_text(json.dumps(times))
    os.environ[_SLEEPS_ENV] = str(path)  # (the spawned workers inherit it)
    items = [Ingested(article=Article(id=f"s-{i}", text=f"Story {i}.", language="en"), origin=f"s:{i + 1}")
             for i in range(len(times))]
    pool = Workers(_sleep_factory, jobs, size)
    out = []
    try:
        pool.submit([]).result()
        for _ in range(runs):
            t = time.perf_counter()
            got = [rec.article.id for _ing, rec in process_items(items, analyser=pool, chunk_size=size, nlp_batch=size)]
            out.append(time.perf_counter() - t)
            assert got == [i.article.id for i in items], "records out of order"
    finally:
        pool.close()
    return out


def fixed(units: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(units), size):
        yield units[i:i + size]


def makespan(times: list[float], chunker: Callable[[list[int]], Iterator[list[int]]], workers: int, size: int,
             by_units: bool) -> float:
    """When the last chunk is done, under the local runner's schedule (see the module's note)."""
    source = chunker(list(range(len(times))))
    ahead = 2 * workers
    pending: list[list] = []  # [units, done at, submitted at], in input order
    queue: list[list] = []  # submitted, not started
    free = [0.0] * workers  # when each worker is next free

    def fill(now: float) -> None:
        while len(pending) < ahead or (by_units and sum(len(p[0]) for p in pending) < ahead * size):
            units = next(source, None)
            if units is None:
                return
            entry = [units, None, now]
            pending.append(entry)
            queue.append(entry)

    def dispatch() -> None:
        while queue:
            w = min(range(workers), key=free.__getitem__)
            entry = queue.pop(0)
            free[w] = max(free[w], entry[2]) + sum(times[u] for u in entry[0])
            entry[1] = free[w]

    now = 0.0
    fill(now)
    dispatch()
    while pending:
        head = pending.pop(0)
        now = max(now, head[1])
        fill(now)
        dispatch()
    return now


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--chunk", type=int, default=8, help="articles per chunk (bench/scale.py's --batch)")
    ap.add_argument("--repeat", type=int, default=2, help="passes over the stories; each article's fastest kept")
    ap.add_argument("--draws", type=int, default=50)
    ap.add_argument("--times", help="per-article CPU times (JSON list) to read instead of measuring; written after "
                                    "measuring when the file does not exist")
    ap.add_argument("--src", default=str(REPO / "src"), help="the Lapwing source tree to measure")
    ap.add_argument("--real", action="store_true", help="also run the runner's workers on sleeps of those times")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.src).resolve()))
    import lapwing

    assert Path(lapwing.__file__).resolve().is_relative_to(Path(args.src).resolve()), f"imported {lapwing.__file__}"
    try:
        from lapwing.runners.chunking import worker_chunks
    except ImportError:  # an older tree: fixed chunks only (for --real)
        worker_chunks = None

    if args.times and Path(args.times).exists():
        times = json.loads(Path(args.times).read_text())
    else:
        times = article_times(args.repeat)
        if args.times:
            Path(args.times).write_text(json.dumps(times))
    jobs, size = args.jobs, args.chunk

    def both(ts: list[float]) -> tuple[float, float]:
        one = sum(ts)
        old = makespan(ts, lambda u: fixed(u, size), jobs, size, False)
        new = makespan(ts, lambda u: worker_chunks(u, size, jobs), jobs, size, True)
        return one / old, one / new

    one = sum(times)
    if args.real:
        walls = real_runs(times, jobs, size)
        print(f"{len(times)} articles sleeping {one:.2f} s in all, the runner of {args.src} with {jobs} workers, chunks "
              f"of {size}: {', '.join(f'{w:.2f}' for w in walls)} s wall = "
              f"{', '.join(f'{one / w:.3f}' for w in walls)}x one worker")
    if worker_chunks is None:
        return
    old, new = both(times)
    print(f"{len(times)} stories, {one:.2f} CPU s in one process (fastest of {args.repeat}); {jobs} workers, "
          f"chunks of {size}")
    print(f"  in input order: fixed chunks {old:.3f}x one worker, the runner's chunks {new:.3f}x (ideal {jobs}x)")
    for n in (len(times), 200, 1000):
        fx, gd = [], []
        for seed in range(args.draws):
            rng = random.Random(seed)
            a, b = both([rng.choice(times) for _ in range(n)])
            fx.append(a)
            gd.append(b)
        print(f"  {n} articles drawn from those times ({args.draws} draws): fixed chunks {statistics.mean(fx):.3f}x "
              f"(lowest {min(fx):.3f}), the runner's chunks {statistics.mean(gd):.3f}x (lowest {min(gd):.3f})")


if __name__ == "__main__":
    main()
