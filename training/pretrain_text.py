"""Raw text for tok2vec pretraining (`spacy pretrain`), from ../shared/data/corpora.

Writes training/corpus/raw.jsonl: one {"text": ...} line per paragraph of the
Reuters-21578 story bodies (1987 newswire) and the Voice of America stories.
Used only to measure whether pretraining helps (see docs/model.md).

Usage: python training/pretrain_text.py [--data ../shared/data] [--out training/corpus/raw.jsonl]
"""

from __future__ import annotations

import argparse
import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
PARAGRAPH = re.compile(r"\n\s*\n|\n {3,}")


def paragraphs(text: str, min_words: int = 5):
    for para in PARAGRAPH.split(text):
        para = " ".join(para.split())
        if len(para.split()) >= min_words:
            yield para


def reuters(root: Path):
    for path in sorted(root.glob("reut2-*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for body in BODY.findall(raw):
            body = html.unescape(body).replace("\x03", "")
            body = re.sub(r"\s*Reuter\s*$", "", body.strip())
            yield from paragraphs(body)


def voa(path: Path):
    with open(path, encoding="utf8") as fh:
        for line in fh:
            if line.strip():
                yield from paragraphs(json.loads(line).get("text") or "")


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=HERE / "corpus" / "raw.jsonl")
    args = ap.parse_args(argv)
    corpora = args.data / "corpora"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    stats = {"paragraphs": 0, "words": 0}
    with open(args.out, "w", encoding="utf8") as out:
        for para in (*reuters(corpora / "reuters21578"), *voa(corpora / "voa_benchmark" / "voa_stories.jsonl")):
            out.write(json.dumps({"text": para}) + "\n")
            stats["paragraphs"] += 1
            stats["words"] += len(para.split())
    print(json.dumps(stats))
    return stats


if __name__ == "__main__":
    main()
