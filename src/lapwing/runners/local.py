"""Run the pipeline over inputs on this machine, in one process or in several.

:func:`process` turns input paths into ``(Ingested, ArticleRecord)`` pairs in input order.
With ``jobs > 1`` the articles are sent, in chunks, to worker processes (``spawn`` start
method; each worker builds its pipeline once) and the results are put back in input order,
so the output is the same as with one process.

:func:`extract_to` and :func:`run_into_store` are what ``lapwing extract`` and ``lapwing run`` do; the run's
:class:`Summary` and the writing into a store (:func:`write_records`) are in :mod:`lapwing.runners.run_summary`.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lapwing import __version__
from lapwing.ingest.base import Ingested
from lapwing.limits import Limits, timeout_reason
from lapwing.pipeline import Pipeline
from lapwing.runners.chunking import worker_chunks
from lapwing.runners.pool import (
    Analyser,
    InProcess,
    PipelineFactory,
    PipelineOptions,
    Workers,
    limits_of,
)
from lapwing.runners.run_summary import Summary, _CtrlC, reason_key, write_records  # noqa: F401 (re-exported)
from lapwing.schema import Article, ArticleRecord

__all__ = [
    "CRASH_REASON", "DEFAULT_CHUNK_SIZE", "DEFAULT_NLP_BATCH", "PipelineFactory", "PipelineOptions", "SkipFn",
    "Summary", "Workers", "check_model", "extract_to", "ingestion_record", "process", "process_items",
    "reason_key", "run_into_store",
]

#: Input units analysed together in one process (and the unit of look-ahead there).
DEFAULT_CHUNK_SIZE = 32
#: Input units handed to one worker process at a time: small, so that the workers finish together
#: (the parent's cost per chunk is negligible).
WORKER_CHUNK_SIZE = 8
#: Batch size for ``nlp.pipe`` inside one chunk.
DEFAULT_NLP_BATCH = 32
#: Seconds a worker is given on top of its articles' time limits before the parent kills it (a
#: backstop for hangs the worker's own timer cannot stop, such as a long call into C code).
GRACE_SECONDS = 120.0

#: ``skip(chunk) -> [bool]``: True for input units that need no analysis (already stored unchanged).
SkipFn = Callable[[Sequence[Ingested]], Sequence[bool]]


def check_model(name: str | None) -> None:
    """Fail early, with the loader's own one-line message, when a named model cannot be loaded.

    Cheap: a model that looks loadable (an installed package, an existing path, ``blank``)
    is not loaded here; the workers load it.
    """
    import os

    from lapwing import nlp

    choice = name or os.environ.get(nlp.ENV_VAR) or None
    if not choice or choice == nlp.BLANK:
        return
    import spacy.util

    if spacy.util.is_package(choice) or Path(choice).exists():
        return
    nlp.load(choice)  # raises ModelNotFound with the reason


def ingestion_record(ing: Ingested) -> ArticleRecord:
    """The record of an input unit that ingestion could not turn into an analysable article."""
    reason = ing.reason or (
        "the input could not be read" if ing.status == "failed" else "the input was skipped by ingestion"
    )
    return ArticleRecord(
        article=ing.article,
        status=ing.status,
        reason=reason,
        warnings=list(ing.warnings),
        pipeline={"lapwing": __version__},
    )


def _with_ingestion_warnings(record: ArticleRecord, ing: Ingested) -> ArticleRecord:
    if ing.warnings:
        record.warnings.extend(w for w in ing.warnings if w not in record.warnings)
    return record


@dataclass
class _Chunk:
    items: list[Ingested]
    skipped: list[bool]
    articles: list[Article]  # the ok, not skipped ones, in order
    future: Future | None = None
    resubmit: bool = False  # its worker pool broke before it finished
    alone: bool = False  # running by itself, so a crash is its own


def _chunks(items: Iterable[Ingested], size: int, workers: int = 1) -> Iterator[list[Ingested]]:
    """Fixed-size chunks; with several workers the input's last ones smaller (:mod:`lapwing.runners.chunking`)."""
    return worker_chunks(items, size, workers)


def _assemble(chunk: _Chunk, records: list[ArticleRecord]) -> Iterator[tuple[Ingested, ArticleRecord | None]]:
    analysed = iter(records)
    for ing, skip in zip(chunk.items, chunk.skipped):
        if skip:
            yield ing, None
        elif ing.status != "ok":
            yield ing, ingestion_record(ing)
        else:
            yield ing, _with_ingestion_warnings(next(analysed), ing)


CRASH_REASON = (
    "the worker process analysing this article stopped unexpectedly (it may have run out of memory); "
    "try again with a lower --max-chars"
)


def _lost(article: Article, reason: str = CRASH_REASON) -> ArticleRecord:
    return ArticleRecord(article=article, status="failed", reason=reason, pipeline={"lapwing": __version__})


def _finished_ok(future: Future | None) -> bool:
    return future is not None and future.done() and not future.cancelled() and future.exception() is None


class _Lost(Exception):
    """The worker pool died (``kind`` "crash") or was killed for overrunning its time ("timeout")."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


def process_items(
    items: Iterable[Ingested],
    factory: PipelineFactory | None = None,
    *,
    jobs: int = 1,
    chunk_size: int | None = None,
    nlp_batch: int = DEFAULT_NLP_BATCH,
    skip: SkipFn | None = None,
    pipeline: Pipeline | None = None,
    isolate: bool = False,
    analyser: Analyser | None = None,
    grace: float = GRACE_SECONDS,
) -> Iterator[tuple[Ingested, ArticleRecord | None]]:
    """Analyse ingested units, yielding ``(ingested, record)`` in input order, each as soon as its
    chunk and every chunk before it are done.

    - a unit with ``status != "ok"`` becomes a record with that status and reason, not analysed;
    - an ok unit goes through :meth:`Pipeline.analyse_many`; its ingestion warnings are appended
      to ``record.warnings``;
    - a unit for which ``skip`` says True is not analysed and is yielded as ``(ingested, None)``.

    ``factory`` builds the pipeline (default :class:`PipelineOptions`); with ``jobs > 1`` or
    ``isolate`` it must be picklable, since every worker process calls it once. ``pipeline`` (one
    process only) uses an already built pipeline. ``analyser`` (e.g. a :class:`Workers` kept across
    calls) is used instead of a new one and not closed.

    In worker processes (``jobs > 1`` or ``isolate``), if a worker dies (a crash, killed for lack of
    memory) or does not answer within the articles' time limit (``limits.time_limit`` per article
    plus ``grace`` seconds; it is then killed), the pool is restarted and the unfinished chunks
    are analysed again, the oldest first and by itself; a chunk that is lost again when alone is
    analysed one article at a time, and only the article that is lost again is recorded as failed.
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if chunk_size is None:
        chunk_size = WORKER_CHUNK_SIZE if jobs > 1 or isolate or analyser is not None else DEFAULT_CHUNK_SIZE
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if (jobs > 1 or isolate) and pipeline is not None:
        raise ValueError("a built pipeline cannot be shared with worker processes; pass a factory")
    own = analyser is None
    if analyser is None:
        analyser = Workers(factory, jobs, nlp_batch) if jobs > 1 or isolate else InProcess(factory, pipeline, nlp_batch)
    workers = analyser if isinstance(analyser, Workers) else None
    limits: Limits = limits_of(factory, pipeline)
    per_article = limits.time_limit
    # One process: no look-ahead, so records stream out as soon as their chunk is done. Workers: chunks are
    # handed out while fewer than ``ahead`` chunks' worth of units are in flight (the input's last chunks are
    # smaller, so that the workers finish together: more of them are in flight then)
    ahead = 2 * workers.jobs if workers is not None else 1
    pending: deque[_Chunk] = deque()
    source = _chunks(items, chunk_size, workers.jobs if workers is not None else 1)
    isolating = False  # after a loss: run the oldest chunk alone until it is done

    def fill() -> None:
        if isolating:
            return
        for chunk in pending:
            if chunk.resubmit:
                chunk.future, chunk.resubmit = analyser.submit(chunk.articles), False
        while len(pending) < ahead or sum(len(c.items) for c in pending) < ahead * chunk_size:
            batch = next(source, None)
            if batch is None:
                return
            flags = [bool(f) for f in skip(batch)] if skip is not None else [False] * len(batch)
            if len(flags) != len(batch):
                raise ValueError("skip() must return one flag per input unit")
            arts = [i.article for i, f in zip(batch, flags) if not f and i.status == "ok"]
            # with one worker process a chunk runs by itself: a loss is its own
            chunk = _Chunk(batch, flags, arts, alone=workers is not None and workers.jobs == 1)
            if arts:
                chunk.future = analyser.submit(arts)
            pending.append(chunk)

    def wait(future: Future, n: int) -> list[ArticleRecord]:
        if workers is None:
            return future.result()
        timeout = per_article * n + grace if per_article else None
        try:
            return future.result(timeout=timeout)
        except BrokenProcessPool:
            workers.restart()
            raise _Lost("crash") from None
        except FutureTimeout:
            workers.kill()
            raise _Lost("timeout") from None

    def one_by_one(chunk: _Chunk) -> list[ArticleRecord]:
        out: list[ArticleRecord] = []
        for article in chunk.articles:
            try:
                out.extend(wait(analyser.submit([article]), 1))
            except _Lost as lost:
                out.append(_lost(article, timeout_reason(per_article or 0, grace) if lost.kind == "timeout" else CRASH_REASON))
        return out

    try:
        fill()
        while pending:
            head = pending[0]
            if head.resubmit:
                head.future, head.resubmit, head.alone = analyser.submit(head.articles), False, True
            try:
                records = wait(head.future, len(head.articles)) if head.future is not None else []
            except _Lost as lost:
                for chunk in pending:  # every unfinished chunk died with the pool
                    if chunk.future is not None and not _finished_ok(chunk.future):
                        chunk.future, chunk.resubmit = None, True
                if not head.alone:
                    isolating = True
                    continue
                head.resubmit = False
                if len(head.articles) > 1:
                    records = one_by_one(head)
                else:
                    reason = timeout_reason(per_article or 0, grace) if lost.kind == "timeout" else CRASH_REASON
                    records = [_lost(a, reason) for a in head.articles]
            isolating = False
            pending.popleft()
            yield from _assemble(head, records)
            fill()
    finally:
        if own:
            analyser.close()


def process(
    paths: Sequence[str | Path],
    factory: PipelineFactory | None = None,
    **kwargs: Any,
) -> Iterator[tuple[Ingested, ArticleRecord | None]]:
    """Read the inputs (files, folders, ``-``) and analyse them: see :func:`process_items`.

    Raises :class:`lapwing.ingest.InputError` before anything is read if a path is unusable.
    """
    from lapwing.ingest import check_paths, read_inputs

    check_paths(paths)
    return process_items(read_inputs(paths), factory, **kwargs)


OnItem = Callable[[Ingested, "ArticleRecord | None"], None]


def extract_to(
    paths: Sequence[str | Path],
    write: Callable[[ArticleRecord], None],
    factory: PipelineFactory | None = None,
    *,
    jobs: int = 1,
    on_item: OnItem | None = None,
    **kwargs: Any,
) -> Summary:
    """``lapwing extract``: every input unit's record to ``write``, in input order."""
    summary = Summary()
    started = time.monotonic()
    for ing, record in process(paths, factory, jobs=jobs, **kwargs):
        assert record is not None
        write(record)
        summary.add(record)
        if on_item is not None:
            on_item(ing, record)
    summary.seconds = time.monotonic() - started
    summary.completed = True
    return summary


def _without_store_files(items: Iterable[Ingested], db_path: str | None) -> Iterator[Ingested]:
    """Leave out the database's own files when an input folder holds them."""
    if not db_path or db_path == ":memory:":
        yield from items
        return
    import os

    from lapwing.store.duckdb_store import origin_source

    db = os.path.realpath(db_path)
    own = {db, db + ".wal"}
    for ing in items:
        src = origin_source(ing.origin)
        if src and src != "-" and os.path.realpath(src) in own:
            continue
        yield ing


def run_into_store(
    paths: Sequence[str | Path],
    store: Any,
    factory: PipelineFactory | None = None,
    *,
    jobs: int = 1,
    batch_size: int = 100,
    force: bool = False,
    on_item: OnItem | None = None,
    on_commit: Callable[[Any], None] | None = None,
    options: dict[str, Any] | None = None,
    cluster: bool = True,
    **kwargs: Any,
) -> Summary:
    """``lapwing run``: analyse and store, committing every ``batch_size`` articles, then bring the
    cross-article events up to date (``cluster``; :mod:`lapwing.store.happenings`).

    Articles already stored with the same content are not analysed again (unless ``force``);
    see :class:`lapwing.store.duckdb_store.RunWriter` for what is written.
    """
    from lapwing.ingest import check_paths, read_inputs

    check_paths(paths)
    started = time.monotonic()
    writer = store.start_run(
        command="run",
        inputs=[str(p) for p in paths],
        options=dict(options or {}, jobs=jobs, force=force, batch_size=batch_size),
        batch_size=batch_size,
        on_commit=on_commit,
    )

    def pairs():
        items = _without_store_files(read_inputs(paths), getattr(store, "path", None))
        return process_items(items, factory, jobs=jobs, skip=None if force else writer.skip, **kwargs)

    return write_records(store, writer, pairs, cluster=cluster, on_item=on_item, started=started)
