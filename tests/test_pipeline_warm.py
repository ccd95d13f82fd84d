"""Pipeline.warm(): what the extractors load on their first article is loaded before it, and warming
changes nothing in the records that follow."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from lapwing.extract.actors.context import _city_index
from lapwing.extract.registry import Context, extractor
from lapwing.pipeline import Pipeline
from lapwing.runners.pool import Workers
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


def test_warm_puts_what_is_loaded_out_of_the_collectors_reach(pipe):
    import gc

    pipe.warm()
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the model's and lexicons' objects
    assert not any(o is pipe for o in gc.get_objects())  # the pipeline itself is frozen (not collectable)


def test_warming_changes_no_record(pipe):
    before = pipe.analyse(_first_example()).model_dump(mode="json")
    pipe.warm()
    after = pipe.analyse(_first_example()).model_dump(mode="json")
    assert before["status"] == "ok" and before["events"]
    assert after == before


# -- a worker process warms its pipeline before its first article ------------------------------------------
# Registered on import, which the spawned worker does when it unpickles the factory's module path.
_SEEN: list[str] = []


@extractor("_t_warm_seen")
def _seen(ctx: Context) -> None:
    _SEEN.append(ctx.article.id)
    ctx.record.warnings.append("articles seen by this process: " + ", ".join(_SEEN))


@dataclass(frozen=True)
class _Factory:
    def __call__(self) -> Pipeline:
        return Pipeline.create(model="blank", extractors=["_t_warm_seen"])


def test_a_worker_warms_up_before_its_first_article():
    pool = Workers(_Factory(), 1, 8)
    try:
        (rec,) = pool.submit([Article(id="first", text="Police arrested 12 people on Monday.", language="en")]).result()
    finally:
        pool.close()
    assert rec.status == "ok"
    assert "articles seen by this process: lapwing-warm-up, first" in rec.warnings
