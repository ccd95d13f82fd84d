"""Where articles are analysed: in this process, or in a pool of worker processes.

Each worker process builds its pipeline once (at start-up, from a picklable factory) and then
analyses chunks of articles for as long as the pool lives. The parent can kill the pool (a worker
that overran its time) and start a new one; :mod:`lapwing.runners.local` decides when.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from lapwing.limits import Limits
from lapwing.runners.memory import tune_worker_malloc
from lapwing.pipeline import MAX_CHARS, Pipeline
from lapwing.schema import Article, ArticleRecord

PipelineFactory = Callable[[], Pipeline]


@dataclass(frozen=True)
class PipelineOptions:
    """How to build a pipeline; picklable, so worker processes can build their own."""

    model: str | None = None
    max_chars: int = MAX_CHARS
    extractors: tuple[str, ...] | None = None
    config: dict[str, Any] | None = None
    limits: Limits = field(default_factory=Limits)

    def __call__(self) -> Pipeline:
        return Pipeline.create(
            model=self.model, extractors=self.extractors, config=self.config, max_chars=self.max_chars,
            limits=self.limits,
        )


def limits_of(factory: PipelineFactory | None, pipeline: Pipeline | None = None) -> Limits:
    """The limits a factory's (or a built pipeline's) pipelines apply, as far as the parent can tell."""
    if pipeline is not None:
        return pipeline.limits
    if factory is None:
        return Limits()
    found = getattr(factory, "limits", None)
    return found if isinstance(found, Limits) else Limits()


# -- worker side -------------------------------------------------------------------------------
_WORKER_PIPELINE: Pipeline | None = None
_WORKER_ERROR: BaseException | None = None
_WORKER_BARRIER: Any = None


def _worker_init(factory: PipelineFactory, barrier: Any = None) -> None:
    global _WORKER_PIPELINE, _WORKER_ERROR, _WORKER_BARRIER
    # Ctrl-C reaches the whole process group: the parent handles it and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_BARRIER = barrier
    tune_worker_malloc()  # freed arrays kept for the next batch (runners/memory.py)
    try:
        _WORKER_PIPELINE = factory()
        warm = getattr(_WORKER_PIPELINE, "warm", None)
        if callable(warm):  # lexicons and gazetteers loaded now, not in the first article's time
            warm()
    except BaseException as exc:  # reported with the first chunk, where the parent can see it
        _WORKER_ERROR = exc


def _worker_ready() -> int:
    """Return once every worker of the pool has built its pipeline (each runs one of these)."""
    if _WORKER_BARRIER is not None:
        _WORKER_BARRIER.wait(timeout=_READY_TIMEOUT)
    return os.getpid()


def _worker_analyse(articles: list[Article], nlp_batch: int) -> list[ArticleRecord]:
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    assert _WORKER_PIPELINE is not None
    return list(_WORKER_PIPELINE.analyse_many(articles, batch_size=nlp_batch))


#: Seconds a new pool may take to start and build its pipelines.
_READY_TIMEOUT = 900.0


def peak_rss_mb(pid: int | None = None) -> float | None:
    """Peak resident memory of a process (this one by default) in MB, from ``/proc`` (Linux; else None)."""
    try:
        with open(f"/proc/{pid or os.getpid()}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except (OSError, ValueError, IndexError):
        return None
    return None


def cpu_seconds(pid: int | None = None) -> float | None:
    """User + system CPU time of a process so far (this one by default), from ``/proc`` (Linux; else None)."""
    try:
        with open(f"/proc/{pid or os.getpid()}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


# -- parent side -------------------------------------------------------------------------------
class Analyser(Protocol):
    def submit(self, articles: list[Article]) -> Future: ...
    def close(self) -> None: ...


class InProcess:
    """Analyses in this process; the pipeline is built on first use."""

    isolated = False

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


class Workers:
    """A pool of ``jobs`` worker processes (``spawn``), started on first use and kept until
    :meth:`close`; :meth:`kill` ends it at once (its futures fail with ``BrokenProcessPool``)."""

    isolated = True

    def __init__(self, factory: PipelineFactory | None, jobs: int, nlp_batch: int):
        self._factory = factory or PipelineOptions()
        self.jobs = jobs
        self._nlp_batch = nlp_batch
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        """The pool, started if needed; a new pool is returned only when every worker is ready, so
        that the time limits of the first articles do not include the start-up."""
        if self._pool is None:
            # one process per core: numerical libraries in the workers must not start threads of their own
            for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
                os.environ.setdefault(var, "1")
            ctx = multiprocessing.get_context("spawn")
            pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=ctx,
                initializer=_worker_init,
                initargs=(self._factory, ctx.Barrier(self.jobs)),
            )
            self._pool = pool
            ready = [pool.submit(_worker_ready) for _ in range(self.jobs)]
            for fut in ready:
                try:
                    fut.result()
                except Exception:  # a worker that died starting: the next submit reports the broken pool
                    break
        return self._pool

    def submit(self, articles: list[Article]) -> Future:
        return self._start().submit(_worker_analyse, articles, self._nlp_batch)

    def pids(self) -> list[int]:
        """The worker processes' ids (empty before the pool starts)."""
        procs = getattr(self._pool, "_processes", None) or {}
        return [p.pid for p in list(procs.values()) if p.pid is not None]

    def kill(self) -> None:
        """Kill every worker process now and forget the pool (a new one starts on the next submit)."""
        for pid in self.pids():
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        self.restart()

    def restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
