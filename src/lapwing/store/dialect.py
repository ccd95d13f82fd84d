"""The few places where the store's SQL differs between DuckDB and PostgreSQL.

Every query of the store, the cross-article events and the exports is written once, in SQL both
databases accept (``?`` placeholders, ``IN (SELECT unnest(?::VARCHAR[]))``, ``starts_with``,
``md5``, ``NULLS LAST``, ``GROUP BY 1, 2``; column types ``VARCHAR``, ``VARCHAR[]``, ``INTEGER``,
``BIGINT``, ``DOUBLE PRECISION``, ``BYTEA``, ``DATE``, ``TIMESTAMP``, ``BOOLEAN``). What cannot be
written once is named here, one small entry per difference:

- ``placeholders``: psycopg takes ``%s`` where DuckDB takes ``?`` (:func:`to_pyformat`);
- ``backfill_v2``: the version-2 migration reads JSON (DuckDB's ``json_extract`` vs PostgreSQL's
  ``jsonb`` operators);
- ``lock_articles`` / ``lock_clustering`` / ``lock_migrations``: PostgreSQL serialises concurrent
  writers of one article (and the clustering update, and the migrations) with transaction-level
  advisory locks; DuckDB has one writer per
  file, so it needs none;
- the bulk insert (DuckDB: one JSON document unpacked by ``from_json``; PostgreSQL: ``COPY``, with
  NUL characters as U+FFFD since a PostgreSQL text cannot hold them) lives with each store class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Advisory-lock namespace of Lapwing (the first key of PostgreSQL's two-key advisory locks).
LOCK_NAMESPACE = 0x4C57  # "LW"
#: Second key of the lock held while the cross-article tables are updated.
CLUSTERING_LOCK = 1
#: Second key of the lock held while a migration is applied.
MIGRATION_LOCK = 2
#: First key of the session locks that say a run's process is alive (second key: the run id's hash).
RUN_LOCKS = LOCK_NAMESPACE + 1

_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%", re.S)


@lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> str:
    """``?`` placeholders to psycopg's ``%s`` (and a literal ``%`` to ``%%``), leaving quoted
    strings and identifiers alone."""

    def sub(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok == "?":
            return "%s"
        if tok == "%":
            return "%%"
        return tok.replace("%", "%%")

    return _TOKENS.sub(sub, sql)


@dataclass(frozen=True)
class Dialect:
    name: str
    #: the version-2 backfill of articles.tone / warnings / model from record_json
    backfill_v2: str
    #: run at the start of a write transaction with the (sorted) article ids, or None
    lock_articles: str | None
    #: run at the start of the clustering transaction, or None
    lock_clustering: str | None
    #: run at the start of each migration's transaction, or None
    lock_migrations: str | None
    #: marks the runs left 'running' by a process that is gone as 'interrupted'
    close_dead_runs: str
    #: held while a run is going on (a session lock: a killed process's is released), or None
    hold_run: str | None
    release_run: str | None


DUCKDB = Dialect(
    name="duckdb",
    backfill_v2="""
        UPDATE articles SET
          tone = TRY_CAST(json_extract(record_json, '$.tone.tone') AS DOUBLE),
          warnings = COALESCE(json_extract_string(record_json, '$.warnings[*]'), []),
          model = json_extract_string(record_json, '$.pipeline.model')
    """,
    lock_articles=None,
    lock_clustering=None,
    lock_migrations=None,
    # the store is open read-write, so no other process holds it: a run still 'running' was killed
    close_dead_runs="UPDATE runs SET state = 'interrupted' WHERE state = 'running'",
    hold_run=None,
    release_run=None,
)

POSTGRES = Dialect(
    name="postgresql",
    backfill_v2="""
        UPDATE articles SET
          tone = (record_json::jsonb #>> '{tone,tone}')::DOUBLE PRECISION,
          warnings = ARRAY(SELECT jsonb_array_elements_text(COALESCE(record_json::jsonb -> 'warnings', '[]'::jsonb))),
          model = record_json::jsonb #>> '{pipeline,model}'
    """,
    # one lock per article id, taken in id order so that two writers never wait on each other in a cycle
    lock_articles=(
        f"SELECT pg_advisory_xact_lock({LOCK_NAMESPACE}, h) FROM "
        "(SELECT DISTINCT hashtext(i) AS h FROM unnest(?::VARCHAR[]) AS ids(i) ORDER BY h OFFSET 0) AS keys"
    ),
    lock_clustering=f"SELECT pg_advisory_xact_lock({LOCK_NAMESPACE}, {CLUSTERING_LOCK})",
    lock_migrations=f"SELECT pg_advisory_xact_lock({LOCK_NAMESPACE}, {MIGRATION_LOCK})",
    # other processes may be running: a run is dead when no session holds its lock any more
    close_dead_runs=(
        "UPDATE runs SET state = 'interrupted' WHERE state = 'running' AND NOT EXISTS ("
        "SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted "
        f"AND l.classid = {RUN_LOCKS}::oid AND l.objid = (hashtext(runs.run_id)::BIGINT & 4294967295)::oid "
        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
    ),
    hold_run=f"SELECT pg_advisory_lock({RUN_LOCKS}, hashtext(?))",
    release_run=f"SELECT pg_advisory_unlock({RUN_LOCKS}, hashtext(?))",
)
