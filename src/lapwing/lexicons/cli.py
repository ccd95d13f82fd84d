"""`lapwing lexicons ...` commands (mounted by the main CLI as `lapwing lexicons`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(help="Country, agent and actor lexicons: check, count, look up.", no_args_is_help=True)


@app.command("lint")
def lint_cmd(
    actors: Optional[list[Path]] = typer.Option(
        None, "--actors", help="A user actor file to check as well (repeatable). Default: the files named by "
                               "LAPWING_ACTORS."),
    agents: Optional[list[Path]] = typer.Option(
        None, "--agents", help="A user agent file to check as well (repeatable). Default: LAPWING_AGENTS."),
    strict: bool = typer.Option(False, "--strict", help="Fail on warnings too."),
) -> None:
    """Check the shipped lexicons (and user files): malformed rows, duplicate keys, unknown codes, bad dates.

    Exit status 1 when there are errors (or warnings with --strict)."""
    from lapwing.lexicons import actor_paths, agent_paths
    from lapwing.lexicons.lint import lint

    issues = lint(actors if actors else actor_paths(), agents if agents else agent_paths())
    for issue in issues:
        typer.echo(str(issue), err=issue.severity == "error")
    errors = sum(1 for i in issues if i.severity == "error")
    warnings = len(issues) - errors
    typer.echo(f"lexicons: {errors} error(s), {warnings} warning(s)")
    if errors or (strict and warnings):
        raise typer.Exit(1)


@app.command("stats")
def stats_cmd(json_out: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """How many countries, IGOs, agent words and actors the shipped lexicons hold."""
    from lapwing.lexicons import sizes

    s = sizes()
    if json_out:
        typer.echo(json.dumps(s))
        return
    for k, v in s.items():
        typer.echo(f"{k:16} {v:6,}")


@app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="A name or variant, e.g. 'Guaido'."),
    on: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) to code for."),
    actors: Optional[list[Path]] = typer.Option(None, "--actors", help="A user actor file (repeatable)."),
) -> None:
    """How the actor dictionary codes NAME on a date."""
    from lapwing.lexicons import actor_paths, lookup_actor

    coding = lookup_actor(name, on, actors if actors else actor_paths())
    if coding is None:
        typer.echo(f"{name}: not in the actor dictionary (or ambiguous on that date)")
        raise typer.Exit(1)
    term = "" if coding.in_term else " (outside every dated role: country only)"
    typer.echo(f"{name}: {coding.name} country={coding.country or '-'} sector={coding.sector or '-'}{term}")
