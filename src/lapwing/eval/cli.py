"""``lapwing eval``: score Lapwing against gold data. Each evaluator registers its command here."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(help="Score Lapwing against gold data")


def _emit(result: dict, as_json: bool, summary) -> None:
    import orjson

    if as_json:
        typer.echo(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode())
    else:
        typer.echo(summary(result))


def _score(name: str, run, report, as_json: bool) -> None:
    """Run one scorer; a missing or unreadable gold set is a one-line error and exit status 2."""
    try:
        result = run()
    except (OSError, ValueError) as exc:  # GoldNotFound / GoldMissing are FileNotFoundErrors
        typer.echo(f"lapwing eval {name}: {exc}", err=True)
        raise typer.Exit(2)
    _emit(result, as_json, report)


@app.command("quotes")
def quotes_cmd(
    gold: str = typer.Option("polnear", help="Gold set: polnear (../shared/data/quotes/polnear)"),
    split: str = typer.Option("dev", help="PolNeAR split: train or dev"),
    limit: int = typer.Option(0, help="Score only the first N articles (0: all)"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
) -> None:
    """Quotes: content-span F1, direct-quote F1 and speaker accuracy against PolNeAR."""
    from lapwing.eval import quotes as ev

    _score("quotes", lambda: ev.run(gold, as_json, split=split, limit=limit or None), ev.report, as_json)


@app.command("counts")
def counts_cmd(
    gold: str = typer.Option("", help="Gold JSONL (default: Lapwing's own counts gold set)"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
) -> None:
    """Counts: F1 on value + category + span overlap against the counts gold set."""
    from lapwing.eval import counts as ev

    _score("counts", lambda: ev.run(gold or None, as_json), ev.report, as_json)


@app.command("dates")
def dates_cmd(
    gold: str = typer.Option("tempeval3", help="Gold set: tempeval3 (../shared/data/dates/tempeval3) or a TimeML path"),
    errors: int = typer.Option(0, help="Also list the first N mistakes (missed, spurious, wrong value or span)"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
) -> None:
    """Dates: TIMEX3 detection P/R/F1 (strict, relaxed) and value accuracy, per type, against TimeML."""
    from lapwing.eval import dates as ev

    _score("dates", lambda: ev.run(gold, as_json, errors=errors), ev.report, as_json)


@app.command("events")
def events_cmd(
    gold: str = typer.Option("plover", help="Gold set: plover | conflibert | petrarch2 | precision | reference"),
    limit: int = typer.Option(0, help="Score only the first N gold items (0: all)"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
    lexicons: Optional[Path] = typer.Option(
        None, "--lexicons", help="petrarch2: a folder written by 'lapwing lexicons import' (actors.tsv, agents.tsv, "
                                 "patterns.tsv) to code with instead of the converted unit-test actors"),
    lexicon_mode: str = typer.Option("add", "--lexicon-mode",
                                     help="with --lexicons: add (user triggers replace the shipped patterns of "
                                          "the same trigger, the rest stay) or replace (only the imported patterns)"),
) -> None:
    """Events: PLOVER type accuracy / recall / actor countries, ConfliBERT quad-class macro-F1,
    PETRARCH2 unit-test code agreement, the false-event rate on Lapwing's no-event set, or precision and
    recall of full event tuples against Lapwing's hand-coded reference set (tests/data/event_reference)."""
    if gold == "reference":
        from lapwing.eval import reference as ref

        _score("events", lambda: ref.run(), ref.report, as_json)
        return
    from lapwing.eval import events as ev

    _score("events", lambda: ev.run(gold, as_json, limit=limit or None, lexicons=lexicons,
                                    lexicon_mode=lexicon_mode), ev.report, as_json)


@app.command("places")
def places_cmd(
    gold: str = typer.Option("lgl", help="Gold set: lgl | geowebnews (../shared/data/places), or an LGL-style XML path"),
    limit: int = typer.Option(0, help="Score only the first N articles (0: all)"),
    part: str = typer.Option("", help="a | b: score one half only (a: even articles, for development; b: odd, held back)"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
) -> None:
    """Places: resolve the gold toponyms (article as context): acc@161 km, mean/median error, AUC; the whole
    set reports its two halves apart."""
    from lapwing.eval import places as ev

    _score("places", lambda: ev.run(gold, as_json, limit=limit or None, part=part or None), ev.report, as_json)


@app.command("event-location")
def event_location_cmd(
    gold: str = typer.Option("", help="Gold file (default: ../shared/data/events/event_location)"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
) -> None:
    """Event location: is event_place the annotated location of the event (or none when there is none)?"""
    from lapwing.eval import event_location as ev

    _score("event-location", lambda: ev.run(gold, as_json), ev.report, as_json)


@app.command("event-triggers")
def event_triggers_cmd(
    gold: str = typer.Option("", help="Data file (default: ../shared/data/events/event_location)"),
    part: str = typer.Option("", help="a | b: one half only (a: even items, for development; b: odd, held back)"),
    limit: int = typer.Option(0, help="Score only the first N sentences (0: all)"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
) -> None:
    """Event triggers: the share of event verbs marked in AP/AFP/Xinhua wire sentences that get an event."""
    from lapwing.eval import event_triggers as ev

    _score("event-triggers", lambda: ev.run(gold, part=part or None, limit=limit or None), ev.report, as_json)


@app.command("event-args")
def event_args_cmd(
    gold: str = typer.Option("", help="Data folder (default: ../shared/data/events/conflibert_cameo)"),
    part: str = typer.Option("", help="a | b: one half only, split as the shared conflibert-dev set "
                                      "(a: for development; b: held back)"),
    limit: int = typer.Option(0, help="Score only the first N sentences (0: all)"),
    errors: int = typer.Option(0, help="Part a only: also list the first N sentences without the right pair"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
) -> None:
    """Event arguments: does an event carry the source and target marked in wire sentences?"""
    from lapwing.eval import event_args as ev

    _score("event-args", lambda: ev.run(gold, part=part or None, limit=limit or None, errors=errors),
           ev.report, as_json)


@app.command("clusters")
def clusters_cmd(
    gold: str = typer.Option("", help="Gold JSONL (default: Lapwing's own cluster gold set)"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON"),
    part: str = typer.Option("", help="Only part a or c-m (to develop on) or b (held out) of the gold set"),
    db: str = typer.Option("", help="Score the events this store holds (after `lapwing run` of the gold set) "
                           "instead of analysing the gold articles afresh"),
    why: bool = typer.Option(False, "--why", help="Also say why each split happening's events did not join "
                             "(development parts only)"),
) -> None:
    """One event per happening: pairwise and B-cubed scores of the cross-article clustering, and events per
    happening against a GDELT-style exact-attribute merge."""
    from lapwing.eval import clusters as ev

    if why:
        from lapwing.eval import cluster_why

        if part not in ev.READABLE_PARTS or db:
            typer.echo("lapwing eval clusters --why: give a development part (--part a or c-y): part b is held out, "
                       "and the whole set holds it", err=True)
            raise typer.Exit(2)
        _score("clusters", lambda: cluster_why.run(gold or None, part), cluster_why.report_with_scores, as_json)
        return
    _score("clusters", lambda: ev.run(gold or None, part=part or None, db=db or None), ev.report, as_json)


from lapwing.eval.police import command as _police  # noqa: E402  (docs/police-eval.md)
app.command("police")(_police)
