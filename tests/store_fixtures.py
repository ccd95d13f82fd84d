"""Fixtures that run the store tests on both stores: DuckDB (a file in the test's folder) and
PostgreSQL (a throwaway server this test session starts: ``initdb`` into a temporary folder,
``pg_ctl start`` on a free loopback port, stopped at the end; :mod:`lapwing.store.pg_cluster`).

- ``backend``: ``"duckdb"`` or ``"postgresql"`` (a test using it, or ``new_db`` / ``store``, runs once for each);
- ``new_db(name)``: a new, empty store location for the backend: a file path or a database URL;
- ``store``: an open store in a new location;
- ``module_backend`` / ``module_db``: the same, for module-scoped fixtures;
- ``pg_db(name)``: a new PostgreSQL database only (for what DuckDB, one writer per file, cannot do).

Where PostgreSQL is not installed the PostgreSQL half is skipped with the reason; CI installs it
(scripts/system-deps.sh). Set ``LAPWING_TEST_PG_URL`` to a server URL (a superuser's, on a server
you can throw databases at) to use that server instead of starting one.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

BACKENDS = ["duckdb", "postgresql"]
PG_MISSING = ("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): install it with "
              "`apt-get install postgresql` or `bash scripts/system-deps.sh` to run the PostgreSQL store tests")


class _ExternalServer:
    """A server given by LAPWING_TEST_PG_URL: databases are created on it, never dropped."""

    def __init__(self, url: str):
        self.base = url

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.base, autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.base.split("?", 1)[0].rsplit("/", 1)[0] + "/" + name

    def stop(self) -> None:
        pass


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """The PostgreSQL server of this test session (skips where PostgreSQL is not installed)."""
    external = os.environ.get("LAPWING_TEST_PG_URL")
    if external:
        yield _ExternalServer(external)
        return
    from lapwing.store.pg_cluster import TempCluster, find_bin_dir

    if find_bin_dir() is None:
        pytest.skip(PG_MISSING)
    cluster = TempCluster().start()  # a failure here is an error, not a skip: PostgreSQL is installed
    try:
        yield cluster
    finally:
        cluster.stop()


def _db_maker(backend: str, folder: Any, request: pytest.FixtureRequest) -> Callable[[str], str]:
    if backend == "duckdb":
        return lambda name="t": str(folder / f"{name}-{uuid.uuid4().hex[:6]}.duckdb")
    server = request.getfixturevalue("pg_server")
    return lambda name="t": server.create_database(f"lw_{name}_{uuid.uuid4().hex[:10]}".lower())


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def new_db(backend: str, tmp_path: Any, request: pytest.FixtureRequest) -> Callable[[str], str]:
    """``new_db(name)`` -> a new, empty store location (DuckDB file path or PostgreSQL URL)."""
    return _db_maker(backend, tmp_path, request)


@pytest.fixture
def store(new_db: Callable[[str], str]) -> Iterator[Any]:
    """An open, empty store on each backend."""
    from lapwing.store import open_store

    s = open_store(new_db("store"))
    yield s
    s.close()


@pytest.fixture
def pg_db(request: pytest.FixtureRequest, tmp_path: Any) -> Callable[[str], str]:
    """``pg_db(name)`` -> the URL of a new, empty PostgreSQL database."""
    return _db_maker("postgresql", tmp_path, request)


@pytest.fixture(scope="module", params=BACKENDS)
def module_backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def module_db(module_backend: str, tmp_path_factory: Any, request: pytest.FixtureRequest) -> Callable[[str], str]:
    return _db_maker(module_backend, tmp_path_factory.mktemp("stores"), request)


def raw_connection(db: str) -> Any:
    """A plain connection to a store location, bypassing the store (to build old or foreign
    databases): ``.execute(sql, params)`` with ``?`` placeholders and ``.close()``."""
    from lapwing.store import is_postgres_url

    if is_postgres_url(db):
        import psycopg

        from lapwing.store.postgres import PgCursor

        conn = psycopg.connect(db, autocommit=True)

        class _Raw(PgCursor):
            def close(self) -> None:
                super().close()
                conn.close()

        return _Raw(conn)
    import duckdb

    return duckdb.connect(db)


def dialect_of(db: str) -> Any:
    from lapwing.store import is_postgres_url
    from lapwing.store.dialect import DUCKDB, POSTGRES

    return POSTGRES if is_postgres_url(db) else DUCKDB
