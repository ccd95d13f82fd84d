"""Throughput of Lapwing's English pipeline on one core.

Runs ``nlp.pipe`` over news text and prints words/s and peak memory, with the
tokenizer alone over the same text as the baseline of the same run. Text
comes from ../shared/data/corpora (VOA benchmark, then Reuters-21578); if the
shared data is absent it falls back to a few synthetic sentences (say so).

    python bench/nlp_speed.py [--words 100000] [--batch-size 64] [--model PATH]

Not a timed test: figures depend on the machine. Threads are pinned to one
core (OMP/OpenBLAS/MKL) before numpy loads.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import re
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def texts(max_words: int) -> tuple[list[str], str]:
    out: list[str] = []
    n = 0
    voa = DATA / "corpora" / "voa_benchmark"
    for f in sorted(voa.glob("*.jsonl")) if voa.is_dir() else []:
        for line in f.read_text(encoding="utf8").splitlines():
            if not line.strip():
                continue
            t = json.loads(line).get("text") or ""
            for para in t.split("\n"):
                if para.strip():
                    out.append(para)
                    n += len(para.split())
            if n >= max_words:
                return out, "voa_benchmark"
    reuters = DATA / "corpora" / "reuters21578"
    for f in sorted(reuters.glob("*.sgm")) if reuters.is_dir() else []:
        raw = f.read_text(encoding="latin-1")
        for body in re.findall(r"<BODY>(.*?)</BODY>", raw, flags=re.DOTALL):
            body = re.sub(r"&[a-z]+;|&#\d+;", " ", body).strip()
            out.append(body)
            n += len(body.split())
            if n >= max_words:
                return out, "voa_benchmark+reuters21578" if out else "reuters21578"
    if out:
        return out, "shared corpora"
    sample = (
        "Venezuelan opposition leader Juan Guaido called on the armed forces to abandon President "
        "Nicolas Maduro in Caracas on Tuesday. The U.S. embassy said it would stay open. "
    )
    reps = max_words // len(sample.split()) + 1
    return [sample] * reps, "synthetic (shared data absent)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()

    sys.path.insert(0, str(REPO / "src"))
    from lapwing.nlp import describe, load

    t0 = time.perf_counter()
    nlp = load(args.model) if args.model else load()
    load_s = time.perf_counter() - t0
    data, source = texts(args.words)
    list(nlp.pipe(data[:20]))  # warm up
    # baseline in the same run: the tokenizer alone, so figures compare across machines
    t0 = time.perf_counter()
    base_words = sum(sum(1 for t in nlp.make_doc(text) if not t.is_space) for text in data)
    base_dt = time.perf_counter() - t0
    t0 = time.perf_counter()
    words = 0
    for doc in nlp.pipe(data, batch_size=args.batch_size):
        words += sum(1 for t in doc if not t.is_space)
    dt = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "model": describe(nlp),
        "pipeline": nlp.pipe_names,
        "source": source,
        "texts": len(data),
        "tokens": words,
        "seconds": round(dt, 2),
        "words_per_sec": round(words / dt),
        "baseline_tokenizer_words_per_sec": round(base_words / base_dt),
        "pipeline_vs_tokenizer": round((words / dt) / (base_words / base_dt), 4),
        "load_seconds": round(load_s, 2),
        "peak_memory_mb": round(peak_mb, 1),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
