"""Where records are kept: a DuckDB file by default (``open_store``)."""

from __future__ import annotations

from pathlib import Path

from lapwing.store.duckdb_store import DEFAULT_DB, SCHEMA_VERSION, DuckDBStore, StoreError

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "DuckDBStore", "StoreError", "open_store"]


def open_store(path: str | Path = DEFAULT_DB, *, read_only: bool = False, create: bool = True) -> DuckDBStore:
    """Open (and, unless ``read_only`` or not ``create``, create) the store at ``path``.

    An older database is upgraded in place by the forward migrations; one written by a newer
    Lapwing, held by another process, or not a Lapwing database raises :class:`StoreError`.
    """
    return DuckDBStore.open(path, read_only=read_only, create=create)
