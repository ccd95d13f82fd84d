"""Queries over the store's cross-article events (``happenings``): filters, one event with its
mentions, the most active actors. Used by ``lapwing events`` / ``lapwing actors`` and meant for any
other reader (an API, a notebook): plain functions over a store's connection (``store.con``, DuckDB
or PostgreSQL, ``?`` placeholders) returning dicts. The SQL is written once for both databases.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import orjson

#: Columns of ``happenings`` a listing returns, in order.
EVENT_COLUMNS = (
    "event_id", "date_from", "date_to", "cameo", "quad_class", "goldstein", "plover_type", "status",
    "source_text", "source_country", "source_sector", "target_text", "target_country", "target_sector",
    "place_name", "place_country", "num_mentions", "num_articles", "num_sources", "confidence", "rep_sentence",
)
#: The mean Goldstein score to two decimals, in SQL both DuckDB and PostgreSQL take (PostgreSQL
#: rounds only NUMERIC to a number of places).
MEAN_GOLDSTEIN = "CAST(round(CAST(avg(goldstein) AS DECIMAL(18, 6)), 2) AS DOUBLE PRECISION)"
SORTS = {"date": "date_from DESC NULLS LAST, event_id", "mentions": "num_mentions DESC, event_id",
         "goldstein": "goldstein ASC, event_id", "confidence": "confidence DESC, event_id"}


#: ``ILIKE`` with the escape character that ``contains_pattern`` uses, in SQL both DuckDB and PostgreSQL take.
ILIKE = "ILIKE ? ESCAPE '\\'"


def contains_pattern(words: str) -> str:
    """The ``ILIKE`` pattern matching text that contains ``words`` as typed: ``%``,
    ``_`` and the escape character in them match only themselves, never any text or any character."""
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class QueryError(ValueError):
    """A filter value that cannot be used (the message says which and what is accepted)."""


@dataclass
class EventFilter:
    country: str | None = None  # source or target country (ISO3 / IGO code)
    sector: str | None = None  # source or target sector
    actor: str | None = None  # words in the source or target text
    source_country: str | None = None
    target_country: str | None = None
    plover: str | None = None
    cameo: str | None = None  # a code or a prefix: "19" (root), "173"
    quad: int | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    place: str | None = None  # place name or the place's country code
    text: str | None = None  # words in the representative sentence

    def where(self) -> tuple[str, list[Any]]:
        conds: list[str] = []
        args: list[Any] = []
        if self.country:
            conds.append("(source_country = ? OR target_country = ?)")
            args += [self.country.upper()] * 2
        if self.sector:
            conds.append("(source_sector = ? OR target_sector = ?)")
            args += [self.sector.upper()] * 2
        if self.actor:
            conds.append(f"(source_text {ILIKE} OR target_text {ILIKE})")
            args += [contains_pattern(self.actor)] * 2
        if self.source_country:
            conds.append("source_country = ?")
            args.append(self.source_country.upper())
        if self.target_country:
            conds.append("target_country = ?")
            args.append(self.target_country.upper())
        if self.plover:
            conds.append("plover_type = ?")
            args.append(self.plover.upper())
        if self.cameo:
            if not self.cameo.isdigit():
                raise QueryError(f"--cameo must be a CAMEO code or prefix of digits, e.g. 19 or 173, not {self.cameo!r}")
            conds.append("starts_with(cameo, ?)")
            args.append(self.cameo)
        if self.quad is not None:
            if self.quad not in (1, 2, 3, 4):
                raise QueryError(f"--quad must be 1, 2, 3 or 4, not {self.quad}")
            conds.append("quad_class = ?")
            args.append(self.quad)
        if self.status:
            ok = ("asserted", "attributed", "negated", "future", "hypothetical")
            if self.status not in ok:
                raise QueryError(f"--status must be one of {', '.join(ok)}, not {self.status!r}")
            conds.append("status = ?")
            args.append(self.status)
        if self.since:
            conds.append("date_to >= ?")
            args.append(self.since)
        if self.until:
            conds.append("date_from <= ?")
            args.append(self.until)
        if self.place:
            conds.append(f"(place_name {ILIKE} OR place_country = ?)")
            args += [contains_pattern(self.place), self.place.upper()]
        if self.text:
            conds.append(f"rep_sentence {ILIKE}")
            args.append(contains_pattern(self.text))
        return (" WHERE " + " AND ".join(conds)) if conds else "", args

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))


def _rows(cur: Any) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def list_events(con: Any, f: EventFilter | None = None, *, limit: int = 50, offset: int = 0,
                sort: str = "date") -> tuple[int, list[dict[str, Any]]]:
    """``(total matching, one page of events)``."""
    if sort not in SORTS:
        raise QueryError(f"--sort must be one of {', '.join(SORTS)}, not {sort!r}")
    where, args = (f or EventFilter()).where()
    total = con.execute(f"SELECT count(*) FROM happenings{where}", args).fetchone()[0]
    cur = con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM happenings{where} ORDER BY {SORTS[sort]} "
                      f"LIMIT ? OFFSET ?", [*args, int(limit), int(offset)])
    return total, _rows(cur)


def event_detail(con: Any, event_id: str) -> dict[str, Any] | None:
    """One event with every mention: article, outlet, the sentence, and the spans of source,
    target and trigger relative to the sentence."""
    rows = _rows(con.execute("SELECT * FROM happenings WHERE event_id = ?", [event_id]))
    if not rows:
        return None
    ev = rows[0]
    ms = _rows(con.execute(
        """SELECT m.article_id, m.idx, m.is_copy, a.source AS outlet, a.published, a.url, a.title, a.text,
                  e.cameo, e.status, e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end,
                  e.source_text, e.source_start, e.source_end, e.target_text, e.target_start, e.target_end,
                  e.date, e.rule, e.confidence
           FROM happening_mentions m JOIN events e USING (article_id, idx) JOIN articles a ON a.id = m.article_id
           WHERE m.event_id = ? ORDER BY a.published NULLS LAST, m.article_id, m.idx""", [event_id]))
    for m in ms:
        text = m.pop("text") or ""
        s0, s1 = m["sentence_start"], m["sentence_end"]
        m["sentence"] = text[s0:s1]
        m["spans"] = {
            role: [m[f"{role}_start"] - s0, m[f"{role}_end"] - s0]
            for role in ("source", "target", "trigger")
            if m.get(f"{role}_start") is not None and s0 <= m[f"{role}_start"] <= s1
        }
    ev["mentions"] = ms
    return ev


def top_actors(con: Any, f: EventFilter | None = None, *, limit: int = 20) -> list[dict[str, Any]]:
    """The most active source actors (by country and sector), each with the actors they act on."""
    where, args = (f or EventFilter()).where()
    cur = con.execute(
        f"""SELECT source_country AS country, source_sector AS sector, count(*) AS events,
                   {MEAN_GOLDSTEIN} AS mean_goldstein, sum(num_mentions) AS mentions
            FROM happenings{where} {'AND' if where else 'WHERE'} (source_country IS NOT NULL OR source_sector IS NOT NULL)
            GROUP BY 1, 2 ORDER BY events DESC, country NULLS LAST, sector NULLS LAST LIMIT ?""", [*args, int(limit)])
    out = _rows(cur)
    for a in out:
        cur = con.execute(
            f"""SELECT target_country AS country, target_sector AS sector, count(*) AS events,
                       {MEAN_GOLDSTEIN} AS mean_goldstein
                FROM happenings{where} {'AND' if where else 'WHERE'} source_country IS NOT DISTINCT FROM ?
                     AND source_sector IS NOT DISTINCT FROM ? AND (target_country IS NOT NULL OR target_sector IS NOT NULL)
                GROUP BY 1, 2 ORDER BY events DESC, country NULLS LAST, sector NULLS LAST LIMIT 5""",
            [*args, a["country"], a["sector"]])
        a["targets"] = _rows(cur)
    return out


def to_json(obj: Any) -> str:
    return orjson.dumps(obj, default=str, option=orjson.OPT_INDENT_2).decode()


# -- views for the API (timeline, map, network, quotes) -----------------------------------------------
#: What a timeline groups by: the quad class (1-4) or the PLOVER type.
TIMELINE_KEYS = {"quad": "CAST(quad_class AS VARCHAR)", "plover": "plover_type"}


def _and(where: str) -> str:
    return f"{where} AND" if where else " WHERE"


def timeline(con: Any, f: EventFilter | None = None, *, by: str = "quad") -> list[dict[str, Any]]:
    """Events per day (the first day of each event's date interval) and ``by`` key, with the mean
    Goldstein score. Undated events are left out."""
    if by not in TIMELINE_KEYS:
        raise QueryError(f"by must be one of {', '.join(TIMELINE_KEYS)}, not {by!r}")
    where, args = (f or EventFilter()).where()
    cur = con.execute(
        f"""SELECT date_from AS day, {TIMELINE_KEYS[by]} AS key, count(*) AS events,
                   {MEAN_GOLDSTEIN} AS mean_goldstein, sum(num_mentions) AS mentions
            FROM happenings{_and(where)} date_from IS NOT NULL
            GROUP BY 1, 2 ORDER BY day, key NULLS LAST""", args)
    return _rows(cur)


MAP_COLUMNS = ("event_id", "date_from", "date_to", "cameo", "quad_class", "goldstein", "plover_type", "status",
               "source_text", "source_country", "target_text", "target_country", "place_name", "place_country",
               "num_mentions", "place_lat", "place_lon")


def map_events(con: Any, f: EventFilter | None = None, *, limit: int = 5000) -> tuple[int, list[dict[str, Any]]]:
    """``(total located events matching, the most mentioned ``limit`` of them)``: events whose place
    has coordinates."""
    where, args = (f or EventFilter()).where()
    located = f"{_and(where)} place_lat IS NOT NULL AND place_lon IS NOT NULL"
    total = con.execute(f"SELECT count(*) FROM happenings{located}", args).fetchone()[0]
    cur = con.execute(f"SELECT {', '.join(MAP_COLUMNS)} FROM happenings{located} "
                      f"ORDER BY num_mentions DESC, event_id LIMIT ?", [*args, int(limit)])
    return total, _rows(cur)


def network(con: Any, f: EventFilter | None = None, *, limit: int = 200, min_events: int = 1) -> list[dict[str, Any]]:
    """Actor-to-actor interactions: one row per (source country and sector, target country and
    sector) pair with the number of events, their mentions and the mean Goldstein score, the most
    active pairs first. Events with an uncoded source or target are left out."""
    where, args = (f or EventFilter()).where()
    cur = con.execute(
        f"""SELECT source_country, source_sector, target_country, target_sector, count(*) AS events,
                   sum(num_mentions) AS mentions, {MEAN_GOLDSTEIN} AS mean_goldstein
            FROM happenings{_and(where)} (source_country IS NOT NULL OR source_sector IS NOT NULL)
                 AND (target_country IS NOT NULL OR target_sector IS NOT NULL)
            GROUP BY 1, 2, 3, 4 HAVING count(*) >= ?
            ORDER BY events DESC, source_country NULLS LAST, source_sector NULLS LAST,
                     target_country NULLS LAST, target_sector NULLS LAST
            LIMIT ?""", [*args, int(min_events), int(limit)])
    return _rows(cur)


@dataclass
class QuoteFilter:
    speaker: str | None = None  # words in the speaker's text or name
    country: str | None = None  # the speaker's country code
    sector: str | None = None  # the speaker's sector code
    text: str | None = None  # words in the quote
    article_id: str | None = None
    since: date | None = None  # publication date of the article
    until: date | None = None

    def where(self) -> tuple[str, list[Any]]:
        conds: list[str] = []
        args: list[Any] = []
        if self.speaker:
            conds.append(f"(q.speaker_text {ILIKE} OR q.speaker_name {ILIKE})")
            args += [contains_pattern(self.speaker)] * 2
        if self.country:
            conds.append("q.speaker_country = ?")
            args.append(self.country.upper())
        if self.sector:
            conds.append("q.speaker_sector = ?")
            args.append(self.sector.upper())
        if self.text:
            conds.append(f"q.text {ILIKE}")
            args.append(contains_pattern(self.text))
        if self.article_id:
            conds.append("q.article_id = ?")
            args.append(self.article_id)
        if self.since:  # published is an ISO string; its first 10 characters are the day
            conds.append("left(a.published, 10) >= ?")
            args.append(self.since.isoformat())
        if self.until:
            conds.append("left(a.published, 10) <= ?")
            args.append(self.until.isoformat())
        return (" WHERE " + " AND ".join(conds)) if conds else "", args


QUOTE_COLUMNS = ("q.article_id", "q.idx", "q.text", "q.char_start", "q.char_end", "q.kind", "q.cue", "q.channel",
                 "q.speaker_text", "q.speaker_name", "q.speaker_country", "q.speaker_sector",
                 "a.published", "a.source AS outlet", "a.title", "a.url")


def list_quotes(con: Any, f: QuoteFilter | None = None, *, limit: int = 50,
                offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """``(total matching, one page of quotes)``, newest articles first."""
    where, args = (f or QuoteFilter()).where()
    base = f"FROM quotes q JOIN articles a ON a.id = q.article_id{where}"
    total = con.execute(f"SELECT count(*) {base}", args).fetchone()[0]
    cur = con.execute(f"SELECT {', '.join(QUOTE_COLUMNS)} {base} "
                      f"ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx LIMIT ? OFFSET ?",
                      [*args, int(limit), int(offset)])
    return total, _rows(cur)
