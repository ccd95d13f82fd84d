"""Helpers shared by the speed-path test files: count the work a call does, which machine load does not move."""

from __future__ import annotations

import cProfile
import pstats


def tokens_made(fn) -> int:
    """How many spaCy ``Token`` objects ``fn()`` makes (``Token.cinit`` calls, as cProfile counts them)."""
    prof = cProfile.Profile()
    prof.enable()
    try:
        fn()
    finally:
        prof.disable()
    return sum(v[1] for k, v in pstats.Stats(prof).stats.items() if k[2] == "cinit")
