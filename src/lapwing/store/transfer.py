"""Copying a whole store to another one: ``lapwing migrate --from duckdb:PATH --to postgresql://...``
(or the other way round).

Both stores are opened (and so brought to the latest schema version), and every table is copied
row for row, in one transaction of the destination: a failed copy leaves the destination as it
was. The destination must hold no articles and no runs, unless ``replace`` empties it first.
"""

from __future__ import annotations

from dataclasses import dataclass

from lapwing.store.base import Store
from lapwing.store.schema import ALL_TABLES, StoreError, columns

#: Rows read from the source and written to the destination at a time.
BATCH = 5000


def store_location(spec: str) -> str:
    """``duckdb:PATH`` -> ``PATH``; a ``postgresql://`` URL or a plain path as it is."""
    return spec[len("duckdb:"):] if spec.startswith("duckdb:") else spec


@dataclass
class CopyResult:
    rows: dict[str, int]


def _order(table: str) -> str:
    keys = {"articles": "id", "runs": "run_id", "happenings": "event_id", "article_copies": "article_id",
            "clustering_state": "article_id", "ingestion_log": "run_id, seq"}
    return keys.get(table, "article_id, idx")


def copy_store(src: Store, dst: Store, *, replace: bool = False) -> CopyResult:
    """Copy every table of ``src`` into ``dst`` (one transaction); returns the rows copied per table."""
    if dst.read_only:
        raise StoreError(f"the destination {dst.path} was opened read-only")
    if src.schema_version != dst.schema_version:
        raise StoreError(f"the stores are at different schema versions ({src.schema_version} and "
                         f"{dst.schema_version}); open both with this Lapwing first")
    held = {t: dst.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "runs")}
    if any(held.values()) and not replace:
        raise StoreError(f"the destination {dst.path} already holds {held['articles']:,} article(s) and "
                         f"{held['runs']:,} run(s); copy into an empty store, or pass --replace to empty it first")
    copied: dict[str, int] = {}
    dst.con.execute("BEGIN TRANSACTION")
    try:
        if replace:
            for table in ALL_TABLES:
                dst.con.execute(f"DELETE FROM {table}")
        for table in ALL_TABLES:
            cols = columns(table)
            n = 0
            batch: list[dict] = []
            for row in src.stream(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {_order(table)}", batch=BATCH):
                batch.append(dict(zip(cols, row)))
                if len(batch) >= BATCH:
                    dst._insert(table, batch)
                    n += len(batch)
                    batch = []
            dst._insert(table, batch)
            copied[table] = n + len(batch)
        dst.con.execute("COMMIT")
    except BaseException:
        dst.con.execute("ROLLBACK")
        raise
    return CopyResult(rows=copied)
