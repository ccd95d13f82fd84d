"""Draw a seeded random sample of unlabelled news articles for judging the event coder by hand.

    python scripts/corpus_sample.py --seed 15 --reuters 30 --voa 5 --out-dir /tmp/sample

Reads the Reuters-21578 SGML files and the VOA stories in ``../shared/data/corpora`` (nothing from
them goes into the project), keeps the Reuters stories that have a body of at least ``--min-words``
words, shuffles each corpus with one ``random.Random(seed)`` and writes two disjoint samples as
Lapwing JSONL input: ``dev.jsonl`` (the first draw: read its errors) and ``heldout.jsonl`` (the next
draw: judged only at the end). Reuters bodies are hard-wrapped; lines are joined into paragraphs
(a paragraph starts with an indented line).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
from pathlib import Path

_STORY = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}


def _field(body: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", body, re.S)
    return html.unescape(m.group(1)) if m else ""


def _paragraphs(text: str) -> str:
    text = re.sub(r"\s*Reuter\s*\x03?\s*$", "", text.replace("\x03", "")).rstrip()
    paras, cur = [], []
    for line in text.split("\n"):
        if line.startswith("    ") and cur:
            paras.append(" ".join(cur))
            cur = []
        if line.strip():
            cur.append(line.strip())
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras)


def reuters_stories(folder: Path, min_words: int) -> list[dict]:
    out = []
    for path in sorted(folder.glob("reut2-*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for newid, body in _STORY.findall(raw):
            text = _paragraphs(_field(body, "BODY"))
            if len(text.split()) < min_words:
                continue
            date = _field(body, "DATE").strip()
            m = re.match(r"(\d+)-([A-Z]{3})-(\d{4})", date)
            published = (f"{m.group(3)}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
                         if m and m.group(2) in _MONTHS else None)
            out.append({"id": f"reuters-{newid}", "title": _field(body, "TITLE").strip(),
                        "text": text, "published": published, "source": "reuters21578"})
    return out


def voa_stories(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out.append({"id": f"voa-{d['id']}", "title": d.get("title"), "text": d["text"],
                        "published": d.get("published"), "source": "voa_benchmark"})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default="../shared/data/corpora")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--reuters", type=int, default=30)
    ap.add_argument("--voa", type=int, default=5)
    ap.add_argument("--min-words", type=int, default=60)
    ap.add_argument("--extra", type=int, default=0, help="also write extra.jsonl: the next N Reuters stories "
                    "after both draws (more development text)")
    ap.add_argument("--extra-voa", type=int, default=0, help="also write extra_voa.jsonl: the next N VOA stories")
    ap.add_argument("--out-dir", required=True)
    a = ap.parse_args()
    corpora = Path(a.corpora)
    rng = random.Random(a.seed)
    reu = reuters_stories(corpora / "reuters21578", a.min_words)
    voa = voa_stories(corpora / "voa_benchmark" / "voa_stories.jsonl")
    rng.shuffle(reu)
    rng.shuffle(voa)
    out = Path(a.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for k, name in enumerate(("dev", "heldout")):
        items = (reu[k * a.reuters:(k + 1) * a.reuters] + voa[k * a.voa:(k + 1) * a.voa])
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for d in items:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{name}: {len(items)} articles -> {out / (name + '.jsonl')}")
    if a.extra:
        with open(out / "extra.jsonl", "w", encoding="utf-8") as f:
            for d in reu[2 * a.reuters:2 * a.reuters + a.extra]:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"extra: {a.extra} Reuters articles -> {out / 'extra.jsonl'}")
    if a.extra_voa:
        with open(out / "extra_voa.jsonl", "w", encoding="utf-8") as f:
            for d in voa[2 * a.voa:2 * a.voa + a.extra_voa]:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"extra: {a.extra_voa} VOA stories -> {out / 'extra_voa.jsonl'}")


if __name__ == "__main__":
    main()
