"""Score Lapwing's time-expression finder against TimeML gold (TempEval-3 style).

Gold: ``../shared/data/dates/tempeval3``: TimeML ``.tml`` files (TimeBank 1.2 and AQUAINT as
cleaned for TempEval-3). Each document has a creation time (DCT), the anchor for relative
expressions, and TIMEX3 elements with a type (DATE, TIME, DURATION, SET) and a normalised
value. Only the ``<TEXT>`` part is scored; the DCT itself is not an expression in the text.

The finder runs on the plain text plus the DCT, without the spaCy pipeline (tense cues are
read from the words: :class:`lapwing.timeparse.TextTense`).

Measures
  * detection, strict: an expression counts when its span is exactly a gold span;
  * detection, relaxed: when it overlaps a gold span (pairs are made one to one, largest
    overlap first);
  * value accuracy: among relaxed matches, the share whose value equals the gold value
    exactly (TempEval-3's attribute accuracy); ``value_f1`` is TempEval-3's value F1
    (correct values over system and over gold expressions);
  * type accuracy: among relaxed matches, the share with the gold TIMEX3 type.

Rows: ``overall`` (every gold TIMEX3, every type, against everything found), ``attempted``
(gold DATE, TIME and DURATION: the types the finder produces; SET is not attempted) and one
row per type (gold of that type against found expressions given that type). ``record``
scores what ArticleRecord.dates carries: gold DATE/TIME expressions whose value has a
calendar form (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www``; a TIME's day part)
against found expressions that have such a value, comparing those values.

Results are given for the whole set and per corpus (TimeBank, AQUAINT): the rules were
written looking at TimeBank, so AQUAINT is the fairer estimate on unseen news.
"""

from __future__ import annotations

from lapwing.eval.shared import DATA_ENV, shared_data_dir  # noqa: F401

import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lapwing.timeparse import ISO_VALUE, Timex, find_timexes, parse_anchor

TYPES = ("DATE", "TIME", "DURATION", "SET")
ATTEMPTED = ("DATE", "TIME", "DURATION")


class GoldNotFound(FileNotFoundError):
    pass


@dataclass
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class TimeMLDoc:
    docid: str
    corpus: str
    dct: date
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)




def gold_path(gold: str) -> Path:
    """A gold-set name (``tempeval3``) or a path to a folder / ``.tml`` file."""
    p = Path(gold)
    if p.exists():
        return p
    named = shared_data_dir() / "dates" / gold
    if named.exists():
        return named
    raise GoldNotFound(
        f"gold set {gold!r} not found: it is neither a path nor a folder under {shared_data_dir() / 'dates'} "
        f"(set {DATA_ENV} to the shared data folder)"
    )


def read_timeml(path: str | Path, corpus: str | None = None) -> TimeMLDoc:
    """One TimeML file: its DCT, the plain text of ``<TEXT>`` and the TIMEX3 spans in it."""
    path = Path(path)
    root = ET.parse(path).getroot()
    docid = (root.findtext("DOCID") or path.stem).strip()
    dct_el = root.find("DCT/TIMEX3")
    dct = parse_anchor(dct_el.get("value")) if dct_el is not None else None
    if dct is None:
        raise ValueError(f"{path}: no usable DCT")
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = [text_el.text or ""]
    pos = len(parts[0])
    timexes: list[GoldTimex] = []

    def walk(el: ET.Element) -> None:
        nonlocal pos
        for child in el:
            start = pos
            inner = child.text or ""
            parts.append(inner)
            pos += len(inner)
            walk(child)
            if child.tag == "TIMEX3":
                timexes.append(GoldTimex(start, pos, child.get("type", ""), child.get("value", ""),
                                         "".join(parts)[start:pos]))
            tail = child.tail or ""
            parts.append(tail)
            pos += len(tail)

    walk(text_el)
    return TimeMLDoc(docid, corpus or path.parent.name, dct, "".join(parts), timexes)


def load_gold(gold: str) -> list[TimeMLDoc]:
    """Every ``.tml`` under the gold folder, once per document id (the set repeats one file)."""
    p = gold_path(gold)
    files = [p] if p.is_file() else sorted(p.rglob("*.tml"))
    if not files:
        raise GoldNotFound(f"no .tml files under {p}")
    docs: dict[str, TimeMLDoc] = {}
    for f in files:
        doc = read_timeml(f)
        if doc.docid not in docs or doc.corpus in ("TimeBank", "AQUAINT"):
            docs.setdefault(doc.docid, doc)
    return list(docs.values())


# ------------------------------------------------------------------------------------------ scoring


def _pairs(gold: list[GoldTimex], found: list[Timex]) -> list[tuple[GoldTimex, Timex]]:
    """One-to-one relaxed matches, largest overlap first."""
    cands = []
    for i, g in enumerate(gold):
        for j, s in enumerate(found):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                cands.append((-ov, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, i, j in cands:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        out.append((gold[i], found[j]))
    return out


class _Tally:
    def __init__(self) -> None:
        self.c: Counter[str] = Counter()

    def add(self, gold: list[GoldTimex], found: list[Timex], value_of=None) -> list[tuple[GoldTimex, Timex]]:
        value_of = value_of or (lambda t: t.value)
        self.c["gold"] += len(gold)
        self.c["found"] += len(found)
        spans = {(g.start, g.end) for g in gold}
        self.c["strict"] += sum((s.start, s.end) in spans for s in found)
        pairs = _pairs(gold, found)
        self.c["relaxed"] += len(pairs)
        for g, s in pairs:
            self.c["value_ok"] += value_of(s) == g.value
            self.c["type_ok"] += s.type == g.type
        return pairs

    def result(self) -> dict[str, Any]:
        c = self.c

        def prf(hit: int, hit_gold: int | None = None) -> dict[str, float]:
            p = hit / c["found"] if c["found"] else 0.0
            r = (hit if hit_gold is None else hit_gold) / c["gold"] if c["gold"] else 0.0
            return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}

        n = c["relaxed"]
        return {
            "gold": c["gold"], "found": c["found"],
            "strict": prf(c["strict"]), "relaxed": prf(n),
            "value_accuracy": round(c["value_ok"] / n, 4) if n else 0.0,
            "value_f1": prf(c["value_ok"])["f1"],
            "type_accuracy": round(c["type_ok"] / n, 4) if n else 0.0,
            "matched": n, "value_correct": c["value_ok"],
        }


def _record_value(g: GoldTimex) -> str | None:
    if g.type not in ("DATE", "TIME"):
        return None
    v = g.value[:10] if g.type == "TIME" else g.value
    return v if ISO_VALUE.fullmatch(v) else None


def score(docs: list[TimeMLDoc], errors: int = 0) -> dict[str, Any]:
    groups: dict[str, dict[str, _Tally]] = defaultdict(lambda: defaultdict(_Tally))
    mistakes: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    chars = 0
    for doc in docs:
        found = find_timexes(doc.text, doc.dct)
        chars += len(doc.text)
        for corpus in ("all", doc.corpus):
            rows = groups[corpus]
            pairs = rows["overall"].add(doc.timexes, found)
            rows["attempted"].add([g for g in doc.timexes if g.type in ATTEMPTED], found)
            for t in TYPES:
                rows[t].add([g for g in doc.timexes if g.type == t], [s for s in found if s.type == t])
            rec_gold = []
            for g in doc.timexes:
                v = _record_value(g)
                if v is not None:
                    rec_gold.append(GoldTimex(g.start, g.end, g.type, v, g.text))
            rows["record"].add(rec_gold, [s for s in found if s.iso is not None], value_of=lambda s: s.iso)
            if errors and corpus == "all":
                mistakes.extend(_mistakes(doc, found, pairs))
    elapsed = time.perf_counter() - t0
    out: dict[str, Any] = {
        "gold_set": None,
        "documents": len(docs),
        "seconds": round(elapsed, 2),
        "chars_per_second": int(chars / elapsed) if elapsed else None,
        "results": {corpus: {row: t.result() for row, t in rows.items()} for corpus, rows in groups.items()},
        "docs_per_corpus": dict(Counter(d.corpus for d in docs)),
    }
    if errors:
        out["errors"] = mistakes[:errors]
    return out


def _mistakes(doc: TimeMLDoc, found: list[Timex], pairs) -> list[dict[str, Any]]:
    out = []
    matched_g = {id(g) for g, _ in pairs}
    matched_s = {id(s) for _, s in pairs}

    def ctx(a: int, b: int) -> str:
        return " ".join(doc.text[max(0, a - 60):b + 40].split())

    for g, s in pairs:
        if s.value != g.value or (g.start, g.end) != (s.start, s.end):
            out.append({"doc": doc.docid, "dct": doc.dct.isoformat(), "kind": "value" if s.value != g.value else "span",
                        "gold": [g.text, g.type, g.value], "found": [s.text, s.type, s.value, s.rule],
                        "context": ctx(g.start, g.end)})
    for g in doc.timexes:
        if id(g) not in matched_g:
            out.append({"doc": doc.docid, "dct": doc.dct.isoformat(), "kind": "missed", "gold": [g.text, g.type, g.value],
                        "context": ctx(g.start, g.end)})
    for s in found:
        if id(s) not in matched_s:
            out.append({"doc": doc.docid, "dct": doc.dct.isoformat(), "kind": "spurious",
                        "found": [s.text, s.type, s.value, s.rule], "context": ctx(s.start, s.end)})
    return out


def run(gold: str = "tempeval3", json_out: bool = False, errors: int = 0) -> dict[str, Any]:
    """Score the finder on a TimeML gold set (``tempeval3`` or a path); returns the result dict.

    ``json_out`` is accepted for symmetry with the other evaluators; printing is the caller's
    (``lapwing eval dates`` prints :func:`report` or the JSON).
    """
    docs = load_gold(gold)
    result = score(docs, errors=errors)
    result["gold_set"] = str(gold)
    return result


def report(result: dict[str, Any]) -> str:
    """A plain-text table of the result."""
    lines = [f"dates vs {result['gold_set']}: {result['documents']} documents "
             f"({', '.join(f'{k} {v}' for k, v in sorted(result['docs_per_corpus'].items()))}), "
             f"{result['seconds']}s"]
    head = f"{'':10} {'row':10} {'gold':>5} {'found':>5}  {'strict P/R/F1':>20}  {'relaxed P/R/F1':>20}  {'value acc':>9}  {'value F1':>8}  {'type acc':>8}"
    lines.append(head)
    for corpus, rows in result["results"].items():
        for row in ("overall", "attempted", "DATE", "TIME", "DURATION", "SET", "record"):
            r = rows.get(row)
            if r is None:
                continue
            s, x = r["strict"], r["relaxed"]
            lines.append(
                f"{corpus:10} {row:10} {r['gold']:5d} {r['found']:5d}  "
                f"{s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}  {x['p']:6.3f} {x['r']:6.3f} {x['f1']:6.3f}  "
                f"{r['value_accuracy']:9.3f}  {r['value_f1']:8.3f}  {r['type_accuracy']:8.3f}"
            )
    for e in result.get("errors", []):
        lines.append(f"  {e['kind']:8} gold={e.get('gold')} found={e.get('found')} | {e['context']}")
    return "\n".join(lines)
