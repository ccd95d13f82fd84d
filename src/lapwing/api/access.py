"""Access to the DuckDB store from a server with many request threads.

DuckDB allows one writer per database file, and a process that holds the file read-write keeps
every other process out (a read-only open elsewhere is refused while it is held, and the other way
round). So the server holds one **read-only** connection and gives each request its own cursor;
a write (``POST /articles?store=true``) waits for the running reads, closes that connection,
opens the store read-write, writes and clusters in one go, and reopens it read-only. While the
server runs, ``lapwing run`` on the same file from another process fails with a lock error: stop
the server, or send the articles through the API.

A PostgreSQL store (``--db postgresql://...``) has no such limit: each read request takes a
connection of the store's pool, each write request a session of its own, and concurrent writers
(other ``lapwing run`` processes too) are kept apart by the database (docs/storage.md).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from lapwing.store import StoreError, is_postgres_url, open_store


class _RWLock:
    """Many readers or one writer; a waiting writer blocks new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            while self._writing or self._readers:
                self._cond.wait()
            self._waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class StoreAccess:
    def __init__(self, path: str | Path):
        self.path = str(path)
        self._lock = _RWLock()
        self._store: Any = None
        self._shared: Any = open_store(self.path) if is_postgres_url(self.path) else None
        if self._shared is not None:
            return
        if not Path(self.path).exists():  # an empty store, so that reads answer and writes can fill it
            open_store(self.path, create=True).close()
        self._open_read_only()

    def _open_read_only(self) -> None:
        self._store = open_store(self.path, read_only=True, create=False)

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """A cursor of the read-only connection, for one request."""
        if self._shared is not None:
            cur = self._shared.con.cursor()
            try:
                yield cur
            finally:
                cur.close()
            return
        with self._lock.read():
            if self._store is None:  # a failed write left it closed: try again
                self._open_read_only()
            cur = self._store.con.cursor()
            try:
                yield cur
            finally:
                cur.close()

    @contextmanager
    def writing(self) -> Iterator[Any]:
        """The store opened read-write, exclusively; read-only again afterwards."""
        if self._shared is not None:
            with self._shared.session() as store:
                yield store
            return
        with self._lock.write():
            if self._store is not None:
                self._store.close()
                self._store = None
            try:
                store = open_store(self.path, read_only=False, create=True)
            except StoreError:
                self._open_read_only()
                raise
            try:
                yield store
            finally:
                store.close()
                self._open_read_only()

    def close(self) -> None:
        if self._shared is not None:
            self._shared.close()
            return
        with self._lock.write():
            if self._store is not None:
                self._store.close()
                self._store = None
