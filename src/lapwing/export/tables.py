"""Exporting a store: whole records as JSON Lines, one table as CSV, Parquet or JSON Lines, or the
GDELT 2.0-compatible Events, Mentions and GKG files (:mod:`lapwing.export.gdelt`).

``records`` (JSON Lines only) are full ArticleRecords. ``events`` rows carry their article's
title, url, source and published date; ``articles`` rows leave out ``record_json``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile

from lapwing.export.jsonl import STDOUT, JsonlWriter
from lapwing.outpaths import OutputPathError, deliver_file, open_output, output_kind, partial_path
from lapwing.store.base import Store as DuckDBStore  # either store, DuckDB or PostgreSQL (the name is kept)
from lapwing.store.schema import PART_TABLES, columns

FORMATS = ("jsonl", "csv", "parquet", "gdelt-events", "gdelt-mentions", "gdelt-gkg")
TABLES = ("records", "articles", *PART_TABLES, "happenings", "happening_mentions", "article_copies",
          "ingestion_log", "runs")


class ExportError(ValueError):
    """A bad combination of options; ``str()`` is one line."""


def default_table(fmt: str) -> str:
    return "records" if fmt == "jsonl" else "events"


def table_query(table: str) -> str:
    if table == "events":
        return (
            "SELECT e.*, a.published AS article_published, a.url AS article_url, a.source AS article_source, "
            "a.title AS article_title FROM events e JOIN articles a ON a.id = e.article_id "
            "ORDER BY e.article_id, e.idx"
        )
    if table == "articles":
        return f"SELECT {', '.join(c for c in columns('articles') if c != 'record_json')} FROM articles ORDER BY id"
    if table in PART_TABLES or table == "happening_mentions":
        return f"SELECT * FROM {table} ORDER BY article_id, idx"
    if table == "happenings":
        return "SELECT * FROM happenings ORDER BY date_from NULLS LAST, event_id"
    if table == "article_copies":
        return "SELECT * FROM article_copies ORDER BY article_id"
    if table == "ingestion_log":
        return "SELECT * FROM ingestion_log ORDER BY time, run_id, seq"
    if table == "runs":
        return "SELECT * FROM runs ORDER BY started"
    raise ExportError(f"unknown table {table!r}; choose one of: {', '.join(TABLES)}")


def export(store: DuckDBStore, fmt: str, out: str, table: str | None = None) -> int:
    """Write ``table`` (default: records for jsonl, events otherwise) to ``out`` (``-``: stdout).

    Returns the number of rows (records) written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt.startswith("gdelt-"):
        if table:
            raise ExportError(f"--format {fmt} writes its own GDELT table; leave out --table")
        return _gdelt(store, fmt, out)
    table = table or default_table(fmt)
    if table not in TABLES:
        raise ExportError(f"unknown table {table!r}; choose one of: {', '.join(TABLES)}")
    if table == "records":
        if fmt != "jsonl":
            raise ExportError("whole records export only as jsonl; for csv or parquet pick a table, e.g. --table events")
        with JsonlWriter(out) as writer:
            for record in store.iter_records():
                writer.write(record)
        return writer.count
    if fmt == "parquet" and out == STDOUT:
        raise ExportError("parquet cannot be written to stdout; give --out FILE.parquet")
    query = table_query(table)
    options = {"csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json", "parquet": "FORMAT parquet"}[fmt]
    n = store.con.execute(f"SELECT count(*) FROM ({query}) AS q").fetchone()[0]
    if out == STDOUT:
        with tempfile.TemporaryDirectory(prefix="lapwing-export-") as tmp:
            path = os.path.join(tmp, f"out.{fmt}")
            _copy(store, query, path, options)
            with open(path, "rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        return n
    try:
        kind = output_kind(out)
    except OutputPathError as exc:
        raise ExportError(str(exc)) from None
    if kind == "special":  # a device or pipe: written directly, never replaced (lapwing.outpaths)
        with tempfile.TemporaryDirectory(prefix="lapwing-export-") as tmp:
            path = os.path.join(tmp, f"out.{fmt}")
            _copy(store, query, path, options)
            deliver_file(path, out)
        return n
    partial = partial_path(out)
    try:
        _copy(store, query, str(partial), options)
        deliver_file(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return n


def _copy(store: DuckDBStore, query: str, path: str, options: str) -> None:
    store.copy_query(query, path, options)  # DuckDB's COPY, also for a PostgreSQL store (lapwing.store.postgres)


def _gdelt(store: DuckDBStore, fmt: str, out: str) -> int:
    from lapwing.export import gdelt

    con = store.con
    if fmt != "gdelt-gkg":
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        n_happ = con.execute("SELECT count(*) FROM happenings").fetchone()[0]
        if n_events and not n_happ:
            raise ExportError("the store's events are not clustered yet; run `lapwing cluster` first")
    if out == STDOUT:
        n = gdelt.write(store, fmt, sys.stdout)
        sys.stdout.flush()
        return n
    try:
        with open_output(out, "w") as fh:
            n = gdelt.write(store, fmt, fh)
    except OutputPathError as exc:
        raise ExportError(str(exc)) from None
    return n
