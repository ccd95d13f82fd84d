"""How the local runner cuts its input into the chunks it hands to worker processes.

Chunks of a fixed size keep the workers' batches full, but at the end of the input the worker that
takes the last full chunk works on alone while the others have nothing left: on average half a chunk
of one worker's time is lost per run (some 0.5 s of a 6 s run over the 89 VOA benchmark stories in
chunks of 8 with two workers, docs/performance.md). :func:`worker_chunks` reads a window of units
ahead; while the input goes on, it hands out full chunks, and once the input has ended it
hands out ever smaller ones (about ``1 / (2 * workers)`` of what is left, at least one unit), so that
the workers finish close together ("guided" scheduling). The window is two chunks: when the input
ends, the last one to two chunks' worth of units go out in small chunks; the parent keeps two chunks per worker
in flight, in order, so those run last; and the input is read at most one chunk further ahead than with fixed
chunks. The units come out in input order, each exactly once, whatever the sizes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

__all__ = ["tail_size", "worker_chunks"]


def tail_size(left: int, size: int, workers: int) -> int:
    """The size of the next chunk when ``left`` units are all that is left of the input: about a
    ``2 * workers``-th of them (rounded up), at most ``size``, at least one."""
    share = -(-left // (2 * workers))  # ceil
    return max(1, min(size, share))


def worker_chunks(items: Iterable[T], size: int, workers: int) -> Iterator[list[T]]:
    """``items`` in chunks of ``size``, the last ones smaller when ``workers > 1`` (see the module's note).

    With one worker this is the plain fixed-size chunking (the last chunk holds what is left)."""
    it = iter(items)
    if workers <= 1:
        while chunk := list(islice(it, size)):
            yield chunk
        return
    window = 2 * size  # what is left once the input ends: between one and two chunks, handed out in small ones
    buf: deque[T] = deque(islice(it, window))
    ended = len(buf) < window  # the whole rest of the input is in the window
    while buf:
        n = tail_size(len(buf), size, workers) if ended else size
        chunk = [buf.popleft() for _ in range(min(n, len(buf)))]
        if not ended:
            more = list(islice(it, n))
            buf.extend(more)
            ended = len(more) < n
        yield chunk
