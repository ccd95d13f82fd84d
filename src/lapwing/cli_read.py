"""``lapwing show | stats | export``: the commands that read the store (registered on the main app
by :func:`register`)."""

from __future__ import annotations

import sys
from typing import Any

import typer
from rich.table import Table
from rich.text import Text

from lapwing.cli_support import EXIT_FAILED, EXIT_USAGE, Console, _db_option, _err, fail

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


def register(app: typer.Typer) -> None:
    """Add show, stats and export to the ``lapwing`` app."""
    app.command()(show)
    app.command()(stats)
    app.command("export")(export_cmd)
