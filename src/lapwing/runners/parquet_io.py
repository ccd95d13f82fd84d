"""Arrow tables of the Ray runner: input units, records, and the per-part tables.

- a unit row: ``file_no``, ``unit_no``, ``units_in_file``, ``origin``, ``status``, ``reason``,
  ``warnings``, ``article_json`` (one per article of a file, or per unit that could not be read);
- a record row: the unit's keys, ``id``, ``status``, ``reason``, ``warnings``, ``record_json``
  (the whole :class:`~lapwing.schema.ArticleRecord`);
- a part row: the columns of the store's table of that name (``events``, ``quotes``, ...), with
  the store's types, so ``OUT/events`` reads like ``lapwing export --table events``.

Parquet input files hold one article per row with the JSONL fields as columns (``text`` required).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import pyarrow as pa

from lapwing.ingest.base import Ingested
from lapwing.schema import Article, ArticleRecord

PART_TABLES: tuple[str, ...] = ("events", "quotes", "counts", "places", "dates")

_KEYS = [("file_no", pa.int32()), ("unit_no", pa.int64()), ("units_in_file", pa.int64()), ("origin", pa.string())]
UNIT_SCHEMA = pa.schema([*_KEYS, ("status", pa.string()), ("reason", pa.string()),
                         ("warnings", pa.list_(pa.string())), ("article_json", pa.string())])
RECORD_SCHEMA = pa.schema([*_KEYS, ("id", pa.string()), ("status", pa.string()), ("reason", pa.string()),
                           ("warnings", pa.list_(pa.string())), ("record_json", pa.string()),
                           *[(f"n_{t}", pa.int32()) for t in PART_TABLES],
                           ("analysed_at", pa.float64()),  # epoch seconds when its batch was done
                           ("actor_ready_at", pa.float64()),  # when the actor that did it had its pipeline
                           ("actor_rss_mb", pa.float64()), ("worker_rss_mb", pa.float64()),  # peaks so far
                           ("cpu_s", pa.float64())])  # its share of the CPU time its actor and worker spent on the batch

PARQUET_SUFFIXES = (".parquet", ".pq")


# -- reading ------------------------------------------------------------------------------------
def read_parquet_file(path: str) -> Iterator[Ingested]:
    """One unit per row of a Parquet file of articles (columns as the JSONL fields)."""
    import pyarrow.parquet as pq

    from lapwing.ingest.common import failed, one_line
    from lapwing.ingest.jsonl import from_object

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - a broken file is one failed unit, not a stopped run
        yield failed(path, f"could not read {path} as Parquet: {type(exc).__name__}: {one_line(exc)}")
        return
    row_no = 0
    try:
        for batch in pf.iter_batches(batch_size=256):
            for obj in batch.to_pylist():
                row_no += 1
                if obj.get("published") is not None and not isinstance(obj["published"], str):
                    obj["published"] = str(obj["published"])
                yield from_object(obj, f"{path}#{row_no}", f"row {row_no}")
    except Exception as exc:  # noqa: BLE001
        yield failed(f"{path}#error", f"could not read {path} after {row_no} rows: {type(exc).__name__}: {one_line(exc)}")


def read_one(path: str) -> Iterator[Ingested]:
    """The units of one input file, as the local runner would read them (Parquet added)."""
    if path.lower().endswith(PARQUET_SUFFIXES):
        yield from read_parquet_file(path)
    else:
        from lapwing.ingest import read_inputs

        yield from read_inputs([path])


def read_units(batch: pa.Table) -> pa.Table:
    """Ray read step: a batch of ``(file_no, path)`` rows -> the unit rows of those files."""
    rows: list[dict[str, Any]] = []
    for file_no, path in zip(batch.column("file_no").to_pylist(), batch.column("path").to_pylist()):
        try:
            units = list(read_one(path))
        except Exception as exc:  # noqa: BLE001 - never lose a file silently
            from lapwing.ingest.common import failed, one_line

            units = [failed(path, f"could not read {path}: {type(exc).__name__}: {one_line(exc)}")]
        for unit_no, ing in enumerate(units):
            rows.append({
                "file_no": file_no, "unit_no": unit_no, "units_in_file": len(units), "origin": ing.origin,
                "status": ing.status, "reason": ing.reason, "warnings": list(ing.warnings),
                "article_json": ing.article.model_dump_json(),
            })
    return pa.Table.from_pylist(rows, schema=UNIT_SCHEMA)


def units_to_ingested(units: list[dict[str, Any]]) -> list[Ingested]:
    return [Ingested(article=Article.model_validate_json(u["article_json"]), origin=u["origin"],
                     status=u["status"], reason=u["reason"], warnings=list(u["warnings"] or []))
            for u in units]


def record_rows(units: list[dict[str, Any]], records: list[ArticleRecord | None],
                **extra: Any) -> list[dict[str, Any]]:
    if len(units) != len(records):
        raise RuntimeError(f"{len(records)} records for {len(units)} input units: the analysis lost some")
    out = []
    for u, r in zip(units, records):
        assert r is not None  # no skip function: every unit has a record
        out.append({"file_no": u["file_no"], "unit_no": u["unit_no"], "units_in_file": u["units_in_file"],
                    "origin": u["origin"], "id": r.article.id, "status": r.status, "reason": r.reason,
                    "warnings": list(r.warnings), "record_json": r.model_dump_json(),
                    **{f"n_{t}": len(getattr(r, t)) for t in PART_TABLES}, **extra})
    return out


# -- part tables --------------------------------------------------------------------------------
def _part_rows(record: ArticleRecord) -> dict[str, list[dict[str, Any]]]:
    try:
        from lapwing.store.rows import part_rows
    except ImportError:  # an older store layout
        from lapwing.store.duckdb_store import part_rows  # type: ignore[no-redef,attr-defined]
    return part_rows(record)


_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
          "FLOAT": pa.float32(), "BOOLEAN": pa.bool_(), "SMALLINT": pa.int16(), "TIMESTAMP": pa.timestamp("us"),
          "TIMESTAMP WITH TIME ZONE": pa.timestamp("us", tz="UTC"), "DATE": pa.date32(), "JSON": pa.string()}


def _arrow_type(sql: str) -> pa.DataType:
    sql = sql.upper().strip()
    if sql.endswith("[]"):
        return pa.list_(_arrow_type(sql[:-2]))
    return _ARROW.get(sql, pa.string())


@lru_cache(maxsize=1)
def part_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of each part table, from the store's own tables (an in-memory store)."""
    from lapwing.store import open_store

    with open_store(":memory:") as store:
        return {t: pa.schema([("file_no", pa.int32()), ("unit_no", pa.int64())]
                             + [(name, _arrow_type(typ)) for name, typ, *_ in
                                store.con.execute(f"DESCRIBE {t}").fetchall()]) for t in PART_TABLES}


def write_parts(units: list[dict[str, Any]], records: list[ArticleRecord], out_dir: str,
                schemas: dict[str, pa.Schema]) -> dict[str, int]:
    """Write the part rows of a batch's records to ``out_dir/<table>/<first>_<last>.parquet``.

    The file is named after the batch's first and last input unit, so a batch analysed again (an
    actor restarted by Ray) replaces its own file instead of adding rows twice. Each row carries
    ``file_no`` and ``unit_no`` of its record. Returns rows written per table.
    """
    import os

    import pyarrow.parquet as pq

    if not units:
        return {}
    first, last = units[0], units[-1]
    name = f"{first['file_no']:06d}-{first['unit_no']:09d}_{last['file_no']:06d}-{last['unit_no']:09d}.parquet"
    written = {}
    for table in PART_TABLES:
        schema = schemas[table]
        names = [n for n in schema.names if n not in ("file_no", "unit_no")]
        rows = [{"file_no": u["file_no"], "unit_no": u["unit_no"], **{k: row.get(k) for k in names}}
                for u, rec in zip(units, records) if rec is not None for row in _part_rows(rec)[table]]
        if not rows:
            continue
        folder = os.path.join(out_dir, table)
        os.makedirs(folder, exist_ok=True)
        tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
        os.replace(tmp, os.path.join(folder, name))
        written[table] = len(rows)
    return written
