"""`lapwing lexicons ...` commands (mounted by the main CLI as `lapwing lexicons`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(help="Country, agent, actor and event-pattern lexicons: check, count, look up, import from "
                       "PETRARCH, export.", no_args_is_help=True)


@app.command("lint")
def lint_cmd(
    actors: Optional[list[Path]] = typer.Option(
        None, "--actors", help="A user actor file to check as well (repeatable). Default: the files named by "
                               "LAPWING_ACTORS."),
    agents: Optional[list[Path]] = typer.Option(
        None, "--agents", help="A user agent file to check as well (repeatable). Default: LAPWING_AGENTS."),
    patterns: Optional[list[Path]] = typer.Option(
        None, "--patterns", help="A user event-pattern file to check as well (repeatable). Default: the files "
                                 "named by LAPWING_PATTERNS."),
    strict: bool = typer.Option(False, "--strict", help="Fail on warnings too."),
) -> None:
    """Check the shipped lexicons (and user files): malformed rows, duplicate keys, unknown codes, bad dates.

    Exit status 1 when there are errors (or warnings with --strict)."""
    from lapwing.lexicons import actor_paths, agent_paths
    from lapwing.lexicons.lint import lint
    from lapwing.lexicons.petrarch.lint import lint_user_patterns, user_pattern_paths

    issues = lint(actors if actors else actor_paths(), agents if agents else agent_paths())
    issues += lint_user_patterns(patterns if patterns else user_pattern_paths())
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
    where = f" [{coding.source}]" if coding.source else ""
    typer.echo(f"{name}: {coding.name} country={coding.country or '-'} sector={coding.sector or '-'}{term}{where}")


@app.command("import")
def import_cmd(
    files: list[Path] = typer.Argument(..., help="PETRARCH dictionary files, all of the one --format."),
    fmt: str = typer.Option(..., "--format", help="petrarch-actors | petrarch-agents | petrarch-verbs"),
    out: Path = typer.Option(..., "--out", help="Folder for the Lapwing files (actors.tsv, agents.tsv or "
                                               "patterns.tsv) and the import report."),
    json_out: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Convert PETRARCH actor, agent or verb dictionaries into Lapwing lexicon files (docs/lexicons.md).

    Lines that cannot be read or converted are listed, with file, line and reason, in
    OUT/import-report.FORMAT.tsv; they never stop the import."""
    from lapwing.lexicons.petrarch.importer import FORMATS, import_files

    if fmt not in FORMATS:
        typer.echo(f"lapwing lexicons import: unknown --format {fmt!r}; use one of {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    try:
        result = import_files(fmt, files, out)
    except (FileNotFoundError, NotADirectoryError, PermissionError) as exc:
        typer.echo(f"lapwing lexicons import: {exc}", err=True)
        raise typer.Exit(2)
    s = result.summary()
    if json_out:
        typer.echo(json.dumps(s))
        return
    typer.echo(f"{fmt}: {s['entries']} entries read, {s['rows']} rows written to {s['output']}")
    if fmt == "petrarch-verbs":
        typer.echo(f"patterns: {s['patterns']}, translated {s['translated']}, not translated {s['untranslated']} "
                   f"({s['untranslated_share']:.1%})")
    typer.echo(f"lines not read: {s['unreadable_lines']}; report: {s['report']}")
    env = {"petrarch-actors": "LAPWING_ACTORS", "petrarch-agents": "LAPWING_AGENTS",
           "petrarch-verbs": "LAPWING_PATTERNS"}[fmt]
    typer.echo(f"use it: {env}={s['output']} lapwing run ...   check it: lapwing lexicons lint")


@app.command("export")
def export_cmd(
    fmt: str = typer.Option(..., "--format", help="petrarch-actors | csv | jsonl"),
    out: Optional[Path] = typer.Option(None, "--out", help="Output file (default: standard output)."),
    agents_out: Optional[Path] = typer.Option(
        None, "--agents-out", help="petrarch-actors only: also write the agents as a PETRARCH agent dictionary."),
) -> None:
    """Write Lapwing's actor and agent lexicons (shipped + LAPWING_ACTORS / LAPWING_AGENTS) for other tools."""
    from lapwing.lexicons import actor_paths, agent_paths, load_actors, load_agents
    from lapwing.lexicons.petrarch.export import FORMATS, petrarch_agents, render

    if fmt not in FORMATS:
        typer.echo(f"lapwing lexicons export: unknown --format {fmt!r}; use one of {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    actors = list(load_actors(actor_paths()).values())
    agents = load_agents(agent_paths())
    text = render(fmt, actors, agents)
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}")
    if agents_out is not None:
        agents_out.write_text(petrarch_agents(agents), encoding="utf-8")
        typer.echo(f"wrote {agents_out}")
