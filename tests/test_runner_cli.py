"""The runner options on the command line: limits reach the pipeline; --engine ray is checked early."""

from __future__ import annotations

import json

import pytest

from lapwing.cli import main
from lapwing.limits import Limits
from lapwing.runners.cli import limits_from


def _run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    return exc.value.code, out, err


def test_limit_options_reach_the_records(tmp_path, capsys):
    text = "Police arrested twelve men in Kano on Monday. " * 40  # 1,840 characters
    src = tmp_path / "long.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = _run(capsys, "extract", src, "--out", out, "--model", "blank", "--truncate-chars", 500, "-q")
    assert code == 0, err
    record = json.loads(out.read_text().splitlines()[0])
    assert record["status"] == "ok" and record["article"]["text"] == text
    assert any(w.startswith("text truncated: only the first") for w in record["warnings"])
    code, _, err = _run(capsys, "extract", src, "--out", out, "--model", "blank", "--truncate-chars", 0, "-q")
    record = json.loads(out.read_text().splitlines()[0])
    assert code == 0 and not any("truncated" in w for w in record["warnings"])


def test_limits_from_options():
    assert limits_from(None, None, None) == Limits()
    assert limits_from(0, 0, 0) == Limits(truncate_chars=None, max_sentence_tokens=None, time_limit=None)
    assert limits_from(1000, 50, 2.5) == Limits(truncate_chars=1000, max_sentence_tokens=50, time_limit=2.5)


def test_engine_options_are_checked_before_any_work(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("The ministers met in Geneva.", encoding="utf-8")
    code, _, err = _run(capsys, "run", src, "--engine", "ray", "--db", tmp_path / "x.duckdb")
    assert code == 2 and "--out DIR" in err
    code, _, err = _run(capsys, "run", src, "--out", tmp_path / "o", "--db", tmp_path / "x.duckdb")
    assert code == 2 and "--engine ray" in err
    code, _, err = _run(capsys, "run", src, "--engine", "spark", "--db", tmp_path / "x.duckdb")
    assert code == 2 and "local or ray" in err
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("x")
    code, _, err = _run(capsys, "run", src, "--engine", "ray", "--out", used)
    assert code == 2 and "not empty" in err
    assert not (tmp_path / "x.duckdb").exists()  # no store was opened
