"""The DuckDB store: one file holding every record, one writer at a time (the default store).

What it shares with the PostgreSQL store (tables, migrations, writing, reading) is in
:mod:`lapwing.store.base`, :mod:`lapwing.store.schema` and :mod:`lapwing.store.rows`; this module
keeps what is DuckDB's own: opening a file (and the lock another process may hold on it), and the
bulk insert. The names other modules imported from here before the split are re-exported.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
import orjson

from lapwing.store.base import Store, article_row
from lapwing.store.dialect import DUCKDB
from lapwing.store.rows import (
    BatchResult,
    content_hash,
    origin_source,
    part_rows,
    rebuild,
    record_json,
)
from lapwing.store.runwriter import RUN_COUNTERS, RunWriter
from lapwing.store.schema import (
    DATA_TABLES,
    MIGRATIONS,
    PART_TABLES,
    SCHEMA_VERSION,
    V1_TABLES,
    V2_ARTICLE_COLUMNS,
    StoreError,
    db_version,
    user_tables,
)
from lapwing.store.schema import migrate as _migrate
from lapwing.store.schema import now as _now

DEFAULT_DB = "lapwing.duckdb"
_rebuild = rebuild

__all__ = [
    "DEFAULT_DB", "DATA_TABLES", "MIGRATIONS", "PART_TABLES", "RUN_COUNTERS", "SCHEMA_VERSION", "V1_TABLES",
    "V2_ARTICLE_COLUMNS", "BatchResult", "DuckDBStore", "RunWriter", "StoreError", "article_row", "content_hash",
    "db_version", "migrate", "origin_source", "part_rows", "record_json", "_now",
]


def migrate(con: duckdb.DuckDBPyConnection, target: int | None = None) -> list[int]:
    """Apply the missing migrations to a DuckDB connection (see :func:`lapwing.store.schema.migrate`)."""
    return _migrate(con, target, DUCKDB)


class DuckDBStore(Store):
    """A Lapwing DuckDB file. Use :func:`lapwing.store.open_store` to open one."""

    dialect = DUCKDB

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool):
        self.con = con
        self.path = path
        self.read_only = read_only
        self._types = self._column_types()

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, *, read_only: bool = False, create: bool = True) -> "DuckDBStore":
        path = str(path)
        exists = path == ":memory:" or Path(path).exists()
        if not exists and (read_only or not create):
            raise StoreError(f"no Lapwing database at {path} (create one with `lapwing run INPUT... --db {path}`)")
        if path != ":memory:" and Path(path).is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        con = cls._connect(path, read_only)
        try:
            version = db_version(con)
            if version < SCHEMA_VERSION and read_only:
                # upgrade in place first, then go on read-only
                con.close()
                con = cls._connect(path, False)
                cls._upgrade(con, path)
                con.close()
                con = cls._connect(path, True)
            elif version != SCHEMA_VERSION:
                cls._upgrade(con, path)
        except BaseException:
            con.close()
            raise
        store = cls(con, path, read_only)
        if not read_only:
            store._close_dead_runs()
        return store

    @staticmethod
    def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                pid = re.search(r"PID (\d+)", msg)
                who = f" (process {pid.group(1)})" if pid else ""
                raise StoreError(f"the database {path} is in use by another Lapwing process{who}; try again when it "
                                 "has finished, or use a PostgreSQL store for several writers (docs/storage.md)") from exc
            raise StoreError(f"cannot open the database {path}: {msg.splitlines()[0]}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {path} as a DuckDB database: {str(exc).splitlines()[0]}") from exc

    @staticmethod
    def _upgrade(con: duckdb.DuckDBPyConnection, path: str) -> None:
        if db_version(con) == 0 and user_tables(con):
            raise StoreError(f"{path} is a DuckDB database but not a Lapwing one (it has other tables)")
        migrate(con)

    def _column_types(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for table, column, dtype in self.con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_catalog = current_database() ORDER BY ordinal_position"
        ).fetchall():
            out.setdefault(table, {})[column] = dtype
        return out

    def close(self) -> None:
        self.con.close()

    # -- DuckDB's own ----------------------------------------------------------------------------
    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert many rows at once: they travel as one JSON document, unpacked by DuckDB."""
        if not rows:
            return
        if any(isinstance(v, bytes) for r in rows for v in r.values()):  # JSON has no bytes (clustering_state's signatures)
            cols = list(rows[0])
            self.con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                 [[r[c] for c in cols] for r in rows])
            return
        types = self._types[table]
        structure = orjson.dumps([{c: types[c] for c in rows[0]}]).decode().replace("'", "''")
        self.con.execute(
            f"INSERT INTO {table} BY NAME SELECT unnest(from_json(?::JSON, '{structure}'), recursive := true)",
            [orjson.dumps(rows).decode()],
        )

    def copy_query(self, query: str, path: str, options: str) -> None:
        quoted = path.replace("'", "''")
        self.con.execute(f"COPY ({query}) TO '{quoted}' ({options})")
