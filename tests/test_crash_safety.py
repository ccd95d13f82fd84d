"""Crash safety: `lapwing run` killed with SIGKILL at random moments 20 times (and with --jobs 2), re-run
each time; the store ends equal to one clean run, cross-article tables included (bench/crash_kill.py,
which runs the longer check: python bench/crash_kill.py)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "crash_kill.py"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX) to start the killed runs")


def _crash_kill():
    spec = importlib.util.spec_from_file_location("crash_kill", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_twenty_kills_lose_nothing_and_double_nothing():
    crash_kill = _crash_kill()
    result = crash_kill.check(kills=20, kills_jobs2=2, seed=20261202, log=lambda *_: None)
    one, two = result["jobs1"], result["jobs2"]
    assert one["kills"] >= 20 and two["kills"] >= 2
    assert one["trials_equal"] == one["trials"] and two["trials_equal"] == two["trials"]
    assert one["runs_left_running"] == 0 and two["runs_left_running"] == 0


def test_the_comparison_sees_a_lost_and_a_doubled_row(tmp_path):
    """The check itself can fail: a store missing an article, or with a mention twice, differs."""
    import duckdb

    crash_kill = _crash_kill()
    db = tmp_path / "s.duckdb"
    con = duckdb.connect(str(db))
    for table in crash_kill.TABLES:
        con.execute(f"CREATE TABLE {table} (article_id VARCHAR, created TIMESTAMP, n INTEGER)")
    con.execute("INSERT INTO happening_mentions VALUES ('a', now(), 1), ('b', now(), 2)")
    con.close()
    want = crash_kill.snapshot(db)
    assert crash_kill.differences(want, want) == []
    lost = {**want, "happening_mentions": want["happening_mentions"][:1]}
    doubled = {**want, "happening_mentions": want["happening_mentions"] + want["happening_mentions"][:1]}
    assert "1 missing" in crash_kill.differences(lost, want)[0]
    assert "1 different or extra" in crash_kill.differences(doubled, want)[0]
