"""Two source trees' extractors compared in one run, their passes interleaved: each extractor's CPU time, A against B.

On a machine shared with other work the same tree's CPU time moves by 10-25 % between runs a few minutes apart, more
than most speed changes; two runs one after the other (``bench/events_speed.py --src``) compare the load as much as the
code. This starts one worker process per tree (each loads its tree, the spaCy model and the VOA stories' parses, kept
in a ``DocBin`` by ``--docs FILE`` as ``bench/coder_alone.py`` keeps them, then runs one warm pass), and asks them in
turn for one pass of every default extractor over the stories (A then B, then B then A, ``--rounds`` times): the two
trees' passes are seconds apart and meet the same load. Printed per extractor: each tree's fastest and median pass
(CPU s) and the median of the paired ratios B / A (an extractor neither tree changed should be near 1.00: its spread
is the measure's noise).

    python bench/extractors_ab.py --a OLD/src --b src --docs FILE [--rounds 6] [--articles 89] [--json]

Not a timed test: the figures depend on the machine and on what else runs on it; read the ratios.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

BENCH = Path(__file__).resolve().parent


def worker(src: str, docs_path: str, n_articles: int) -> None:
    """Load ``src``; answer each line on stdin with one pass of the extractors (JSON: extractor -> CPU s)."""
    sys.path.insert(0, str(BENCH))
    sys.path.insert(0, str(Path(src).resolve()))
    from voa_parses import parses, voa_articles

    from lapwing.extract.docfacts import forget
    from lapwing.extract.registry import Context
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article, ArticleRecord

    arts = voa_articles(Article, n_articles)
    pipe = Pipeline.create()
    docs = parses(pipe, arts, docs_path)
    pipe.warm()

    def one_pass() -> dict[str, float]:
        cpu: dict[str, float] = {}
        for doc, art in zip(docs, arts):
            forget(doc)
            ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)
            for spec in pipe.extractors:
                c = time.process_time()
                spec.fn(ctx)
                cpu[spec.name] = cpu.get(spec.name, 0.0) + time.process_time() - c
        cpu["all"] = sum(cpu.values())
        return cpu

    one_pass()  # (the caches a long run's first articles fill)
    print(json.dumps({"ready": True}), flush=True)
    for _line in sys.stdin:
        print(json.dumps(one_pass()), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--a", required=True, help="tree A's source directory (the one compared against)")
    ap.add_argument("--b", required=True, help="tree B's source directory")
    ap.add_argument("--docs", required=True, help="a DocBin file: read the parses from it, or write them there first")
    ap.add_argument("--rounds", type=int, default=6, help="rounds of one pass per tree (order alternated)")
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker is not None:
        worker(args.worker, args.docs, args.articles)
        return
    if not Path(args.docs).exists():  # (one tree writes the parses first: the two then read the same ones)
        subprocess.run([sys.executable, __file__, "--a", args.a, "--b", args.b, "--docs", args.docs, "--worker",
                        args.a, "--articles", str(args.articles)], input="", text=True, check=True,
                       stdout=subprocess.DEVNULL)
    procs = {k: subprocess.Popen([sys.executable, __file__, "--a", args.a, "--b", args.b, "--docs", args.docs,
                                  "--worker", src, "--articles", str(args.articles)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for k, src in (("A", args.a), ("B", args.b))}
    for p in procs.values():
        assert p.stdout is not None and json.loads(p.stdout.readline()).get("ready")
    passes: dict[str, list[dict[str, float]]] = {"A": [], "B": []}
    loads = []
    for r in range(max(1, args.rounds)):
        for k in (("A", "B") if r % 2 == 0 else ("B", "A")):
            p = procs[k]
            assert p.stdin is not None and p.stdout is not None
            p.stdin.write("go\n")
            p.stdin.flush()
            passes[k].append(json.loads(p.stdout.readline()))
        loads.append(os.getloadavg()[0])
    for p in procs.values():
        assert p.stdin is not None
        p.stdin.close()
        p.wait()
    rows = {}
    for name in passes["A"][0]:
        a = [x[name] for x in passes["A"]]
        b = [x[name] for x in passes["B"]]
        rows[name] = {"a_min": round(min(a), 4), "b_min": round(min(b), 4), "a_median": round(statistics.median(a), 4),
                      "b_median": round(statistics.median(b), 4),
                      "b_over_a": round(statistics.median([y / x for x, y in zip(a, b) if x > 0]), 4)}
    out = {"a": str(Path(args.a).resolve()), "b": str(Path(args.b).resolve()), "rounds": len(passes["A"]),
           "articles": args.articles, "load": [round(min(loads), 2), round(max(loads), 2)], "extractors": rows}
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"A {out['a']}\nB {out['b']}\n{out['rounds']} rounds over {args.articles} stories, load "
          f"{out['load'][0]}-{out['load'][1]}; CPU s per pass")
    print(f"  {'extractor':10s} {'A fastest':>9s} {'B fastest':>9s} {'A median':>9s} {'B median':>9s} {'B / A':>7s}")
    for name, r in rows.items():
        print(f"  {name:10s} {r['a_min']:9.3f} {r['b_min']:9.3f} {r['a_median']:9.3f} {r['b_median']:9.3f} "
              f"{r['b_over_a']:7.3f}")


if __name__ == "__main__":
    main()
