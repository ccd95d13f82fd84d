"""Plain text (``.txt`` and unknown extensions that decode as text): the whole file is one article.

The text is kept as decoded (see :mod:`lapwing.ingest.common` for the decoding rule), except that
control characters are removed with a warning (:mod:`lapwing.ingest.hygiene`; a few stray NULs do
not make a text file binary); it has no title, date, url or source. Reasons:

- ``file is empty`` (0 bytes), ``file is empty (only whitespace)``;
- ``binary file (PDF document): not a supported input format`` and the like for known binary
  formats, ``binary file: not text or a supported format`` for other binary content;
- decoding problems are warnings, not failures: ``invalid UTF-8 at byte N: decoded with replacement
  characters (K invalid byte sequences)`` or ``file is not UTF-8: decoded as cp1252``.

A very long text is still one article (the pipeline skips texts over its length limit with a
reason); the file is read once.
"""

from __future__ import annotations

from collections.abc import Iterator

from lapwing.ingest.base import Ingested
from lapwing.ingest.common import (
    SNIFF_BYTES,
    binary_kind,
    binary_reason,
    decode_bytes,
    is_blank,
    ok,
    skipped,
)


def article_from_bytes(data: bytes, origin: str) -> Ingested:
    """One text article from a file's bytes."""
    if not data:
        return skipped(origin, "file is empty")
    kind = binary_kind(data[:SNIFF_BYTES])
    if kind is not None:
        return skipped(origin, binary_reason(kind))
    text, warnings = decode_bytes(data)
    if is_blank(text):
        return skipped(origin, "file is empty (only whitespace)", warnings=warnings)
    return ok(origin, text, warnings=warnings)


def read_text(data: bytes, origin: str) -> Iterator[Ingested]:
    yield article_from_bytes(data, origin)
