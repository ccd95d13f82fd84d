"""Checks for user event-pattern files (``LAPWING_PATTERNS``), for ``lapwing lexicons lint``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from lapwing.lexicons import Issue


def user_pattern_paths() -> tuple[Path, ...]:
    """The files named by ``LAPWING_PATTERNS`` (``os.pathsep``-separated)."""
    from lapwing.lexicons.user_patterns import ENV_PATTERNS

    return tuple(Path(p) for p in os.environ.get(ENV_PATTERNS, "").split(os.pathsep) if p.strip())


def lint_user_patterns(files: Iterable[Path]) -> list[Issue]:
    """Load each file as the coder would (format errors stop at the first bad line, which is named) and
    run the shipped patterns' checks on its rows: codes in cameo.tsv, flags, argument specs, frames."""
    from lapwing.extract.events.lexicon_loader import LexiconError
    from lapwing.lexicons.user_patterns import load_user_patterns
    from lapwing.lexicons.event_lint import lint_patterns

    issues: list[Issue] = []
    for f in files:
        f = Path(f)
        if not f.is_file():
            issues.append(Issue(str(f), 0, "error", "missing-file", "pattern file not found"))
            continue
        try:
            patterns = load_user_patterns((str(f),))
        except LexiconError as exc:
            issues.append(Issue(str(f), 0, "error", "malformed-row", str(exc)))
            continue
        for msg in lint_patterns(patterns=patterns):
            issues.append(Issue(str(f), _line_of(msg), "error", "event-pattern", msg.split(": ", 1)[-1]))
    return issues


def _line_of(msg: str) -> int:
    head = msg.split(" ", 1)[0]
    try:
        return int(head.rsplit(":", 1)[-1])
    except ValueError:
        return 0
