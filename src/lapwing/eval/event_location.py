"""Score :func:`lapwing.extract.event_place.event_place` against Halterman's event-location gold set.

Gold (``../shared/data/events/event_location/labeled_text.jsonl.zip``, or
``$LAPWING_SHARED_DATA/events/event_location``): single news sentences, each with
one event verb and the toponym(s) naming where that event happened, or none
when the sentence does not say. Only the re-annotated gold records
(``source == "RELABEL"``, 496 sentences) are scored; spans are read through
their token offsets (the character offsets of some spans are unreliable).

For every sentence Lapwing runs its pipeline's ``places`` extractor and asks
``event_place`` for the verb. The answer is right when it overlaps one of the gold
locations, or when both are "none". Reported: ``accuracy`` over all sentences, and
separately on sentences with a gold location (``with_location``: right place found)
and without (``without_location``: correctly no place). ``baseline_first_place``
is the accuracy of naively taking the first place of the sentence.
"""

from __future__ import annotations

import json
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lapwing.eval.places import shared_data_dir

ZIP_NAME = "labeled_text.jsonl.zip"


@dataclass
class GoldSentence:
    id: str
    text: str
    verb: tuple[int, int]
    locations: list[tuple[int, int]] = field(default_factory=list)


def _char_range(tokens: list[dict], ts: int, te: int) -> tuple[int, int]:
    return tokens[ts]["start"], tokens[te]["end"]


def parse_records(records: list[dict], source: str | None = "RELABEL") -> list[GoldSentence]:
    out = []
    for r in records:
        if source is not None and r.get("source") != source:
            continue
        toks = r.get("tokens") or []
        verb = None
        locs = []
        for s in r.get("spans") or []:
            if "token_start" not in s or "token_end" not in s or not toks:
                continue
            rng = _char_range(toks, s["token_start"], s["token_end"])
            if s.get("label") == "VERB" and verb is None:
                verb = rng
            elif s.get("label") == "LOCATION":
                locs.append(rng)
        if verb is None:
            continue
        out.append(GoldSentence(str(r.get("_id")), r["text"], verb, locs))
    return out


def _read_records(p: Path) -> list[dict]:
    """The records of the data file: the zip as shipped, or its JSON / JSONL content."""
    if p.suffix == ".zip":
        with zipfile.ZipFile(p) as z:
            name = next(n for n in z.namelist() if n.endswith(".jsonl") and not n.startswith("__MACOSX"))
            records = json.loads(z.read(name))
    else:
        text = p.read_text(encoding="utf-8")
        try:
            records = json.loads(text)
        except json.JSONDecodeError:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [records] if isinstance(records, dict) else records


def data_file(path: str | Path | None = None) -> Path:
    """The data file: ``path``, the shipped zip inside ``path`` when it is a folder, or the default."""
    p = Path(path) if path else shared_data_dir() / "events" / "event_location"
    return p / ZIP_NAME if p.is_dir() else p


def load_gold(path: str | Path | None = None) -> list[GoldSentence]:
    p = data_file(path)
    if not p.exists():
        raise FileNotFoundError(f"event-location gold set not found at {p}")
    records = _read_records(p)
    src = "RELABEL" if any(r.get("source") == "RELABEL" for r in records) else None
    return parse_records(records, src)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(pipeline, gold: list[GoldSentence], details: bool = False) -> dict[str, Any]:
    from lapwing.extract.event_place import event_place
    from lapwing.extract.places import find_places
    from lapwing.extract.registry import Context
    from lapwing.schema import Article, ArticleRecord

    right = n_loc = right_loc = n_none = right_none = base_right = 0
    rows = []
    docs = pipeline.nlp.pipe([g.text for g in gold], batch_size=32)
    for g, doc in zip(gold, docs):
        art = Article(id=g.id, text=g.text)
        ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art))
        found, dateline = find_places(doc)
        ctx.data["places"], ctx.data["dateline_place"] = found, dateline
        span = doc.char_span(g.verb[0], g.verb[1], alignment_mode="expand")
        tok = span.root if span is not None else None
        pred = event_place(ctx, tok) if tok is not None else None
        pred_rng = (pred.start, pred.end) if pred is not None else None
        if g.locations:
            n_loc += 1
            ok = pred_rng is not None and any(_overlaps(pred_rng, loc) for loc in g.locations)
            right_loc += ok
        else:
            n_none += 1
            ok = pred_rng is None
            right_none += ok
        right += ok
        first = found[0][0] if found else None
        if g.locations:
            base_right += first is not None and any(_overlaps((first.start, first.end), loc) for loc in g.locations)
        else:
            base_right += first is None
        if details:
            rows.append({"id": g.id, "text": g.text, "verb": g.text[g.verb[0]:g.verb[1]],
                         "gold": [g.text[s:e] for s, e in g.locations],
                         "pred": pred.text if pred is not None else None,
                         "places": [p.text for p, _s, _e in found], "correct": bool(ok)})
    n = len(gold)
    res: dict[str, Any] = {
        "sentences": n,
        "accuracy": round(right / n, 4) if n else 0.0,
        "with_location": {"n": n_loc, "accuracy": round(right_loc / n_loc, 4) if n_loc else 0.0},
        "without_location": {"n": n_none, "accuracy": round(right_none / n_none, 4) if n_none else 0.0},
        "baseline_first_place": round(base_right / n, 4) if n else 0.0,
    }
    if details:
        res["sentences_detail"] = rows
    return res


def run(gold: str = "", json_out: bool = False, model: str | None = None, details: bool = False,
        limit: int | None = None) -> dict:
    """Score event_place on the gold set (``gold``: a path, or empty for the shared data)."""
    from lapwing import nlp as nlp_mod
    from lapwing.pipeline import Pipeline

    t0 = time.perf_counter()
    sentences = load_gold(gold or None)
    if limit:
        sentences = sentences[:limit]
    pipe = Pipeline.create(model=model, extractors=["places"])
    res = score(pipe, sentences, details=details)
    res = {"gold": gold or "event_location", "model": nlp_mod.describe(pipe.nlp), **res,
           "seconds": round(time.perf_counter() - t0, 1)}
    return res


def report(result: dict) -> str:
    return "\n".join([
        f"event-location / {result['gold']}: {result['sentences']} sentences (model {result['model']}, "
        f"{result['seconds']} s)",
        f"  accuracy            {result['accuracy']:.3f}",
        f"  with a location     {result['with_location']['accuracy']:.3f}  (n={result['with_location']['n']})",
        f"  without a location  {result['without_location']['accuracy']:.3f}  (n={result['without_location']['n']})",
        f"  baseline (first place in the sentence) {result['baseline_first_place']:.3f}",
    ])
