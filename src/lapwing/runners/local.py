"""Run the pipeline over inputs on this machine, in one process or in several.

:func:`process` turns input paths into ``(Ingested, ArticleRecord)`` pairs in input order.
With ``jobs > 1`` the articles are sent, in chunks, to worker processes (``spawn`` start
method; each worker builds its pipeline once) and the results are put back in input order,
so the output is the same as with one process.

:func:`extract_to` and :func:`run_into_store` are what ``lapwing extract`` and ``lapwing run`` do.
"""

from __future__ import annotations

import multiprocessing
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from lapwing import __version__
from lapwing.ingest.base import Ingested
from lapwing.pipeline import MAX_CHARS, Pipeline
from lapwing.schema import Article, ArticleRecord

#: Input units handed to one worker at a time (and the unit of look-ahead in one process).
DEFAULT_CHUNK_SIZE = 32
#: Batch size for ``nlp.pipe`` inside one chunk.
DEFAULT_NLP_BATCH = 32

PipelineFactory = Callable[[], Pipeline]
#: ``skip(chunk) -> [bool]``: True for input units that need no analysis (already stored unchanged).
SkipFn = Callable[[Sequence[Ingested]], Sequence[bool]]


@dataclass(frozen=True)
class PipelineOptions:
    """How to build a pipeline; picklable, so worker processes can build their own."""

    model: str | None = None
    max_chars: int = MAX_CHARS
    extractors: tuple[str, ...] | None = None
    config: dict[str, Any] | None = None

    def __call__(self) -> Pipeline:
        return Pipeline.create(
            model=self.model, extractors=self.extractors, config=self.config, max_chars=self.max_chars
        )


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


# -- worker side -------------------------------------------------------------------------------
_WORKER_PIPELINE: Pipeline | None = None
_WORKER_ERROR: BaseException | None = None


def _worker_init(factory: PipelineFactory) -> None:
    global _WORKER_PIPELINE, _WORKER_ERROR
    import signal

    # Ctrl-C reaches the whole process group: the parent handles it and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _WORKER_PIPELINE = factory()
    except BaseException as exc:  # reported with the first chunk, where the parent can see it
        _WORKER_ERROR = exc


def _worker_analyse(articles: list[Article], nlp_batch: int) -> list[ArticleRecord]:
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    assert _WORKER_PIPELINE is not None
    return list(_WORKER_PIPELINE.analyse_many(articles, batch_size=nlp_batch))


class _Analyser(Protocol):
    def submit(self, articles: list[Article]) -> Future: ...
    def close(self) -> None: ...


class _InProcess:
    """Analyses in this process; the pipeline is built on first use."""

    def __init__(self, factory: PipelineFactory | None, pipeline: Pipeline | None, nlp_batch: int):
        self._factory = factory or PipelineOptions()
        self._pipeline = pipeline
        self._nlp_batch = nlp_batch

    def submit(self, articles: list[Article]) -> Future:
        fut: Future = Future()
        try:
            if self._pipeline is None:
                self._pipeline = self._factory()
            fut.set_result(list(self._pipeline.analyse_many(articles, batch_size=self._nlp_batch)))
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def close(self) -> None:
        pass


class _Workers:
    """A process pool whose workers each build the pipeline once; started on first use."""

    def __init__(self, factory: PipelineFactory | None, jobs: int, nlp_batch: int):
        self._factory = factory or PipelineOptions()
        self._jobs = jobs
        self._nlp_batch = nlp_batch
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, articles: list[Article]) -> Future:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self._jobs,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_init,
                initargs=(self._factory,),
            )
        return self._pool.submit(_worker_analyse, articles, self._nlp_batch)

    def restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


@dataclass
class _Chunk:
    items: list[Ingested]
    skipped: list[bool]
    articles: list[Article]  # the ok, not skipped ones, in order
    future: Future | None = None
    resubmit: bool = False  # its worker pool broke before it finished
    alone: bool = False  # running by itself, so a crash is its own


def _chunks(items: Iterable[Ingested], size: int) -> Iterator[list[Ingested]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


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


def _crashed(article: Article) -> ArticleRecord:
    return ArticleRecord(article=article, status="failed", reason=CRASH_REASON, pipeline={"lapwing": __version__})


def _finished_ok(future: Future | None) -> bool:
    return future is not None and future.done() and not future.cancelled() and future.exception() is None


def process_items(
    items: Iterable[Ingested],
    factory: PipelineFactory | None = None,
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    nlp_batch: int = DEFAULT_NLP_BATCH,
    skip: SkipFn | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[tuple[Ingested, ArticleRecord | None]]:
    """Analyse ingested units, yielding ``(ingested, record)`` in input order.

    - a unit with ``status != "ok"`` becomes a record with that status and reason, not analysed;
    - an ok unit goes through :meth:`Pipeline.analyse_many`; its ingestion warnings are appended
      to ``record.warnings``;
    - a unit for which ``skip`` says True is not analysed and is yielded as ``(ingested, None)``.

    ``factory`` builds the pipeline (default :class:`PipelineOptions`); with ``jobs > 1`` it must be
    picklable, since every worker process calls it once. ``pipeline`` (one process only) uses an
    already built pipeline.

    With ``jobs > 1``, if a worker process dies (a crash, or killed for lack of memory) the pool is
    restarted and the unfinished chunks are analysed again, the oldest first and by itself; a chunk
    that kills its worker when alone is analysed one article at a time, and only the article that
    kills the worker again is recorded as failed.
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if jobs > 1 and pipeline is not None:
        raise ValueError("a built pipeline cannot be shared with worker processes; pass a factory")
    analyser: _Analyser = (
        _Workers(factory, jobs, nlp_batch) if jobs > 1 else _InProcess(factory, pipeline, nlp_batch)
    )
    # One process: no look-ahead, so records stream out as soon as their chunk is done.
    ahead = 2 * jobs if jobs > 1 else 1
    pending: deque[_Chunk] = deque()
    source = _chunks(items, chunk_size)
    isolating = False  # after a crash: run the oldest chunk alone until it is done

    def fill() -> None:
        if isolating:
            return
        for chunk in pending:
            if chunk.resubmit:
                chunk.future, chunk.resubmit = analyser.submit(chunk.articles), False
        while len(pending) < ahead:
            batch = next(source, None)
            if batch is None:
                return
            flags = [bool(f) for f in skip(batch)] if skip is not None else [False] * len(batch)
            if len(flags) != len(batch):
                raise ValueError("skip() must return one flag per input unit")
            arts = [i.article for i, f in zip(batch, flags) if not f and i.status == "ok"]
            chunk = _Chunk(batch, flags, arts)
            if arts:
                chunk.future = analyser.submit(arts)
            pending.append(chunk)

    def one_by_one(chunk: _Chunk) -> list[ArticleRecord]:
        assert isinstance(analyser, _Workers)
        out: list[ArticleRecord] = []
        for article in chunk.articles:
            try:
                out.extend(analyser.submit([article]).result())
            except BrokenProcessPool:
                analyser.restart()
                out.append(_crashed(article))
        return out

    try:
        fill()
        while pending:
            head = pending[0]
            if head.resubmit:
                head.future, head.resubmit, head.alone = analyser.submit(head.articles), False, True
            try:
                records = head.future.result() if head.future is not None else []
            except BrokenProcessPool:
                assert isinstance(analyser, _Workers)
                analyser.restart()
                for chunk in pending:  # every unfinished chunk died with the pool
                    if chunk.future is not None and not _finished_ok(chunk.future):
                        chunk.future, chunk.resubmit = None, True
                if not head.alone:
                    isolating = True
                    continue
                head.resubmit = False
                records = one_by_one(head) if len(head.articles) > 1 else [_crashed(a) for a in head.articles]
            isolating = False
            pending.popleft()
            yield from _assemble(head, records)
            fill()
    finally:
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


# -- summaries ---------------------------------------------------------------------------------
_REASON_CUT = re.compile(r" \(|: ")


def reason_key(reason: str) -> str:
    """The general part of a reason, for counting: details after ' (' or ': ' are dropped."""
    return _REASON_CUT.split(reason, maxsplit=1)[0].strip()


@dataclass
class Summary:
    """What a run did, for the end-of-run report."""

    read: int = 0
    status: Counter = field(default_factory=Counter)  # ok / skipped / failed of the records produced
    reasons: Counter = field(default_factory=Counter)  # reason_key -> n
    store: dict[str, int] = field(default_factory=dict)  # new / replaced / reanalysed / unchanged / duplicate
    replaced_ids: list[str] = field(default_factory=list)
    seconds: float = 0.0
    completed: bool = False
    happenings: Any = None  # lapwing.store.happenings.UpdateResult of the run's clustering step

    def add(self, record: ArticleRecord | None) -> None:
        self.read += 1
        if record is None:
            return
        self.status[record.status] += 1
        if record.status != "ok" and record.reason:
            self.reasons[reason_key(record.reason)] += 1

    def top_reasons(self, n: int = 5) -> list[tuple[str, int]]:
        return self.reasons.most_common(n)


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
    summary = Summary()
    started = time.monotonic()
    writer = store.start_run(
        command="run",
        inputs=[str(p) for p in paths],
        options=dict(options or {}, jobs=jobs, force=force, batch_size=batch_size),
        batch_size=batch_size,
        on_commit=on_commit,
    )
    state = "failed"
    try:
        items = _without_store_files(read_inputs(paths), getattr(store, "path", None))
        pairs = process_items(items, factory, jobs=jobs, skip=None if force else writer.skip, **kwargs)
        for ing, record in pairs:
            writer.add(ing, record)
            summary.add(record)
            if on_item is not None:
                on_item(ing, record)
        writer.flush()
        if cluster and hasattr(store, "update_happenings"):
            summary.happenings = store.update_happenings()  # cross-article events, one transaction
        state = "completed"
    except KeyboardInterrupt:
        writer.flush()  # keep what was analysed
        state = "interrupted"
        raise
    finally:
        try:
            writer.finish(state)
        except Exception:
            if state == "completed":
                raise  # otherwise the original error matters more
        summary.store = dict(writer.counts)
        summary.replaced_ids = list(writer.replaced_ids)
        summary.seconds = time.monotonic() - started
        summary.completed = state == "completed"
    return summary
