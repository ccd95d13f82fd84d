"""Score Lapwing's quotes against PolNeAR (political news attribution relations).

PolNeAR (``../shared/data/quotes/polnear``) marks, in brat standoff, attributions
made of a Source span, a Cue span and a Content span (spans may be discontinuous).
It covers more than speech (beliefs, plans, "X was first reported by Y"), so it is
a demanding yardstick for a quote extractor.

Measures (all on word tokens, ``\\w+``, so punctuation and quotation marks do not count):

- ``content``: token-overlap precision / recall / F1 of the union of our quote
  spans against the union of gold Content spans, micro-averaged over articles;
- ``direct``: the same for direct quotes: recall on gold contents wholly inside
  quotation marks (covered by any of our quotes), precision of our ``direct`` quotes;
- ``speech``: the same as ``content`` on attributions whose cue is a speech verb or
  phrase of the lexicon (said, told, according to, ...): the part of PolNeAR that
  is "quotes" in Lapwing's sense. Its precision counts our quotes against the
  speech attributions only;
- ``speaker``: on gold attributions whose content we find (our quotes cover at least
  half of its content tokens), the share where the quote covering most of it has the
  right speaker: our speaker's words overlap the gold Source (by offsets, or by its
  resolved name), or both are absent.

Articles annotated by several annotators are scored against one annotation (the
first by file name).

These figures are coverage figures and are higher than the outside checks' scorer
(``../shared/eval/score_quotes.py``) on the same data: that scorer matches each produced
quote to one gold attribution at token F1 >= 0.5 (a quote split in two, or one quote
covering two attributions, is a miss plus a false quote), counts a speaker right by span
overlap or a shared capitalised name, and calls a quote direct only when its content
itself stands within quotation marks. The result's ``matched`` block (printed last) gives
the figures with those definitions (:mod:`lapwing.eval.quotes_matched`); they are the ones
to compare with the outside checks (docs/quotes-counts-tone.md says where they can still
differ).
"""

from __future__ import annotations

from lapwing.eval.shared import DATA_ENV, prf, ratio, shared_data_dir  # noqa: F401
from lapwing.eval.quotes_matched import score_matched

import os
import re
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e"
_STOP = {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "sen", "rep", "s"}




def polnear_dir() -> Path:
    return shared_data_dir() / "quotes" / "polnear"


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    label: str = "Attribution"

    def is_direct(self, text: str) -> bool:
        """Every content fragment is enclosed in quotation marks."""
        if not self.content:
            return False
        for s, e in self.content:
            frag = text[s:e].strip()
            if not frag or frag[0] not in _QUOTE_MARKS:
                return False
            tail = frag.rstrip(".,;:!?)")
            if not tail or tail[-1] not in _QUOTE_MARKS:
                return False
            inner = tail[1:-1]
            if any(ch in _QUOTE_MARKS for ch in inner):
                return False
        return True


@dataclass
class GoldDoc:
    id: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def parse_ann(path: Path) -> list[GoldAttribution]:
    """Read a brat .ann file: T lines (spans) and E lines (attributions)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue  # continuation lines of multi-line span texts
            tag = parts[0]
            if re.fullmatch(r"T\d+", tag):
                head = parts[1].split(" ", 1)
                if len(head) != 2:
                    continue
                try:
                    frags = [tuple(int(x) for x in f.split()) for f in head[1].split(";")]
                except ValueError:
                    continue
                spans[tag] = (head[0], [(a, b) for a, b in frags])
            elif re.fullmatch(r"E\d+", tag):
                args: dict[str, str] = {}
                for item in parts[1].split():
                    if ":" in item:
                        k, v = item.split(":", 1)
                        args.setdefault(k, v)
                events.append(args)
    out = []
    for args in events:
        label = args.get("Attribution") and "Attribution"
        if "Attribution-no-source" in args:
            label = "Attribution-no-source"

        def frags(role: str) -> list[tuple[int, int]]:
            ref = args.get(role)
            return list(spans[ref][1]) if ref in spans else []

        content = frags("Content") + frags("Content2")
        out.append(GoldAttribution(content=content, source=frags("Source"), cue=frags("Cue"), label=label or "Attribution"))
    return out


def load_polnear(split: str = "dev", limit: int | None = None, root: Path | None = None) -> list[GoldDoc]:
    root = root or polnear_dir()
    base = root / split
    if not (base / "text").is_dir():
        raise FileNotFoundError(f"PolNeAR {split} split not found at {base} (expected text/ and attributions/)")
    anns: dict[str, Path] = {}
    for name in sorted(os.listdir(base / "attributions")):
        if name.endswith(".ann"):
            anns.setdefault(name.rsplit("_", 1)[0], base / "attributions" / name)
    docs = []
    for stem in sorted(anns):
        tpath = base / "text" / f"{stem}.txt"
        if not tpath.exists():
            continue
        text = tpath.read_text(encoding="utf-8")
        docs.append(GoldDoc(stem, text, parse_ann(anns[stem])))
        if limit and len(docs) >= limit:
            break
    return docs


# ---------------------------------------------------------------------------
# token sets


class Words:
    """Word tokens of a text, for mapping character spans to token sets."""

    def __init__(self, text: str):
        self.starts, self.ends, self.lower = [], [], []
        for m in _WORD.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.lower.append(m.group().lower())

    def ids(self, s: int, e: int) -> set[int]:
        """Words overlapping [s, e)."""
        lo = bisect_right(self.ends, s)
        hi = bisect_left(self.starts, e)
        return set(range(lo, hi))

    def ids_many(self, frags: list[tuple[int, int]]) -> set[int]:
        out: set[int] = set()
        for s, e in frags:
            out |= self.ids(s, e)
        return out


_prf = prf


def _is_speech_cue(text: str, cue: list[tuple[int, int]]) -> bool:
    from lapwing.extract.quotes import lexicon

    lex = lexicon()
    words = [w.lower() for s, e in cue for w in _WORD.findall(text[s:e])]
    if any(w in lex.verb_forms for w in words):
        return True
    joined = " ".join(words)
    return any(" ".join(p) in joined for p in lex.phrases)


def _speaker_ok(text: str, words: Words, gold: GoldAttribution, quote) -> bool:
    spk = quote.speaker
    if not gold.source:
        return spk is None
    if spk is None:
        return False
    gold_ids = words.ids_many(gold.source)
    if words.ids(spk.start, spk.end) & gold_ids:
        return True
    gold_words = {words.lower[i] for i in gold_ids} - _STOP
    ours = {w.lower() for w in _WORD.findall(" ".join(x for x in (spk.name, spk.text) if x))} - _STOP
    return bool(gold_words & ours)


def score(docs: list[GoldDoc], records: list[Any]) -> dict[str, Any]:
    """Compare records (ArticleRecord, in the order of ``docs``) with the gold attributions."""
    c = {k: 0 for k in ("tp", "pred", "gold", "d_tp_r", "d_gold", "d_tp_p", "d_pred", "s_tp", "s_pred", "s_gold")}
    found = speaker_ok = gold_attr = 0
    found_direct = speaker_ok_direct = 0
    by_rule: dict[str, dict[str, int]] = {}
    for doc, rec in zip(docs, records):
        text = doc.text
        words = Words(text)
        quotes = list(rec.quotes) if rec is not None else []
        gold_all: set[int] = set()
        gold_direct: set[int] = set()
        gold_speech: set[int] = set()
        for a in doc.attributions:
            ids = words.ids_many(a.content)
            gold_all |= ids
            if a.is_direct(text):
                gold_direct |= ids
            if _is_speech_cue(text, a.cue):
                gold_speech |= ids
        q_ids = [words.ids(q.start, q.end) for q in quotes]
        pred_all = set().union(*q_ids) if q_ids else set()
        pred_direct = set().union(*[ids for q, ids in zip(quotes, q_ids) if q.kind == "direct"]) if quotes else set()
        c["tp"] += len(pred_all & gold_all)
        c["pred"] += len(pred_all)
        c["gold"] += len(gold_all)
        c["d_tp_r"] += len(pred_all & gold_direct)
        c["d_gold"] += len(gold_direct)
        c["d_tp_p"] += len(pred_direct & gold_all)
        c["d_pred"] += len(pred_direct)
        # speech subset: our tokens outside any gold content, or inside speech contents, count
        speech_pred = pred_all - (gold_all - gold_speech)
        c["s_tp"] += len(speech_pred & gold_speech)
        c["s_pred"] += len(speech_pred)
        c["s_gold"] += len(gold_speech)
        for q, ids in zip(quotes, q_ids):
            r = by_rule.setdefault(q.rule or "?", {"quotes": 0, "tokens": 0, "correct_tokens": 0})
            r["quotes"] += 1
            r["tokens"] += len(ids)
            r["correct_tokens"] += len(ids & gold_all)
        for a in doc.attributions:
            ids = words.ids_many(a.content)
            if not ids:
                continue
            gold_attr += 1
            if len(ids & pred_all) < 0.5 * len(ids):
                continue
            found += 1
            best = max(range(len(quotes)), key=lambda k: len(q_ids[k] & ids))
            ok = _speaker_ok(text, words, a, quotes[best])
            speaker_ok += ok
            if a.is_direct(text):
                found_direct += 1
                speaker_ok_direct += ok
    matched = score_matched([d.text for d in docs], [[a for a in d.attributions if a.content] for d in docs],
                            [list(r.quotes) if r is not None else [] for r in records])
    return {
        "articles": len(docs),
        "matched": matched,
        "gold_attributions": gold_attr,
        "predicted_quotes": sum(len(r.quotes) for r in records if r is not None),
        "content": _prf(c["tp"], c["pred"], c["gold"]),
        "direct": _pr(c["d_tp_p"] / c["d_pred"] if c["d_pred"] else 0.0,
                      c["d_tp_r"] / c["d_gold"] if c["d_gold"] else 0.0),
        "speech": _prf(c["s_tp"], c["s_pred"], c["s_gold"]),
        "speaker": {
            "found": found,
            "correct": speaker_ok,
            "accuracy": round(speaker_ok / found, 4) if found else 0.0,
            "found_direct": found_direct,
            "accuracy_direct": round(speaker_ok_direct / found_direct, 4) if found_direct else 0.0,
            "found_share": round(found / gold_attr, 4) if gold_attr else 0.0,
        },
        "by_rule": {k: v | {"precision": round(v["correct_tokens"] / v["tokens"], 4) if v["tokens"] else 0.0}
                    for k, v in sorted(by_rule.items())},
        "token_counts": c,
    }


def _pr(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def run(gold: str = "polnear", json_out: bool = False, split: str = "dev", limit: int | None = None,
        model: str | None = None) -> dict[str, Any]:
    """Analyse the gold articles with the quotes extractor (and actors when present) and score them."""
    if gold != "polnear":
        raise ValueError(f"unknown quotes gold set {gold!r}; available: polnear")
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    docs = load_polnear(split, limit=limit)
    pipe = Pipeline.create(model=model, extractors=("actors", "quotes"))
    t0 = time.perf_counter()
    articles = [Article(id=d.id, text=d.text, language="en") for d in docs]
    records = list(pipe.analyse_many(articles, batch_size=8))
    elapsed = time.perf_counter() - t0
    failed = [r.article.id for r in records if r.status != "ok"]
    result = {"gold": f"polnear/{split}", "model": pipe.provenance["model"],
              "has_parser": "parser" in pipe.nlp.pipe_names,
              "extractors": pipe.provenance["extractors"]} | score(docs, records)
    result["failed_articles"] = failed
    result["seconds"] = round(elapsed, 1)
    return result


def report(result: dict[str, Any]) -> str:
    """A short human-readable summary."""
    lines = [f"PolNeAR {result['gold']}: {result['articles']} articles, {result['gold_attributions']} gold attributions, "
             f"{result['predicted_quotes']} quotes found  (model {result['model']})"]
    for key, label in (("content", "content (all attributions)"), ("speech", "content (speech cues)"),
                       ("direct", "direct quotes")):
        m = result[key]
        lines.append(f"  {label:<28} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
    s = result["speaker"]
    lines.append(f"  speaker accuracy (found)     {s['accuracy']:.3f}  on {s['found']} attributions "
                 f"({s['found_share']:.1%} of gold); direct {s['accuracy_direct']:.3f} on {s['found_direct']}")
    m = result.get("matched")
    if m:
        c, d = m["content"], m["direct"]
        lines.append("  one to one, the outside checks' definitions (lapwing.eval.quotes_matched):")
        lines.append(f"    content P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f};  direct P "
                     f"{d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f};  speaker accuracy "
                     f"{m['speaker_accuracy']:.3f}")
    if not result.get("has_parser"):
        lines.append("  note: the NLP pipeline has no parser; only direct quotes were looked for")
    return "\n".join(lines)
