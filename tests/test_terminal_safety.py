"""Article text cannot drive the terminal: escape sequences in a stored article (clear screen, set the
window title, colours, C1 CSI) are printed by `lapwing show`, `events`, `events show`, `actors` and
`stats` without their control characters, while the console's own styling still works. The record
itself keeps the text as given. The article is written for this test."""

from __future__ import annotations

import io
import json

import pytest
from rich.text import Text
from typer.testing import CliRunner

from lapwing.cli import app as cli_app
from lapwing.store import open_store
from lapwing.termsafe import SafeConsole, terminal_safe

ESCAPES = ["\x1b[2J", "\x1b]0;owned\x07", "\x1b[31m", "\x9b2J", "\x08\x08"]
ARTICLE = {"id": "esc-1", "title": "Riot \x1b]0;owned\x07 police", "source": "Wire\x1b[31m Red",
           "text": "Police arrested 30 protesters in Nairobi \x1b[2J\x1b[31mon Sunday, officials \x9b2Jsaid."}


def test_terminal_safe_removes_controls_and_keeps_text():
    assert terminal_safe("a\x1b[2Jb\x07c\x9bd\x7fe") == "a[2Jbcde"
    assert terminal_safe("line one\nline\ttwo «ü» 東京") == "line one\nline\ttwo «ü» 東京"


def test_the_console_keeps_its_own_styles_and_drops_the_content_escapes():
    buf = io.StringIO()
    con = SafeConsole(file=buf, force_terminal=True, color_system="standard", width=80)
    con.print(Text("Nairobi \x1b[2J\x1b]0;owned\x07 Sunday", style="bold red"))
    out = buf.getvalue()
    assert "\x1b[1;31m" in out  # rich's styling
    assert "\x1b[2J" not in out and "\x1b]0;" not in out and "\x07" not in out
    assert "Nairobi [2J]0;owned Sunday" in out


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from lapwing.runners.local import PipelineOptions, run_into_store

    tmp = tmp_path_factory.mktemp("esc")
    src = tmp / "esc.jsonl"
    src.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    path = str(tmp / "esc.duckdb")
    with open_store(path) as st:
        run_into_store([src], st, PipelineOptions())
        rec = st.get_record("esc-1")
    assert rec.article.text == ARTICLE["text"]  # kept as given
    assert rec.events, "the arrest was not found"
    return path


def _run(args: list[str]) -> str:
    res = CliRunner().invoke(cli_app, args)
    assert res.exit_code == 0, res.output
    return res.output


@pytest.mark.parametrize("args", [["show", "esc-1"], ["events"], ["actors"], ["stats"]])
def test_commands_print_no_control_sequence_from_the_article(db, args):
    out = _run([*args, "--db", db])
    for seq in ESCAPES:
        assert seq not in out, (args, seq)
    assert "\x1b" not in out and "\x9b" not in out


def test_events_show_prints_the_sentence_without_its_escapes(db):
    rows = json.loads(_run(["events", "--db", db, "--format", "json"]))
    rows = rows["events"] if isinstance(rows, dict) else rows
    out = _run(["events", "--db", db, "show", rows[0]["event_id"]])
    assert "Nairobi [2J[31mon Sunday" in out
    assert "\x1b" not in out and "\x9b" not in out
