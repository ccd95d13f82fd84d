"""--out to a device, pipe, terminal or stdout is written directly, never replaced; regular files atomically.

The machine's real /dev/null is only ever checked by path (output_kind), never handed to a writer that
could rename over it: a FIFO, a pseudo-terminal and a link stand in for devices.
"""

from __future__ import annotations

import json
import os
import pty
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from lapwing.export.jsonl import JsonlWriter
from lapwing.outpaths import OutputPathError, open_output, output_kind
from lapwing.schema import Article, ArticleRecord

LAPWING = Path(sys.executable).with_name("lapwing")


def _record(i: int) -> ArticleRecord:
    return ArticleRecord(article=Article(id=f"a{i}", text=f"Sentence number {i}."), status="skipped",
                         reason="written by a test")


def _read_fifo(path: Path, sink: list[bytes]) -> threading.Thread:
    def run() -> None:
        with open(path, "rb") as fh:
            sink.append(fh.read())

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


def test_kinds_by_path():
    assert output_kind("-") == "stdout"
    assert output_kind("/dev/null") == "special"  # a character device: checked by path only
    assert output_kind("/dev/stdout") in ("special", "file")  # a link to fd 1 (a file under pytest capture)


def test_folders_and_missing_folders_are_refused_with_a_hint(tmp_path):
    with pytest.raises(OutputPathError, match="is a folder"):
        output_kind(tmp_path)
    with pytest.raises(OutputPathError, match="does not exist"):
        output_kind(tmp_path / "no" / "out.jsonl")
    with pytest.raises(FileNotFoundError, match="folder"):
        JsonlWriter(tmp_path)


def test_a_fifo_is_written_directly_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    with JsonlWriter(fifo) as writer:
        for i in range(3):
            writer.write(_record(i))
    reader.join(10)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [json.loads(line)["article"]["id"] for line in got[0].splitlines()] == ["a0", "a1", "a2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]  # no temporary file beside it


def test_a_link_to_a_device_is_written_through_and_never_replaced(tmp_path):
    # a pseudo-terminal is a character device that a test may write to; the link stands for /dev/stdout
    master, slave = pty.openpty()
    try:
        link = tmp_path / "tty"
        link.symlink_to(os.ttyname(slave))
        assert output_kind(link) == "special"
        with open_output(link) as fh:
            fh.write(b"hello terminal\n")
        assert link.is_symlink() and stat.S_ISCHR(os.stat(link).st_mode)
        assert b"hello terminal" in os.read(master, 1000)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["tty"]
    finally:
        os.close(master)
        os.close(slave)


def test_dev_null_gets_no_temporary_file_and_no_rename():
    # by path first: only when /dev/null is seen as a device is a writer opened on it
    assert output_kind("/dev/null") == "special"
    writer = JsonlWriter("/dev/null")
    assert writer._tmp is None
    writer.write(_record(1))
    writer.close()
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_regular_file_is_replaced_atomically_and_kept_on_failure(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    with pytest.raises(RuntimeError):
        with JsonlWriter(out) as writer:
            writer.write(_record(1))
            raise RuntimeError("boom")
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    with JsonlWriter(out) as writer:
        writer.write(_record(2))
    assert json.loads(out.read_text())["article"]["id"] == "a2"


def test_a_link_to_a_regular_file_stays_a_link(tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    with JsonlWriter(link) as writer:
        writer.write(_record(3))
    assert link.is_symlink()
    assert json.loads(real.read_text())["article"]["id"] == "a3"


def test_dash_is_stdout(capfdbinary):
    with JsonlWriter("-") as writer:
        writer.write(_record(4))
    assert json.loads(capfdbinary.readouterr().out)["article"]["id"] == "a4"


def test_extract_to_dev_stdout_and_to_a_fifo(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "e1", "text": ""}) + "\n" + json.dumps({"id": "e2", "text": "  "}) + "\n")
    res = subprocess.run([str(LAPWING), "extract", str(src), "--out", "/dev/stdout", "-q"],
                         capture_output=True, timeout=120)
    assert res.returncode == 0, res.stderr.decode()
    assert [json.loads(line)["article"]["id"] for line in res.stdout.splitlines()] == ["e1", "e2"]

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    res = subprocess.run([str(LAPWING), "extract", str(src), "--out", str(fifo), "-q"],
                         capture_output=True, timeout=120)
    reader.join(10)
    assert res.returncode == 0, res.stderr.decode()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [json.loads(line)["article"]["id"] for line in got[0].splitlines()] == ["e1", "e2"]


def test_export_to_a_fifo(tmp_path):
    from lapwing.export.tables import export
    from lapwing.store.duckdb_store import DuckDBStore

    store = DuckDBStore.open(tmp_path / "s.duckdb")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for fmt, table in (("csv", "runs"), ("gdelt-gkg", None)):
        got: list[bytes] = []
        reader = _read_fifo(fifo, got)
        export(store, fmt, str(fifo), table)
        reader.join(10)
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
        if fmt == "csv":
            assert got[0].startswith(b"run_id") or b"," in got[0].splitlines()[0]
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("s.duckdb")) == ["fifo"]
