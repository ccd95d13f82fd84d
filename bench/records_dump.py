"""Write the records of a fixed set of articles as JSONL, to diff two code versions' output.

A speed change must leave every record as it was. This writes, for the example articles
(``examples/articles.jsonl``), the VOA benchmark stories and the first ``--reuters`` Reuters-21578
bodies from ../shared/data/corpora (each part skipped, said so on stderr, where absent), one record
per line, keys sorted; the ``pipeline`` provenance (model and extractor versions) is left out, so two
trees that differ only in a version string still compare equal.

    python bench/records_dump.py --out before.jsonl [--src DIR] [--reuters 111]
    python bench/records_dump.py --out after.jsonl
    cmp before.jsonl after.jsonl

``--src DIR`` runs the Lapwing source tree at DIR (an earlier commit unpacked with ``git archive``).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def inputs(reuters: int) -> list[dict]:
    rows: list[dict] = []
    for line in (REPO / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    voa = DATA / "corpora" / "voa_benchmark" / "voa_stories.jsonl"
    if voa.exists():
        for line in voa.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.append({"id": f"voa-{r['id']}", "text": r["text"],
                             "published": (r.get("published") or "")[:10] or None})
    else:
        print(f"records_dump: {voa} absent, VOA stories left out", file=sys.stderr)
    sgm = DATA / "corpora" / "reuters21578" / "reut2-000.sgm"
    if reuters > 0 and sgm.exists():
        raw = sgm.read_text(encoding="latin-1")
        bodies = [re.sub(r"&[a-z]+;|&#\d+;", " ", b).strip()
                  for b in re.findall(r"<BODY>(.*?)</BODY>", raw, re.S)]
        rows += [{"id": f"reuters-{i}", "text": b, "published": "1987-02-26"} for i, b in enumerate(bodies[:reuters])]
    elif reuters > 0:
        print(f"records_dump: {sgm} absent, Reuters bodies left out", file=sys.stderr)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="the JSONL file to write")
    ap.add_argument("--src", default=str(REPO / "src"), help="the Lapwing source tree to run")
    ap.add_argument("--reuters", type=int, default=111, help="how many Reuters-21578 bodies to add (0: none)")
    args = ap.parse_args()

    sys.path.insert(0, str(Path(args.src).resolve()))
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    pipe = Pipeline.create()
    arts = []
    for r in inputs(args.reuters):
        arts.append(Article(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published"),
                            url=r.get("url"), source=r.get("source")))
    n = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for rec in pipe.analyse_many(arts):
            d = rec.model_dump(mode="json")
            d.pop("pipeline", None)
            out.write(json.dumps(d, sort_keys=True, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} records written to {args.out} (src {Path(args.src).resolve()})")


if __name__ == "__main__":
    main()
