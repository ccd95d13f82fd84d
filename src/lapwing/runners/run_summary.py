"""What a run did, and writing a run's records into a store: the parts of ``lapwing run`` and ``lapwing load``
that do not analyse (:mod:`lapwing.runners.local` and :mod:`lapwing.runners.ray_runner` produce the records).

:class:`Summary` counts a run's records and reasons for the end-of-run report; :func:`write_records` hands
``(ingested, record)`` pairs to a store's run writer and closes the run (completed, interrupted by Ctrl-C with
what was analysed kept, or failed), and :class:`_CtrlC` notes a Ctrl-C that lands inside a database statement.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from lapwing.ingest.base import Ingested
from lapwing.schema import ArticleRecord

# -- summaries ---------------------------------------------------------------------------------
_REASON_CUT = re.compile(r" \(|: ")


def reason_key(reason: str) -> str:
    """The general part of a reason, for counting: details after ' (' or ': ' are dropped."""
    return _REASON_CUT.split(reason, maxsplit=1)[0].strip()


@dataclass
class Summary:
    """What a run did, for the end-of-run report."""

    read: int = 0
    status: Counter = field(default_factory=Counter)  # ok / skipped / failed of the records produced
    reasons: Counter = field(default_factory=Counter)  # reason_key -> n
    store: dict[str, int] = field(default_factory=dict)  # new / replaced / reanalysed / unchanged / duplicate
    replaced_ids: list[str] = field(default_factory=list)
    seconds: float = 0.0
    completed: bool = False
    happenings: Any = None  # lapwing.store.happenings.UpdateResult of the run's clustering step

    def add(self, record: ArticleRecord | None) -> None:
        self.read += 1
        if record is None:
            return
        self.status[record.status] += 1
        if record.status != "ok" and record.reason:
            self.reasons[reason_key(record.reason)] += 1

    def top_reasons(self, n: int = 5) -> list[tuple[str, int]]:
        return self.reasons.most_common(n)


class _CtrlC:
    """Ctrl-C during a run, noted even when it lands inside a database statement. DuckDB turns an interrupt
    that arrives while it executes into an error of its own ("Query interrupted"), or loses it under
    Python's default handler; with this handler the press is recorded, and the run stops at the next
    record or reports the engine's error as the interrupt it was."""

    def __init__(self) -> None:
        self.pressed = False
        self.hold = False  # set while a record is being handed to the store: the press waits for ``check``
        self._old: Any = None

    def _handler(self, signum: int, frame: Any) -> None:
        self.pressed = True
        if not self.hold:
            raise KeyboardInterrupt

    def check(self) -> None:
        if self.pressed:
            raise KeyboardInterrupt

    def __enter__(self) -> "_CtrlC":
        if threading.current_thread() is threading.main_thread():
            self._old = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._old is not None:
            signal.signal(signal.SIGINT, self._old)


def write_records(store: Any, writer: Any, pairs: Callable[[], Iterable[tuple[Ingested, Any]]], *,
                  cluster: bool = True, on_item: Callable[[Ingested, Any], None] | None = None,
                  started: float | None = None) -> Summary:
    """Store ``(ingested, record)`` pairs through a run ``writer`` of ``store`` and close the run:
    completed (then the cross-article events are brought up to date), interrupted (Ctrl-C: what was
    analysed is kept) or failed. ``pairs`` is called inside the run, so that an error while reading
    or starting workers still closes it. Shared by ``lapwing run`` and ``lapwing load``."""
    summary = Summary()
    started = time.monotonic() if started is None else started
    state = "failed"
    ctrl_c = _CtrlC()
    try:
        with ctrl_c:
            for ing, record in pairs():
                # (counted and buffered as one step: a press between the two lost an analysed record, and the run
                # counted one article more than it kept)
                ctrl_c.hold = True
                try:
                    writer.add(ing, record)
                    summary.add(record)
                finally:
                    ctrl_c.hold = False
                if on_item is not None:
                    on_item(ing, record)
                ctrl_c.check()
            writer.flush()
            if cluster and hasattr(store, "update_happenings"):
                summary.happenings = store.update_happenings()  # cross-article events, one transaction
        state = "completed"
    except BaseException as exc:
        if not (isinstance(exc, KeyboardInterrupt) or ctrl_c.pressed):
            raise
        writer.flush()  # keep what was analysed (a batch the interrupt rolled back is written again)
        state = "interrupted"
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise KeyboardInterrupt from exc  # the database engine reported the interrupt as its own error
    finally:
        try:
            writer.finish(state)
        except Exception:
            if state == "completed":
                raise  # otherwise the original error matters more
        summary.store = dict(writer.counts)
        summary.replaced_ids = list(writer.replaced_ids)
        summary.seconds = time.monotonic() - started
        summary.completed = state == "completed"
    return summary
