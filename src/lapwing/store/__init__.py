"""Where records are kept: a DuckDB file by default, or a PostgreSQL database (``open_store``).

``open_store(db)`` takes what ``--db`` / ``LAPWING_DB`` hold: a file path (DuckDB) or a
``postgresql://user@host/dbname`` URL. Both return a :class:`Store` (see :mod:`lapwing.store.base`).
"""

from __future__ import annotations

import os
from pathlib import Path

from lapwing.store.base import Store
from lapwing.store.duckdb_store import DEFAULT_DB, DuckDBStore
from lapwing.store.postgres import PostgresStore, display_url, is_postgres_url
from lapwing.store.schema import SCHEMA_VERSION, StoreError

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "DuckDBStore", "PostgresStore", "Store", "StoreError", "db_name",
           "default_db", "display_url", "is_postgres_url", "open_store"]


def default_db() -> str:
    """``LAPWING_DB`` if set, otherwise ``lapwing.duckdb`` in the working folder."""
    return os.environ.get("LAPWING_DB") or DEFAULT_DB


def db_name(db: str | Path | None) -> str:
    """``--db`` as a string. A PostgreSQL URL that went through ``pathlib.Path`` lost one slash of
    ``://``; it is given back (``postgresql:/u@h/db`` -> ``postgresql://u@h/db``)."""
    if db is None:
        return default_db()
    s = str(db)
    for scheme in ("postgresql:", "postgres:"):
        if s.startswith(scheme + "/") and not s.startswith(scheme + "//"):
            return scheme + "//" + s[len(scheme) + 1:]
    return s


def open_store(path: str | Path | None = DEFAULT_DB, *, read_only: bool = False, create: bool = True) -> Store:
    """Open (and, unless ``read_only`` or not ``create``, create) the store at ``path``: a DuckDB
    file, or a ``postgresql://`` URL.

    An older database is upgraded in place by the forward migrations; one written by a newer
    Lapwing, held by another process (DuckDB), unreachable (PostgreSQL), or not a Lapwing database
    raises :class:`StoreError`.
    """
    db = db_name(path)
    if is_postgres_url(db):
        return PostgresStore.open(db, read_only=read_only, create=create)
    return DuckDBStore.open(db, read_only=read_only, create=create)
