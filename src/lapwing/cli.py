"""The ``lapwing`` command: extract | run | serve here; show | stats | export from :mod:`lapwing.cli_read`;
the command groups model, eval, lexicons, events, actors, cluster, load and migrate mounted from their own
modules at the end of this file; what the commands share in :mod:`lapwing.cli_support`.

Kept thin: the work is done by :mod:`lapwing.runners.local` (the only runner: local processes,
``--jobs N``), :mod:`lapwing.store` and :mod:`lapwing.export`. Errors that stop a command are one line on stderr and a non-zero exit
(2: bad path or option; 1: the store or the run failed).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import typer

from lapwing import __version__, cli_read
from lapwing.cli_support import (  # noqa: F401 - fail, QUIET, _db_option, ... are also used by the mounted groups
    EXIT_FAILED,
    EXIT_USAGE,
    JOBS,
    MAX_CHARS,
    MODEL,
    QUIET,
    _check_inputs,
    _db_option,
    _err,
    _factory,
    _one_line,
    _print_summary,
    _Progress,
    _run_errors,
    fail,
)
from lapwing.runners import cli as runner_cli

try:
    from typer._click.exceptions import ClickException, NoArgsIsHelpError
except ImportError:  # pragma: no cover - typer releases built on the click package
    from click.exceptions import ClickException, NoArgsIsHelpError  # type: ignore[no-redef]

app = typer.Typer(
    name="lapwing",
    help="Lapwing: news articles in, event data out (events, quotes, counts, places, dates).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lapwing {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Lapwing: news articles in, event data out (events, quotes, counts, places, dates)."""


# -- extract / run -----------------------------------------------------------------------------------
@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...", help="Files or folders (recursed); '-' reads JSONL from stdin."),
    out: str = typer.Option("-", "--out", "-o", help="Output JSONL file; '-' is stdout."),
    jobs: int = JOBS,
    model: str | None = MODEL,
    max_chars: int | None = MAX_CHARS,
    truncate_chars: int | None = runner_cli.TRUNCATE,
    max_sentence_tokens: int | None = runner_cli.MAX_SENTENCE,
    time_limit: float | None = runner_cli.TIME,
    quiet: bool = QUIET,
) -> None:
    """Analyse articles without a database: one ArticleRecord JSON per input article per line, in input order."""
    from lapwing.export.jsonl import JsonlWriter
    from lapwing.runners.local import extract_to

    _check_inputs("extract", inputs)
    factory = _factory(model, max_chars, "extract", runner_cli.limits_from(truncate_chars, max_sentence_tokens, time_limit))
    try:
        writer = JsonlWriter(out)
    except OSError as exc:
        fail("extract", exc, EXIT_USAGE)
    with _run_errors("extract"):
        with writer, _Progress("extract", quiet) as progress:
            summary = extract_to(inputs, writer.write, factory, jobs=jobs, on_item=progress.item)
    _print_summary("extract", summary, "stdout" if out == "-" else out, quiet)


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...", help="Files or folders (recursed); '-' reads JSONL from stdin."),
    db: str = _db_option(),
    jobs: int = JOBS,
    model: str | None = MODEL,
    max_chars: int | None = MAX_CHARS,
    truncate_chars: int | None = runner_cli.TRUNCATE,
    max_sentence_tokens: int | None = runner_cli.MAX_SENTENCE,
    time_limit: float | None = runner_cli.TIME,
    quiet: bool = QUIET,
    batch_size: int = typer.Option(100, "--batch-size", min=1, help="Articles written per transaction."),
    force: bool = typer.Option(False, "--force", help="Analyse again articles already stored unchanged (rows are rewritten only if the result differs)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="A line on stderr for every committed batch."),
    engine: str = runner_cli.ENGINE,
    address: str | None = runner_cli.ADDRESS,
    out: Path | None = runner_cli.OUT_DIR,
) -> None:
    """Analyse articles and store them; re-running the same input adds nothing. With --engine ray: on Ray, to Parquet (--out)."""
    from lapwing.runners.local import run_into_store
    from lapwing.store import display_url, open_store

    _check_inputs("run", inputs)
    factory = _factory(model, max_chars, "run", runner_cli.limits_from(truncate_chars, max_sentence_tokens, time_limit))
    if engine not in ("local", "ray"):
        fail("run", f"--engine must be local or ray, not {engine!r}")
    if engine == "ray" or out is not None or address:
        if engine != "ray":
            fail("run", "--out and --address go with --engine ray (the local engine writes to --db)")
        return runner_cli.run_ray_command(inputs, out, factory, address=address, jobs=jobs, quiet=quiet, fail=fail)
    with _run_errors("run"):
        with open_store(db) as store, _Progress("run", quiet) as progress:

            def committed(result: Any) -> None:
                if verbose:
                    c = result.counts
                    progress.line(
                        f"lapwing run: committed batch {result.batch_no} ({c.get('new', 0)} new, "
                        f"{c.get('replaced', 0)} replaced, {c.get('reanalysed', 0)} re-analysed; "
                        f"{result.committed_total} written so far)"
                    )

            summary = run_into_store(
                inputs,
                store,
                factory,
                jobs=jobs,
                batch_size=batch_size,
                force=force,
                on_item=progress.item,
                on_commit=committed,
                options={"model": model, "max_chars": factory.max_chars},
            )
    _print_summary("run", summary, display_url(str(db)), quiet)


cli_read.register(app)  # show, stats, export


@app.command()
def serve(
    db: str = _db_option(),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    config: Path | None = typer.Option(None, "--config", help="TOML file with an \\[api] table (token, protect_reads, max_body_bytes, max_batch); see docs/service.md."),
) -> None:
    """Serve the REST API over the store (docs at /docs; writes need LAPWING_API_TOKEN)."""
    try:
        import uvicorn

        from lapwing.api.app import create_app
        from lapwing.api.settings import ApiSettings, SettingsError
    except ImportError as exc:
        fail("serve", f"the API needs its dependencies ({exc.name}): pip install -e . again", EXIT_FAILED)
    from lapwing.store import StoreError, display_url

    try:
        settings = ApiSettings.load(db, config)
        api = create_app(settings)
    except SettingsError as exc:
        fail("serve", exc, EXIT_USAGE)
    except StoreError as exc:
        fail("serve", exc, EXIT_FAILED)
    _err().print(f"lapwing serve: {display_url(db)} on http://{host}:{port} (docs at /docs; writes "
                 f"{'enabled' if settings.token else 'disabled: no token'})", markup=False)
    uvicorn.run(api, host=host, port=port, log_level="info")

# -- sub-apps written elsewhere ------------------------------------------------------------------------
def _mount(name: str, module: str, help: str, attr: str = "app") -> None:
    try:
        sub = getattr(importlib.import_module(module), attr)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            return  # not written yet
        sub, error = None, exc
    except Exception as exc:  # a broken sub-app must not take the other commands down
        sub, error = None, exc
    if sub is None:
        broken = typer.Typer(help=f"{help} (unavailable)")

        @broken.callback(invoke_without_command=True)
        def _unavailable() -> None:
            fail(name, f"this command is unavailable: {type(error).__name__}: {error}", EXIT_FAILED)

        app.add_typer(broken, name=name)
        return
    app.add_typer(sub, name=name)


_mount("model", "lapwing.nlp.cli", "The NLP model: train, evaluate, describe.")
_mount("eval", "lapwing.eval.cli", "Evaluate Lapwing against gold data.")
_mount("lexicons", "lapwing.lexicons.cli", "Country, agent and actor lexicons: check, count, look up.")
_mount("events", "lapwing.store.cli", "Events across articles: one per happening, with its mentions.", "events_app")
_mount("actors", "lapwing.store.cli", "The most active actors and whom they act on.", "actors_app")
_mount("cluster", "lapwing.store.cli", "Bring the cross-article events up to date.", "cluster_app")
runner_cli.register(app)  # lapwing load
_mount("migrate", "lapwing.store.cli", "Copy a whole store into another one (DuckDB to PostgreSQL or back).", "migrate_app")


def main(argv: list[str] | None = None) -> None:
    """Console entry point: ``lapwing``."""
    try:
        code = app(args=argv, prog_name="lapwing", standalone_mode=False)
    except NoArgsIsHelpError as exc:
        help_text = exc.format_message()  # rich help is printed when the error is made, plain help is not
        if help_text.strip():
            typer.echo(help_text)
        code = exc.exit_code
    except ClickException as exc:
        ctx = getattr(exc, "ctx", None)
        where = ctx.command_path if ctx is not None else "lapwing"
        sys.stderr.write(f"{where}: error: {_one_line(exc.format_message())}\n")
        code = exc.exit_code
    except typer.Abort:
        sys.stderr.write("lapwing: aborted\n")
        code = EXIT_FAILED
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
