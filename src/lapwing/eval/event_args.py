"""Who did it to whom: the event's source and target against the ones annotators marked in wire sentences.

ConfliBERT's CAMEO data (``../shared/data/events/conflibert_cameo/cameo_ner/train.txt``) marks, in about
1,150 single sentences of wire copy, the source (``S``) and the target (``T``) of the sentence's CAMEO
event, or the two sides of a reciprocal one (``R``: "X met Y", "X and Y held talks"), token by token.
Nobody here wrote them. The marks give no CAMEO code (the quad class of most of the same sentences is
scored by ``../shared/eval/run conflibert-dev``), so this measure asks only whether the coder emits a
claimed (asserted, attributed or future) event whose source and target are the marked actors:

* **event**: the sentence gets a claimed event at all;
* **source**: some claimed event's source overlaps a marked source (or one side of a reciprocal pair),
  or is a pronoun after it that the coder resolved to an actor with a country ("Iraqi military says
  *it* has seized ...": the pronoun's antecedent is not in the record, so this part is approximate);
* **pair**: some claimed event has both right: source on a marked source and target on a marked target
  (for a reciprocal pair, one side each); sentences with no marked target count the source alone;
* **wrong source**: claimed events whose source is a marked target (the roles turned round), and those
  whose source overlaps no marked actor at all, as shares of all claimed events' sources.

Parts follow the shared runner's ``conflibert-dev`` split, so that part b here is part of the same
lockbox: a sentence that is also in the class data goes to the part its position there gives it (``a``
even, ``b`` odd); a sentence that is not goes by its own position in the NER file.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lapwing.eval.places import shared_data_dir

PUBLISHED = None  # as the shared runner gives these sentences (no publication date)
CLAIMED = ("asserted", "attributed", "future")


@dataclass
class ArgSentence:
    id: str
    text: str
    part: str
    source: list[tuple[int, int]] = field(default_factory=list)
    target: list[tuple[int, int]] = field(default_factory=list)
    sides: list[tuple[int, int]] = field(default_factory=list)  # reciprocal (R) participants


def data_dir(path: str | Path | None = None) -> Path:
    return Path(path) if path else shared_data_dir() / "events" / "conflibert_cameo"


def _norm(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())[:60]


def _read_conll(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        word, _, tag = line.rstrip().rpartition(" ")
        cur.append((word, tag))
    if cur:
        sents.append(cur)
    return sents


def _class_parts(path: Path) -> dict[str, str]:
    """Normalised sentence -> the shared runner's part for it (same filter and order as its
    ``conflibert-dev`` set: lines whose label is 0-4, part a at even positions)."""
    parts: dict[str, str] = {}
    if not path.exists():
        return parts
    k = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rstrip("\r").rpartition("\t")
        if label.strip() not in {"0", "1", "2", "3", "4"}:
            continue
        parts.setdefault(_norm(text), "a" if k % 2 == 0 else "b")
        k += 1
    return parts


def _align(words: list[str], text: str) -> list[tuple[int, int]] | None:
    spans, pos = [], 0
    for w in words:
        i = text.find(w, pos)
        if i < 0:
            return None
        spans.append((i, i + len(w)))
        pos = i + len(w)
    return spans


def _class_texts(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.rstrip("\r").rpartition("\t")[0].strip()
            if text:
                out.setdefault(_norm(text), text)
    return out


def items_from(sents: list[list[tuple[str, str]]], class_parts: dict[str, str],
               class_texts: dict[str, str]) -> list[ArgSentence]:
    items: list[ArgSentence] = []
    for n, toks in enumerate(sents):
        words = [w for w, _ in toks]
        key = _norm("".join(words))
        text = class_texts.get(key, "")
        offs = _align(words, text) if text else None
        if offs is None:
            text = " ".join(words)
            offs = _align(words, text)
        part = class_parts.get(key) or ("a" if n % 2 == 0 else "b")
        it = ArgSentence(f"args{n:04d}", text, part)
        span: list[int] | None = None
        role = ""
        for (w, tag), (s, e) in zip(toks, offs or []):
            if tag.startswith("I-") and span is not None and tag[2:] == role:
                span[1] = e
                continue
            if span is not None:
                _role_list(it, role).append((span[0], span[1]))
                span = None
            if tag.startswith(("B-", "I-")):
                span, role = [s, e], tag[2:]
        if span is not None:
            _role_list(it, role).append((span[0], span[1]))
        if it.source or it.sides:
            items.append(it)
    return items


def _role_list(it: ArgSentence, role: str) -> list[tuple[int, int]]:
    return {"S": it.source, "T": it.target}.get(role, it.sides)


def load_gold(path: str | Path | None = None, part: str | None = None) -> list[ArgSentence]:
    d = data_dir(path)
    ner = d / "cameo_ner" / "train.txt"
    if not ner.exists():
        raise FileNotFoundError(f"ConfliBERT CAMEO NER data not found at {ner}")
    cls = d / "cameo_class" / "train.tsv"
    items = items_from(_read_conll(ner), _class_parts(cls), _class_texts(cls))
    if part and part not in ("a", "b"):
        raise ValueError(f"unknown part {part!r}: use a or b")
    return [i for i in items if not part or i.part == part]


def _hits(span: tuple[int, int] | None, marks: list[tuple[int, int]]) -> bool:
    return span is not None and any(s < span[1] and span[0] < e for s, e in marks)


def judge(it: ArgSentence, events: list[tuple[tuple[int, int] | None, tuple[int, int] | None]]) -> dict[str, bool]:
    """``events``: (source span, target span) of each claimed event in the sentence."""
    srcs = it.source + it.sides
    src_ok = any(_hits(s, srcs) for s, _ in events)
    if it.sides and not it.source:
        pair = any(_hits(s, it.sides) and _hits(t, it.sides) and not _hits(s, [t]) for s, t in events
                   if s and t)
    elif it.target:
        pair = any(_hits(s, it.source) and _hits(t, it.target) for s, t in events)
    else:
        pair = src_ok
    return {"event": bool(events), "source": src_ok, "pair": pair}


def _source_span(e, it: ArgSentence) -> tuple[int, int] | None:
    """The event's source span; a resolved pronoun after a marked source stands for that source."""
    if e.source is None:
        return None
    span = (e.source.start, e.source.end)
    if e.source.kind == "pronoun" and e.source.country:
        before = [m for m in it.source + it.sides if m[1] <= span[0]]
        if before:
            return before[-1]
    return span


def score(pipeline, items: list[ArgSentence], errors: int = 0) -> dict[str, Any]:
    from lapwing.schema import Article

    n = ev = src = pair = 0
    claimed = turned = stray = 0
    wrong: list[dict] = []
    for it in items:
        rec = pipeline.analyse(Article(id=it.id, text=it.text, published=PUBLISHED))
        evs = [e for e in rec.events if e.status in CLAIMED]
        spans = [(_source_span(e, it), (e.target.start, e.target.end) if e.target else None) for e in evs]
        j = judge(it, spans)
        n += 1
        ev += j["event"]
        src += j["source"]
        pair += j["pair"]
        for s, _ in spans:
            if s is None:
                continue
            claimed += 1
            if _hits(s, it.target) and not _hits(s, it.source + it.sides):
                turned += 1
            elif not _hits(s, it.source + it.target + it.sides):
                stray += 1
        if errors and not j["pair"] and len(wrong) < errors:
            wrong.append({"id": it.id, "text": it.text,
                          "source": [it.text[s:e] for s, e in it.source + it.sides],
                          "target": [it.text[s:e] for s, e in it.target],
                          "events": [f"{e.cameo} {e.source.text if e.source else '-'} -> "
                                     f"{e.target.text if e.target else '-'} [{e.trigger.text}; {e.rule}]"
                                     for e in evs]})
    r = lambda a, b: round(a / b, 4) if b else 0.0  # noqa: E731
    out = {"sentences": n, "event": r(ev, n), "source": r(src, n), "pair": r(pair, n),
           "claimed_sources": claimed, "turned": r(turned, claimed), "stray": r(stray, claimed)}
    if errors:
        out["errors"] = wrong
    return out


def run(gold: str = "", part: str | None = None, model: str | None = None, limit: int | None = None,
        errors: int = 0) -> dict:
    from lapwing import nlp as nlp_mod
    from lapwing.pipeline import Pipeline

    if errors and part != "a":
        raise ValueError("errors are listed for part a only: part b is held back")
    t0 = time.perf_counter()
    items = load_gold(gold or None, part)
    if limit:
        items = items[:limit]
    pipe = Pipeline.create(model=model)
    res = score(pipe, items, errors)
    return {"gold": gold or "conflibert_cameo (cameo_ner)", "part": part or "whole",
            "model": nlp_mod.describe(pipe.nlp), **res, "seconds": round(time.perf_counter() - t0, 1)}


def report(result: dict) -> str:
    lines = [f"event arguments on {result['gold']}, part {result['part']}: {result['sentences']} sentences "
             f"({result['model']}, {result['seconds']} s)",
             f"  with a claimed event {result['event']:.3f}; right source {result['source']:.3f}; "
             f"right source and target {result['pair']:.3f}",
             f"  of {result['claimed_sources']} claimed events' sources: turned round (a marked target) "
             f"{result['turned']:.3f}, on no marked actor {result['stray']:.3f}"]
    for w in result.get("errors", []):
        lines += ["", f"{w['id']}: {w['text']}", f"  gold S {w['source']}  T {w['target']}"]
        lines += [f"  got {x}" for x in w["events"]] or ["  got nothing"]
    return "\n".join(lines)
