"""Ctrl-C during a run: a batch whose transaction the interrupt rolled back is written by the final flush,
and an interrupt that the database engine reports as its own error ("Query interrupted") still ends the
run as interrupted, with what was analysed kept."""

from __future__ import annotations

import os
import signal
from types import SimpleNamespace

import pytest

from lapwing.runners.local import _CtrlC, write_records
from lapwing.store.runwriter import RunWriter


class _FlakyStore:
    """A store whose first write fails the way an interrupted DuckDB statement does."""

    def __init__(self, fail_first: BaseException):
        self.fail = fail_first
        self.written: list[str] = []

    def write(self, records, origins, *, run_id=None, seqs=None, run_update=None):
        if self.fail is not None:
            exc, self.fail = self.fail, None
            raise exc
        self.written += [r.article.id for r in records]
        return SimpleNamespace(counts={}, replaced_ids=[])


def _item(i):
    rec = SimpleNamespace(article=SimpleNamespace(id=f"a{i}"), status="ok")
    return SimpleNamespace(article=SimpleNamespace(id=f"a{i}"), origin=None), rec


def test_a_rolled_back_batch_stays_buffered_for_the_next_flush():
    store = _FlakyStore(RuntimeError("Query interrupted"))
    w = RunWriter(store, "run1", batch_size=10, on_commit=None)
    for i in range(3):
        w.add(*_item(i))
    with pytest.raises(RuntimeError):
        w.flush()
    w.flush()
    assert store.written == ["a0", "a1", "a2"]


class _Writer:
    def __init__(self):
        self.flushed, self.added, self.state = 0, [], None
        self.counts, self.replaced_ids = {}, []

    def add(self, ing, record):
        self.added.append(ing.article.id)

    def flush(self):
        self.flushed += 1

    def finish(self, state):
        self.state = state


def test_ctrl_c_inside_a_database_error_ends_the_run_as_interrupted():
    writer = _Writer()

    def pairs():
        yield _item(0)
        os.kill(os.getpid(), signal.SIGINT)  # the press lands in the handler the run installed ...
        raise RuntimeError("Query interrupted")  # ... while the engine reports it as its own error

    with pytest.raises(KeyboardInterrupt):
        write_records(SimpleNamespace(), writer, pairs, cluster=False)
    assert writer.state == "interrupted" and writer.added == ["a0"] and writer.flushed >= 1


def test_other_errors_still_fail_the_run():
    writer = _Writer()

    def pairs():
        yield _item(0)
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_records(SimpleNamespace(), writer, pairs, cluster=False)
    assert writer.state == "failed"


def test_the_handler_is_removed_after_the_run():
    before = signal.getsignal(signal.SIGINT)
    with _CtrlC():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before
