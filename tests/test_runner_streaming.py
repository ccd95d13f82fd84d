"""--jobs 2: records come back in input order and stream out before the input is all read."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

from lapwing.extract.registry import Context, extractor
from lapwing.ingest.base import Ingested
from lapwing.pipeline import Pipeline
from lapwing.runners.local import Workers, process_items
from lapwing.schema import Article, Date


@extractor("_t_streaming")
def _slow(ctx: Context) -> None:
    # uneven work, so that chunks finish out of order in the two workers
    time.sleep(random.Random(ctx.article.id).uniform(0.0, 0.05))
    ctx.record.dates.append(Date(text=ctx.article.id, start=0, end=1, value="2020-01-01"))


def _factory() -> Pipeline:
    return Pipeline.create(model="blank", extractors=["_t_streaming"])


def _items(n: int, pulled: list[int]) -> Iterator[Ingested]:
    for i in range(n):
        pulled.append(i)
        yield Ingested(article=Article(id=f"s{i:03d}", text=f"Article number {i} about a meeting in Paris.",
                                       language="en"), origin=f"s.jsonl:{i + 1}")


def test_two_workers_keep_input_order_and_stream():
    pulled: list[int] = []
    stream = process_items(_items(60, pulled), _factory, jobs=2, chunk_size=3)
    first_ing, first = next(stream)
    # the first record is out while most of the input has not been read yet (look-ahead: 2 chunks per worker in
    # flight, and the chunker's window of two more chunks, which lets it cut the input's last units small)
    assert first.article.id == "s000" and first_ing.origin == "s.jsonl:1"
    assert len(pulled) <= 4 * 3 + 2 * 3
    rest = [rec for _, rec in stream]
    records = [first, *rest]
    assert [r.article.id for r in records] == [f"s{i:03d}" for i in range(60)]
    assert [r.dates[0].text for r in records] == [r.article.id for r in records]  # each record is its own
    assert all(r.status == "ok" for r in records)


def test_a_kept_pool_serves_several_calls():
    pool = Workers(_factory, 1, 8)
    try:
        for _round in range(2):
            got = [r.article.id for _, r in process_items(_items(5, []), _factory, analyser=pool, chunk_size=2)]
            assert got == [f"s{i:03d}" for i in range(5)]
            pids = pool.pids()
            assert len(pids) == 1
        assert pool.pids() == pids  # the same worker: the pipeline was built once
    finally:
        pool.close()
