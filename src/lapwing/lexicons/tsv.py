"""Reading Lapwing's tab-separated lexicon files: one shared reader, one error format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def rows(path: str | Path, ncols: int) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line_number, stripped_columns)`` for each data row of ``path``.

    Blank lines and lines starting with ``#`` are skipped. A row with another number of
    columns raises ``ValueError("PATH:LINE: expected N tab-separated columns, got M")``.
    """
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != ncols:
                raise ValueError(f"{path}:{lineno}: expected {ncols} tab-separated columns, got {len(parts)}")
            yield lineno, [p.strip() for p in parts]
