"""The VOA benchmark stories as Articles and their parses made once, for the benches that time one extractor on
fixed parses (``coder_alone.py``, ``token_reads.py``). ``--docs FILE`` in those keeps the parses as a spaCy
``DocBin``, so that two source trees are measured on the same parses.

The caller passes its own ``Article`` class and pipeline: each bench imports Lapwing from the source tree it
measures (and ``token_reads.py`` only after installing its import hook).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VOA = REPO.parent / "shared" / "data" / "corpora" / "voa_benchmark" / "voa_stories.jsonl"


def voa_articles(article_cls, limit: int) -> list:
    """The first ``limit`` VOA stories as ``article_cls`` objects; exits with a message where the data is absent."""
    if not VOA.exists():
        sys.exit(f"no VOA stories at {VOA}")
    rows = [json.loads(x) for x in VOA.read_text(encoding="utf-8").splitlines() if x.strip()][:limit]
    return [article_cls(id=r["id"], text=r["text"], published=(r.get("published") or "")[:10] or None, language="en")
            for r in rows]


def parses(pipe, arts: list, docs_path: str | None) -> list:
    """The articles' parses: read from ``docs_path`` when it exists (and holds these texts), else made with the
    pipeline and, when ``docs_path`` is given, written there for the next run."""
    from spacy.tokens import DocBin

    if docs_path and Path(docs_path).exists():
        docs = list(DocBin().from_disk(docs_path).get_docs(pipe.nlp.vocab))
        if len(docs) != len(arts) or any(d.text != a.text for d, a in zip(docs, arts)):
            sys.exit(f"{docs_path} holds other texts: remove it")
        return docs
    docs = list(pipe.nlp.pipe([a.text for a in arts], batch_size=32))
    if docs_path:
        # (msgpack writes no set: a parse step's frozenset, the hyphenated names' forms, is written as a sorted list;
        # the docs handed back keep their own values)
        kept = [dict(d.user_data) for d in docs]
        for d in docs:
            for k, v in list(d.user_data.items()):
                if isinstance(v, (set, frozenset)):
                    d.user_data[k] = sorted(v)
        DocBin(docs=docs, store_user_data=True).to_disk(docs_path)
        for d, ud in zip(docs, kept):
            d.user_data.clear()
            d.user_data.update(ud)
    return docs
