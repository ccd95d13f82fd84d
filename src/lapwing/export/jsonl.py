"""JSON Lines output: one ArticleRecord per line (orjson), to a file or to stdout.

A regular file is written under a temporary name next to it and renamed into place when the writer
is closed without error, so ``--out FILE`` is either the complete output or left as it was; a device,
pipe or terminal (``/dev/null``, ``/dev/stdout``, a FIFO) is written directly, never replaced
(:mod:`lapwing.outpaths`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from lapwing.outpaths import STDOUT as STDOUT, OutputPathError, output_kind, partial_path
from lapwing.schema import ArticleRecord

__all__ = ["STDOUT", "JsonlWriter", "read_jsonl", "write_jsonl"]


class JsonlWriter:
    """``with JsonlWriter(path) as w: w.write(record)``; ``path`` ``-`` is stdout."""

    def __init__(self, path: str | Path, *, atomic: bool = True):
        self.path = str(path)
        self.count = 0
        self._tmp: Path | None = None
        self._fh: IO[bytes]
        try:
            kind = output_kind(self.path)
        except OutputPathError as exc:
            raise FileNotFoundError(str(exc)) from None
        if kind == "stdout":
            self._fh = sys.stdout.buffer
            self._own = False
        else:
            self._target = Path(os.path.realpath(self.path)) if kind == "file" else Path(self.path)
            self._tmp = partial_path(self.path) if atomic and kind == "file" else None
            self._fh = open(self._tmp or self.path, "wb")
            self._own = True

    def write(self, record: ArticleRecord) -> None:
        self._fh.write(record.to_json())
        self._fh.write(b"\n")
        self.count += 1

    def write_raw(self, line: bytes) -> None:
        self._fh.write(line.rstrip(b"\n"))
        self._fh.write(b"\n")
        self.count += 1

    def close(self, ok: bool = True) -> None:
        if not self._own:
            self._fh.flush()
            return
        self._fh.close()
        if self._tmp is not None:
            if ok:
                os.replace(self._tmp, self._target)
            else:
                self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, exc_type: Any, *exc: Any) -> None:
        self.close(ok=exc_type is None)


def write_jsonl(records: Iterable[ArticleRecord], path: str | Path) -> int:
    """Write records to ``path`` (``-``: stdout); returns how many."""
    with JsonlWriter(path) as writer:
        for record in records:
            writer.write(record)
    return writer.count


def read_jsonl(path: str | Path) -> list[ArticleRecord]:
    """Read records written by :func:`write_jsonl`."""
    with open(path, "rb") as fh:
        return [ArticleRecord.from_json(line) for line in fh if line.strip()]
