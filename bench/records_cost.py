"""What the record layer costs: pydantic objects (construction, validation, copies) and serialisation, in the
analysis after the parse.

On the VOA benchmark stories of ../shared/data/corpora (parsed once, not timed), each pass runs what
``Pipeline.analyse`` runs after the parse (``Pipeline._extract``: every default extractor and the record) and then
``ArticleRecord.to_json`` (what ``lapwing extract`` writes). It prints:

1. CPU time of the fastest of ``--repeat`` passes, the extraction and the serialisation apart;
2. counted work of one more pass: pydantic validations (``BaseModel.__init__``) per model class, ``model_copy`` calls,
   and instances made without validation where the tree has such a path (``built``), with the objects left in
   the records;
3. a sampled pass (the stack read every 1 ms of CPU time, ``SIGPROF``): the share of samples whose innermost
   frame outside Lapwing is pydantic's, by pydantic function, and the share spent in ``to_json``;
4. the cost of one ``Actor`` made with and without validation (a micro-benchmark, best of 15 rounds).

    python bench/records_cost.py [--src DIR] [--articles 89] [--repeat 3] [--json]

``--src DIR`` measures the Lapwing source tree at DIR: run it for two trees in turn to compare them in the same
hour (CPU time is the steadier figure on a shared machine; the load is printed). Not a timed test.
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
import timeit  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))


def _passes(pipe, docs, arts, forget, n: int) -> tuple[float, float]:
    """The fastest of ``n`` passes: (extraction CPU s, serialisation CPU s)."""
    best = (float("inf"), float("inf"))
    for _ in range(n):
        recs = []
        c0 = time.process_time()
        for doc, art in zip(docs, arts):
            forget(doc)
            recs.append(pipe._extract(doc, art, []))
        c1 = time.process_time()
        for r in recs:
            r.to_json()
        c2 = time.process_time()
        if c1 - c0 < best[0]:
            best = (c1 - c0, c2 - c1)
    return best


def _counted(pipe, docs, arts, forget) -> dict:
    """One pass with pydantic's constructor and ``model_copy`` counted per model class."""
    from pydantic import BaseModel

    from lapwing import schema

    made: Counter[str] = Counter()
    copied: Counter[str] = Counter()
    built: Counter[str] = Counter()
    init, copy = BaseModel.__init__, BaseModel.model_copy
    fast = schema._Model.__dict__.get("built")  # (the classmethod itself, put back as it was)

    def counting_init(self, /, **data):
        made[type(self).__name__] += 1
        init(self, **data)

    def counting_copy(self, *a, **kw):
        copied[type(self).__name__] += 1
        return copy(self, *a, **kw)

    BaseModel.__init__ = counting_init
    BaseModel.model_copy = counting_copy
    if fast is not None:
        def counting_built(cls, **values):
            built[cls.__name__] += 1
            return fast.__func__(cls, **values)
        schema._Model.built = classmethod(counting_built)
    try:
        recs = []
        for doc, art in zip(docs, arts):
            forget(doc)
            recs.append(pipe._extract(doc, art, []))
    finally:
        BaseModel.__init__, BaseModel.model_copy = init, copy
        if fast is not None:
            schema._Model.built = fast
    kept = Counter()
    for r in recs:
        kept["Event"] += len(r.events)
        kept["Quote"] += len(r.quotes)
        kept["Place"] += len(r.places) + sum(e.place is not None for e in r.events)
        kept["Actor"] += sum((e.source is not None) + (e.target is not None) + (e.attributed_to is not None)
                             for e in r.events) + sum(q.speaker is not None for q in r.quotes)
    return {"validated": dict(made.most_common()), "validated_total": sum(made.values()),
            "built_without_validation": dict(built.most_common()), "built_total": sum(built.values()),
            "model_copy": dict(copied.most_common()), "model_copy_total": sum(copied.values()),
            "in_the_records": dict(kept)}


def _sampled(pipe, docs, arts, forget) -> dict:
    """One pass sampled every 1 ms of CPU time: pydantic's share (innermost frame outside Lapwing) and ``to_json``'s."""
    samples = [0]
    pyd: Counter[str] = Counter()
    in_json = [0]
    phase = ["extract"]

    def on_signal(_sig, frame) -> None:
        samples[0] += 1
        if phase[0] == "json":
            in_json[0] += 1
        f = frame
        while f is not None:
            name = f.f_code.co_filename
            if "/pydantic/" in name or "/pydantic_core/" in name:
                pyd[f.f_code.co_name] += 1
                return
            if "/lapwing/" in name:
                return
            f = f.f_back

    old = signal.signal(signal.SIGPROF, on_signal)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    try:
        for doc, art in zip(docs, arts):
            forget(doc)
            phase[0] = "extract"
            rec = pipe._extract(doc, art, [])
            phase[0] = "json"
            rec.to_json()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, old)
    n = samples[0] or 1
    return {"samples": samples[0], "pydantic_share": round(sum(pyd.values()) / n, 4),
            "pydantic_by_function": {k: round(v / n, 4) for k, v in pyd.most_common(8)},
            "to_json_share": round(in_json[0] / n, 4)}


def _micro() -> dict:
    """Microseconds of CPU for one ``Actor`` with validation (and without, where the tree has ``built``)."""
    from lapwing.schema import Actor

    fns = {"validated": lambda: Actor(text="she", start=4, end=7, kind="pronoun", rule="test")}
    if hasattr(Actor, "built"):
        fns["built"] = lambda: Actor.built(text="she", start=4, end=7, kind="pronoun", rule="test")
    best = {k: float("inf") for k in fns}
    for _ in range(15):
        for k, f in fns.items():
            c = time.process_time()
            timeit.timeit(f, number=5000)
            best[k] = min(best[k], (time.process_time() - c) / 5000 * 1e6)
    return {k: round(v, 2) for k, v in best.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(REPO / "src"), help="the Lapwing source tree to measure")
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the fastest is reported")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    sys.path.insert(0, str(Path(args.src).resolve()))
    from events_speed import articles

    from lapwing.extract.docfacts import forget
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    pipe = Pipeline.create()
    pipe.warm()
    rows, source = articles(args.articles)
    arts = [Article(id=r["id"], text=r["text"], published=r["published"], language="en") for r in rows]
    docs = list(pipe.nlp.pipe([a.text for a in arts], batch_size=32))
    load = [round(x, 2) for x in os.getloadavg()]
    _passes(pipe, docs, arts, forget, 1)  # (the first pass fills the caches)
    extract_cpu, json_cpu = _passes(pipe, docs, arts, forget, max(1, args.repeat))
    out = {"source": source, "src": str(Path(args.src).resolve()), "articles": len(arts), "load_avg_at_start": load,
           "extract_cpu_s": round(extract_cpu, 3), "to_json_cpu_s": round(json_cpu, 3),
           "counted": _counted(pipe, docs, arts, forget), "sampled": _sampled(pipe, docs, arts, forget),
           "actor_us": _micro(), "load_avg_at_end": [round(x, 2) for x in os.getloadavg()]}
    if args.json:
        print(json.dumps(out, indent=2))
        return
    c, s = out["counted"], out["sampled"]
    print(f"{len(arts)} articles ({source}); src {out['src']}; load {load} -> {out['load_avg_at_end']}")
    print(f"  extraction {extract_cpu:.3f} CPU s, to_json {json_cpu:.3f} CPU s (fastest of {args.repeat} passes)")
    print(f"  validations {c['validated_total']}: {c['validated']}")
    print(f"  made without validation {c['built_total']}: {c['built_without_validation']}")
    print(f"  model_copy {c['model_copy_total']}: {c['model_copy']}; in the records: {c['in_the_records']}")
    print(f"  sampled ({s['samples']} samples): pydantic {s['pydantic_share']:.1%} {s['pydantic_by_function']}; "
          f"to_json {s['to_json_share']:.1%}")
    print(f"  one Actor, CPU us: {out['actor_us']}")


if __name__ == "__main__":
    main()
