"""An analysis worker loads the NLP model and the extractors, not the store: analysing an article must not import
DuckDB, PostgreSQL's driver or the cross-article clustering (a worker of `lapwing run --jobs N` or of the Ray runner
would otherwise carry them, some 80 MB of resident memory each, for nothing). Checked in a fresh interpreter, so that
what other tests imported does not count."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

SCRIPT = """
import json, sys
from lapwing.pipeline import default_pipeline
from lapwing.schema import Article
pipe = default_pipeline()
rec = pipe.analyse(Article(id="w1", title="Clashes in the capital", text=(
    "Police arrested 12 protesters in the capital on Monday, a spokesman said. "
    "Chief Inspector Amara Okoye said the protesters had blocked the main road. "
    "Okoye told reporters that the men would be charged on Tuesday.")))
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("duckdb", "psycopg", "psycopg_pool", "datasketch", "scipy")
               or m == "lapwing.store" or m.startswith("lapwing.store."))
print(json.dumps({"events": len(rec.events), "quotes": len(rec.quotes), "heavy": heavy}))
"""


def test_analysing_an_article_loads_no_store_modules():
    env = dict(os.environ, PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["events"] >= 1 and got["quotes"] >= 1, got  # the article was really analysed, quotes included
    assert got["heavy"] == [], f"an analysis imported store modules: {got['heavy'][:12]}"
