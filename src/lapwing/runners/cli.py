"""CLI pieces of the runners: the bounded-work options, ``lapwing run --engine ray`` and ``lapwing load``.

:mod:`lapwing.cli` declares the options with the objects below and calls :func:`limits_from`,
:func:`run_ray_command`; :func:`register` adds the ``load`` command.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from lapwing.limits import MAX_SENTENCE_TOKENS, TIME_LIMIT, TRUNCATE_CHARS, Limits

TRUNCATE = typer.Option(
    None, "--truncate-chars", min=0,
    help=f"Analyse only the first N characters of a longer text; the record says so (default {TRUNCATE_CHARS:,}; 0: no limit).")
MAX_SENTENCE = typer.Option(
    None, "--max-sentence-tokens", min=0,
    help=f"Cut runs of more tokens than this without a sentence end before the parse (default {MAX_SENTENCE_TOKENS}; 0: no limit).")
TIME = typer.Option(
    None, "--time-limit", min=0,
    help=f"Seconds of CPU time one article may take; a slower one is stopped and recorded as failed (default {TIME_LIMIT:g}; 0: no limit).")
ENGINE = typer.Option("local", "--engine", help="local (processes on this machine) or ray (a Ray cluster; writes Parquet to --out).")
ADDRESS = typer.Option(None, "--address", help="--engine ray: the cluster to join (ray://HOST:10001, or auto); default: start a local Ray.")
OUT_DIR = typer.Option(None, "--out", "-o", help="--engine ray: the folder of the Parquet dataset (records, events, quotes, counts, places, dates).")


def limits_from(truncate_chars: int | None, max_sentence_tokens: int | None, time_limit: float | None) -> Limits:
    """The limits the options ask for (``None``: the default; 0: no limit)."""
    d = Limits()
    return Limits(
        truncate_chars=d.truncate_chars if truncate_chars is None else (truncate_chars or None),
        max_sentence_tokens=d.max_sentence_tokens if max_sentence_tokens is None else (max_sentence_tokens or None),
        time_limit=d.time_limit if time_limit is None else (time_limit or None),
    )


def run_ray_command(inputs: list[str], out: Path | None, factory: Any, *, address: str | None, jobs: int,
                    quiet: bool, fail: Any) -> None:
    """``lapwing run --engine ray``: analyse to ``out``; print the counts; exit 1 if a unit is missing."""
    from lapwing.ingest.base import InputError
    from lapwing.runners.ray_runner import RayUnavailable, run_ray

    if out is None:
        fail("run", "--engine ray writes a Parquet dataset: give its folder with --out DIR (then `lapwing load DIR`)")
    try:
        # Ray's progress display only on a terminal; otherwise its per-operator log lines are left out
        result = run_ray(inputs, out, factory, address=address, workers=jobs, quiet=quiet or not sys.stderr.isatty())
    except (InputError, ValueError) as exc:
        fail("run", exc, 2)
    except RayUnavailable as exc:
        fail("run", exc, 1)
    s = result.status
    line = (f"lapwing run: {result.units_in:,} input units from {result.files:,} file(s) -> {result.records_out:,} records "
            f"in {result.seconds:.1f} s ({s.get('ok', 0):,} ok, {s.get('skipped', 0):,} skipped, {s.get('failed', 0):,} failed) "
            f"with {result.workers} Ray worker(s){' at ' + result.address if result.address else ''}")
    sys.stderr.write(line + "\n")
    if not quiet:
        parts = ", ".join(f"{n:,} {t}" for t, n in result.parts.items())
        sys.stderr.write(f"  written to {out}: {parts}; then: lapwing load {out} --db DB\n")
    if not result.complete:
        fail("run", f"records do not match the input: missing {', '.join(result.missing[:5]) or '-'}; "
                    f"repeated {', '.join(result.duplicated[:5]) or '-'}; parts {result.part_mismatch or 'ok'}", 1)


def register(app: typer.Typer) -> None:
    """Add ``lapwing load`` to the main app."""
    from lapwing import cli_support as main_cli

    @app.command("load")
    def load(
        folder: Path = typer.Argument(..., help="Output folder of `lapwing run --engine ray`."),
        db: Path = main_cli._db_option(),
        quiet: bool = main_cli.QUIET,
    ) -> None:
        """Bring the Parquet output of a Ray run into the store (loading it again adds nothing)."""
        from lapwing.runners.ray_runner import load_output
        from lapwing.store import db_name, open_store

        with main_cli._run_errors("load"):
            with open_store(db) as store:
                summary = load_output(folder, store)
        main_cli._print_summary("load", summary, db_name(db), quiet)
