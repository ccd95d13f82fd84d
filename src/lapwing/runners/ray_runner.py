"""``lapwing run --engine ray``: the same analysis on a Ray cluster (or a local Ray), to a Parquet dataset.

The inputs (JSONL, WARC, the other formats of :mod:`lapwing.ingest`, and Parquet files with the
JSONL fields as columns) are a Ray Dataset of files; read tasks turn each file into input units
(one per article, or per unreadable unit); a pool of actors, each of which builds the pipeline once,
analyses them; the records stream to ``OUT/records`` (Parquet, one row per input unit, failed and
skipped units included, with their reasons). Then ``OUT/events``, ``quotes``, ``counts``,
``places`` and ``dates`` get one row per record part, with the store's columns, and
``OUT/manifest.json`` the counts: every input unit must come out as exactly one record
(:func:`check_output`), or the run fails saying which are missing.

Each actor analyses in a worker process of its own by default (``isolate``), so an article that
crashes that process (segfault, out of memory) or overruns its time limit costs only that article,
exactly as in the local runner. :func:`load_output` (``lapwing load``) brings a finished output into a
store through its public writer: re-loading adds nothing.
"""

from __future__ import annotations

import os

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # offline: Ray must not report usage

import json
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from lapwing.ingest.base import Ingested, InputError
from lapwing.runners.parquet_io import (
    PART_TABLES,
    RECORD_SCHEMA,
    UNIT_SCHEMA,
    part_schemas,
    read_units,
    record_rows,
    units_to_ingested,
    write_parts,
)
from lapwing.runners.pool import PipelineOptions, Workers, cpu_seconds, peak_rss_mb

RECORDS = "records"
MANIFEST = "manifest.json"


class RayUnavailable(RuntimeError):
    """Ray is not installed (the optional extra ``ray``)."""


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise RayUnavailable(
            f"the Ray engine needs Ray ({exc.name} is not installed): pip install 'lapwing[ray]'"
        ) from exc
    return ray


def list_inputs(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The files of ``paths`` (folders recursed, in the order the local runner reads them)."""
    from lapwing.ingest import check_paths, iter_folder

    if any(os.fspath(p) == "-" for p in paths):
        raise InputError("the Ray engine cannot read standard input ('-'): write it to a file first")
    check_paths(paths)
    files: list[str] = []
    for given in paths:
        p = os.fspath(given)
        if os.path.isdir(p):
            files.extend(fp for fp, _err in iter_folder(p))  # an unreadable entry becomes a failed unit
        else:
            files.append(p)
    if not files:
        raise InputError(f"no input files in {', '.join(os.fspath(p) for p in paths)}: nothing to analyse")
    return [os.path.abspath(f) for f in files]


def prepare_out(out: str | os.PathLike[str], overwrite: bool = False) -> Path:
    """An empty output folder (created); a non-empty one is refused unless ``overwrite``."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise InputError(f"--out {path} exists and is not a folder: give a new folder for the Parquet dataset")
    if path.is_dir() and any(path.iterdir()):
        if not overwrite:
            raise InputError(f"--out {path} is not empty: give a new folder, or pass --overwrite to replace it")
        shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


# -- the actor ----------------------------------------------------------------------------------
class AnalyseBatch:
    """A Ray actor's work: input units (Arrow) -> records (Arrow), one row per unit, in order.

    The pipeline is built once per actor: in a worker process of its own (``isolate``: a crash or
    an overrun there costs one article) or in the actor itself.
    """

    def __init__(self, options: PipelineOptions, out_dir: str, isolate: bool = True, nlp_batch: int = 16):
        self.options = options
        self.out_dir = out_dir
        self.schemas = part_schemas()
        self.isolate = isolate
        self.nlp_batch = nlp_batch
        self.workers = Workers(options, 1, nlp_batch) if isolate else None
        self.pipeline = None if isolate else options()
        if self.workers is not None:  # start the worker (and load the model) now, not with the first batch
            self.workers.submit([]).result()
        self.ready_at = time.time()

    @staticmethod
    def _cpu(worker_pid: int | None) -> float | None:
        own = cpu_seconds()
        if own is None:
            return None
        return own + ((cpu_seconds(worker_pid) or 0.0) if worker_pid else 0.0)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        from lapwing.runners.local import process_items

        units = batch.to_pylist() if isinstance(batch, pa.Table) else [dict(zip(batch, v)) for v in zip(*batch.values())]
        items = units_to_ingested(units)
        worker_pid = (self.workers.pids() or [None])[0] if self.workers is not None else None
        cpu0 = self._cpu(worker_pid)
        kwargs: dict[str, Any] = {"chunk_size": max(1, len(items)), "nlp_batch": self.nlp_batch}
        if self.workers is not None:
            kwargs["analyser"] = self.workers
        else:
            kwargs["pipeline"] = self.pipeline
        records = [rec for _ing, rec in process_items(items, self.options, **kwargs)]
        now_pid = (self.workers.pids() or [None])[0] if self.workers is not None else None
        cpu1 = self._cpu(now_pid) if now_pid == worker_pid else None  # a restarted worker: not comparable
        rows = record_rows(units, records, analysed_at=time.time(), actor_ready_at=self.ready_at,
                           actor_rss_mb=peak_rss_mb(),
                           worker_rss_mb=peak_rss_mb(now_pid) if now_pid else None,
                           cpu_s=(cpu1 - cpu0) / len(units) if cpu0 is not None and cpu1 is not None else None)
        write_parts(units, records, self.out_dir, self.schemas)
        return pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)


# -- the run ------------------------------------------------------------------------------------
@dataclass
class RayResult:
    """What ``lapwing run --engine ray`` did."""

    files: int = 0
    units_in: int = 0
    records_out: int = 0
    status: Counter = field(default_factory=Counter)
    parts: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # "file#unit" of units with no record
    duplicated: list[str] = field(default_factory=list)
    part_mismatch: dict[str, str] = field(default_factory=dict)  # table -> what is wrong
    seconds: float = 0.0
    workers: int = 0
    address: str | None = None

    @property
    def complete(self) -> bool:
        return (self.units_in == self.records_out and not self.missing and not self.duplicated
                and not self.part_mismatch)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["status"] = dict(self.status)
        d["complete"] = self.complete
        return d


def _init(address: str | None, workers: int, quiet: bool) -> Callable[[], None]:
    ray = _ray()
    import logging

    if quiet:  # Ray Data logs every operator's progress at INFO level
        logging.getLogger("ray.data").setLevel(logging.WARNING)

    if ray.is_initialized():
        return lambda: None
    if address:
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=not quiet)
    else:
        # a local Ray for this command: one CPU per actor and one for reading and writing
        ray.init(num_cpus=workers + 1, include_dashboard=False, logging_level=logging.WARNING,
                 log_to_driver=not quiet, configure_logging=True)
    return ray.shutdown


def run_ray(
    inputs: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    options: PipelineOptions | None = None,
    *,
    address: str | None = None,
    workers: int = 2,
    batch_size: int = 16,
    isolate: bool = True,
    overwrite: bool = False,
    quiet: bool = True,
) -> RayResult:
    """Analyse ``inputs`` on Ray into the Parquet dataset ``out`` (see the module docstring).

    ``address`` joins an existing cluster (``ray://host:10001`` or ``auto``); without it a local Ray
    with ``workers + 1`` CPUs is started and stopped. The input paths must be readable from every
    node (a shared file system) when the cluster has several.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    files = list_inputs(inputs)
    out_dir = prepare_out(out, overwrite)
    options = options or PipelineOptions()
    started = time.monotonic()
    stop = _init(address, workers, quiet)
    try:
        import ray.data

        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = not quiet
        files_ds = ray.data.from_items([{"file_no": i, "path": p} for i, p in enumerate(files)],
                                       override_num_blocks=max(1, len(files)))
        units = files_ds.map_batches(read_units, batch_size=1, batch_format="pyarrow", num_cpus=0.5)
        # a file's units in blocks of one analysis batch, so that every actor gets work
        units = units.repartition(target_num_rows_per_block=batch_size)  # streaming
        records = units.map_batches(
            AnalyseBatch,
            fn_constructor_kwargs={"options": options, "out_dir": str(out_dir.resolve()), "isolate": isolate,
                                   "nlp_batch": min(batch_size, 32)},
            batch_size=batch_size,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=1,
        )
        records.write_parquet(str(out_dir / RECORDS))
    finally:
        stop()
    result = check_output(out_dir)
    result.files, result.workers, result.address = len(files), workers, address
    result.seconds = round(time.monotonic() - started, 2)
    (out_dir / MANIFEST).write_text(json.dumps(result.to_json(), indent=2) + "\n", encoding="utf-8")
    return result


def _sql(out_dir: Path, table: str) -> str:
    return f"read_parquet('{(out_dir / table).as_posix()}/*.parquet', union_by_name = true)"


def check_output(out: str | os.PathLike[str]) -> RayResult:
    """Count what an output folder holds: every input unit exactly once (``file_no``, ``unit_no``
    covering ``0 .. units_in_file - 1`` of every file), records by status, rows per part table."""
    import duckdb

    out_dir = Path(out)
    if not (out_dir / RECORDS).is_dir() or not any((out_dir / RECORDS).glob("*.parquet")):
        raise InputError(f"{out_dir} holds no Ray output ({RECORDS}/*.parquet): run `lapwing run --engine ray` first")
    con = duckdb.connect()
    try:
        rec = _sql(out_dir, RECORDS)
        res = RayResult()
        res.records_out = con.execute(f"SELECT count(*) FROM {rec}").fetchone()[0]
        res.units_in = con.execute(
            f"SELECT coalesce(sum(n), 0) FROM (SELECT file_no, max(units_in_file) AS n FROM {rec} GROUP BY file_no)"
        ).fetchone()[0]
        res.status = Counter(dict(con.execute(f"SELECT status, count(*) FROM {rec} GROUP BY status").fetchall()))
        res.duplicated = [f"{f}#{u}" for f, u in con.execute(
            f"SELECT file_no, unit_no FROM {rec} GROUP BY 1, 2 HAVING count(*) > 1 ORDER BY 1, 2 LIMIT 20").fetchall()]
        res.missing = [f"{f}#{u}" for f, u in con.execute(
            f"""WITH files AS (SELECT file_no, max(units_in_file) AS n FROM {rec} GROUP BY file_no),
                     want AS (SELECT file_no, unnest(range(n)) AS unit_no FROM files)
                SELECT file_no, unit_no FROM want ANTI JOIN {rec} USING (file_no, unit_no)
                ORDER BY 1, 2 LIMIT 20""").fetchall()]
        for table in PART_TABLES:
            want = con.execute(f"SELECT coalesce(sum(n_{table}), 0) FROM {rec}").fetchone()[0]
            has = (out_dir / table).is_dir() and any((out_dir / table).glob("*.parquet"))
            got = con.execute(f"SELECT count(*) FROM {_sql(out_dir, table)}").fetchone()[0] if has else 0
            res.parts[table] = got
            if got != want:
                res.part_mismatch[table] = f"{got:,} rows for {want:,} parts in the records"
        return res
    except duckdb.Error as e:  # a truncated or foreign Parquet file: the user's input, not a bug
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise InputError(f"{out_dir} holds a Parquet file that cannot be read ({first}): it is damaged or was not "
                         "written by `lapwing run --engine ray`; run the Ray job again with --overwrite") from e
    finally:
        con.close()


def iter_output(out: str | os.PathLike[str], batch: int = 500) -> Iterator[tuple[Ingested, Any]]:
    """``(Ingested, ArticleRecord)`` for every record of an output folder, in input order."""
    import duckdb

    from lapwing.schema import ArticleRecord

    out_dir = Path(out)
    con = duckdb.connect()
    try:
        cur = con.execute(
            f"SELECT origin, status, reason, warnings, record_json FROM {_sql(out_dir, RECORDS)} ORDER BY file_no, unit_no")
        while rows := cur.fetchmany(batch):
            for origin, status, reason, warnings, rj in rows:
                record = ArticleRecord.model_validate_json(rj)
                yield Ingested(article=record.article, origin=origin, status=status, reason=reason,
                               warnings=list(warnings or [])), record
    finally:
        con.close()


def load_output(out: str | os.PathLike[str], store: Any, *, batch_size: int = 500, cluster: bool = True,
                on_item: Callable[[Ingested, Any], None] | None = None) -> Any:
    """``lapwing load``: the records of an output folder into ``store`` (any :class:`lapwing.store.Store`)
    through its run writer: an article stored with the same content and analysis is left as it is,
    so loading twice adds nothing. Returns a :class:`lapwing.runners.local.Summary`."""
    from lapwing.runners.local import write_records

    check = check_output(out)
    if not check.complete:
        raise InputError(
            f"{out} is incomplete ({check.records_out:,} records for {check.units_in:,} input units; "
            f"missing {', '.join(check.missing[:5]) or '-'}): run the Ray job again with --overwrite")
    started = time.monotonic()
    writer = store.start_run(command="load", inputs=[str(out)], options={"engine": "ray"}, batch_size=batch_size)
    return write_records(store, writer, lambda: iter_output(out), cluster=cluster, on_item=on_item, started=started)
