"""Where the extractors other than the event coder spend their time, extractor by extractor, on a warm parse.

The articles (the VOA benchmark stories, as ``bench/events_speed.py`` takes them, and ``examples/articles.jsonl``)
are parsed once; the extractors then run over those docs ``--repeat`` times (after one pass that fills the caches, as
a long run's first articles do), each extractor's CPU time taken per pass, with the record's making (``ArticleRecord``
with its provenance) and writing (``ArticleRecord.to_json``, what ``lapwing extract`` writes) timed as two more steps.
A sampling profiler (the interpreter's stack read every 0.5 ms of CPU time, ``SIGPROF``; it slows nothing down) gives
each sample to the step running and to the Lapwing functions on the stack: the top ``--top`` functions of each step
are printed, inclusive and on their own (what a function calls outside Lapwing, spaCy's ``doc[i]`` or pydantic say,
counts as its own).

    python bench/extractors_profile.py [--repeat 4] [--top 8] [--events] [--src DIR] [--json]

``--events`` samples the event coder too (left out by default: ``bench/events_speed.py --sample`` is its profile).
Not a timed test: the figures depend on the machine and on what else runs on it; read the shares.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=4, help="sampled passes over the docs (after one warm-up pass)")
    ap.add_argument("--top", type=int, default=8, help="functions shown per step")
    ap.add_argument("--events", action="store_true", help="sample the event coder too")
    ap.add_argument("--src", default=str(REPO / "src"), help="the Lapwing source tree to measure")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "bench"))
    sys.path.insert(0, str(Path(args.src).resolve()))
    from events_speed import articles

    from lapwing.extract.docfacts import forget
    from lapwing.extract.registry import Context
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article, ArticleRecord

    rows, source = articles(89)
    for line in (REPO / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append({"id": r["id"], "text": r["text"], "published": r.get("published")})
    arts = [Article(id=r["id"], text=r["text"], published=r["published"], language="en") for r in rows]
    pipe = Pipeline.create()
    pipe.warm()
    docs = list(pipe.nlp.pipe([a.text for a in arts], batch_size=32))

    step: list[str | None] = [None]
    per_step: Counter = Counter()
    own: dict[str, Counter] = {}
    inclusive: dict[str, Counter] = {}

    def on_signal(_sig, frame) -> None:
        name = step[0]
        if name is None:
            return
        per_step[name] += 1
        seen: set = set()
        first = True
        f = frame
        while f is not None:
            code = f.f_code
            if "/lapwing/" in code.co_filename:
                key = f"{code.co_filename.split('/lapwing/', 1)[1]}:{code.co_firstlineno}({code.co_name})"
                if first:
                    own.setdefault(name, Counter())[key] += 1
                    first = False
                if key not in seen:
                    seen.add(key)
                    inclusive.setdefault(name, Counter())[key] += 1
            f = f.f_back

    def one_pass(sampled: bool) -> dict[str, float]:
        cpu: Counter = Counter()
        for doc, art in zip(docs, arts):
            forget(doc)
            c = time.process_time()
            step[0] = "record" if sampled else None
            rec = ArticleRecord(article=art, pipeline=pipe.provenance)
            cpu["record"] += time.process_time() - c
            ctx = Context(doc=doc, article=art, record=rec, config=pipe.config, nlp=pipe.nlp)
            for spec in pipe.extractors:
                step[0] = spec.name if sampled and (args.events or spec.name != "events") else None
                c = time.process_time()
                spec.fn(ctx)
                cpu[spec.name] += time.process_time() - c
            step[0] = "write" if sampled else None
            c = time.process_time()
            rec.to_json()
            cpu["write"] += time.process_time() - c
            step[0] = None
        return dict(cpu)

    one_pass(False)
    signal.signal(signal.SIGPROF, on_signal)
    passes = []
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    try:
        for _ in range(max(1, args.repeat)):
            passes.append(one_pass(True))
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    fastest = {k: min(p[k] for p in passes) for k in passes[0]}
    total = sum(per_step.values()) or 1
    out = {"source": source, "src": str(Path(args.src).resolve()), "articles": len(arts), "passes": len(passes),
           "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
           "fastest_pass_cpu_s": {k: round(v, 4) for k, v in fastest.items()},
           "samples": total,
           "steps": {name: {"share": round(n / total, 4),
                            # (a step sampled only outside Lapwing's own code, the record's making, has no rows)
                            "inclusive": [[k, round(v / n, 4)] for k, v in inclusive.get(name, Counter()).most_common(args.top)],
                            "own": [[k, round(v / n, 4)] for k, v in own.get(name, Counter()).most_common(args.top)]}
                     for name, n in per_step.most_common()}}
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{len(arts)} articles ({source} and examples/); src {out['src']}; {len(passes)} sampled passes, "
          f"{total} samples")
    print("  fastest pass, CPU s: " + ", ".join(f"{k} {v:.3f}" for k, v in fastest.items()))
    for name, row in out["steps"].items():
        print(f"  {name}: {row['share']:.1%} of the samples")
        for k, v in row["inclusive"]:
            print(f"    {v:6.1%} inclusive  {k}")
        for k, v in row["own"]:
            print(f"    {v:6.1%} own        {k}")


if __name__ == "__main__":
    main()
