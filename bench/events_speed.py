"""Speed of the event coder against the parse it needs, in one run.

Phases, on the same articles (VOA benchmark stories from ../shared/data/corpora, else Reuters-21578,
else a synthetic article, said so in the output):

1. parse only: ``nlp.pipe`` over the article texts (``--parse-repeat N`` times, the fastest pass by CPU time the one the
   shares are of, every pass in the JSON: the process's first full parse of the stories pays one-time costs of its
   own: 4.6-10.2 CPU s for the 89 stories where later passes took 3.9-5.3, 2026-12-05);
2. parse + all default extractors: ``Pipeline.analyse_many`` (what ``lapwing extract`` does);
3. the extractors alone on the docs of phase 1, timed per extractor (events among them), each given the pipeline's
   spaCy model as ``Pipeline.analyse`` gives it (``Context.nlp``: the event coder's repair 50 parses split clauses
   with it; before 2026-12-04 22:00 this phase left it out, and repair 50 with it);
   ``--extract-repeat N`` times, each extractor's fastest pass reported (all passes in the JSON).

Prints articles/s for phases 1 and 2, each extractor's share of the parse time (the event coder's
budget is 15 %), and peak resident memory after each phase; wall time and CPU time of this process
(on a machine shared with other work, CPU time is the steadier of the two).

    python bench/events_speed.py [--articles 89] [--repeat 1] [--batch-size 32] [--extract-repeat 1] [--json]
                                 [--parse-repeat 1] [--src DIR] [--profile N] [--sample N]

``--profile N`` runs one more pass of the extractors under ``cProfile`` and prints the N Lapwing
functions with the most cumulative time, as a share of that pass (profiling slows Python calls down
unevenly: read the shares, not the seconds).

``--sample N`` runs one more pass of the extractors with a sampling profiler (the interpreter's stack read
every 0.5 ms of CPU time, ``SIGPROF``) and prints the N Lapwing functions with most samples, inclusive and
on their own (what a function calls outside Lapwing, spaCy's ``doc[i]`` or pydantic say, counts as its own). It
slows nothing down, so its shares are those of an ordinary pass: cProfile's are inflated for functions
that make many small calls.

``--src DIR`` measures the Lapwing source tree at DIR (for example an earlier commit unpacked with
``git archive``) instead of this checkout's ``src/``: run it for two trees one after the other to
compare code versions on the same machine in the same hour.

Not a timed test: the figures depend on the machine (and on what else runs on it).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: kilobytes


def articles(n: int) -> tuple[list[dict], str]:
    voa = DATA / "corpora" / "voa_benchmark" / "voa_stories.jsonl"
    if voa.exists():
        rows = [json.loads(x) for x in voa.read_text(encoding="utf-8").splitlines() if x.strip()]
        return [{"id": r["id"], "text": r["text"], "published": (r.get("published") or "")[:10] or None}
                for r in rows[:n]], "voa_benchmark"
    reuters = DATA / "corpora" / "reuters21578" / "reut2-000.sgm"
    if reuters.exists():
        raw = reuters.read_text(encoding="latin-1")
        bodies = [re.sub(r"&[a-z]+;|&#\d+;", " ", b).strip() for b in re.findall(r"<BODY>(.*?)</BODY>", raw, re.S)]
        return [{"id": str(i), "text": b, "published": None} for i, b in enumerate(bodies[:n])], "reuters21578"
    sample = ("Venezuelan opposition leader Juan Guaido called on the armed forces to abandon President "
              "Nicolas Maduro in Caracas on Tuesday. Protesters clashed with security forces. ") * 20
    return [{"id": str(i), "text": sample, "published": None} for i in range(n)], "synthetic (shared data absent)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--repeat", type=int, default=1, help="run the article list this many times")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--src", default=str(REPO / "src"), help="the Lapwing source tree to measure")
    ap.add_argument("--extract-repeat", type=int, default=1,
                    help="time the extractors alone this many times over the same docs; each one's fastest pass "
                         "is reported (steadier on a shared machine)")
    ap.add_argument("--parse-repeat", type=int, default=1, metavar="N",
                    help="time the parse alone this many times; the fastest pass (CPU time) is the one the shares "
                         "are of (the first pass pays one-time costs)")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="after the timed passes, profile one pass of the extractors and print its N costliest "
                         "Lapwing functions (cumulative time)")
    ap.add_argument("--sample", type=int, default=0, metavar="N",
                    help="after the timed passes, sample one pass of the extractors (SIGPROF every 0.5 ms) and "
                         "print its N Lapwing functions with most samples, inclusive and self")
    args = ap.parse_args()

    sys.path.insert(0, str(Path(args.src).resolve()))
    from lapwing.extract.registry import Context
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article, ArticleRecord

    pipe = Pipeline.create()
    rows, source = articles(args.articles)
    rows = rows * max(1, args.repeat)
    arts = [Article(id=r["id"], text=r["text"], published=r["published"], language="en") for r in rows]
    words = sum(len(a.text.split()) for a in arts)
    mem0 = peak_mb()
    # warm up (model weights, lexicons, caches), as a worker does at start-up where the tree can
    warm = getattr(pipe, "warm", None)
    if callable(warm):
        warm()
    list(pipe.analyse_many(arts[:3], batch_size=args.batch_size))

    parse_passes: list[tuple[float, float]] = []
    docs: list = []
    for _ in range(max(1, args.parse_repeat)):
        docs = []  # (the last pass's docs are freed before the next is parsed)
        t0, c0 = time.perf_counter(), time.process_time()
        docs = list(pipe.nlp.pipe([a.text for a in arts], batch_size=args.batch_size))
        parse_passes.append((time.perf_counter() - t0, time.process_time() - c0))
    parse_s, parse_cpu = min(parse_passes, key=lambda p: p[1])
    mem_parse = peak_mb()

    t0, c0 = time.perf_counter(), time.process_time()
    records = list(pipe.analyse_many(arts, batch_size=args.batch_size))
    full_s, full_cpu = time.perf_counter() - t0, time.process_time() - c0
    mem_full = peak_mb()

    try:  # the per-document facts the extractors share, dropped before each pass so that each pays for them
        from lapwing.extract.docfacts import forget
    except ImportError:  # a tree from before extract/docfacts.py
        def forget(doc) -> None:
            pass

    nlp_arg = _nlp_arg(pipe)
    per: dict[str, float] = {}
    per_cpu: dict[str, float] = {}
    passes: list[dict[str, float]] = []
    n_events = 0
    for _ in range(max(1, args.extract_repeat)):
        wall: dict[str, float] = defaultdict(float)
        cpu: dict[str, float] = defaultdict(float)
        n_events = 0
        for doc, art in zip(docs, arts):
            forget(doc)
            rec = ArticleRecord(article=art)
            ctx = Context(doc=doc, article=art, record=rec, config=pipe.config, **nlp_arg)
            for spec in pipe.extractors:
                t, c = time.perf_counter(), time.process_time()
                spec.fn(ctx)
                wall[spec.name] += time.perf_counter() - t
                cpu[spec.name] += time.process_time() - c
            n_events += len(rec.events)
        passes.append(dict(cpu))
        for name in cpu:  # the fastest pass of each extractor: the least disturbed by other load
            if name not in per_cpu or cpu[name] < per_cpu[name]:
                per_cpu[name], per[name] = cpu[name], wall[name]
    extract_s = sum(per.values())
    extract_cpu = sum(per_cpu.values())
    hot = profile_pass(pipe, docs, arts, forget, args.profile) if args.profile > 0 else []
    sampled = sample_pass(pipe, docs, arts, forget, args.sample) if args.sample > 0 else {}

    out = {
        "source": source,
        "src": str(Path(args.src).resolve()),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
        "articles": len(arts),
        "words": words,
        "model": pipe.provenance["model"],
        "extractors": pipe.provenance["extractors"],
        "parse_only": {"seconds": round(parse_s, 2), "articles_per_s": round(len(arts) / parse_s, 2),
                       "words_per_s": round(words / parse_s), "cpu_s": round(parse_cpu, 2),
                       "passes_cpu_s": [round(c, 2) for _s, c in parse_passes]},
        "parse_and_extract": {"seconds": round(full_s, 2), "articles_per_s": round(len(arts) / full_s, 2),
                              "overhead_vs_parse": round(full_s / parse_s - 1, 3), "cpu_s": round(full_cpu, 2),
                              "overhead_vs_parse_cpu": round(full_cpu / parse_cpu - 1, 3)},
        "extractors_alone": {name: {"seconds": round(s, 3), "share_of_parse": round(s / parse_s, 3),
                                    "cpu_s": round(per_cpu[name], 3),
                                    "cpu_share_of_parse": round(per_cpu[name] / parse_cpu, 3)}
                             for name, s in per.items()},
        "extractor_passes_cpu_s": [{k: round(v, 3) for k, v in p.items()} for p in passes],
        "extract_share_of_parse": round(extract_s / parse_s, 3),
        "extract_cpu_share_of_parse": round(extract_cpu / parse_cpu, 3),
        "events_share_of_parse": round(per.get("events", 0.0) / parse_s, 3),
        "events_cpu_share_of_parse": round(per_cpu.get("events", 0.0) / parse_cpu, 3),
        "events_coded": n_events,
        "records_failed": sum(1 for r in records if r.status != "ok"),
        "peak_rss_mb": {"before": round(mem0), "after_parse": round(mem_parse), "after_extract": round(mem_full)},
    }
    if hot:
        out["profile_cumulative_share"] = hot
    if sampled:
        out["sampled_share"] = sampled
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{out['articles']} articles, {words:,} words ({source}); model {out['model']}; src {out['src']}")
    print(f"  parse only          {out['parse_only']['articles_per_s']:7.2f} articles/s  ({parse_s:.1f} s, "
          f"{parse_cpu:.1f} CPU s" + (f"; fastest of {len(parse_passes)} passes: "
                                     + ", ".join(f"{c:.1f}" for _s, c in parse_passes) if len(parse_passes) > 1 else "")
          + ")")
    print(f"  parse + extractors  {out['parse_and_extract']['articles_per_s']:7.2f} articles/s  ({full_s:.1f} s, "
          f"+{out['parse_and_extract']['overhead_vs_parse']:.1%} over parse; {full_cpu:.1f} CPU s, "
          f"+{out['parse_and_extract']['overhead_vs_parse_cpu']:.1%})")
    for name, v in out["extractors_alone"].items():
        print(f"    {name:<10} {v['seconds']:7.2f} s  = {v['share_of_parse']:6.1%} of parse time; "
              f"{v['cpu_s']:7.2f} CPU s = {v['cpu_share_of_parse']:6.1%} of parse CPU")
    print(f"  extractors alone: {out['extract_cpu_share_of_parse']:.1%} of the parse's CPU time")
    print(f"  event coder: {out['events_share_of_parse']:.1%} of parse time, {out['events_cpu_share_of_parse']:.1%} of "
          f"its CPU time (budget 15%); {n_events} events")
    print(f"  peak RSS: {out['peak_rss_mb']['before']} MB at start, {out['peak_rss_mb']['after_parse']} MB after "
          f"parse, {out['peak_rss_mb']['after_extract']} MB after extraction")
    if hot:
        print("  profiled pass of the extractors, cumulative share (calls):")
        for row in hot:
            print(f"    {row['share']:6.1%}  {row['calls']:>8}  {row['function']}")
    if sampled:
        print(f"  sampled pass of the extractors ({sampled['samples']} samples), share of the samples "
              "inclusive / self:")
        for row in sampled["functions"]:
            print(f"    {row['inclusive']:6.1%} {row['self']:6.1%}  {row['function']}")


def _nlp_arg(pipe) -> dict:
    """The pipeline's spaCy model for each ``Context``, as ``Pipeline.analyse`` gives it (the event coder's repair 50
    parses split clauses with it); nothing for a tree whose ``Context`` has no such field."""
    from dataclasses import fields

    from lapwing.extract.registry import Context

    return {"nlp": pipe.nlp} if any(f.name == "nlp" for f in fields(Context)) else {}


def profile_pass(pipe, docs, arts, forget, top: int) -> list[dict]:
    """One pass of the extractors under cProfile: the ``top`` Lapwing functions by cumulative time."""
    import cProfile
    import pstats

    from lapwing.extract.registry import Context
    from lapwing.schema import ArticleRecord

    prof = cProfile.Profile()
    prof.enable()
    for doc, art in zip(docs, arts):
        forget(doc)
        ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config, **_nlp_arg(pipe))
        for spec in pipe.extractors:
            spec.fn(ctx)
    prof.disable()
    stats = pstats.Stats(prof).stats  # (file, line, name) -> (calls, primitive calls, own, cumulative, callers)
    total = sum(v[2] for v in stats.values()) or 1.0
    rows = [(v[3], v[1], k) for k, v in stats.items() if "/lapwing/" in k[0]]
    rows.sort(key=lambda r: -r[0])
    return [{"function": f"{k[0].split('/lapwing/', 1)[1]}:{k[1]}({k[2]})", "calls": calls,
             "share": round(cum / total, 4)} for cum, calls, k in rows[:top]]


def sample_pass(pipe, docs, arts, forget, top: int, interval: float = 0.0005) -> dict:
    """One pass of the extractors under the sampling profiler (``stack_sampler.py``): each Lapwing function's share
    of the samples with it on the stack (inclusive) and innermost (self). The ``top`` functions by inclusive share."""
    from stack_sampler import StackSampler

    from lapwing.extract.registry import Context
    from lapwing.schema import ArticleRecord

    with StackSampler(interval) as sampler:
        sampler.start()
        for doc, art in zip(docs, arts):
            forget(doc)
            ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config, **_nlp_arg(pipe))
            for spec in pipe.extractors:
                spec.fn(ctx)
    return sampler.result(top)


if __name__ == "__main__":
    main()
