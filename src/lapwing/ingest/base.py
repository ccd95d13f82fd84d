"""What ingestion hands to the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from lapwing.schema import Article


class InputError(Exception):
    """The run itself cannot happen (a path that does not exist, an unreadable folder).

    The CLI prints ``str(exc)`` as one line on stderr and exits non-zero.
    """


@dataclass
class Ingested:
    """One article read from an input, or the reason it could not be read.

    ``article`` is always present so that every input unit yields exactly one record;
    for an unreadable unit it carries a stable id derived from the origin and empty text.
    """

    article: Article
    origin: str  # e.g. "examples/feed.xml#3", "examples/a.jsonl:12", "-:4"
    status: Literal["ok", "skipped", "failed"] = "ok"
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
