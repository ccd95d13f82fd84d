"""The actor coder's counted work and CPU time alone, on the VOA benchmark stories (parsed once, not timed).

Counted in one pass (load does not change them): the mentions read from the coder's list ``coder.mentions`` (every
element its scans iterate, by the line that reads them with ``--by N``), those read from the per-article mention
index (``mention_index.py``, where the tree has one), the dataclass ``==`` comparisons between mentions and the
``Actor`` validations during the coder's run. Then the CPU time of ``_Coder(ctx).run()`` over all the stories, the
fastest of ``--repeat`` passes (the shared per-document facts filled by the first pass).

    python bench/actor_scans.py [--src DIR] [--articles 89] [--repeat 7] [--by 10] [--json]

``--src DIR`` measures the Lapwing source tree at DIR (an earlier commit unpacked with ``git archive``): run two trees
in turn, several times, to compare them. Not a timed test.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(REPO / "src"), help="the Lapwing source tree to measure")
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--repeat", type=int, default=7, help="timed passes; the fastest is reported")
    ap.add_argument("--by", type=int, default=0, metavar="N", help="print the N lines that read most list elements")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    sys.path.insert(0, str(Path(args.src).resolve()))
    from events_speed import articles
    from pydantic import BaseModel

    from lapwing.extract.actors import coder as coder_module
    from lapwing.extract.actors.common import ActorMention
    from lapwing.extract.registry import Context
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Actor, Article, ArticleRecord

    pipe = Pipeline.create()
    rows, source = articles(args.articles)
    arts = [Article(id=r["id"], text=r["text"], published=r["published"], language="en") for r in rows]
    docs = list(pipe.nlp.pipe([a.text for a in arts], batch_size=32))
    ctxs = [Context(doc=d, article=a, record=ArticleRecord(article=a), config=pipe.config) for d, a in zip(docs, arts)]
    load = round(os.getloadavg()[0], 2)

    by: Counter[str] = Counter()
    counts = Counter()

    class CountingList(list):
        def __iter__(self):
            f = sys._getframe(1)
            where = f"{Path(f.f_code.co_filename).name}:{f.f_lineno}"
            for x in list.__iter__(self):
                by[where] += 1
                yield x

    eq, init = ActorMention.__eq__, BaseModel.__init__

    def counting_eq(a, b):
        counts["mention =="] += 1
        return eq(a, b)

    def counting_init(self, /, **data):
        if type(self) is Actor:
            counts["Actor validations"] += 1
        init(self, **data)

    ActorMention.__eq__, BaseModel.__init__ = counting_eq, counting_init
    try:
        for ctx in ctxs:
            coder = coder_module._Coder(ctx)
            coder.mentions = CountingList()
            counts["mentions"] += len(coder.run())
            counts["index reads"] += getattr(getattr(coder, "index", None), "read", 0)
    finally:
        ActorMention.__eq__, BaseModel.__init__ = eq, init
    counts["list reads"] = sum(by.values())

    passes = []
    for _ in range(max(1, args.repeat)):
        c0 = time.process_time()
        for ctx in ctxs:
            coder_module._Coder(ctx).run()
        passes.append(round(time.process_time() - c0, 3))
    out = {"source": source, "src": str(Path(args.src).resolve()), "articles": len(arts), "load_avg_at_start": load,
           "counted": dict(counts), "by_line": dict(by.most_common(args.by)) if args.by else {},
           "coder_cpu_s": min(passes), "passes": passes, "load_avg_at_end": round(os.getloadavg()[0], 2)}
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{len(arts)} articles ({source}); src {out['src']}; load {load} -> {out['load_avg_at_end']}")
    print("  counted: " + ", ".join(f"{k} {v:,}" for k, v in out["counted"].items()))
    for where, n in out["by_line"].items():
        print(f"    {n:>8,}  {where}")
    print(f"  actor coder alone: {out['coder_cpu_s']:.3f} CPU s (fastest of {len(passes)} passes: {passes})")


if __name__ == "__main__":
    main()
