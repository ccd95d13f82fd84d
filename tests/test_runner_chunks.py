"""The local runner's chunks for worker processes: full while the input goes on, smaller at its end."""

from __future__ import annotations

from concurrent.futures import Future

import pytest

from lapwing.ingest.base import Ingested
from lapwing.runners.chunking import tail_size, worker_chunks
from lapwing.runners.local import Workers, _chunks, process_items
from lapwing.schema import Article, ArticleRecord


@pytest.mark.parametrize("n", [0, 1, 2, 7, 8, 9, 15, 16, 17, 40, 89, 201])
@pytest.mark.parametrize("size,workers", [(8, 2), (3, 2), (8, 4), (5, 3), (1, 2)])
def test_every_unit_once_in_order(n, size, workers):
    chunks = list(worker_chunks(range(n), size, workers))
    assert [u for c in chunks for u in c] == list(range(n))
    assert all(1 <= len(c) <= size for c in chunks)


@pytest.mark.parametrize("n", [20, 40, 89, 200])
def test_full_chunks_then_a_shrinking_tail(n):
    sizes = [len(c) for c in _chunks(iter(range(n)), 8, 2)]
    full = sizes.index(next(s for s in sizes if s < 8))
    assert all(s == 8 for s in sizes[:full])
    tail = sizes[full:]
    assert tail == sorted(tail, reverse=True)  # each chunk of the tail at most the one before
    assert tail[-1] == 1 and len(tail) >= 4  # the last units go out one by one
    assert sum(tail) >= 8  # at least a chunk's worth is handed out small
    assert len(sizes) - full <= 8


def test_one_worker_keeps_fixed_chunks():
    assert [len(c) for c in _chunks(iter(range(20)), 8)] == [8, 8, 4]
    assert [len(c) for c in worker_chunks(iter("abcdefghij"), 4, 1)] == [4, 4, 2]


def test_tail_size():
    assert tail_size(16, 8, 2) == 4
    assert tail_size(9, 8, 2) == 3
    assert tail_size(1, 8, 2) == 1
    assert tail_size(100, 8, 2) == 8  # never past the chunk size
    assert tail_size(12, 8, 3) == 2


def test_reads_at_most_two_chunks_ahead():
    pulled: list[int] = []

    def source():
        for i in range(50):
            pulled.append(i)
            yield i

    it = worker_chunks(source(), 5, 2)
    first = next(it)
    assert first == [0, 1, 2, 3, 4] and len(pulled) == 15  # the chunk handed out and two more read
    next(it)
    assert len(pulled) == 20


class _Instant(Workers):
    """A two-worker analyser that answers at once, noting the chunk sizes it was given."""

    def __init__(self):
        super().__init__(None, 2, 8)
        self.sizes: list[int] = []

    def submit(self, articles):
        self.sizes.append(len(articles))
        fut: Future = Future()
        fut.set_result([ArticleRecord(article=a, status="ok") for a in articles])
        return fut

    def close(self):
        pass


def _items(n: int):
    for i in range(n):
        yield Ingested(article=Article(id=f"k{i:03d}", text=f"Story {i} from a town by the sea.", language="en"),
                       origin=f"k.jsonl:{i + 1}")


def test_workers_get_the_small_tail_in_order():
    pool = _Instant()
    got = [rec.article.id for _ing, rec in process_items(_items(45), analyser=pool, chunk_size=8)]
    assert got == [f"k{i:03d}" for i in range(45)]
    assert sum(pool.sizes) == 45
    assert pool.sizes[:3] == [8, 8, 8] and pool.sizes[-1] == 1 and min(pool.sizes) < 8
