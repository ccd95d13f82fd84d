"""Score Lapwing's counts against a gold set of sentences (JSONL).

Each gold line: ``{"id", "text", "counts": [{"text", "start", "end", "value", "category", "approximation"}]}``.
A predicted count matches a gold count when the value is equal, the category is equal and the
character spans overlap; matching is one-to-one. Reported: precision, recall, F1 (micro), the same
per category, F1 ignoring the category (value + span), and approximation agreement on matches.

The default gold set, ``lapwing/eval/data/counts_gold.jsonl``, was written by the Lapwing team:
wire-style sentences covering every category, approximations, spelled-out numbers and the
traps (ages, years, dates, money, percentages, scores, times, measures, identifiers).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from lapwing.eval.shared import prf

DEFAULT_GOLD = Path(__file__).resolve().parent / "data" / "counts_gold.jsonl"


def load_gold(path: str | Path | None = None) -> list[dict[str, Any]]:
    path = Path(path) if path else DEFAULT_GOLD
    rows = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            for c in row.get("counts", []):
                if row["text"][c["start"] : c["end"]] != c["text"]:
                    raise ValueError(f"{path}:{lineno}: span {c['start']}:{c['end']} is not {c['text']!r}")
            rows.append(row)
    return rows


def _match(pred: list[dict], gold: list[dict], use_category: bool = True) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j in used:
                continue
            if float(p["value"]) != float(g["value"]):
                continue
            if use_category and p["category"] != g["category"]:
                continue
            if p["start"] < g["end"] and g["start"] < p["end"]:
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def _prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    return {**prf(tp, npred, ngold), "tp": tp, "predicted": npred, "gold": ngold}


def score(rows: list[dict[str, Any]], predictions: list[list[dict[str, Any]]]) -> dict[str, Any]:
    tp = npred = ngold = tp_loose = approx_ok = 0
    per: dict[str, list[int]] = {}
    errors = []
    trap_sentences = trap_clean = 0
    for row, pred in zip(rows, predictions):
        gold = row.get("counts", [])
        pairs = _match(pred, gold)
        tp += len(pairs)
        npred += len(pred)
        ngold += len(gold)
        tp_loose += len(_match(pred, gold, use_category=False))
        if not gold:
            trap_sentences += 1
            trap_clean += not pred
        for i, j in pairs:
            approx_ok += (pred[i].get("approximation") or None) == (gold[j].get("approximation") or None)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for c in gold:
            per.setdefault(c["category"], [0, 0, 0])[2] += 1
        for i, p in enumerate(pred):
            per.setdefault(p["category"], [0, 0, 0])[1] += 1
            if i in matched_p:
                per[p["category"]][0] += 1
        missed = [gold[j] for j in range(len(gold)) if j not in matched_g]
        extra = [pred[i] for i in range(len(pred)) if i not in matched_p]
        if missed or extra:
            errors.append({
                "id": row["id"], "text": row["text"],
                "missed": [{k: c.get(k) for k in ("text", "value", "category")} for c in missed],
                "extra": [{k: c.get(k) for k in ("text", "value", "category", "rule")} for c in extra],
            })
    return {
        "sentences": len(rows),
        "overall": _prf(tp, npred, ngold),
        "value_and_span": _prf(tp_loose, npred, ngold),
        "approximation_agreement": round(approx_ok / tp, 4) if tp else 0.0,
        "trap_sentences_clean": f"{trap_clean}/{trap_sentences}",
        "per_category": {k: _prf(*v) for k, v in sorted(per.items())},
        "errors": errors,
    }


def run(gold: str | Path | None = None, json_out: bool = False, model: str | None = None) -> dict[str, Any]:
    """Analyse every gold sentence with the counts extractor and score the result."""
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    rows = load_gold(gold)
    pipe = Pipeline.create(model=model, extractors=("counts",))
    t0 = time.perf_counter()
    articles = [Article(id=r["id"], text=r["text"], language="en") for r in rows]
    preds = []
    for rec in pipe.analyse_many(articles, batch_size=64):
        preds.append([c.model_dump() for c in rec.counts])
    result = {"gold": str(gold or DEFAULT_GOLD.name), "model": pipe.provenance["model"],
              "has_parser": "parser" in pipe.nlp.pipe_names} | score(rows, preds)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    return result


def report(result: dict[str, Any]) -> str:
    o = result["overall"]
    lines = [
        f"Counts gold {result['gold']}: {result['sentences']} sentences, {o['gold']} gold counts, "
        f"{o['predicted']} found  (model {result['model']})",
        f"  value + category + span   P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}",
    ]
    v = result["value_and_span"]
    lines.append(f"  value + span only         P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}")
    lines.append(f"  approximation agreement   {result['approximation_agreement']:.3f}   "
                 f"trap sentences with no count: {result['trap_sentences_clean']}")
    for cat, m in result["per_category"].items():
        lines.append(f"    {cat:<11} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  "
                     f"({m['tp']}/{m['gold']} gold, {m['predicted']} found)")
    if not result.get("has_parser"):
        lines.append("  note: the NLP pipeline has no parser; only surface patterns were used")
    return "\n".join(lines)
