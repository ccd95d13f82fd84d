"""Bounded work: how much of an article is analysed, how long a sentence may be, how long an article may take.

Three limits keep one pathological article from stalling a batch (docs/performance.md):

- ``truncate_chars``: only the first N characters of a longer text are analysed; the record keeps
  the whole text (offsets stay valid) and says so in a warning. ``max_chars`` (in
  :mod:`lapwing.pipeline`) still skips absurdly long texts outright.
- ``max_sentence_tokens``: a run of more tokens than this without a sentence end is cut into pieces
  before the parse (the parser keeps boundaries set before it runs), so the parse and the
  extractors, some of which grow faster than linearly with sentence length, stay bounded.
- ``time_limit``: seconds of CPU time one article may take (its parse and extractors). In the
  process that analyses it this is a CPU-time timer (:func:`deadline`), so that an article's status
  does not depend on how busy the machine is; the local runner's parent also kills a worker that does
  not answer within the limit plus a grace period (wall-clock time), so even a hang in C code or a
  blocked call costs one article.
"""

from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Characters analysed per article by default (a long news article is 20,000).
TRUNCATE_CHARS = 200_000
#: Longest run of tokens without a sentence end that is parsed as one sentence.
MAX_SENTENCE_TOKENS = 200
#: Seconds one article may take by default.
TIME_LIMIT = 60.0

#: ``doc.user_data`` key: how many cuts :func:`split_long_runs` made.
SPLITS_KEY = "lapwing_sentence_splits"

_ENDS = frozenset({".", "!", "?", "...", "\u2026"})
_SOFT_CUTS = frozenset({";", ",", ":", "\u2013", "\u2014", "-", "--"})
_CONJUNCTIONS = frozenset({"and", "but", "while", "or", "because", "although", "whereas", "as"})


@dataclass(frozen=True)
class Limits:
    """The limits one pipeline applies; ``None`` or 0 turns a limit off."""

    truncate_chars: int | None = TRUNCATE_CHARS
    max_sentence_tokens: int | None = MAX_SENTENCE_TOKENS
    time_limit: float | None = TIME_LIMIT

    def __post_init__(self) -> None:
        if self.truncate_chars is not None and self.truncate_chars < 0:
            raise ValueError("truncate_chars must be positive (or None for no limit)")
        if self.max_sentence_tokens is not None and 0 < self.max_sentence_tokens < 10:
            raise ValueError("max_sentence_tokens must be at least 10 (or None for no limit)")
        if self.time_limit is not None and self.time_limit < 0:
            raise ValueError("time_limit must be positive (or None for no limit)")


NO_LIMITS = Limits(truncate_chars=None, max_sentence_tokens=None, time_limit=None)


class ArticleTimeout(Exception):
    """An article took longer than its time limit."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


def timeout_reason(seconds: float, grace: float | None = None) -> str:
    """The reason of an article stopped by its timer, or (``grace`` given) whose worker the parent
    killed for not answering within the limit plus ``grace`` seconds of wall-clock time."""
    if grace is not None:
        return (
            f"the worker analysing this article did not answer within the time limit of {seconds:g} s per article "
            f"plus {grace:g} s and was stopped (a hang; raise --time-limit to allow more, or split the article)"
        )
    return (
        f"analysis took longer than the time limit of {seconds:g} s of CPU time per article; it was stopped "
        "(raise --time-limit to allow more, or split the article)"
    )


def truncation_point(text: str, limit: int) -> int:
    """Where to cut ``text`` to at most ``limit`` characters: after the last whitespace in the last
    tenth (at least 100 characters) of the allowed text, so no word is cut in half; else at ``limit``."""
    if len(text) <= limit:
        return len(text)
    floor = max(0, limit - max(100, limit // 10))
    for i in range(limit, floor, -1):
        if text[i - 1].isspace():
            return i
    return limit


def truncation_warning(full: int, kept: int) -> str:
    return (
        f"text truncated: only the first {kept:,} of {full:,} characters were analysed "
        "(raise --truncate-chars to analyse more)"
    )


def split_long_runs(doc: "Doc", max_tokens: int | None) -> int:
    """Mark sentence starts so that no run of more than ``max_tokens`` tokens lacks a sentence end.

    For an unparsed doc (before the parser or sentence splitter). A run is cut after the last comma,
    semicolon or dash, or before the last conjunction, in its final quarter, else at the limit.
    Returns the number of cuts (also left in ``doc.user_data[SPLITS_KEY]``).
    """
    n = len(doc)
    if not max_tokens or n <= max_tokens:
        return 0
    from spacy.attrs import IS_SPACE, LOWER, ORTH, SENT_START

    from lapwing.nlp.hash_strings import strings_of

    # each token's text, lower-case form, whitespace flag and sentence-start mark, read from the document's
    # attribute array rather than from one ``Token`` per position (speed only; a mark set below is never read
    # again: the scan goes on after it)
    strings = doc.vocab.strings
    orths, lowers, space, marks = doc.to_array([ORTH, LOWER, IS_SPACE, SENT_START]).T.tolist()
    text = strings_of(doc, orths)
    starts = [m == 1 for m in marks]
    cuts = 0
    start = 0  # first token of the current run
    window = max(1, max_tokens // 4)
    i = 0
    while i < n:
        if i > start and starts[i]:
            start = i
        elif text[i] in _ENDS or (space[i] and "\n" in text[i]):
            start = i + 1
        elif i - start + 1 > max_tokens:
            cut = i
            for k in range(i - 1, max(start, i - window), -1):
                if text[k] in _SOFT_CUTS:
                    cut = k + 1
                    break
                if strings[lowers[k]] in _CONJUNCTIONS:
                    cut = k
                    break
            doc[cut].is_sent_start = True
            cuts += 1
            start = cut
            i = cut
        i += 1
    doc.user_data[SPLITS_KEY] = cuts
    return cuts


def split_warning(cuts: int, max_tokens: int) -> str:
    return (
        f"{cuts:,} over-long sentence piece(s): runs of more than {max_tokens:,} tokens without a sentence "
        "end were cut before the parse (--max-sentence-tokens)"
    )


def can_time() -> bool:
    """Whether :func:`deadline` can interrupt here: a POSIX timer signal, in the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the body after ``seconds`` of this process's CPU time (a no-op
    where timers cannot interrupt: no limit, not the main thread, no ``SIGPROF``). Not re-entrant: an
    inner deadline replaces an outer one until it ends."""
    if not seconds or seconds <= 0 or not math.isfinite(seconds) or not can_time():
        yield
        return

    def _fire(signum: int, frame: object) -> None:
        raise ArticleTimeout(seconds)

    previous = signal.signal(signal.SIGPROF, _fire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
