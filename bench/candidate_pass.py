"""The parse repairs' candidate pass (``repair_candidates.candidates``) alone, on the VOA stories' parses: its CPU time
per pass over the 89 stories (fastest of ``--repeat``) and its counted work, which the machine's load does not move:
the tokens each of its three passes visits and the candidate tests begun on them (a group of tests under a guard on
the token's label, part of speech or word counts as one test, plus its tests when the guard lets the token through).

    python bench/candidate_pass.py --src /tmp/old/src --docs /tmp/voa.spacy --repeat 5
    python bench/candidate_pass.py --src src --docs /tmp/voa.spacy --repeat 5

Not a timed test: the figures depend on the machine (and on what else runs on it).
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import os
import sys
import textwrap
import time
from pathlib import Path

from voa_parses import parses, voa_articles

REPO = Path(__file__).resolve().parents[1]


def _plan(loop: ast.For) -> tuple[int, list]:
    """A pass's tests outside groups (how many) and its groups (the guard, compiled, and how many tests in it)."""
    free, groups = 0, []
    for s in loop.body:
        if isinstance(s, ast.Assign):
            continue
        t = getattr(s, "test", None)
        if isinstance(s, ast.If) and not s.orelse and isinstance(t, ast.Compare) and isinstance(t.left, ast.Name) \
                and t.left.id in ("dep", "pos", "low") and all(isinstance(x, ast.If) for x in s.body):
            groups.append((compile(ast.Expression(t), "guard", "eval"), len(s.body)))
        else:
            free += 1
    return free, groups


def counted(rc, docs) -> dict:
    """Tokens visited and tests begun per pass, read off the function's own source and the documents' columns."""
    from lapwing.extract.docfacts import token_columns
    from lapwing.extract.events.repair_forms import past_forms, verb_forms

    fn = ast.parse(textwrap.dedent(inspect.getsource(rc.candidates))).body[0]
    plans = [_plan(n) for n in fn.body if isinstance(n, ast.For)]
    visits, begun = [0] * len(plans), [0] * len(plans)
    for d in docs:
        c = token_columns(d)
        P, D, L = c.pos, c.dep, c.lower
        obliques = {x for x in set(D) if x.startswith("obl")}
        third = (rc._word_pass_tokens(P, L, verb_forms(), past_forms()) if hasattr(rc, "_word_pass_tokens")
                 else [k for k, (ps, lw) in enumerate(zip(P, L)) if ps in rc._WORD_POS or lw in rc._WORDS])
        chosen = [[k for k, x in enumerate(D) if x in rc._NOMINAL_LABELS or x.startswith("obl")],
                  [k for k, x in enumerate(D) if x in rc._CLAUSE_LABELS], third]
        for j, (free, groups) in enumerate(plans):
            for i in chosen[j]:
                env = {"dep": D[i], "pos": P[i], "low": L[i], "obliques": obliques, "_WORDS": rc._WORDS}
                visits[j] += 1
                begun[j] += free + len(groups) + sum(n for g, n in groups if eval(g, env))
    return {"visits": visits, "tests_begun": begun}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(REPO / "src"))
    ap.add_argument("--docs", default=None, help="a DocBin file of the stories' parses (written first if missing)")
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.src).resolve()))
    from lapwing.extract.events import repair_candidates as rc
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    pipe = Pipeline.create()
    docs = parses(pipe, voa_articles(Article, args.articles), args.docs)
    found = sum(len(v) for d in docs for v in rc.candidates(d)[0].values())  # (and the shared columns made once)
    passes = []
    for _ in range(max(1, args.repeat)):
        c0 = time.process_time()
        for d in docs:
            rc.candidates(d)
        passes.append(time.process_time() - c0)
    out = {"src": str(Path(args.src).resolve()), "articles": len(docs), "candidates": found,
           "cpu_s": round(min(passes), 4), "passes_cpu_s": [round(p, 4) for p in passes],
           "load_avg": [round(x, 2) for x in os.getloadavg()], **counted(rc, docs)}
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{out['articles']} stories, {found} candidates; src {out['src']}; load {out['load_avg'][0]}")
    print(f"  candidate pass: {out['cpu_s']:.4f} CPU s (fastest of {', '.join(map(str, out['passes_cpu_s']))})")
    print(f"  tokens visited per pass {out['visits']} ({sum(out['visits'])}); tests begun {out['tests_begun']} "
          f"({sum(out['tests_begun'])})")


if __name__ == "__main__":
    main()
