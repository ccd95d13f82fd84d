"""The store interface (:class:`Store`) and everything its two implementations share.

A store is opened with :func:`lapwing.store.open_store`: a DuckDB file
(:class:`~lapwing.store.duckdb_store.DuckDBStore`, the default) or a PostgreSQL database
(:class:`~lapwing.store.postgres.PostgresStore`). Both have the same tables and migrations
(:mod:`lapwing.store.schema`), write records the same way and run the same SQL: ``store.con``
takes ``?`` placeholders on both (``con.execute(sql, params).fetchall()``), so the queries
(:mod:`lapwing.store.queries`), the cross-article events and the exports run unchanged. What
differs lives in :mod:`lapwing.store.dialect` and in the two small classes.

Identity: an article is its ``id`` plus the hash of its content (id, title, text, published, url,
source). Writing an article already stored with the same content changes nothing; with changed
content its rows are replaced. Every batch is written in one transaction.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson

from lapwing import __version__
from lapwing.schema import ArticleRecord
from lapwing.store.dialect import Dialect
from lapwing.store.rows import BatchResult, content_hash, origin_source, part_rows, rebuild, record_json
from lapwing.store.schema import DATA_TABLES, PART_TABLES, StoreError, db_version, now

if TYPE_CHECKING:
    from lapwing.store.happenings import UpdateResult
    from lapwing.store.runwriter import RunWriter

#: What ``lapwing stats`` calls the first part of a reason ("article text is too long (...)").
_REASON_HEAD = re.compile(r"^(.*?)(?: \(|: |$)", re.S)


def article_row(record: ArticleRecord, h: str, rj: str, created: datetime, updated: datetime,
                run_id: str | None, origin: str | None) -> dict[str, Any]:
    """The ``articles`` row of a record (``h``: its content hash, ``rj``: its record_json)."""
    a = record.article
    return {
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
        "created": created,
        "updated": updated,
        "run_id": run_id,
        "origin": origin,
        "tone": record.tone.tone if record.tone else None,
        "warnings": list(record.warnings),
        "model": record.pipeline.get("model"),
    }


class Store(ABC):
    """A Lapwing store. ``con`` runs SQL with ``?`` placeholders; the methods below are the
    interface every runner, command, the service and the exports use."""

    #: the SQL that differs between databases
    dialect: Dialect
    #: what the store is, for messages: a file path, or a URL without its password
    path: str
    read_only: bool
    con: Any

    # -- what each database does its own way -----------------------------------------------------
    @staticmethod
    def stored_text(value: str) -> str:
        """A text as this database keeps it (PostgreSQL: NUL as U+FFFD), to compare with what it returns."""
        return value

    @abstractmethod
    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert many rows (dicts with the same keys) inside the open transaction."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection(s)."""

    @abstractmethod
    def copy_query(self, query: str, path: str, options: str) -> None:
        """Write the result of ``query`` to the file ``path`` with DuckDB's ``COPY ... TO`` and its
        ``options`` (``FORMAT csv, HEADER true``; ``FORMAT json``; ``FORMAT parquet``)."""

    def stream(self, sql: str, params: Sequence[Any] = (), batch: int = 500) -> Iterator[tuple[Any, ...]]:
        """The rows of a query, fetched ``batch`` at a time (PostgreSQL: a server-side cursor)."""
        cur = self.con.cursor()
        try:
            cur.execute(sql, list(params))
            while rows := cur.fetchmany(batch):
                yield from rows
        finally:
            cur.close()

    # -- common ----------------------------------------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return db_version(self.con)

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the database {self.path} was opened read-only")

    def _close_dead_runs(self) -> None:
        self.con.execute(self.dialect.close_dead_runs)

    # -- writing ---------------------------------------------------------------------------------
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

        What is stored is read inside the transaction, after taking the articles' locks where the
        database has several writers (PostgreSQL): two processes writing the same article one
        after the other see each other's rows, and the second one finds it ``unchanged``.
        """
        self._check_writable()
        origins = list(origins) if origins is not None else [None] * len(records)
        seqs = list(seqs) if seqs is not None else list(range(len(records)))
        ids = [r.article.id for r in records]
        if len(set(ids)) != len(ids):
            raise ValueError("article ids must be distinct within a batch")
        prepared = [(r, content_hash(r.article), record_json(r)) for r in records]
        result = BatchResult(actions=[])
        self.con.execute("BEGIN TRANSACTION")
        try:
            if ids and self.dialect.lock_articles:
                self.con.execute(self.dialect.lock_articles, [sorted(ids)])
            stored: dict[str, tuple[str, str, datetime]] = {}
            if ids:
                for aid, h, digest, created in self.con.execute(
                    "SELECT id, content_hash, md5(record_json), created FROM articles "
                    "WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                    [ids],
                ).fetchall():
                    stored[aid] = (h, digest, created)
            stamp = now()
            articles: list[dict[str, Any]] = []
            parts: dict[str, list[dict[str, Any]]] = {t: [] for t in PART_TABLES}
            log: list[dict[str, Any]] = []
            removed: list[str] = []
            for (record, h, rj), origin, seq in zip(prepared, origins, seqs):
                aid = record.article.id
                old = stored.get(self.stored_text(aid))
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
                    removed.append(aid)
                    if action == "replaced":
                        result.replaced_ids.append(aid)
                created = old[2] if old is not None and old[2] else stamp
                articles.append(article_row(record, h, rj, created, stamp, run_id, origin))
                for table, rows in part_rows(record).items():
                    parts[table].extend(rows)
                log.append({"run_id": run_id, "seq": seq, "origin": origin, "source": origin_source(origin),
                            "article_id": aid, "status": record.status, "reason": record.reason,
                            "action": action, "time": stamp})
            if removed:
                for table in PART_TABLES:
                    self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [removed])
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

    def update_happenings(self, full: bool = False) -> "UpdateResult":
        """Cluster the stored event mentions into happenings (only what changed, unless ``full``);
        see :mod:`lapwing.store.happenings`."""
        from lapwing.store.happenings import update_happenings

        self._check_writable()
        return update_happenings(self.con, full=full, lock=self.dialect.lock_clustering, insert=self._insert)

    def start_run(
        self,
        command: str = "run",
        inputs: Sequence[str] = (),
        options: dict[str, Any] | None = None,
        batch_size: int = 100,
        on_commit: Callable[[BatchResult], None] | None = None,
    ) -> "RunWriter":
        """Start a run (a row of ``runs``) and return the writer that buffers and commits its records."""
        from lapwing.store.runwriter import RunWriter

        self._check_writable()
        run_id = f"{now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        if self.dialect.hold_run:
            self.con.execute(self.dialect.hold_run, [run_id])
        self.con.execute(
            "INSERT INTO runs (run_id, command, state, started, inputs, options, lapwing_version) "
            "VALUES (?, ?, 'running', ?, ?, ?, ?)",
            [run_id, command, now(), list(inputs), orjson.dumps(options or {}, default=str).decode(), __version__],
        )
        return RunWriter(self, run_id, batch_size, on_commit)

    def end_run(self, run_id: str, state: str, counts: dict[str, int]) -> None:
        """Record how a run ended, with its counters."""
        self.con.execute(
            "UPDATE runs SET state = ?, finished = ?, " + ", ".join(f"n_{k} = ?" for k in counts) + " WHERE run_id = ?",
            [state, now(), *counts.values(), run_id],
        )
        if self.dialect.release_run:
            self.con.execute(self.dialect.release_run, [run_id])

    # -- reading ---------------------------------------------------------------------------------
    def get_record(self, article_id: str) -> ArticleRecord:
        """The stored record of an article; KeyError if there is none."""
        row = self.con.execute("SELECT text, record_json FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise KeyError(article_id)
        return rebuild(row[0], row[1])

    def iter_records(self) -> Iterator[ArticleRecord]:
        """Every stored record, ordered by article id."""
        for text, rj in self.stream("SELECT text, record_json FROM articles ORDER BY id"):
            yield rebuild(text, rj)

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
        heads: Counter = Counter()
        for reason, n in q("SELECT reason, count(*) FROM articles WHERE reason IS NOT NULL GROUP BY reason").fetchall():
            heads[_REASON_HEAD.match(reason).group(1).strip()] += n  # type: ignore[union-attr]
        reasons = sorted(heads.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        cameo = q(
            "SELECT left(cameo, 2) AS root, count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, root LIMIT ?",
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
