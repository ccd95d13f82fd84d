"""Pipeline.warm(): what the extractors load on their first article is loaded before it, and warming
changes nothing in the records that follow."""

from __future__ import annotations

import json
from pathlib import Path

from lapwing.extract.actors.context import _city_index
from lapwing.schema import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"


def _first_example() -> Article:
    row = json.loads(EXAMPLES.read_text(encoding="utf-8").splitlines()[0])
    return Article(id=row["id"], text=row["text"], published=row.get("published"), language="en")


def test_warm_loads_the_dateline_city_table(pipe):
    _city_index.cache_clear()
    assert _city_index.cache_info().currsize == 0
    pipe.warm()
    assert _city_index.cache_info().currsize == 1  # the warm-up text's dateline city is no capital
    assert len(_city_index()) > 1000


def test_warming_changes_no_record(pipe):
    before = pipe.analyse(_first_example()).model_dump(mode="json")
    pipe.warm()
    after = pipe.analyse(_first_example()).model_dump(mode="json")
    assert before["status"] == "ok" and before["events"]
    assert after == before
