"""What every ``lapwing`` command shares: one-line errors and exit codes, the common options,
the model check, the progress line and the run summary. The commands live in :mod:`lapwing.cli`
(extract, run, serve, the mounted groups) and :mod:`lapwing.cli_read` (show, stats, export)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import typer
from rich.text import Text

from lapwing.termsafe import SafeConsole as Console  # article text may hold terminal escapes

EXIT_USAGE = 2
EXIT_FAILED = 1


# -- errors ---------------------------------------------------------------------------------------
def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


def fail(command: str, message: object, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``lapwing COMMAND: error: MESSAGE`` as one line on stderr and exit with ``code``."""
    sys.stderr.write(f"lapwing {command}: error: {_one_line(message)}\n")
    sys.stderr.flush()
    raise typer.Exit(code)


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
