"""Speed of the quote extractor on articles with many quotes: is it near-linear in the number of quotes?

Two synthetic article shapes (written here, no data needed), each at several sizes:

- ``marks``: one paragraph of N short quotes, ``"he said" "he said" ...`` (the pathological input of
  docs/reliability.md: thousands of quotation marks in a few long sentences);
- ``paragraphs``: N short paragraphs of news prose cycling through a direct quote with its cue after it,
  a split quote, a pronoun speaker, reported speech with a clause, an ``according to`` and a continuation
  paragraph (about one quote per paragraph).

Each article is parsed once and the extractors that run before ``quotes`` (places, dates, actors, events)
run on it first, as in ``lapwing extract``; then only the quote extractor is timed. The output gives
seconds per size and the ratio of time to the smallest size's time divided by the ratio of sizes
(about 1 for linear work, growing with N for quadratic work).

    python bench/quotes_speed.py [--sizes 250,500,1000,2500] [--shapes marks,paragraphs] [--json]

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

REPO = Path(__file__).resolve().parents[1]

# A cycle of paragraphs; {k} keeps the texts apart so that nothing is a repeat of the paragraph before.
_CYCLE = (
    '"We will keep the border open for trade number {k}," Interior Minister Ana Ruiz said on Tuesday.',
    '"The talks went well," she said. "We meet again on day {k}."',
    "Opposition leader Tomas Berg told reporters the vote on item {k} had been rigged.",
    '"Nobody will be punished for speaking out," he added.',
    "According to the electoral board, {k} polling stations opened late.",
    '"There is no crisis at station {k}," the board\'s chairman, Luis Ortega, told state television.',
    '"Our staff worked through the night and counted every ballot in district {k}."',
)


def build(shape: str, n: int) -> str:
    if shape == "marks":
        return '"he said" ' * n
    if shape == "paragraphs":
        return "\n\n".join(_CYCLE[k % len(_CYCLE)].format(k=k) for k in range(n))
    raise SystemExit(f"unknown shape {shape!r}: use marks or paragraphs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="250,500,1000,2500", help="numbers of quotes (marks) or paragraphs")
    ap.add_argument("--shapes", default="marks,paragraphs")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    shapes = [x.strip() for x in args.shapes.split(",") if x.strip()]

    sys.path.insert(0, str(REPO / "src"))
    from lapwing.extract.registry import Context
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article, ArticleRecord

    pipe = Pipeline.create()
    names = [s.name for s in pipe.extractors]
    if "quotes" not in names:
        raise SystemExit("the pipeline has no quotes extractor: nothing to measure")
    before = [s for s in pipe.extractors[: names.index("quotes")]]
    quotes = pipe.extractors[names.index("quotes")]

    rows = []
    for shape in shapes:
        for n in sizes:
            text = build(shape, n)
            art = Article(id=f"{shape}-{n}", text=text, language="en")
            t0 = time.perf_counter()
            doc = pipe.nlp(pipe.make_doc(text))
            parse_s = time.perf_counter() - t0
            ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config)
            for spec in before:
                spec.fn(ctx)
            t0 = time.perf_counter()
            quotes.fn(ctx)
            q_s = time.perf_counter() - t0
            rows.append({"shape": shape, "size": n, "chars": len(text), "tokens": len(doc),
                         "quotes_found": len(ctx.record.quotes), "parse_s": round(parse_s, 2),
                         "quotes_s": round(q_s, 3)})
            if not args.json:
                r = rows[-1]
                print(f"{shape:<10} {n:>6} quotes/paragraphs  {r['tokens']:>7} tokens  parse {parse_s:7.2f} s  "
                      f"quote extractor {q_s:8.3f} s  ({r['quotes_found']} quotes)", flush=True)
    for shape in shapes:
        mine = [r for r in rows if r["shape"] == shape]
        if len(mine) > 1 and mine[0]["quotes_s"] > 0:
            base = mine[0]
            for r in mine[1:]:
                r["growth_vs_linear"] = round((r["quotes_s"] / base["quotes_s"]) / (r["size"] / base["size"]), 2)
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    for r in rows:
        if "growth_vs_linear" in r:
            print(f"{r['shape']:<10} {r['size']:>6}: time grew {r['growth_vs_linear']}x faster than the size "
                  f"(1 = linear)")


if __name__ == "__main__":
    main()
