"""Provenance guard: no text of ../shared/data in the repository (scripts/provenance_check.py). Sentences in the
small synthetic cases below are written for this test."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "provenance_check.py"
DATA = ROOT.parent / "shared" / "data"


def _module():
    spec = importlib.util.spec_from_file_location("provenance_check", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _repo(tmp_path: Path, files: dict[str, str]) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    for name, text in files.items():
        (repo / name).write_text(text, encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    return repo


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data" / "events" / "toyset"
    d.mkdir(parents=True)
    (d / "gold.txt").write_text(
        "The harbour authority in Tamsk closed the northern pier on Tuesday after a crane collapsed onto a ferry.\n"
        "The minister, who declined to be named, said so.\n", encoding="utf-8")
    return tmp_path / "data"


def test_a_lightly_edited_sentence_is_found_and_a_stock_phrase_is_not(tmp_path, data):
    mod = _module()
    repo = _repo(tmp_path, {
        "t.py": ('s = "The harbour authority in Tamsk closed the northern pier on Friday after a crane collapsed."\n'
                 'ok = "A nurse, who declined to be named, said the ward was full."\n'
                 'fine = "Dock workers in Varna walked out over pay on Monday."\n'),
    })
    found = mod.scan(repo, data, 8, 2, [])
    assert [f.split(":")[:2] for f in found] == [["t.py", "1"]], found
    assert "events/toyset" in found[0]
    # strict mode (one shared 8-gram) also lists nothing for a line that shares fewer than eight words in a row
    assert [f.split(":")[1] for f in mod.scan(repo, data, 8, 1, [])] == ["1"]


def test_the_allowlist_takes_a_line_out_by_path_and_phrase(tmp_path, data):
    mod = _module()
    repo = _repo(tmp_path, {"names.tsv": "The harbour authority in Tamsk closed the northern pier on Tuesday\tX\n"})
    assert mod.scan(repo, data, 8, 2, [])
    assert not mod.scan(repo, data, 8, 2, [("names.tsv", "harbour authority in tamsk")])
    assert mod.scan(repo, data, 8, 2, [("other.tsv", "")])  # another file's rule does not apply


def test_the_repository_holds_no_text_of_the_data():
    if not DATA.is_dir():
        pytest.skip(f"no data folder at {DATA}: the provenance check needs ../shared/data next to the project")
    out = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, "lines that share text with ../shared/data (rewrite them, see CONTRIBUTING.md):\n" \
        + out.stdout
