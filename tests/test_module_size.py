"""Every module of the package stays below 500 lines: past that it is doing several jobs and is split by job."""

from __future__ import annotations

from pathlib import Path

import lapwing

LIMIT = 500


def test_no_module_reaches_the_limit():
    root = Path(lapwing.__file__).parent
    modules = sorted(root.rglob("*.py"))
    assert len(modules) > 100  # the whole package is walked, not an empty folder
    too_long = {str(p.relative_to(root)): n for p in modules if (n := len(p.read_text(encoding="utf-8").splitlines())) >= LIMIT}
    assert not too_long, f"split these modules by job: {too_long}"


def test_the_command_line_is_split_by_job():
    from lapwing import cli, cli_read, cli_support

    names = {c.name or c.callback.__name__ for c in cli.app.registered_commands}
    assert {"extract", "run", "serve", "show", "stats", "export"} <= names
    assert cli_read.highlighted.__module__ == "lapwing.cli_read"
    assert cli.fail is cli_support.fail  # one error path for every command
