"""The PostgreSQL store: the same tables, migrations and SQL as the DuckDB store, on a server that
many writers and readers share (``--db postgresql://user@host/dbname`` or ``LAPWING_DB``).

- connections come from a psycopg_pool pool; ``store.con`` holds one for the store's lifetime,
  ``store.con.cursor()`` takes another one from the pool (one per API request thread) and gives it
  back on ``close()``;
- ``store.con`` takes the store's ``?`` placeholders (:func:`lapwing.store.dialect.to_pyformat`)
  and runs in autocommit mode, with explicit ``BEGIN``/``COMMIT`` around each batch, exactly as
  the DuckDB connection does;
- several processes may write at once: each batch first takes an advisory lock per article id
  (:data:`lapwing.store.dialect.POSTGRES`), so two writers of one article are serialised and the
  second finds it stored; the clustering update and the migrations take one lock each;
- exports and ``iter_records`` read through server-side cursors (:meth:`PostgresStore.stream`);
- rows are inserted with ``COPY ... FROM STDIN``; NUL, which a PostgreSQL text cannot hold, is
  U+FFFD in the text columns (the record keeps such an article's text: :func:`lapwing.store.rows.record_json`).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import orjson
import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from lapwing.store.base import Store
from lapwing.store.dialect import POSTGRES, to_pyformat
from lapwing.store.rows import nul_free
from lapwing.store.schema import SCHEMA_VERSION, StoreError, db_version, migrate

URL_PREFIXES = ("postgresql://", "postgres://")


def is_postgres_url(db: object) -> bool:
    """Does ``--db`` name a PostgreSQL database (rather than a DuckDB file)?"""
    return isinstance(db, str) and db.startswith(URL_PREFIXES)


def display_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


class PgCursor:
    """A DuckDB-like cursor over one psycopg connection: ``execute(sql, params)`` with ``?``
    placeholders returns itself, then ``fetchone`` / ``fetchall`` / ``fetchmany`` / ``description``."""

    def __init__(self, conn: psycopg.Connection, pool: ConnectionPool | None = None):
        self._conn = conn
        self._pool = pool  # where the connection goes back on close() (None: not ours to return)
        self._cur = conn.cursor()

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> "PgCursor":
        # NUL as U+FFFD, as in the stored rows: a PostgreSQL text cannot hold it, and a filter, an id or
        # a title with NUL (from a request or a scraped page) must match or miss, not fail.
        self._cur.execute(to_pyformat(sql), [nul_free(p) for p in params or ()])
        return self

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> "PgCursor":
        self._cur.executemany(to_pyformat(sql), [[nul_free(p) for p in row] for row in rows])
        return self

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._cur.fetchone()

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._cur.fetchall()

    def fetchmany(self, size: int = 1) -> list[tuple[Any, ...]]:
        return self._cur.fetchmany(size)

    @property
    def description(self) -> Any:
        return self._cur.description

    @property
    def connection(self) -> psycopg.Connection:
        return self._conn

    def cursor(self) -> "PgCursor":
        """A cursor on a connection of its own from the pool (give it back with ``close()``)."""
        if self._pool is None:
            raise StoreError("this PostgreSQL connection has no pool to take another connection from")
        return PgCursor(self._pool.getconn(), self._pool)

    def close(self) -> None:
        self._cur.close()
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.putconn(self._conn)


class PgConnection(PgCursor):
    """The store's own connection: like a cursor, but ``close()`` leaves the connection to the store."""

    def __init__(self, conn: psycopg.Connection, pool: ConnectionPool):
        super().__init__(conn, None)
        self._own_pool = pool

    def cursor(self) -> PgCursor:
        return PgCursor(self._own_pool.getconn(), self._own_pool)

    def close(self) -> None:
        self._cur.close()


#: PostgreSQL type OIDs -> DuckDB types, for exports written by DuckDB's COPY.
_DUCK_TYPES = {16: "BOOLEAN", 17: "BLOB", 20: "BIGINT", 21: "SMALLINT", 23: "INTEGER", 25: "VARCHAR",
               700: "FLOAT", 701: "DOUBLE", 1043: "VARCHAR", 1082: "DATE", 1114: "TIMESTAMP",
               1184: "TIMESTAMPTZ", 1700: "DOUBLE", 1009: "VARCHAR[]", 1015: "VARCHAR[]"}


class PostgresStore(Store):
    """A Lapwing store in a PostgreSQL database. Use :func:`lapwing.store.open_store` to open one."""

    dialect = POSTGRES
    stored_text = staticmethod(nul_free)

    def __init__(self, pool: ConnectionPool, url: str, read_only: bool, owns_pool: bool = True):
        self.pool = pool
        self.url = url
        self.path = display_url(url)
        self.read_only = read_only
        self._owns_pool = owns_pool
        self._conn: psycopg.Connection | None = pool.getconn()
        self.con = PgConnection(self._conn, pool)

    @contextmanager
    def session(self) -> Iterator["PostgresStore"]:
        """The same store on another connection of the pool, for one thread (the service gives
        each write request one): what ``store.con`` does there does not mix with this one's."""
        other = PostgresStore(self.pool, self.url, self.read_only, owns_pool=False)
        try:
            yield other
        finally:
            other.close()

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, *, read_only: bool = False, create: bool = True, max_connections: int = 8) -> "PostgresStore":
        shown = display_url(url)
        try:
            with psycopg.connect(url, autocommit=True, connect_timeout=10) as conn:
                con = PgCursor(conn)
                version = db_version(con)
                if version == 0 and (read_only or not create):
                    raise StoreError(f"no Lapwing store in the PostgreSQL database {shown} (create one with "
                                     f"`lapwing run INPUT... --db {shown}`)")
                if version != SCHEMA_VERSION:  # also upgrades a store opened read-only, as DuckDB does
                    migrate(con, dialect=POSTGRES,
                            foreign=f"the PostgreSQL database {shown} has other tables and no Lapwing store; "
                                    "give Lapwing a database of its own (createdb lapwing)")
        except psycopg.OperationalError as exc:
            raise StoreError(f"cannot connect to the PostgreSQL database {shown}: {_first_line(exc)} "
                             "(is the server running, and does the database exist? createdb DBNAME makes one)") from exc
        except psycopg.Error as exc:
            raise StoreError(f"cannot use the PostgreSQL database {shown}: {_first_line(exc)}") from exc

        def configure(conn: psycopg.Connection) -> None:
            if read_only:
                conn.execute("SET default_transaction_read_only = on")

        pool = ConnectionPool(url, min_size=1, max_size=max_connections, kwargs={"autocommit": True},
                              configure=configure, open=False, name=f"lapwing-{uuid.uuid4().hex[:6]}")
        try:
            pool.open(wait=True, timeout=30)
        except PoolTimeout as exc:
            pool.close()
            raise StoreError(f"cannot connect to the PostgreSQL database {shown} (no connection within 30 s)") from exc
        store = cls(pool, url, read_only)
        if not read_only:
            store._close_dead_runs()
        return store

    def close(self) -> None:
        if self.pool.closed or self._conn is None:
            return
        self.con.close()
        conn, self._conn = self._conn, None
        self.pool.putconn(conn)
        if self._owns_pool:
            self.pool.close()

    # -- PostgreSQL's own ------------------------------------------------------------------------
    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert many rows with ``COPY ... FROM STDIN`` on the store's connection (inside its transaction)."""
        if not rows:
            return
        cols = list(rows[0])
        with self._conn.cursor() as cur:
            with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([nul_free(row[c]) for c in cols])  # text columns cannot hold NUL

    def stream(self, sql: str, params: Sequence[Any] = (), batch: int = 500) -> Iterator[tuple[Any, ...]]:
        """The rows of a query through a server-side cursor, on a connection of their own."""
        conn = self.pool.getconn()
        try:
            with conn.transaction():
                with conn.cursor(name=f"lapwing_{uuid.uuid4().hex[:12]}") as cur:
                    cur.itersize = batch
                    cur.execute(to_pyformat(sql), list(params))
                    yield from cur
        finally:
            self.pool.putconn(conn)

    def copy_query(self, query: str, path: str, options: str) -> None:
        """Rows from a server-side cursor go into an in-memory DuckDB table, which DuckDB's COPY
        writes: the files are the same as a DuckDB store's."""
        import duckdb

        conn = self.pool.getconn()
        sink = duckdb.connect()
        try:
            with conn.transaction():
                with conn.cursor(name=f"lapwing_export_{uuid.uuid4().hex[:12]}") as cur:
                    cur.itersize = 5000
                    cur.execute(to_pyformat(query), [])
                    rows = cur.fetchmany(5000)
                    desc = cur.description or []
                    types = {d.name: _DUCK_TYPES.get(d.type_code, "VARCHAR") for d in desc}
                    body = ", ".join(f'"{n}" {t}' for n, t in types.items())
                    sink.execute(f"CREATE TABLE t ({body})")
                    structure = orjson.dumps([types]).decode().replace("'", "''")
                    names = list(types)
                    while rows:
                        doc = orjson.dumps([dict(zip(names, r)) for r in rows], default=str).decode()
                        sink.execute(f"INSERT INTO t SELECT unnest(from_json(?::JSON, '{structure}'), recursive := true)", [doc])
                        rows = cur.fetchmany(5000)
            quoted = path.replace("'", "''")
            sink.execute(f"COPY (SELECT * FROM t) TO '{quoted}' ({options})")
        finally:
            sink.close()
            self.pool.putconn(conn)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


__all__ = ["PostgresStore", "PgConnection", "PgCursor", "display_url", "is_postgres_url"]
