"""The event coder alone, on parses made once: its CPU time per pass and, optionally, where it goes.

``bench/events_speed.py`` times every extractor against a fresh parse in each run; on a shared machine the parse and
the other extractors move by 10-20 % between runs, more than one speed change in the coder. This times the coder
only: the VOA benchmark stories are parsed once (``--docs FILE`` keeps the parses as a spaCy ``DocBin`` and reads
them back in the next run, so two source trees are timed on the same parses), the extractors the coder needs run
untimed before it, and each pass times ``extract_events`` over the 89 stories by CPU time (the fastest pass
reported). Run it for two trees one after the other, alternated, to compare them:

    python bench/coder_alone.py --src /work/main/src --docs /tmp/voa.spacy --repeat 5
    python bench/coder_alone.py --src src --docs /tmp/voa.spacy --repeat 5

``--extractor NAME`` times another extractor the same way (``quotes``, ``places``, ...: the extractors before it run
untimed, as in the pipeline): ``python bench/coder_alone.py --extractor quotes --src TREE --docs /tmp/voa.spacy``.

``--sample N`` samples one more set of ``N`` passes of the coder (the interpreter's stack read every 0.5 ms of CPU
time) and prints its 40 Lapwing functions with most samples, inclusive and on their own (what a function calls
outside Lapwing counts as its own): the coder's own profile, without the other extractors' share.

Not a timed test: the figures depend on the machine (and on what else runs on it).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from voa_parses import parses, voa_articles  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(REPO / "src"), help="the Lapwing source tree to time")
    ap.add_argument("--docs", default=None, help="a DocBin file: read the parses from it, or write them there first")
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--extractor", default="events", help="the extractor to time (default: the event coder)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (the fastest is reported)")
    ap.add_argument("--sample", type=int, default=0, metavar="N", help="then sample N passes and print the profile")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    sys.path.insert(0, str(Path(args.src).resolve()))
    from lapwing.extract.registry import Context
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article, ArticleRecord

    try:
        from lapwing.extract.docfacts import forget
    except ImportError:  # a tree from before extract/docfacts.py
        def forget(doc) -> None:
            pass

    arts = voa_articles(Article, args.articles)
    pipe = Pipeline.create()
    docs = parses(pipe, arts, args.docs)
    warm = getattr(pipe, "warm", None)
    if callable(warm):
        warm()
    names = [s.name for s in pipe.extractors]
    if args.extractor not in names:
        sys.exit(f"no extractor {args.extractor!r}: {', '.join(names)}")
    coder = pipe.extractors[names.index(args.extractor)]
    before = pipe.extractors[:names.index(args.extractor)]  # (what it reads: for the coder, the actors' mentions)

    def contexts() -> list:
        out = []
        for doc, art in zip(docs, arts):
            forget(doc)
            ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)
            for spec in before:
                spec.fn(ctx)
            out.append(ctx)
        return out

    passes, events, quotes = [], 0, 0
    for _ in range(max(1, args.repeat)):
        ctxs = contexts()
        c0 = time.process_time()
        for ctx in ctxs:
            coder.fn(ctx)
        passes.append(time.process_time() - c0)
        events = sum(len(c.record.events) for c in ctxs)
        quotes = sum(len(c.record.quotes) for c in ctxs)
    out = {"src": str(Path(args.src).resolve()), "extractor": args.extractor, "articles": len(arts), "events": events,
           "quotes": quotes,
           "coder_cpu_s": round(min(passes), 3), "passes_cpu_s": [round(p, 3) for p in passes],
           "load_avg": [round(x, 2) for x in os.getloadavg()]}
    if args.sample > 0:
        out["sampled"] = sample(coder, contexts, args.sample)
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{out['articles']} stories, {events} events, {quotes} quotes; src {out['src']}; load {out['load_avg'][0]}")
    print(f"  {args.extractor} alone: {out['coder_cpu_s']:.3f} CPU s (fastest of {', '.join(map(str, out['passes_cpu_s']))})")
    if args.sample > 0:
        s = out["sampled"]
        print(f"  sampled ({s['samples']} samples), share inclusive / self:")
        for row in s["functions"]:
            print(f"    {row['inclusive']:6.1%} {row['self']:6.1%}  {row['function']}")


def sample(coder, contexts, passes: int, top: int = 40, interval: float = 0.0005) -> dict:
    """``passes`` passes of the coder under the sampling profiler (``stack_sampler.py``): each Lapwing function's
    share of the samples with it on the stack (inclusive) and innermost (self)."""
    from stack_sampler import StackSampler

    with StackSampler(interval) as sampler:
        for _ in range(passes):
            ctxs = contexts()  # (the other extractors run unsampled)
            sampler.start()
            for ctx in ctxs:
                coder.fn(ctx)
            sampler.stop()
    return sampler.result(top)


if __name__ == "__main__":
    main()
