"""The parse step by step: CPU time of the tokenizer (with the cut of over-long runs) and of each component of the
pipeline, on the VOA benchmark stories, in chunks as a ``--jobs`` worker parses them.

The model's network components (tok2vec, tagger, morphologizer, parser, ner) run spaCy's and thinc's code, the same
in every Lapwing tree; the other steps (the tokenizer's special cases and the cut of over-long runs, the rule
lemmatizer as Lapwing runs it, ``lapwing_base_lemmas``, ``lapwing_boundaries``, the entity ruler) are where a tree can
differ. Each step's time is also given as a share of the network components' time in the same pass, which the
machine's speed moves much less than the seconds themselves (the machine here is shared).

    python bench/parse_steps.py [--articles 89] [--repeat 3] [--chunk 8] [--src DIR] [--json]

Each step's fastest pass is reported (the first pass fills the caches, as a long run's first articles do).
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
NETWORK = ("tok2vec", "tagger", "morphologizer", "parser", "ner")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--chunk", type=int, default=8, help="articles parsed together (a worker's chunk)")
    ap.add_argument("--src", default=str(REPO / "src"), help="the Lapwing source tree to measure")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "bench"))
    sys.path.insert(0, str(Path(args.src).resolve()))
    from events_speed import articles

    from lapwing.pipeline import Pipeline

    rows, source = articles(args.articles)
    texts = [r["text"] for r in rows]
    pipe = Pipeline.create()
    pipe.warm()
    passes: list[Counter] = []
    for _ in range(max(1, args.repeat)):
        cpu: Counter = Counter()
        for k in range(0, len(texts), args.chunk):
            c = time.process_time()
            docs = [pipe.make_doc(t) for t in texts[k:k + args.chunk]]
            cpu["make_doc"] += time.process_time() - c
            for name, proc in pipe.nlp.pipeline:
                c = time.process_time()
                docs = list(proc.pipe(docs, batch_size=args.chunk)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
                cpu[name] += time.process_time() - c
        passes.append(cpu)
    best = {name: min(p[name] for p in passes) for name in passes[0]}
    network = sum(best[n] for n in NETWORK if n in best) or 1.0
    out = {"source": source, "src": str(Path(args.src).resolve()), "articles": len(texts), "chunk": args.chunk,
           "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
           "steps_cpu_s": {k: round(v, 4) for k, v in best.items()},
           "share_of_network": {k: round(v / network, 4) for k, v in best.items()},
           "lapwing_steps_cpu_s": round(sum(v for k, v in best.items() if k not in NETWORK), 4),
           "network_cpu_s": round(network, 3),
           "passes_cpu_s": [{k: round(v, 4) for k, v in p.items()} for p in passes]}
    out["lapwing_steps_share_of_network"] = round(out["lapwing_steps_cpu_s"] / network, 4)
    if args.json:
        print(json.dumps(out))
        return
    print(f"{len(texts)} articles ({source}), chunks of {args.chunk}; src {out['src']}; fastest of {len(passes)} passes")
    for k, v in best.items():
        print(f"  {k:<22}{v:8.3f} CPU s  {v / network:7.1%} of the network components")
    print(f"  steps other than the network components: {out['lapwing_steps_cpu_s']:.3f} CPU s = "
          f"{out['lapwing_steps_share_of_network']:.1%} of the network components ({network:.2f} CPU s)")


if __name__ == "__main__":
    main()
