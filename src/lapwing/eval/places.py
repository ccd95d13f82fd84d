"""Score Lapwing's toponym resolution against LGL and GeoWebNews.

The task is geocoding: the gold toponym spans are given (with their article as
context) and Lapwing must place each of them. For every gold toponym the error
is the great-circle distance between Lapwing's point and the gold point; a
toponym Lapwing cannot resolve counts as the largest possible error (20,039 km).

Measures (the usual ones in geoparsing, e.g. Gritta et al. 2018, 2019):

- ``acc@161``: share of toponyms placed within 161 km (100 miles) of the gold point;
- ``mean_km`` / ``median_km``: mean and median error;
- ``auc``: area under the curve of the sorted errors after scaling each to
  ``log(1 + err) / log(1 + 20039)``; 0 is perfect, 1 is the worst.

Gold sets (``../shared/data/places``, or ``$LAPWING_SHARED_DATA/places``):

- ``lgl``: Local-Global Lexicon (``lgl/lgl.xml``): 588 US local news articles,
  every toponym that has GeoNames coordinates;
- ``geowebnews``: GeoWebNews geocoding set (``geowebnews/GWN.xml`` for the texts,
  ``geowebnews/gwn_full.txt`` for the 2,401 toponyms with GeoNames coordinates,
  among them adjectival modifiers such as "Syrian" placed at the country).

The other places that Lapwing detects in the article serve as context, exactly
as in the extractor (the gold spans replace any overlapping detections).
"""

from __future__ import annotations

from lapwing.eval.shared import DATA_ENV, shared_data_dir  # noqa: F401

import math
import os
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lapwing.geo.resolve import MAX_ERROR_KM, haversine_km

GOLD_SETS = ("lgl", "geowebnews")
ACC_KM = 161.0




@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    kind: str | None = None  # GeoNames feature code (LGL) or annotation type (GeoWebNews)


@dataclass
class GoldDoc:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


# --------------------------------------------------------------------------- loaders
def load_lgl(path: Path) -> list[GoldDoc]:
    root = ET.parse(path).getroot()
    docs = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        doc = GoldDoc(art.get("docid") or str(len(docs)), text)
        for tp in art.iter("toponym"):
            g = tp.find("gaztag")
            if g is None or g.findtext("lat") is None or g.findtext("lon") is None:
                continue
            s, e = int(tp.findtext("start")), int(tp.findtext("end"))
            doc.toponyms.append(GoldToponym(s, e, text[s:e], float(g.findtext("lat")), float(g.findtext("lon")),
                                            g.findtext("fcode")))
        docs.append(doc)
    return docs


def load_geowebnews(directory: Path) -> list[GoldDoc]:
    root = ET.parse(directory / "GWN.xml").getroot()
    texts = [(a.get("file"), a.findtext("text") or "") for a in root.iter("article")]
    lines = (directory / "gwn_full.txt").read_text(encoding="utf-8").split("\n")
    docs = []
    for (fid, text), line in zip(texts, lines):
        doc = GoldDoc(str(fid), text)
        for item in line.split("||"):
            if not item.strip():
                continue
            f = item.split(",,")
            if len(f) < 6:
                continue
            s, e = int(f[4]), int(f[5])
            doc.toponyms.append(GoldToponym(s, e, text[s:e], float(f[2]), float(f[3]), None))
        docs.append(doc)
    return docs


def load_gold(gold: str) -> list[GoldDoc]:
    base = shared_data_dir() / "places"
    if gold == "lgl":
        path = base / "lgl" / "lgl.xml"
        if not path.exists():
            raise FileNotFoundError(f"LGL gold set not found at {path}")
        return load_lgl(path)
    if gold in ("geowebnews", "gwn"):
        d = base / "geowebnews"
        if not (d / "GWN.xml").exists():
            raise FileNotFoundError(f"GeoWebNews gold set not found at {d}")
        return load_geowebnews(d)
    if os.path.exists(gold):  # a file of our own: LGL-style XML
        return load_lgl(Path(gold))
    raise ValueError(f"unknown gold set {gold!r}: use one of {', '.join(GOLD_SETS)} or a path to an LGL-style XML file")


# --------------------------------------------------------------------------- metrics
def auc(errors: list[float]) -> float:
    """Area under the sorted, log-scaled error curve (0 best, 1 worst)."""
    if not errors:
        return 0.0
    ys = [math.log1p(min(e, MAX_ERROR_KM)) / math.log1p(MAX_ERROR_KM) for e in sorted(errors)]
    if len(ys) == 1:
        return ys[0]
    return sum((a + b) / 2 for a, b in zip(ys, ys[1:])) / (len(ys) - 1)


def summarise(errors: list[float]) -> dict[str, float]:
    n = len(errors)
    if not n:
        return {"n": 0, "acc@161": 0.0, "mean_km": 0.0, "median_km": 0.0, "auc": 0.0}
    return {
        "n": n,
        "acc@161": round(sum(e <= ACC_KM for e in errors) / n, 4),
        "mean_km": round(statistics.fmean(errors), 1),
        "median_km": round(statistics.median(errors), 1),
        "auc": round(auc(errors), 4),
    }


# --------------------------------------------------------------------------- scoring
def geocode_gold(nlp, docs: list[GoldDoc], use_context: bool = True) -> list[list[tuple[Any, float]]]:
    """Resolve every gold toponym; returns per document a list of (Resolution|None, error_km)."""
    from lapwing.geo.detect import Detector
    from lapwing.geo.detect_rules import area_cues
    from lapwing.geo.precision import demonym_countries, division_word
    from lapwing.geo.gazetteer import get_gazetteer
    from lapwing.geo.resolve import Mention, Resolver

    gaz = get_gazetteer()
    detector = Detector(gaz)
    resolver = Resolver(gaz)
    out = []
    texts = [d.text for d in docs]
    for gd, doc in zip(docs, nlp.pipe(texts, batch_size=16)):
        gold_ms = []
        for t in gd.toponyms:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            gold_ms.append(Mention(text=t.text, start=t.start, end=t.end,
                                   tok_start=span.start if span is not None else -1,
                                   tok_end=span.end if span is not None else -1,
                                   source="gold", demonym_ok=True))
        ctx_ms = []
        if use_context:
            det = detector.detect(doc)
            for m in det.mentions:
                if any(m.start < g.end and g.start < m.end for g in gold_ms):
                    # the gold span stands in for an overlapping detection; keep its qualifier / dateline role
                    for g in gold_ms:
                        if m.start < g.end and g.start < m.end:
                            if m.qualifier is not None and g.qualifier is None and g.end == m.end:
                                g.qualifier = m.qualifier
                            if m.source == "dateline":
                                g.source = "dateline"
                    continue
                ctx_ms.append(m)
            # qualifiers after gold spans
            from lapwing.geo.detect import _qualifier_after

            text = doc.text
            for g in gold_ms:
                if g.qualifier is None:
                    g.qualifier = _qualifier_after(doc, g.end, text)
        for g in gold_ms:  # "eastern Washington", "Washington state": as the detector marks them
            g.area, g.state_word, g.local = area_cues(doc, g.tok_start, g.tok_end)
            g.division = division_word(doc, g.tok_start, g.tok_end)
        res = resolver.resolve(gold_ms + ctx_ms, demonym_countries(doc.text))[: len(gold_ms)]
        row = []
        for t, r in zip(gd.toponyms, res):
            if r is None or r.lat is None:
                row.append((r, MAX_ERROR_KM))
            else:
                row.append((r, haversine_km(r.lat, r.lon, t.lat, t.lon)))
        out.append(row)
    return out


#: The two halves of each gold set, split by position: even articles (0, 2, 4, ...) are the development
#: half ``a``, odd articles the held-back half ``b`` that is scored rarely and never used for error analysis.
PARTS = ("a", "b")


def split_part(docs: list, part: str | None) -> list:
    """The articles of one half (``a``: even positions, ``b``: odd positions), or all of them."""
    if part in (None, "", "all"):
        return docs
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}: use a or b")
    return docs[PARTS.index(part)::2]


def run(gold: str, json_out: bool = False, limit: int | None = None, model: str | None = None,
        details: bool = False, part: str | None = None) -> dict:
    """Score the gold set; returns the figures (and, with ``details``, every toponym's outcome).

    ``part`` (``a`` or ``b``) scores one half only; scoring the whole set reports both halves apart
    (``parts``). Env ``LAPWING_PLACES_PART`` sets ``part`` when the argument is not given.
    """
    from lapwing import nlp as nlp_mod

    t0 = time.perf_counter()
    part = part or os.environ.get("LAPWING_PLACES_PART") or None
    docs = split_part(load_gold(gold), part)
    if limit:
        docs = docs[:limit]
    nlp = nlp_mod.load(model)
    rows = geocode_gold(nlp, docs)
    errors = [err for row in rows for _r, err in row]
    result: dict[str, Any] = {
        "gold": gold,
        "part": part or "all",
        "documents": len(docs),
        "model": nlp_mod.describe(nlp),
        **summarise(errors),
        "unresolved": sum(1 for row in rows for r, _e in row if r is None or r.lat is None),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if not part:
        result["parts"] = {p: summarise([err for row in rows[i::2] for _r, err in row])
                           for i, p in enumerate(PARTS)}
    by_rule: dict[str, list[float]] = {}
    for row in rows:
        for r, err in row:
            key = (r.rule.split("+")[0] if r is not None else "unresolved")
            by_rule.setdefault(key, []).append(err)
    result["by_rule"] = {k: summarise(v) for k, v in sorted(by_rule.items())}
    if details:
        result["toponyms"] = [
            {"doc": d.id, "text": t.text, "start": t.start, "gold": [t.lat, t.lon], "gold_kind": t.kind,
             "pred": [r.lat, r.lon] if r is not None and r.lat is not None else None,
             "name": r.entry.name if r is not None and r.entry is not None else None,
             "kind": r.entry.kind if r is not None and r.entry is not None else None,
             "cc": r.entry.cc if r is not None and r.entry is not None else None,
             "rule": r.rule if r is not None else None, "error_km": round(err, 1)}
            for d, row in zip(docs, rows) for t, (r, err) in zip(d.toponyms, row)
        ]
    return result


def report(result: dict) -> str:
    lines = [
        f"places / {result['gold']}"
        + (f" part {result['part']}" if result.get("part", "all") != "all" else "")
        + f": {result['n']} toponyms in {result['documents']} articles "
        f"(model {result['model']}, {result['seconds']} s)",
        f"  acc@161  {result['acc@161']:.3f}",
        f"  mean     {result['mean_km']:.0f} km",
        f"  median   {result['median_km']:.1f} km",
        f"  AUC      {result['auc']:.3f}",
        f"  unresolved {result['unresolved']}",
    ]
    for p, v in result.get("parts", {}).items():
        lines.append(f"  part {p} ({'even' if p == 'a' else 'odd'} articles{', held back' if p == 'b' else ''}): "
                     f"n={v['n']} acc@161={v['acc@161']:.3f} median={v['median_km']:.0f} km AUC={v['auc']:.3f}")
    lines.append("  by rule:")
    for k, v in result.get("by_rule", {}).items():
        lines.append(f"    {k:<28} n={v['n']:<5} acc@161={v['acc@161']:.3f} median={v['median_km']:.0f} km")
    return "\n".join(lines)
