"""A run's writer: buffers the records of one ``lapwing run`` and commits them in batches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from lapwing.ingest.base import Ingested
from lapwing.schema import ArticleRecord
from lapwing.store.rows import BatchResult, content_hash

if TYPE_CHECKING:
    from lapwing.store.base import Store


RUN_COUNTERS = ("read", "ok", "skipped", "failed", "new", "replaced", "reanalysed", "unchanged", "duplicate")


class RunWriter:
    """Buffers a run's records and writes them, ``batch_size`` at a time, one transaction each.

    - an input unit whose id was already seen in this run is dropped (the first one wins), so a
      re-run of the same input is stable even when the input repeats an id;
    - ``skip(chunk)`` tells the runner which units need no analysis: stored with the same content
      and not failed (failed ones are tried again, and rewritten only if the result changed).
    """

    def __init__(self, store: "Store", run_id: str, batch_size: int, on_commit: Callable[[BatchResult], None] | None):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.store = store
        self.run_id = run_id
        self.batch_size = batch_size
        self.on_commit = on_commit
        self.counts: Counter = Counter()  # read, ok, skipped, failed, new, replaced, reanalysed, unchanged, duplicate
        self.replaced_ids: list[str] = []
        self._seen: set[str] = set()
        self._buffer: list[tuple[ArticleRecord, str | None, int]] = []
        self._written = 0
        self._batches = 0
        self._finished = False

    def skip(self, chunk: Sequence[Ingested]) -> list[bool]:
        stored = self.store.lookup([i.article.id for i in chunk])
        out = []
        for ing in chunk:
            aid = ing.article.id
            old = stored.get(aid)
            out.append(aid in self._seen or (old is not None and old[1] != "failed" and old[0] == content_hash(ing.article)))
        return out

    def add(self, ing: Ingested, record: ArticleRecord | None) -> None:
        """Add one input unit's result (``None``: not analysed because ``skip`` said so)."""
        seq = self.counts["read"]
        self.counts["read"] += 1
        aid = ing.article.id
        if aid in self._seen:
            self.counts["duplicate"] += 1
            return
        self._seen.add(aid)
        if record is None:
            self.counts["unchanged"] += 1
            return
        self.counts[record.status] += 1
        self._buffer.append((record, ing.origin, seq))
        if len(self._buffer) >= self.batch_size:
            self.flush()

    def _run_counts(self, extra: Counter | None = None) -> dict[str, int]:
        total = self.counts + extra if extra else self.counts
        return {k: int(total[k]) for k in RUN_COUNTERS}

    def flush(self) -> BatchResult | None:
        """Commit the buffered records in one transaction, together with the run's counters."""
        if not self._buffer:
            return None
        batch, self._buffer = self._buffer, []

        def counters(result: BatchResult) -> dict[str, int]:
            return self._run_counts(result.counts)

        try:
            result = self.store.write(
                [b[0] for b in batch],
                [b[1] for b in batch],
                run_id=self.run_id,
                seqs=[b[2] for b in batch],
                run_update=counters,
            )
        except BaseException:
            self._buffer = batch + self._buffer  # rolled back: keep the records for the next flush
            raise
        self.counts.update(result.counts)
        self.replaced_ids.extend(result.replaced_ids)
        self._written += sum(n for k, n in result.counts.items() if k != "unchanged")
        self._batches += 1
        result.committed_total = self._written
        result.batch_no = self._batches
        if self.on_commit is not None:
            self.on_commit(result)
        return result

    def finish(self, state: str = "completed") -> None:
        if self._finished:
            return
        self._finished = True
        self.store.end_run(self.run_id, state, self._run_counts())
