"""`lapwing events`, `lapwing actors` and `lapwing cluster`: the store's cross-article events."""

from __future__ import annotations

import csv
import sys
from datetime import date
from typing import Any, Optional

import typer
from lapwing.termsafe import SafeConsole as Console  # article text may hold terminal escapes
from rich.table import Table
from rich.text import Text

from lapwing.store.queries import EVENT_COLUMNS, EventFilter, QueryError, event_detail, list_events, to_json, top_actors

DB_HELP = "The store: a DuckDB file or a postgresql://user@host/dbname URL (default: LAPWING_DB, or ./lapwing.duckdb)."


def _db(db: Optional[str]) -> str:
    from lapwing.store import db_name, display_url

    return display_url(db_name(db))


def _fail(command: str, message: object, code: int = 2) -> None:
    sys.stderr.write(f"lapwing {command}: error: {message}\n")
    raise typer.Exit(code)


def _open(command: str, db: Optional[str], read_only: bool = True):
    from lapwing.store import StoreError, db_name, open_store

    try:
        return open_store(db_name(db), read_only=read_only, create=False)
    except StoreError as exc:
        _fail(command, exc, 1)


def _date(command: str, value: Optional[str], flag: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(command, f"{flag} takes a date as YYYY-MM-DD, not {value!r}")
    return None


def _filter(command: str, **kw: Any) -> EventFilter:
    kw["since"] = _date(command, kw.get("since"), "--since")
    kw["until"] = _date(command, kw.get("until"), "--until")
    return EventFilter(**kw)


def _label(text: Any, country: Any, sector: Any) -> str:
    codes = " ".join(x for x in (country, sector) if x)
    return f"{text or ''} [{codes}]" if codes else (text or "")


events_app = typer.Typer(help="Events across articles: one per happening, with its mentions.",
                         invoke_without_command=True, no_args_is_help=False)


@events_app.callback()
def events_list(
    ctx: typer.Context,
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    country: Optional[str] = typer.Option(None, "--country", help="Source or target country (ISO3 or IGO code)."),
    sector: Optional[str] = typer.Option(None, "--sector", help="Source or target sector (GOV, MIL, OPP, COP...)."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Words in the source or target actor's text."),
    source_country: Optional[str] = typer.Option(None, "--source-country"),
    target_country: Optional[str] = typer.Option(None, "--target-country"),
    plover: Optional[str] = typer.Option(None, "--plover", help="PLOVER type (ASSAULT, PROTEST, CONSULT...)."),
    cameo: Optional[str] = typer.Option(None, "--cameo", help="CAMEO code or prefix: 19 (root), 173."),
    quad: Optional[int] = typer.Option(None, "--quad", help="Quad class 1-4."),
    status: Optional[str] = typer.Option(None, "--status", help="asserted, attributed, negated, future, hypothetical."),
    since: Optional[str] = typer.Option(None, "--since", help="Events on or after this day (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Events on or before this day (YYYY-MM-DD)."),
    place: Optional[str] = typer.Option(None, "--place", help="Place name, or the place's country code."),
    text: Optional[str] = typer.Option(None, "--text", help="Words in the event's representative sentence."),
    sort: str = typer.Option("date", "--sort", help="date, mentions, goldstein or confidence."),
    limit: int = typer.Option(50, "--limit", min=1, max=100000),
    offset: int = typer.Option(0, "--offset", min=0),
    fmt: str = typer.Option("table", "--format", help="table, json or csv."),
) -> None:
    """List events (one per happening) matching the filters; `lapwing events show ID` shows one."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db}
        return
    if fmt not in ("table", "json", "csv"):
        _fail("events", f"--format must be table, json or csv, not {fmt!r}")
    f = _filter("events", country=country, sector=sector, actor=actor, source_country=source_country,
                target_country=target_country, plover=plover, cameo=cameo, quad=quad, status=status,
                since=since, until=until, place=place, text=text)
    store = _open("events", db)
    with store:
        try:
            total, rows = list_events(store.con, f, limit=limit, offset=offset, sort=sort)
        except QueryError as exc:
            _fail("events", exc)
    if fmt == "json":
        sys.stdout.write(to_json({"total": total, "offset": offset, "events": rows}) + "\n")
        return
    if fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(EVENT_COLUMNS))
        w.writeheader()
        w.writerows(rows)
        return
    table = Table(title=f"{total:,} event(s){'' if total <= len(rows) else f', {offset + 1}-{offset + len(rows)} shown'}")
    for col in ("event", "date", "cameo", "source", "target", "place", "status", "mentions", "sources"):
        table.add_column(col, overflow="fold")
    for r in rows:
        d = str(r["date_from"] or "")
        if r["date_to"] and r["date_to"] != r["date_from"]:
            d += f"..{r['date_to']}"
        table.add_row(r["event_id"], d, f"{r['cameo']} ({r['plover_type'] or '-'})",
                      _label(r["source_text"], r["source_country"], r["source_sector"]),
                      _label(r["target_text"], r["target_country"], r["target_sector"]),
                      r["place_name"] or "", r["status"], str(r["num_mentions"]), str(r["num_sources"]))
    Console().print(table)


@events_app.command("show")
def events_show(
    ctx: typer.Context,
    event_id: str = typer.Argument(..., help="An event id from `lapwing events`."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """One event with every mention: outlet, date, and the sentence with source, target and trigger marked."""
    db = (ctx.obj or {}).get("db")
    store = _open("events show", db)
    with store:
        ev = event_detail(store.con, event_id)
    if ev is None:
        _fail("events show", f"no event {event_id!r} in {_db(db)} (list them with `lapwing events`)", 1)
    if fmt == "json":
        sys.stdout.write(to_json(ev) + "\n")
        return
    con = Console()
    con.print(Text(f"{ev['event_id']}  {ev['cameo']} ({ev['plover_type'] or '-'})  {ev['status']}  "
                   f"{ev['date_from']}..{ev['date_to']}", style="bold"))
    con.print(f"{_label(ev['source_text'], ev['source_country'], ev['source_sector'])} -> "
              f"{_label(ev['target_text'], ev['target_country'], ev['target_sector'])}"
              f"{'  at ' + ev['place_name'] if ev['place_name'] else ''}", markup=False)
    con.print(f"{ev['num_mentions']} mention(s) in {ev['num_articles']} article(s) from {ev['num_sources']} source(s); "
              f"confidence {ev['confidence']}", markup=False)
    styles = {"source": "bold blue", "target": "bold magenta", "trigger": "bold white on red"}
    for m in ev["mentions"]:
        head = f"- {m['article_id']} #{m['idx']}  {m['outlet'] or ''}  {m['published'] or ''}"
        con.print(head + ("  (copy)" if m["is_copy"] else ""), markup=False)
        t = Text("  " + m["sentence"])
        for role, (a, b) in m["spans"].items():
            t.stylize(styles[role], a + 2, b + 2)
        con.print(t)


actors_app = typer.Typer(help="The most active actors and whom they act on.", invoke_without_command=True)


@actors_app.callback()
def actors_list(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    country: Optional[str] = typer.Option(None, "--country"),
    plover: Optional[str] = typer.Option(None, "--plover"),
    cameo: Optional[str] = typer.Option(None, "--cameo"),
    since: Optional[str] = typer.Option(None, "--since"),
    until: Optional[str] = typer.Option(None, "--until"),
    limit: int = typer.Option(20, "--limit", min=1, max=1000),
    fmt: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """Source actors (country + sector) by number of events, with mean Goldstein and their top targets."""
    f = _filter("actors", country=country, plover=plover, cameo=cameo, since=since, until=until)
    store = _open("actors", db)
    with store:
        try:
            rows = top_actors(store.con, f, limit=limit)
        except QueryError as exc:
            _fail("actors", exc)
    if fmt == "json":
        sys.stdout.write(to_json(rows) + "\n")
        return
    table = Table(title="most active actors")
    for col in ("actor", "events", "mentions", "mean Goldstein", "acts on"):
        table.add_column(col, overflow="fold")
    for r in rows:
        on = ", ".join(f"{' '.join(x for x in (t['country'], t['sector']) if x)} ({t['events']})" for t in r["targets"])
        table.add_row(" ".join(x for x in (r["country"], r["sector"]) if x), str(r["events"]), str(r["mentions"]),
                      str(r["mean_goldstein"]), on)
    Console().print(table)


cluster_app = typer.Typer(help="Bring the cross-article events up to date.", invoke_without_command=True)


@cluster_app.callback()
def cluster_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    full: bool = typer.Option(False, "--full", help="Cluster every event family again, not only what changed."),
) -> None:
    """Cluster the stored event mentions into events (`lapwing run` does this after every run)."""
    store = _open("cluster", db, read_only=False)
    with store:
        r = store.update_happenings(full=full)
    sys.stderr.write(f"lapwing cluster: {r.articles_changed:,} article(s) changed, {len(r.families)} event "
                     f"famil{'y' if len(r.families) == 1 else 'ies'} clustered ({r.happenings:,} events), "
                     f"{r.copies:,} article(s) are copies of another\n")


migrate_app = typer.Typer(help="Copy a whole store into another one (DuckDB to PostgreSQL or back).",
                          invoke_without_command=True)


@migrate_app.callback()
def migrate_cmd(
    src: str = typer.Option(..., "--from", help="The store to copy: duckdb:PATH (or a path), or a postgresql:// URL."),
    dst: str = typer.Option(..., "--to", help="Where to copy it: a postgresql://user@host/dbname URL, or duckdb:PATH."),
    replace: bool = typer.Option(False, "--replace", help="Empty the destination first if it holds articles."),
) -> None:
    """Copy every table of a store (records, cross-article events, runs) into another store, in one transaction."""
    from lapwing.store import StoreError, display_url, open_store
    from lapwing.store.transfer import copy_store, store_location

    a, b = store_location(src), store_location(dst)
    if a == b:
        _fail("migrate", "--from and --to are the same store")
    try:
        with open_store(a, read_only=True, create=False) as source, open_store(b) as target:
            result = copy_store(source, target, replace=replace)
    except StoreError as exc:
        _fail("migrate", exc, 1)
    rows = result.rows
    sys.stderr.write(f"lapwing migrate: copied {rows['articles']:,} article(s), {rows['events']:,} event mention(s), "
                     f"{rows['happenings']:,} event(s) across articles and {rows['runs']:,} run(s) from "
                     f"{display_url(a)} to {display_url(b)}\n")
