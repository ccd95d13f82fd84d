"""Scale: one process, --jobs N worker processes and Ray with N workers, on the same input in one run.

For each mode: articles/s and words/s end to end (start-up included) and once started (from the
first finished batch to the last), peak resident memory per worker. Also the parse alone against
the full pipeline in one process. Input: the VOA benchmark stories from ../shared/data/corpora
(else Reuters-21578, else a synthetic article, said so), ``--repeat`` times.

    python bench/scale.py [--articles 89] [--repeat 1] [--jobs 2] [--batch 8] [--skip-ray] [--out bench/scale.json]
                          [--src DIR]

``--src DIR`` measures the Lapwing source tree at DIR (an earlier commit unpacked with ``git archive``,
say) instead of this checkout's ``src/``, in this process and in the workers it starts (``PYTHONPATH``).

Prints a table and writes the figures as JSON. Not a timed test: the figures depend on the machine and
on what else runs on it; the ratios between modes, measured in the same run, are what to compare.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def _source_tree(argv: list[str]) -> Path:
    """The tree given by ``--src`` (read before Lapwing is imported), else this checkout's ``src/``."""
    for k, a in enumerate(argv):
        if a == "--src" and k + 1 < len(argv):
            return Path(argv[k + 1]).resolve()
        if a.startswith("--src="):
            return Path(a.split("=", 1)[1]).resolve()
    return REPO / "src"


SRC = _source_tree(sys.argv[1:])
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(SRC))
# worker processes and Ray's workers import Lapwing from the same tree
os.environ["PYTHONPATH"] = os.pathsep.join([str(SRC)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])

from events_speed import articles as load_articles  # noqa: E402


def machine() -> dict:
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "")
    except OSError:
        cpu = platform.processor()
    try:
        load = os.getloadavg()
    except OSError:
        load = (0.0, 0.0, 0.0)
    return {"cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "load_avg_at_start": [round(x, 2) for x in load], "platform": platform.platform()}


def rate(n: int, seconds: float) -> float:
    return round(n / seconds, 2) if seconds > 0 else 0.0


def once_started(done_at: list[float], started: float) -> tuple[int, float]:
    """(articles, seconds) from ``started`` (pipelines built) to the last record done."""
    return len(done_at), (max(done_at) - started) if done_at else 0.0


def one_process(items, batch: int) -> dict:
    from lapwing.pipeline import Pipeline
    from lapwing.runners.pool import cpu_seconds, peak_rss_mb

    t0 = time.perf_counter()
    pipe = Pipeline.create()
    warm = getattr(pipe, "warm", None)  # what a worker does at start-up (trees before Pipeline.warm: nothing)
    if callable(warm):
        warm()
    list(pipe.analyse_many([items[0].article.model_copy()], batch_size=batch))  # warm up
    start_s = time.perf_counter() - t0
    texts = [i.article.text for i in items]
    t, c = time.perf_counter(), cpu_seconds()
    for _ in pipe.nlp.pipe(texts, batch_size=batch):
        pass
    parse_s, parse_cpu = time.perf_counter() - t, cpu_seconds() - c
    arts = [i.article.model_copy() for i in items]
    t, c = time.perf_counter(), cpu_seconds()
    statuses = [rec.status for rec in pipe.analyse_many(arts, batch_size=batch)]
    full_s, full_cpu = time.perf_counter() - t, cpu_seconds() - c
    return {"start_s": round(start_s, 2), "parse_s": round(parse_s, 2), "full_s": round(full_s, 2),
            "end_to_end_s": round(start_s + full_s, 2), "steady": (len(arts), full_s),
            "cpu_s": round(full_cpu, 2), "parse_cpu_s": round(parse_cpu, 2), "workers": 1,
            "rss_mb": [round(peak_rss_mb() or 0)], "ok": statuses.count("ok")}


def local_jobs(items, jobs: int, batch: int) -> dict:
    from lapwing.runners.local import process_items
    from lapwing.runners.pool import PipelineOptions, Workers, cpu_seconds, peak_rss_mb

    opts = PipelineOptions()
    t0 = time.perf_counter()
    pool = Workers(opts, jobs, batch)
    try:
        pool.submit([]).result()  # start every worker (and build its pipeline)
        start_s = time.perf_counter() - t0
        pids = pool.pids()
        t, c = time.perf_counter(), sum(cpu_seconds(p) or 0 for p in pids) + cpu_seconds()
        ok = 0
        for _ing, rec in process_items(items, opts, analyser=pool, chunk_size=batch, nlp_batch=batch):
            ok += rec is not None and rec.status == "ok"
        full_s = time.perf_counter() - t
        assert pool.pids() == pids, "a worker was restarted: CPU time not comparable"
        cpu = sum(cpu_seconds(p) or 0 for p in pids) + cpu_seconds() - c
        rss = [round(peak_rss_mb(pid) or 0) for pid in pids]
    finally:
        pool.close()
    return {"start_s": round(start_s, 2), "full_s": round(full_s, 2), "end_to_end_s": round(start_s + full_s, 2),
            "steady": (len(items), full_s), "cpu_s": round(cpu, 2), "workers": jobs, "rss_mb": rss, "ok": ok}


def on_ray(path: Path, jobs: int, batch: int) -> dict:
    import duckdb

    from lapwing.runners.pool import PipelineOptions
    from lapwing.runners.ray_runner import run_ray

    out = Path(tempfile.mkdtemp(prefix="lapwing-scale-")) / "out"
    t0 = time.time()
    res = run_ray([str(path)], out, PipelineOptions(), workers=jobs, batch_size=batch, quiet=True)
    end_to_end = time.time() - t0
    done, ready, actor_rss, worker_rss, cpu = duckdb.sql(
        f"SELECT list(analysed_at), min(actor_ready_at), max(actor_rss_mb), max(worker_rss_mb), sum(cpu_s) "
        f"FROM read_parquet('{out}/records/*.parquet')").fetchone()
    # once started: from the first actor with its pipeline built (conservative: the second may start later)
    return {"end_to_end_s": round(end_to_end, 2), "start_s": round(ready - t0, 2),
            "steady": once_started(done, ready), "complete": res.complete, "ok": res.status.get("ok", 0),
            "cpu_s": round(cpu or 0, 2), "workers": jobs,
            "rss_mb": [round(actor_rss or 0), round(worker_rss or 0)],
            "rss_note": "actor process, its analysing worker process", "out": str(out)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--batch", type=int, default=8, help="articles per chunk / Ray batch / nlp.pipe batch")
    ap.add_argument("--skip-ray", action="store_true")
    ap.add_argument("--out", default=str(REPO / "bench" / "scale.json"))
    ap.add_argument("--src", default=str(REPO / "src"), help="the Lapwing source tree to measure")
    args = ap.parse_args()
    import lapwing

    assert Path(lapwing.__file__).resolve().is_relative_to(SRC), f"imported {lapwing.__file__}, not from {SRC}"

    rows, source = load_articles(args.articles)
    rows = [dict(r, id=f"{r['id']}-{k}") for k in range(max(1, args.repeat)) for r in rows]
    tmp = Path(tempfile.mkdtemp(prefix="lapwing-scale-in-")) / "articles.jsonl"
    tmp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    from lapwing.ingest import read_inputs

    items = list(read_inputs([str(tmp)]))
    n = len(items)
    words = sum(len(i.article.text.split()) for i in items)
    info = {"command": "python bench/scale.py " + " ".join(sys.argv[1:]), "source": source, "articles": n,
            "words": words, "jobs": args.jobs, "batch": args.batch, "machine": machine(), "src": str(SRC),
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    try:
        info["git"] = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                     text=True, check=False).stdout.strip()
    except OSError:
        pass
    modes: dict[str, dict] = {}
    print(f"{n} articles, {words:,} words ({source}); {args.jobs} workers; batch {args.batch}", flush=True)
    modes["one process"] = one_process(items, args.batch)
    print("  one process done", flush=True)
    modes[f"--jobs {args.jobs}"] = local_jobs(items, args.jobs, args.batch)
    print(f"  --jobs {args.jobs} done", flush=True)
    if not args.skip_ray:
        modes[f"ray x{args.jobs}"] = on_ray(tmp, args.jobs, args.batch)
        print("  ray done", flush=True)
    for m in modes.values():
        sn, ss = m.pop("steady")
        m["steady_articles_per_s"] = rate(sn, ss)
        m["end_to_end_articles_per_s"] = rate(n, m["end_to_end_s"])
        m["words_per_s"] = round(m["steady_articles_per_s"] * words / n)
        m["cpu_ms_per_article"] = round(1000 * m["cpu_s"] / n, 1)
        # what the mode would do with its workers each on a core of its own (CPU time, not wall time)
        m["projected_articles_per_s"] = round(m["workers"] * n / m["cpu_s"], 2) if m["cpu_s"] else 0.0
    one = modes["one process"]
    one["parse_articles_per_s"] = rate(n, one["parse_s"])
    one["extractors_over_parse"] = round(one["full_s"] / one["parse_s"] - 1, 3)
    one["extractors_over_parse_cpu"] = round(one["cpu_s"] / one["parse_cpu_s"] - 1, 3)
    base = one["steady_articles_per_s"] or 1.0
    ratios = {name: round(m["steady_articles_per_s"] / base, 2) for name, m in modes.items()}
    jobs_key, ray_key = f"--jobs {args.jobs}", f"ray x{args.jobs}"
    if ray_key in modes and modes[jobs_key]["steady_articles_per_s"]:
        ratios[f"{ray_key} / {jobs_key}"] = round(modes[ray_key]["steady_articles_per_s"]
                                                  / modes[jobs_key]["steady_articles_per_s"], 2)
    cpu_base = one["cpu_ms_per_article"] or 1.0
    projected = {name: round(m["projected_articles_per_s"] / (one["projected_articles_per_s"] or 1.0), 2)
                 for name, m in modes.items()}
    if ray_key in modes and modes[jobs_key]["projected_articles_per_s"]:
        projected[f"{ray_key} / {jobs_key}"] = round(modes[ray_key]["projected_articles_per_s"]
                                                     / modes[jobs_key]["projected_articles_per_s"], 2)
    result = {**info, "modes": modes, "ratios_once_started": ratios, "ratios_projected_from_cpu": projected,
              "cpu_per_article_vs_one": {k: round(m["cpu_ms_per_article"] / cpu_base, 2) for k, m in modes.items()}}
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    print(f"\n{'mode':<14}{'art/s started':>14}{'words/s':>9}{'art/s e2e':>11}{'start s':>9}{'peak RSS MB/worker':>20}"
          f"{'x one':>7}{'CPU ms/art':>11}{'projected art/s':>16}{'x one':>7}")
    for name, m in modes.items():
        print(f"{name:<14}{m['steady_articles_per_s']:>14.2f}{m['words_per_s']:>9,}{m['end_to_end_articles_per_s']:>11.2f}"
              f"{m['start_s']:>9.1f}{'/'.join(str(x) for x in m['rss_mb']):>20}{ratios[name]:>7.2f}"
              f"{m['cpu_ms_per_article']:>11.0f}{m['projected_articles_per_s']:>16.2f}{projected[name]:>7.2f}")
    print("(projected: each worker on a core of its own, from the CPU time the analysis used; Ray counts its actors"
          " and their workers, not Ray's own processes)")
    print(f"\nparse alone {one['parse_articles_per_s']:.2f} art/s; full pipeline {rate(n, one['full_s']):.2f} art/s "
          f"(extractors +{one['extractors_over_parse']:.0%} over the parse in wall time, "
          f"+{one['extractors_over_parse_cpu']:.0%} in CPU time; parse alone {1000 * one['parse_cpu_s'] / n:.0f} CPU ms "
          f"per article = {n / one['parse_cpu_s']:.2f} art/s per core)")
    for k, v in ratios.items():
        if "/" in k:
            print(f"{k}: {v:.2f} once started (wall time), {projected.get(k, 0):.2f} projected from CPU time")
    print(f"machine: {info['machine']['cpus']} CPUs, load {info['machine']['load_avg_at_start']} at start (shared: "
          "absolute figures are noisy, ratios are from one run); JSON: " + args.out)


if __name__ == "__main__":
    main()
