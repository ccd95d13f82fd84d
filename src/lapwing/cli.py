"""The ``lapwing`` command: extract | run | show | stats | export, and the command groups model,
eval, lexicons, events, actors and cluster (mounted from their own modules at the end of this file).

Kept thin: the work is done by :mod:`lapwing.runners.local` (the only runner: local processes,
``--jobs N``), :mod:`lapwing.store` and :mod:`lapwing.export`. Errors that stop a command are one line on stderr and a non-zero exit
(2: bad path or option; 1: the store or the run failed).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import typer
from lapwing.termsafe import SafeConsole as Console  # article text may hold terminal escapes
from rich.table import Table
from rich.text import Text

from lapwing import __version__
from lapwing.runners import cli as runner_cli

try:
    from typer._click.exceptions import ClickException, NoArgsIsHelpError
except ImportError:  # pragma: no cover - typer releases built on the click package
    from click.exceptions import ClickException, NoArgsIsHelpError  # type: ignore[no-redef]

EXIT_USAGE = 2
EXIT_FAILED = 1

app = typer.Typer(
    name="lapwing",
    help="Lapwing: news articles in, event data out (events, quotes, counts, places, dates).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


# -- helpers ---------------------------------------------------------------------------------------
def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


def fail(command: str, message: object, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``lapwing COMMAND: error: MESSAGE`` as one line on stderr and exit with ``code``."""
    sys.stderr.write(f"lapwing {command}: error: {_one_line(message)}\n")
    sys.stderr.flush()
    raise typer.Exit(code)


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


DB_HELP = "The store: a DuckDB file, or a postgresql://user@host/dbname URL (env LAPWING_DB; docs/storage.md)."
JOBS = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for the analysis.")
MODEL = typer.Option(None, "--model", help="spaCy pipeline: package name, path, or 'blank' (default: the shipped model).")
MAX_CHARS = typer.Option(None, "--max-chars", min=1, help="Longest article text analysed, in characters (longer ones are skipped).")
QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary.")


def _db_option() -> Any:
    return typer.Option("lapwing.duckdb", "--db", envvar="LAPWING_DB", help=DB_HELP, show_default=True)


def _factory(model: str | None, max_chars: int | None, command: str, limits: Any = None):
    from lapwing.nlp import ModelNotFound
    from lapwing.pipeline import MAX_CHARS as DEFAULT_MAX
    from lapwing.runners.local import PipelineOptions, check_model

    try:
        check_model(model)
    except ModelNotFound as exc:
        fail(command, exc)
    return PipelineOptions(model=model, max_chars=max_chars or DEFAULT_MAX, **({"limits": limits} if limits else {}))


def _check_inputs(command: str, inputs: list[str]) -> None:
    from lapwing.ingest.base import InputError

    try:
        from lapwing.ingest import check_paths
    except ImportError as exc:  # pragma: no cover - ingestion not installed
        fail(command, f"ingestion is not available: {exc}", EXIT_FAILED)
    try:
        check_paths(inputs)
    except InputError as exc:
        fail(command, exc)


@contextmanager
def _run_errors(command: str) -> Iterator[None]:
    """Turn the errors that stop a run into one line on stderr."""
    from lapwing.ingest.base import InputError
    from lapwing.nlp import ModelNotFound
    from lapwing.store import StoreError

    try:
        yield
    except typer.Exit:
        raise
    except (InputError, ModelNotFound) as exc:
        fail(command, exc, EXIT_USAGE)
    except (StoreError, OSError) as exc:
        fail(command, exc, EXIT_FAILED)
    except KeyboardInterrupt:
        fail(command, "interrupted", 130)
    except Exception as exc:
        if os.environ.get("LAPWING_DEBUG"):
            raise
        fail(command, f"internal error: {type(exc).__name__}: {exc} (set LAPWING_DEBUG=1 for the traceback)", EXIT_FAILED)


class _Progress:
    """A progress line on stderr, shown only when stderr is a terminal and not --quiet."""

    def __init__(self, label: str, quiet: bool):
        self.console = _err()
        self.enabled = not quiet and self.console.is_terminal
        self._progress = None
        self._task = None
        self._label = label
        self._counts = {"ok": 0, "skipped": 0, "failed": 0, "unchanged": 0}

    def __enter__(self) -> "_Progress":
        if self.enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TextColumn("[bold]{task.completed:,}[/] articles"),
                TextColumn("{task.fields[detail]}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task(self._label, total=None, detail="")
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.stop()

    def item(self, ing: Any, record: Any) -> None:
        if self._progress is None:
            return
        self._counts["unchanged" if record is None else record.status] += 1
        c = self._counts
        detail = f"ok {c['ok']:,} · skipped {c['skipped']:,} · failed {c['failed']:,}"
        if c["unchanged"]:
            detail += f" · unchanged {c['unchanged']:,}"
        self._progress.update(self._task, advance=1, detail=detail)

    def line(self, message: str) -> None:
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False)
        else:
            sys.stderr.write(message + "\n")
            sys.stderr.flush()


def _print_summary(command: str, summary: Any, where: str, quiet: bool) -> None:
    if quiet:
        return
    err = _err()
    s = summary.status
    head = Text(f"lapwing {command}: ")
    head.append(f"{summary.read:,} article{'s' if summary.read != 1 else ''}", style="bold")
    head.append(f" in {summary.seconds:.1f} s: ")
    head.append(f"{s['ok']:,} ok", style="green")
    head.append(", ")
    head.append(f"{s['skipped']:,} skipped", style="yellow")
    head.append(", ")
    head.append(f"{s['failed']:,} failed", style="red")
    if summary.store:
        st = summary.store
        head.append(f", {st.get('unchanged', 0):,} unchanged (not analysed again)")
    err.print(head)
    if summary.store:
        st = summary.store
        err.print(
            f"  stored in {where}: {st.get('new', 0):,} new, {st.get('replaced', 0):,} replaced (content changed), "
            f"{st.get('reanalysed', 0):,} re-analysed with a different result",
            markup=False,
        )
        if st.get("duplicate"):
            err.print(
                f"  {st['duplicate']:,} input article(s) repeated an id already read in this run and were left out",
                markup=False,
            )
        if summary.replaced_ids:
            shown = ", ".join(summary.replaced_ids[:5]) + (" ..." if len(summary.replaced_ids) > 5 else "")
            err.print(f"  replaced because their content changed: {shown}", markup=False)
        h = getattr(summary, "happenings", None)
        if h is not None:
            err.print(
                f"  cross-article events: {h.articles_changed:,} article(s) changed, "
                f"{len(h.families)} event famil{'y' if len(h.families) == 1 else 'ies'} clustered again "
                f"({h.happenings:,} events), {h.copies:,} article(s) are copies of another",
                markup=False,
            )
    else:
        err.print(f"  written to {where}", markup=False)
    top = summary.top_reasons()
    if top:
        err.print("  top reasons:", markup=False)
        for reason, n in top:
            err.print(f"    {n:>6,}  {reason}", markup=False)


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


# -- show / stats / export ---------------------------------------------------------------------------
STYLES = {
    "quote": "italic green",
    "place": "underline cyan",
    "date": "underline dark_orange",
    "count": "bold yellow",
    "source": "bold blue",
    "target": "bold magenta",
    "trigger": "bold white on red",
}


def highlighted(record: Any) -> Text:
    """The article text with every span of the record styled (see STYLES)."""
    text = Text(record.article.text)
    n = len(record.article.text)

    def mark(start: int | None, end: int | None, style: str) -> None:
        if start is not None and end is not None and 0 <= start < end <= n:
            text.stylize(style, start, end)

    for q in record.quotes:
        mark(q.start, q.end, STYLES["quote"])
    for p in record.places:
        mark(p.start, p.end, STYLES["place"])
    for d in record.dates:
        mark(d.start, d.end, STYLES["date"])
    for c in record.counts:
        mark(c.start, c.end, STYLES["count"])
    for q in record.quotes:
        if q.speaker:
            mark(q.speaker.start, q.speaker.end, STYLES["source"])
    for e in record.events:
        if e.source:
            mark(e.source.start, e.source.end, STYLES["source"])
        if e.target:
            mark(e.target.start, e.target.end, STYLES["target"])
        mark(e.trigger.start, e.trigger.end, STYLES["trigger"])
    return text


def _actor_label(actor: Any) -> str:
    if actor is None:
        return ""
    codes = " ".join(x for x in (actor.country, actor.sector) if x)
    return f"{actor.text} ({codes})" if codes else actor.text


def _open_for_reading(command: str, db: str):
    from lapwing.store import StoreError, open_store

    try:
        return open_store(db, read_only=True)
    except StoreError as exc:
        fail(command, exc, EXIT_FAILED)


@app.command()
def show(
    article_id: str = typer.Argument(..., help="The article's id."),
    db: str = _db_option(),
    as_json: bool = typer.Option(False, "--json", help="Print the stored record as JSON."),
) -> None:
    """Show one stored record: its spans highlighted in the text, and its events."""
    store = _open_for_reading("show", db)
    with store:
        try:
            record = store.get_record(article_id)
        except KeyError:
            near = store.find_ids(article_id[:8]) if article_id else []
            hint = f"; ids starting alike: {', '.join(near)}" if near else ""
            fail("show", f"no article with id {article_id!r} in {db}{hint}", EXIT_FAILED)
    if as_json:
        sys.stdout.buffer.write(record.to_json() + b"\n")
        sys.stdout.flush()
        return
    out = Console(highlight=False)
    a = record.article
    status_style = {"ok": "green", "skipped": "yellow", "failed": "red"}[record.status]
    head = Text()
    head.append(a.title or "(no title)", style="bold")
    head.append(f"\n{a.id}", style="dim")
    for label, value in (("published", a.published), ("source", a.source), ("url", a.url), ("language", a.language)):
        if value:
            head.append(f"\n{label}: {value}")
    head.append("\nstatus: ")
    head.append(record.status, style=status_style)
    if record.reason:
        head.append(f" ({record.reason})")
    if record.pipeline.get("model"):
        head.append(f"\nmodel: {record.pipeline['model']}", style="dim")
    out.print(head)
    for w in record.warnings:
        out.print(Text(f"warning: {w}", style="yellow"))
    legend = Text("\n")
    for name, style in STYLES.items():
        legend.append(name, style=style)
        legend.append("  ")
    out.print(legend)
    out.print(highlighted(record))
    if record.events:
        table = Table(title=f"events ({len(record.events)})", title_justify="left")
        table.add_column("#", no_wrap=True)
        table.add_column("trigger", overflow="fold")
        table.add_column("code", no_wrap=True)
        table.add_column("q/gs", no_wrap=True)
        table.add_column("status", no_wrap=True)
        table.add_column("source → target", overflow="fold", ratio=2)
        table.add_column("date, place", overflow="fold", ratio=1)
        for i, e in enumerate(record.events):
            plover = (e.plover.type + (f"/{e.plover.mode}" if e.plover.mode else "")) if e.plover else "-"
            where = (e.place.name or e.place.text) if e.place else ""
            table.add_row(
                str(i),
                e.trigger.text,
                f"{e.cameo} {plover}",
                f"{e.quad_class}/{e.goldstein:g}",
                e.status,
                f"{_actor_label(e.source) or '-'} → {_actor_label(e.target) or '-'}",
                ", ".join(x for x in (e.date, where) if x),
            )
        out.print(table)
    else:
        out.print(Text("\nno events", style="dim"))
    if record.quotes:
        table = Table(title=f"quotes ({len(record.quotes)})", title_justify="left")
        for col in ("#", "speaker", "cue", "kind", "quote"):
            table.add_column(col, overflow="fold")
        for i, q in enumerate(record.quotes):
            table.add_row(str(i), _actor_label(q.speaker), q.cue or "", q.kind, q.text)
        out.print(table)
    lines = []
    if record.counts:
        lines.append("counts: " + "; ".join(f"{c.category} {c.value:g} ({c.text})" for c in record.counts))
    if record.places:
        lines.append(
            "places: "
            + "; ".join(p.text + (f" [{p.country}]" if p.country else "") for p in record.places)
        )
    if record.dates:
        lines.append("dates: " + "; ".join(f"{d.text} = {d.value}" for d in record.dates))
    for line in lines:
        out.print(line, markup=False)


@app.command()
def stats(
    db: str = _db_option(),
    as_json: bool = typer.Option(False, "--json", help="Print the statistics as JSON."),
) -> None:
    """What the store holds: articles by status, events, quotes, counts, places, dates, top reasons."""
    import orjson

    store = _open_for_reading("stats", db)
    with store:
        st = store.stats()
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(st, default=str, option=orjson.OPT_INDENT_2) + b"\n")
        sys.stdout.flush()
        return
    out = Console(highlight=False)
    table = Table(title=f"{db} (schema v{st['schema_version']})", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("rows", justify="right")
    table.add_column("")
    by = st["articles_by_status"]
    table.add_row("articles", f"{st['articles']:,}", f"ok {by['ok']:,} · skipped {by['skipped']:,} · failed {by['failed']:,}")
    for key in ("events", "quotes", "counts", "places", "dates"):
        table.add_row(key, f"{st[key]:,}", "")
    last = st["last_run"]
    table.add_row("runs", f"{st['runs']:,}", f"last: {last['state']}, {last['new'] or 0:,} new" if last else "")
    out.print(table)
    for title, rows in (
        ("top reasons (skipped / failed)", st["top_reasons"]),
        ("events by CAMEO root", st["events_by_cameo_root"]),
        ("events by PLOVER type", st["events_by_plover_type"]),
    ):
        if rows:
            t = Table(title=title, title_justify="left", show_header=False)
            t.add_column("n", justify="right")
            t.add_column("")
            for label, n in rows:
                t.add_row(f"{n:,}", str(label))
            out.print(t)


@app.command("export")
def export_cmd(
    db: str = _db_option(),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv, parquet, or gdelt-events, gdelt-mentions, gdelt-gkg (GDELT 2.0 tab-separated files)."),
    out: str = typer.Option(..., "--out", "-o", help="Output file; '-' is stdout (jsonl, csv)."),
    table: str | None = typer.Option(
        None, "--table", help="records (jsonl only), articles, events, quotes, counts, places, dates, happenings, happening_mentions, article_copies, ingestion_log, runs. Default: records for jsonl, events otherwise."
    ),
) -> None:
    """Export the store: whole records (JSONL) or a table (CSV, Parquet, JSONL)."""
    from lapwing.export.tables import ExportError, export

    store = _open_for_reading("export", db)
    with store:
        try:
            n = export(store, fmt, out, table)
        except ExportError as exc:
            fail("export", exc, EXIT_USAGE)
        except OSError as exc:
            fail("export", exc, EXIT_FAILED)
    if out != "-":
        _err().print(f"lapwing export: {n:,} rows to {out}", markup=False)


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
