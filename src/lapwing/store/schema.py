"""The store's tables and their forward migrations, one definition for DuckDB and PostgreSQL.

Tables (see ``docs/cli.md`` for the full column list):

- ``articles``: one row per article (``id`` primary key) with its text, metadata, status, reason,
  ``content_hash`` and ``record_json`` (the whole record except ``article.text``, which is the
  ``text`` column);
- ``events``, ``quotes``, ``counts``, ``places``, ``dates``: one row per record part, keyed by
  ``(article_id, idx)`` where ``idx`` is the position in the record's list;
- ``ingestion_log``: one row per article written (new, replaced or re-analysed): which run, which
  input (``origin``/``source``), status, reason, when;
- ``runs``: one row per ``lapwing run``, with its options and counts;
- the cross-article tables of version 3 (:mod:`lapwing.store.happenings`);
- ``schema_version``: the migrations applied.

The column types are ones both databases accept with the same meaning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from lapwing import __version__
from lapwing.store.dialect import DUCKDB, Dialect


class StoreError(Exception):
    """The store cannot be used (missing, locked, written by a newer Lapwing). ``str()`` is one line."""


def _actor_cols(prefix: str, with_rule: bool = True) -> list[tuple[str, str]]:
    cols = [
        (f"{prefix}_text", "VARCHAR"),
        (f"{prefix}_name", "VARCHAR"),
        (f"{prefix}_country", "VARCHAR"),
        (f"{prefix}_sector", "VARCHAR"),
        (f"{prefix}_kind", "VARCHAR"),
        (f"{prefix}_start", "INTEGER"),
        (f"{prefix}_end", "INTEGER"),
    ]
    return cols + ([(f"{prefix}_rule", "VARCHAR")] if with_rule else [])


_KEY = [("article_id", "VARCHAR NOT NULL"), ("idx", "INTEGER NOT NULL")]
_SPAN = [("text", "VARCHAR"), ("char_start", "INTEGER"), ("char_end", "INTEGER")]
DOUBLE = "DOUBLE PRECISION"

#: Columns of the version-1 tables, in order. Later migrations add columns (see MIGRATIONS).
V1_TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "VARCHAR PRIMARY KEY"),
        ("title", "VARCHAR"),
        ("text", "VARCHAR"),
        ("published", "VARCHAR"),
        ("url", "VARCHAR"),
        ("source", "VARCHAR"),
        ("language", "VARCHAR"),
        ("status", "VARCHAR NOT NULL"),
        ("reason", "VARCHAR"),
        ("content_hash", "VARCHAR NOT NULL"),
        ("record_json", "VARCHAR NOT NULL"),
        ("schema_version", "VARCHAR"),
        ("created", "TIMESTAMP"),
        ("updated", "TIMESTAMP"),
        ("run_id", "VARCHAR"),
        ("origin", "VARCHAR"),
    ],
    "events": _KEY
    + [
        ("cameo", "VARCHAR"),
        ("quad_class", "INTEGER"),
        ("goldstein", DOUBLE),
        ("plover_type", "VARCHAR"),
        ("plover_mode", "VARCHAR"),
        ("plover_context", "VARCHAR[]"),
        ("status", "VARCHAR"),
    ]
    + _actor_cols("source")
    + _actor_cols("target")
    + _actor_cols("attributed", with_rule=False)
    + [
        ("sentence_start", "INTEGER"),
        ("sentence_end", "INTEGER"),
        ("trigger_text", "VARCHAR"),
        ("trigger_start", "INTEGER"),
        ("trigger_end", "INTEGER"),
        ("date", "VARCHAR"),
        ("date_source", "VARCHAR"),
        ("place_text", "VARCHAR"),
        ("place_name", "VARCHAR"),
        ("place_country", "VARCHAR"),
        ("place_lat", DOUBLE),
        ("place_lon", DOUBLE),
        ("place_start", "INTEGER"),
        ("place_end", "INTEGER"),
        ("acled_event_type", "VARCHAR"),
        ("acled_sub_event_type", "VARCHAR"),
        ("rule", "VARCHAR"),
        ("confidence", DOUBLE),
    ],
    "quotes": _KEY
    + _SPAN
    + [("kind", "VARCHAR"), ("cue", "VARCHAR"), ("channel", "VARCHAR")]
    + _actor_cols("speaker")
    + [("rule", "VARCHAR")],
    "counts": _KEY
    + [("value", DOUBLE), ("category", "VARCHAR")]
    + _SPAN
    + [("approximation", "VARCHAR"), ("event_idx", "INTEGER"), ("rule", "VARCHAR")],
    "places": _KEY
    + _SPAN
    + [
        ("name", "VARCHAR"),
        ("country", "VARCHAR"),
        ("lat", DOUBLE),
        ("lon", DOUBLE),
        ("kind", "VARCHAR"),
        ("admin1", "VARCHAR"),
        ("geonames_id", "BIGINT"),
        ("rule", "VARCHAR"),
    ],
    "dates": _KEY + _SPAN + [("value", "VARCHAR"), ("rule", "VARCHAR")],
    "ingestion_log": [
        ("run_id", "VARCHAR"),
        ("seq", "BIGINT"),
        ("origin", "VARCHAR"),
        ("source", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("status", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("action", "VARCHAR"),
        ("time", "TIMESTAMP"),
    ],
    "runs": [
        ("run_id", "VARCHAR PRIMARY KEY"),
        ("command", "VARCHAR"),
        ("state", "VARCHAR"),
        ("started", "TIMESTAMP"),
        ("finished", "TIMESTAMP"),
        ("inputs", "VARCHAR[]"),
        ("options", "VARCHAR"),
        ("lapwing_version", "VARCHAR"),
        ("n_read", "BIGINT"),
        ("n_ok", "BIGINT"),
        ("n_skipped", "BIGINT"),
        ("n_failed", "BIGINT"),
        ("n_new", "BIGINT"),
        ("n_replaced", "BIGINT"),
        ("n_reanalysed", "BIGINT"),
        ("n_unchanged", "BIGINT"),
        ("n_duplicate", "BIGINT"),
    ],
}

#: Columns added by version 2: the Lapwing additions most worth querying, lifted out of record_json.
V2_ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("tone", DOUBLE),
    ("warnings", "VARCHAR[]"),
    ("model", "VARCHAR"),
]

#: Tables holding one row per record part.
PART_TABLES = ("events", "quotes", "counts", "places", "dates")
#: Tables whose rows come from the input (re-running the same input adds none).
DATA_TABLES = ("articles", *PART_TABLES, "ingestion_log")
#: Every table of the latest schema, in the order a copy writes them (``schema_version`` apart).
ALL_TABLES = (*DATA_TABLES, "runs", "article_copies", "happenings", "happening_mentions", "clustering_state")


def columns(table: str) -> list[str]:
    """The column names of ``table`` at the latest schema version, in table order."""
    from lapwing.store.happenings import TABLES_V3

    if table in TABLES_V3:
        parts = [p.strip() for p in re.split(r",(?![^()]*\))", TABLES_V3[table])]
        return [p.split()[0] for p in parts if not p.upper().startswith("PRIMARY KEY")]
    cols = [c for c, _ in V1_TABLES[table]]
    if table == "articles":
        cols += [c for c, _ in V2_ARTICLE_COLUMNS]
    return cols


def _migrate_v1(con: Any, dialect: Dialect) -> None:
    for table, cols in V1_TABLES.items():
        body = ", ".join(f"{name} {sqltype}" for name, sqltype in cols)
        con.execute(f"CREATE TABLE {table} ({body})")


def _migrate_v2(con: Any, dialect: Dialect) -> None:
    for name, sqltype in V2_ARTICLE_COLUMNS:
        con.execute(f"ALTER TABLE articles ADD COLUMN {name} {sqltype}")
    con.execute(dialect.backfill_v2)  # from the records already stored


def _migrate_v3(con: Any, dialect: Dialect) -> None:
    from lapwing.store.happenings import migrate_v3

    migrate_v3(con)  # filled by the next `lapwing run` or `lapwing cluster`


#: Forward migrations, applied in order: entry ``i`` brings the database to version ``i + 1``.
MIGRATIONS: list[tuple[str, Callable[[Any, Dialect], None]]] = [
    ("articles, events, quotes, counts, places, dates, ingestion_log, runs", _migrate_v1),
    ("articles.tone, articles.warnings, articles.model (backfilled from record_json)", _migrate_v2),
    ("article_copies, happenings, happening_mentions, clustering_state (cross-article events)", _migrate_v3),
]
SCHEMA_VERSION = len(MIGRATIONS)


def now() -> datetime:
    """The current UTC time without a time zone (as the TIMESTAMP columns hold it)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def user_tables(con: Any) -> int:
    """How many tables the database's current schema holds."""
    return con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_catalog = current_database()"
    ).fetchone()[0]


def db_version(con: Any) -> int:
    """The schema version of an open database (0 for an empty one)."""
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' "
        "AND table_schema = current_schema() AND table_catalog = current_database()"
    ).fetchone()[0]
    if not found:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: Any, target: int | None = None, dialect: Dialect = DUCKDB, foreign: str | None = None) -> list[int]:
    """Apply the missing migrations up to ``target`` (default: the latest), each in its own
    transaction. Returns the versions applied. Where several processes open a new PostgreSQL
    store at once, each migration is applied by one of them (``dialect.lock_migrations``).
    ``foreign``: the error to raise when a database without a Lapwing store holds other tables
    (checked under the lock, where another process's new tables are already committed)."""
    target = SCHEMA_VERSION if target is None else target
    current = db_version(con)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the database is at schema version {current}, newer than this Lapwing ({__version__}) "
            f"understands ({SCHEMA_VERSION}); upgrade Lapwing"
        )
    applied = []
    for version in range(current + 1, target + 1):
        description, fn = MIGRATIONS[version - 1]
        con.execute("BEGIN TRANSACTION")
        try:
            if dialect.lock_migrations:
                con.execute(dialect.lock_migrations)
                if db_version(con) >= version:  # another process applied it meanwhile
                    con.execute("COMMIT")
                    continue
            if version == 1 and foreign and user_tables(con):
                raise StoreError(foreign)
            if version == 1:
                con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, applied TIMESTAMP)")
            fn(con, dialect)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, description, now()])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
