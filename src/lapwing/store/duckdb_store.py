"""The DuckDB store: one file holding every record, normalised into queryable tables.

Tables (see ``docs/cli.md`` for the full column list):

- ``articles``: one row per article (``id`` primary key) with its text, metadata, status, reason,
  ``content_hash`` and ``record_json`` (the whole record except ``article.text``, which is the
  ``text`` column);
- ``events``, ``quotes``, ``counts``, ``places``, ``dates``: one row per record part, keyed by
  ``(article_id, idx)`` where ``idx`` is the position in the record's list;
- ``ingestion_log``: one row per article written (new, replaced or re-analysed): which run, which
  input (``origin``/``source``), status, reason, when;
- ``runs``: one row per ``lapwing run``, with its options and counts;
- ``schema_version``: the migrations applied.

Identity: an article is its ``id`` plus the hash of its content (id, title, text, published, url,
source). Writing an article already stored with the same content changes nothing; with changed
content its rows are replaced. Every batch is written in one transaction.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import orjson

from lapwing import __version__
from lapwing.ingest.base import Ingested
from lapwing.schema import Actor, Article, ArticleRecord, Place

DEFAULT_DB = "lapwing.duckdb"


class StoreError(Exception):
    """The store cannot be used (missing, locked, written by a newer Lapwing). ``str()`` is one line."""


# -- table layout --------------------------------------------------------------------------------
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
        ("goldstein", "DOUBLE"),
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
        ("place_lat", "DOUBLE"),
        ("place_lon", "DOUBLE"),
        ("place_start", "INTEGER"),
        ("place_end", "INTEGER"),
        ("acled_event_type", "VARCHAR"),
        ("acled_sub_event_type", "VARCHAR"),
        ("rule", "VARCHAR"),
        ("confidence", "DOUBLE"),
    ],
    "quotes": _KEY
    + _SPAN
    + [("kind", "VARCHAR"), ("cue", "VARCHAR"), ("channel", "VARCHAR")]
    + _actor_cols("speaker")
    + [("rule", "VARCHAR")],
    "counts": _KEY
    + [("value", "DOUBLE"), ("category", "VARCHAR")]
    + _SPAN
    + [("approximation", "VARCHAR"), ("event_idx", "INTEGER"), ("rule", "VARCHAR")],
    "places": _KEY
    + _SPAN
    + [
        ("name", "VARCHAR"),
        ("country", "VARCHAR"),
        ("lat", "DOUBLE"),
        ("lon", "DOUBLE"),
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
    ("tone", "DOUBLE"),
    ("warnings", "VARCHAR[]"),
    ("model", "VARCHAR"),
]

#: Tables holding one row per record part.
PART_TABLES = ("events", "quotes", "counts", "places", "dates")
#: Tables whose rows come from the input (re-running the same input adds none).
DATA_TABLES = ("articles", *PART_TABLES, "ingestion_log")


def _migrate_v1(con: duckdb.DuckDBPyConnection) -> None:
    for table, cols in V1_TABLES.items():
        body = ", ".join(f"{name} {sqltype}" for name, sqltype in cols)
        con.execute(f"CREATE TABLE {table} ({body})")


def _migrate_v2(con: duckdb.DuckDBPyConnection) -> None:
    for name, sqltype in V2_ARTICLE_COLUMNS:
        con.execute(f"ALTER TABLE articles ADD COLUMN {name} {sqltype}")
    # backfill from the records already stored
    con.execute(
        """
        UPDATE articles SET
          tone = TRY_CAST(json_extract(record_json, '$.tone.tone') AS DOUBLE),
          warnings = COALESCE(json_extract_string(record_json, '$.warnings[*]'), []),
          model = json_extract_string(record_json, '$.pipeline.model')
        """
    )


def _migrate_v3(con: duckdb.DuckDBPyConnection) -> None:
    from lapwing.store.happenings import migrate_v3

    migrate_v3(con)  # filled by the next `lapwing run` or `lapwing cluster`


#: Forward migrations, applied in order: entry ``i`` brings the database to version ``i + 1``.
MIGRATIONS: list[tuple[str, Callable[[duckdb.DuckDBPyConnection], None]]] = [
    ("articles, events, quotes, counts, places, dates, ingestion_log, runs", _migrate_v1),
    ("articles.tone, articles.warnings, articles.model (backfilled from record_json)", _migrate_v2),
    ("article_copies, happenings, happening_mentions, clustering_state (cross-article events)", _migrate_v3),
]
SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def db_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open database (0 for an empty one)."""
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' "
        "AND table_schema = 'main' AND table_catalog = current_database()"
    ).fetchone()[0]
    if not found:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection, target: int | None = None) -> list[int]:
    """Apply the missing migrations up to ``target`` (default: the latest), each in its own
    transaction. Returns the versions applied."""
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
            if version == 1:
                con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, applied TIMESTAMP)")
            fn(con)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, description, _now()])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


# -- records <-> rows ------------------------------------------------------------------------------
def content_hash(article: Article) -> str:
    """Hash of what identifies an article's content (the detected language is not part of it)."""
    key = [article.id, article.title, article.text, article.published, article.url, article.source]
    return hashlib.sha256(orjson.dumps(key)).hexdigest()


def record_json(record: ArticleRecord) -> str:
    """The record as stored: everything except ``article.text`` (kept in ``articles.text``)."""
    data = record.model_dump(mode="json")
    del data["article"]["text"]
    return orjson.dumps(data).decode()


def _actor(prefix: str, actor: Actor | None, with_rule: bool = True) -> dict[str, Any]:
    a = actor
    row = {
        f"{prefix}_text": a.text if a else None,
        f"{prefix}_name": a.name if a else None,
        f"{prefix}_country": a.country if a else None,
        f"{prefix}_sector": a.sector if a else None,
        f"{prefix}_kind": a.kind if a else None,
        f"{prefix}_start": a.start if a else None,
        f"{prefix}_end": a.end if a else None,
    }
    if with_rule:
        row[f"{prefix}_rule"] = a.rule if a else None
    return row


def _place(prefix: str, p: Place | None) -> dict[str, Any]:
    return {
        f"{prefix}_text": p.text if p else None,
        f"{prefix}_name": p.name if p else None,
        f"{prefix}_country": p.country if p else None,
        f"{prefix}_lat": p.lat if p else None,
        f"{prefix}_lon": p.lon if p else None,
        f"{prefix}_start": p.start if p else None,
        f"{prefix}_end": p.end if p else None,
    }


def part_rows(record: ArticleRecord) -> dict[str, list[dict[str, Any]]]:
    """The rows of the part tables for one record."""
    aid = record.article.id
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in PART_TABLES}
    for i, e in enumerate(record.events):
        rows["events"].append(
            {
                "article_id": aid,
                "idx": i,
                "cameo": e.cameo,
                "quad_class": e.quad_class,
                "goldstein": e.goldstein,
                "plover_type": e.plover.type if e.plover else None,
                "plover_mode": e.plover.mode if e.plover else None,
                "plover_context": list(e.plover.context) if e.plover else [],
                "status": e.status,
                **_actor("source", e.source),
                **_actor("target", e.target),
                **_actor("attributed", e.attributed_to, with_rule=False),
                "sentence_start": e.sentence.start,
                "sentence_end": e.sentence.end,
                "trigger_text": e.trigger.text,
                "trigger_start": e.trigger.start,
                "trigger_end": e.trigger.end,
                "date": e.date,
                "date_source": e.date_source,
                **_place("place", e.place),
                "acled_event_type": e.acled.event_type if e.acled else None,
                "acled_sub_event_type": e.acled.sub_event_type if e.acled else None,
                "rule": e.rule,
                "confidence": e.confidence,
            }
        )
    for i, q in enumerate(record.quotes):
        rows["quotes"].append(
            {
                "article_id": aid,
                "idx": i,
                "text": q.text,
                "char_start": q.start,
                "char_end": q.end,
                "kind": q.kind,
                "cue": q.cue,
                "channel": q.channel,
                **_actor("speaker", q.speaker),
                "rule": q.rule,
            }
        )
    for i, c in enumerate(record.counts):
        rows["counts"].append(
            {
                "article_id": aid,
                "idx": i,
                "value": c.value,
                "category": c.category,
                "text": c.text,
                "char_start": c.start,
                "char_end": c.end,
                "approximation": c.approximation,
                "event_idx": c.event,
                "rule": c.rule,
            }
        )
    for i, p in enumerate(record.places):
        rows["places"].append(
            {
                "article_id": aid,
                "idx": i,
                "text": p.text,
                "char_start": p.start,
                "char_end": p.end,
                "name": p.name,
                "country": p.country,
                "lat": p.lat,
                "lon": p.lon,
                "kind": p.kind,
                "admin1": p.admin1,
                "geonames_id": p.geonames_id,
                "rule": p.rule,
            }
        )
    for i, d in enumerate(record.dates):
        rows["dates"].append(
            {
                "article_id": aid,
                "idx": i,
                "text": d.text,
                "char_start": d.start,
                "char_end": d.end,
                "value": d.value,
                "rule": d.rule,
            }
        )
    return rows


_ORIGIN_SUFFIX = re.compile(r"^(.*?)(?:[:#@][0-9]+)?$", re.S)


def origin_source(origin: str | None) -> str | None:
    """The input path part of an origin: ``examples/a.jsonl:12`` -> ``examples/a.jsonl``."""
    if origin is None:
        return None
    return _ORIGIN_SUFFIX.match(origin).group(1)  # type: ignore[union-attr]


def _sql_type(decl: str) -> str:
    return decl.replace(" PRIMARY KEY", "").replace(" NOT NULL", "")


@dataclass
class BatchResult:
    """What one committed batch did; ``actions[i]`` is for the i-th record given."""

    actions: list[str]
    counts: Counter = field(default_factory=Counter)
    replaced_ids: list[str] = field(default_factory=list)
    committed_total: int = 0  # articles written by this run so far (for progress lines)
    batch_no: int = 0


# -- the store -----------------------------------------------------------------------------------
class DuckDBStore:
    """A Lapwing DuckDB file. Use :func:`lapwing.store.open_store` to open one."""

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
                raise StoreError(f"the database {path} is in use by another Lapwing process{who}; try again when it has finished") from exc
            raise StoreError(f"cannot open the database {path}: {msg.splitlines()[0]}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {path} as a DuckDB database: {str(exc).splitlines()[0]}") from exc

    @staticmethod
    def _upgrade(con: duckdb.DuckDBPyConnection, path: str) -> None:
        if db_version(con) == 0:
            user_tables = con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_catalog = current_database()"
            ).fetchone()[0]
            if user_tables:
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

    def _close_dead_runs(self) -> None:
        # We hold the write lock: a run still marked 'running' was killed before it finished.
        self.con.execute("UPDATE runs SET state = 'interrupted' WHERE state = 'running'")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "DuckDBStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return db_version(self.con)

    # -- writing ---------------------------------------------------------------------------------
    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert many rows at once: they travel as one JSON document, unpacked by DuckDB."""
        if not rows:
            return
        types = self._types[table]
        structure = orjson.dumps([{c: types[c] for c in rows[0]}]).decode().replace("'", "''")
        self.con.execute(
            f"INSERT INTO {table} BY NAME SELECT unnest(from_json(?::JSON, '{structure}'), recursive := true)",
            [orjson.dumps(rows).decode()],
        )

    def lookup(self, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``id -> (content_hash, status)`` for the ids that are stored."""
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, content_hash, status FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]
        ).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def write(
        self,
        records: Sequence[ArticleRecord],
        origins: Sequence[str | None] | None = None,
        *,
        run_id: str | None = None,
        seqs: Sequence[int] | None = None,
        run_update: Callable[[BatchResult], dict[str, int]] | None = None,
    ) -> BatchResult:
        """Write a batch of records in one transaction.

        For each record: ``new`` (id not stored), ``replaced`` (stored with other content: its rows
        are replaced), ``reanalysed`` (same content, different analysis: rows replaced) or
        ``unchanged`` (nothing written). Ids must be distinct within a batch. ``run_update(result)``
        gives the ``runs`` counters of ``run_id`` to set in the same transaction.
        """
        if self.read_only:
            raise StoreError(f"the database {self.path} was opened read-only")
        origins = list(origins) if origins is not None else [None] * len(records)
        seqs = list(seqs) if seqs is not None else list(range(len(records)))
        ids = [r.article.id for r in records]
        if len(set(ids)) != len(ids):
            raise ValueError("article ids must be distinct within a batch")
        stored: dict[str, tuple[str, str, datetime]] = {}
        if ids:
            for aid, h, digest, created in self.con.execute(
                "SELECT id, content_hash, md5(record_json), created FROM articles "
                "WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                [ids],
            ).fetchall():
                stored[aid] = (h, digest, created)
        now = _now()
        result = BatchResult(actions=[])
        articles: list[dict[str, Any]] = []
        parts: dict[str, list[dict[str, Any]]] = {t: [] for t in PART_TABLES}
        log: list[dict[str, Any]] = []
        removed: list[str] = []
        for record, origin, seq in zip(records, origins, seqs):
            a = record.article
            h = content_hash(a)
            rj = record_json(record)
            old = stored.get(a.id)
            if old is None:
                action = "new"
            elif old[0] != h:
                action = "replaced"
            elif old[1] != hashlib.md5(rj.encode()).hexdigest():
                action = "reanalysed"
            else:
                action = "unchanged"
            result.actions.append(action)
            result.counts[action] += 1
            if action == "unchanged":
                continue
            if old is not None:
                removed.append(a.id)
                if action == "replaced":
                    result.replaced_ids.append(a.id)
            articles.append(
                {
                    "id": a.id,
                    "title": a.title,
                    "text": a.text,
                    "published": a.published,
                    "url": a.url,
                    "source": a.source,
                    "language": a.language,
                    "status": record.status,
                    "reason": record.reason,
                    "content_hash": h,
                    "record_json": rj,
                    "schema_version": record.schema_version,
                    "created": (old[2] if old is not None and old[2] else now).isoformat(),
                    "updated": now.isoformat(),
                    "run_id": run_id,
                    "origin": origin,
                    "tone": record.tone.tone if record.tone else None,
                    "warnings": list(record.warnings),
                    "model": record.pipeline.get("model"),
                }
            )
            for table, rows in part_rows(record).items():
                parts[table].extend(rows)
            log.append(
                {
                    "run_id": run_id,
                    "seq": seq,
                    "origin": origin,
                    "source": origin_source(origin),
                    "article_id": a.id,
                    "status": record.status,
                    "reason": record.reason,
                    "action": action,
                    "time": now.isoformat(),
                }
            )
        if not articles and run_update is None:
            return result
        self.con.execute("BEGIN TRANSACTION")
        try:
            if removed:
                for table in PART_TABLES:
                    self.con.execute(
                        f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [removed]
                    )
                self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [removed])
            self._insert("articles", articles)
            for table in PART_TABLES:
                self._insert(table, parts[table])
            self._insert("ingestion_log", log)
            if run_id is not None and run_update is not None:
                run_counts = run_update(result)
                sets = ", ".join(f"n_{k} = ?" for k in run_counts)
                self.con.execute(f"UPDATE runs SET {sets} WHERE run_id = ?", [*run_counts.values(), run_id])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return result

    def update_happenings(self, full: bool = False):
        """Cluster the stored event mentions into happenings (only what changed, unless ``full``);
        see :mod:`lapwing.store.happenings`."""
        from lapwing.store.happenings import update_happenings

        if self.read_only:
            raise StoreError(f"the database {self.path} was opened read-only")
        return update_happenings(self.con, full=full)

    def start_run(
        self,
        command: str = "run",
        inputs: Sequence[str] = (),
        options: dict[str, Any] | None = None,
        batch_size: int = 100,
        on_commit: Callable[[BatchResult], None] | None = None,
    ) -> "RunWriter":
        if self.read_only:
            raise StoreError(f"the database {self.path} was opened read-only")
        run_id = f"{_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        self.con.execute(
            "INSERT INTO runs (run_id, command, state, started, inputs, options, lapwing_version) "
            "VALUES (?, ?, 'running', ?, ?, ?, ?)",
            [run_id, command, _now(), list(inputs), orjson.dumps(options or {}, default=str).decode(), __version__],
        )
        return RunWriter(self, run_id, batch_size, on_commit)

    # -- reading ---------------------------------------------------------------------------------
    def get_record(self, article_id: str) -> ArticleRecord:
        """The stored record of an article; KeyError if there is none."""
        row = self.con.execute("SELECT text, record_json FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise KeyError(article_id)
        return _rebuild(row[0], row[1])

    def iter_records(self) -> Iterator[ArticleRecord]:
        """Every stored record, ordered by article id."""
        cur = self.con.cursor()
        cur.execute("SELECT text, record_json FROM articles ORDER BY id")
        while rows := cur.fetchmany(500):
            for text, rj in rows:
                yield _rebuild(text, rj)

    def find_ids(self, prefix: str, limit: int = 5) -> list[str]:
        rows = self.con.execute(
            "SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT ?", [prefix, limit]
        ).fetchall()
        return [r[0] for r in rows]

    def row_counts(self) -> dict[str, int]:
        """Rows in every table."""
        return {
            t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (*DATA_TABLES, "runs", "schema_version")
        }

    def stats(self, top: int = 5) -> dict[str, Any]:
        """What the store holds: counts per table and status, top reasons, top event codes, runs."""
        q = self.con.execute
        by_status = dict(q("SELECT status, count(*) FROM articles GROUP BY status ORDER BY status").fetchall())
        reasons = q(
            """
            SELECT trim(regexp_extract(reason, '^(.*?)(?: \\(|: |$)', 1)) AS r, count(*) AS n
            FROM articles WHERE reason IS NOT NULL GROUP BY r ORDER BY n DESC, r LIMIT ?
            """,
            [top],
        ).fetchall()
        cameo = q(
            "SELECT left(cameo, 2) AS root, count(*) AS n FROM events GROUP BY root ORDER BY n DESC, root LIMIT ?",
            [top],
        ).fetchall()
        plover = q(
            "SELECT plover_type, count(*) AS n FROM events GROUP BY plover_type ORDER BY n DESC, plover_type LIMIT ?",
            [top],
        ).fetchall()
        quad = dict(q("SELECT quad_class, count(*) FROM events GROUP BY quad_class ORDER BY quad_class").fetchall())
        counts_by_cat = dict(
            q("SELECT category, sum(value) FROM counts GROUP BY category ORDER BY category").fetchall()
        )
        last = q(
            "SELECT run_id, state, started, finished, n_read, n_new, n_replaced, n_unchanged "
            "FROM runs ORDER BY started DESC LIMIT 1"
        ).fetchone()
        rows = self.row_counts()
        return {
            "db": self.path,
            "schema_version": self.schema_version,
            "articles": rows["articles"],
            "articles_by_status": {s: by_status.get(s, 0) for s in ("ok", "skipped", "failed")},
            "events": rows["events"],
            "quotes": rows["quotes"],
            "counts": rows["counts"],
            "places": rows["places"],
            "dates": rows["dates"],
            "runs": rows["runs"],
            "top_reasons": [[r, n] for r, n in reasons],
            "events_by_cameo_root": [[r, n] for r, n in cameo],
            "events_by_plover_type": [[r, n] for r, n in plover],
            "events_by_quad_class": {str(k): v for k, v in quad.items()},
            "count_totals": {k: float(v) for k, v in counts_by_cat.items()},
            "last_run": None
            if last is None
            else dict(
                zip(("run_id", "state", "started", "finished", "read", "new", "replaced", "unchanged"), last)
            ),
        }


def _rebuild(text: str, rj: str) -> ArticleRecord:
    data = orjson.loads(rj)
    data["article"]["text"] = text
    return ArticleRecord.model_validate(data)


RUN_COUNTERS = ("read", "ok", "skipped", "failed", "new", "replaced", "reanalysed", "unchanged", "duplicate")


class RunWriter:
    """Buffers a run's records and writes them, ``batch_size`` at a time, one transaction each.

    - an input unit whose id was already seen in this run is dropped (the first one wins), so a
      re-run of the same input is stable even when the input repeats an id;
    - ``skip(chunk)`` tells the runner which units need no analysis: stored with the same content
      and not failed (failed ones are tried again, and rewritten only if the result changed).
    """

    def __init__(self, store: DuckDBStore, run_id: str, batch_size: int, on_commit: Callable[[BatchResult], None] | None):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.store = store
        self.run_id = run_id
        self.batch_size = batch_size
        self.on_commit = on_commit
        self.counts: Counter = Counter()  # read, ok, skipped, failed, new, replaced, reanalysed, unchanged, duplicate
        self.replaced_ids: list[str] = []
        self._seen: set[str] = set()
        self._buffer: list[tuple[ArticleRecord, str | None, int]] = []
        self._written = 0
        self._batches = 0
        self._finished = False

    def skip(self, chunk: Sequence[Ingested]) -> list[bool]:
        stored = self.store.lookup([i.article.id for i in chunk])
        out = []
        for ing in chunk:
            aid = ing.article.id
            old = stored.get(aid)
            out.append(aid in self._seen or (old is not None and old[1] != "failed" and old[0] == content_hash(ing.article)))
        return out

    def add(self, ing: Ingested, record: ArticleRecord | None) -> None:
        """Add one input unit's result (``None``: not analysed because ``skip`` said so)."""
        seq = self.counts["read"]
        self.counts["read"] += 1
        aid = ing.article.id
        if aid in self._seen:
            self.counts["duplicate"] += 1
            return
        self._seen.add(aid)
        if record is None:
            self.counts["unchanged"] += 1
            return
        self.counts[record.status] += 1
        self._buffer.append((record, ing.origin, seq))
        if len(self._buffer) >= self.batch_size:
            self.flush()

    def _run_counts(self, extra: Counter | None = None) -> dict[str, int]:
        total = self.counts + extra if extra else self.counts
        return {k: int(total[k]) for k in RUN_COUNTERS}

    def flush(self) -> BatchResult | None:
        """Commit the buffered records in one transaction, together with the run's counters."""
        if not self._buffer:
            return None
        batch, self._buffer = self._buffer, []

        def counters(result: BatchResult) -> dict[str, int]:
            return self._run_counts(result.counts)

        result = self.store.write(
            [b[0] for b in batch],
            [b[1] for b in batch],
            run_id=self.run_id,
            seqs=[b[2] for b in batch],
            run_update=counters,
        )
        self.counts.update(result.counts)
        self.replaced_ids.extend(result.replaced_ids)
        self._written += sum(n for k, n in result.counts.items() if k != "unchanged")
        self._batches += 1
        result.committed_total = self._written
        result.batch_no = self._batches
        if self.on_commit is not None:
            self.on_commit(result)
        return result

    def finish(self, state: str = "completed") -> None:
        if self._finished:
            return
        self._finished = True
        self.store.con.execute(
            "UPDATE runs SET state = ?, finished = ?, "
            + ", ".join(f"n_{k} = ?" for k in self._run_counts())
            + " WHERE run_id = ?",
            [state, _now(), *self._run_counts().values(), self.run_id],
        )
