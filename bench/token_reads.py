"""How often the event coder reads an attribute of a spaCy ``Token``, by attribute and by function.

A ``Token`` is a Cython object: reading ``t.children``, ``t.dep_`` or ``t.head`` is invisible to cProfile and to the
sampling profiler (it is counted in the calling function's own time). This counts those reads: the modules of
``lapwing.extract.events`` are imported with every attribute read ``x.NAME`` (for the names in ``TOKEN_ATTRS``)
rewritten to a counting call, and one pass of the coder alone over the VOA stories' parses (made once, ``--docs FILE``
as in ``coder_alone.py``) counts the reads whose object is a ``Token``. Counts only: the rewritten code is slow, so
this times nothing. Nothing is written to ``__pycache__`` (the rewritten code never replaces the real one).

    python bench/token_reads.py --src src --docs /tmp/voa.spacy [--top 40]

``--others`` counts the other extractors instead (places, dates, actors, quotes, counts, tone): every module of
``lapwing`` outside ``lapwing.extract.events`` is rewritten, and one pass of all extractors is counted (the coder's
own reads are not: its modules are not rewritten).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import ast  # noqa: E402
import builtins  # noqa: E402
import importlib.abc  # noqa: E402
import importlib.machinery  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

from voa_parses import parses, voa_articles  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "lapwing.extract.events."
#: what ``--others`` rewrites and leaves alone (the coder's package; the pipeline's glue)
OTHERS, OTHERS_NOT = "lapwing.", ("lapwing.extract.events", "lapwing.pipeline", "lapwing.schema")
_MODE = {"others": False}

#: the Token attributes counted (reads of these names on any other object are passed through uncounted)
TOKEN_ATTRS = frozenset({
    "children", "lefts", "rights", "subtree", "ancestors", "head", "left_edge", "right_edge", "n_lefts", "n_rights",
    "dep_", "dep", "tag_", "tag", "pos_", "pos", "lemma_", "lemma", "lower_", "lower", "text", "orth_", "orth",
    "norm_", "shape_", "i", "idx", "doc", "sent", "is_sent_start", "ent_type_", "ent_iob_", "morph", "like_num",
    "is_punct", "is_title", "is_upper", "is_alpha", "is_stop", "whitespace_", "text_with_ws", "nbor", "is_ancestor",
    "conjuncts", "has_vector"})

READS: Counter = Counter()


def _make_counter():
    from spacy.tokens import Token

    def __tokread__(obj, name):  # noqa: N807
        if type(obj) is Token:
            f = sys._getframe(1)
            READS[(name, f"{f.f_code.co_filename.rsplit('/', 1)[-1]}:{f.f_code.co_name}")] += 1
        return getattr(obj, name)
    return __tokread__


class _Rewrite(ast.NodeTransformer):
    def visit_Attribute(self, node: ast.Attribute):  # noqa: N802
        self.generic_visit(node)
        if isinstance(node.ctx, ast.Load) and node.attr in TOKEN_ATTRS:
            return ast.copy_location(ast.Call(func=ast.Name("__tokread__", ast.Load()),
                                              args=[node.value, ast.Constant(node.attr)], keywords=[]), node)
        return node


class _Loader(importlib.machinery.SourceFileLoader):
    def get_code(self, fullname):
        path = self.get_filename(fullname)
        tree = _Rewrite().visit(ast.parse(self.get_data(path), path))
        return compile(ast.fix_missing_locations(tree), path, "exec", dont_inherit=True)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if _MODE["others"]:
            if not fullname.startswith(OTHERS) or fullname.startswith(OTHERS_NOT):
                return None
        elif not fullname.startswith(PACKAGE):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.origin and spec.origin.endswith(".py"):
            spec.loader = _Loader(fullname, spec.origin)
        return spec


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(REPO / "src"))
    ap.add_argument("--docs", default=None, help="a DocBin file of the stories' parses (written first if missing)")
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--attr", action="append", default=[], help="also list the functions reading this attribute")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--others", action="store_true", help="count the other extractors, not the coder")
    args = ap.parse_args()
    _MODE["others"] = args.others

    sys.dont_write_bytecode = True
    sys.path.insert(0, str(Path(args.src).resolve()))
    builtins.__tokread__ = _make_counter()
    sys.meta_path.insert(0, _Finder())
    from lapwing.extract.docfacts import forget
    from lapwing.extract.registry import Context
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article, ArticleRecord

    arts = voa_articles(Article, args.articles)
    pipe = Pipeline.create()
    docs = parses(pipe, arts, args.docs)
    names = [s.name for s in pipe.extractors]
    coder = pipe.extractors[names.index("events")]
    ctxs = []
    if args.others:  # a first pass to load what the extractors load, then the counted pass
        for _pass in range(2):
            READS.clear()
            ctxs = []
            for doc, art in zip(docs, arts):
                forget(doc)
                ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config,
                              nlp=pipe.nlp)
                for spec in pipe.extractors:  # (the coder runs too, its reads not counted: quotes read its events)
                    spec.fn(ctx)
                ctxs.append(ctx)
    else:
        for doc, art in zip(docs, arts):
            forget(doc)
            ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)
            for spec in pipe.extractors[:names.index("events")]:
                spec.fn(ctx)
            ctxs.append(ctx)
        READS.clear()  # (the other extractors' imports and runs are not the coder's)
        for ctx in ctxs:
            coder.fn(ctx)
    events = sum(len(c.record.events) for c in ctxs)
    by_attr: Counter = Counter()
    by_fn: Counter = Counter()
    for (name, fn), n in READS.items():
        by_attr[name] += n
        by_fn[fn] += n
    total = sum(READS.values())
    out = {"articles": len(arts), "events": events, "token_reads": total,
           "by_attribute": by_attr.most_common(args.top), "by_function": by_fn.most_common(args.top),
           "by_function_attribute": [(f"{fn} .{name}", n) for (name, fn), n in READS.most_common(args.top)]}
    for attr in args.attr:
        out[f"reading .{attr}"] = [(fn, n) for (name, fn), n in READS.most_common() if name == attr][:args.top]
    if args.json:
        print(json.dumps(out, indent=2))
        return
    what = "the extractors other than the coder" if args.others else "the coder"
    print(f"{out['articles']} stories, {events} events; {total:,} Token attribute reads in one pass of {what}")
    for title, key in (("by attribute", "by_attribute"), ("by function", "by_function"),
                       ("by function and attribute", "by_function_attribute"),
                       *((f"reading .{a}", f"reading .{a}") for a in args.attr)):
        print(f"  {title}:")
        for k, n in out[key]:
            print(f"    {n:9,}  {n / total:6.1%}  {k}")


if __name__ == "__main__":
    main()
