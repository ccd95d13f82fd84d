"""GDELT 2.0 exports, read back by a reader written from the GDELT codebooks (column count, types,
delimiters), with a known event round-tripped through Events, Mentions and GKG."""

from __future__ import annotations

import re

import orjson
import pytest

from lapwing.export import gdelt

# -- a reader written from the codebooks -----------------------------------------------------------
EVENT_INT = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
             "NumSources", "NumArticles", "DATEADDED"}
EVENT_FLOAT = {"FractionDate", "GoldsteinScale", "AvgTone", *(f"{g}_{x}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
                                                              for x in ("Lat", "Long"))}
MENTION_INT = {"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "SentenceID", "Actor1CharOffset",
               "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen"}


def read_tsv(path, columns, ints=(), floats=()):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.endswith("\n") and "\r" not in line
            fields = line[:-1].split("\t")
            assert len(fields) == len(columns), f"line {n}: {len(fields)} fields, the codebook has {len(columns)}"
            row = dict(zip(columns, fields))
            for c in ints:
                if row[c] != "":
                    row[c] = int(row[c])
            for c in floats:
                if row[c] != "":
                    row[c] = float(row[c])
            rows.append(row)
    return rows


def test_codebook_column_counts():
    assert len(gdelt.EVENT_COLUMNS) == 61 and gdelt.EVENT_COLUMNS[0] == "GLOBALEVENTID"
    assert gdelt.EVENT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]
    assert gdelt.EVENT_COLUMNS[26:30] == ["EventCode", "EventBaseCode", "EventRootCode", "QuadClass"]
    assert len(gdelt.MENTION_COLUMNS) == 16 and len(gdelt.GKG_COLUMNS) == 27


ARTICLES = [
    {"id": "g-1", "source": "Wire", "url": "https://wire.example/g-1", "published": "2019-04-30T18:00:00",
     "text": "Police arrested 20 protesters in Caracas on Tuesday. Venezuelan troops fired tear gas at "
             "demonstrators in the capital, and 12 people were injured, a hospital official said."},
    {"id": "g-2", "source": "Herald", "url": "https://herald.example/g-2", "published": "2019-05-01T07:00:00",
     "text": "Police in Caracas arrested 20 protesters on Tuesday, officials said."},
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from lapwing.runners.local import PipelineOptions, run_into_store
    from lapwing.store import open_store
    from lapwing.export.tables import export

    tmp = tmp_path_factory.mktemp("gdelt")
    src = tmp / "in.jsonl"
    src.write_bytes(b"".join(orjson.dumps(a) + b"\n" for a in ARTICLES))
    db = tmp / "g.duckdb"
    with open_store(db) as st:
        run_into_store([src], st, PipelineOptions())
    out = {}
    with open_store(db, read_only=True) as st:
        for fmt in ("gdelt-events", "gdelt-mentions", "gdelt-gkg"):
            out[fmt] = tmp / f"{fmt}.tsv"
            assert export(st, fmt, str(out[fmt])) > 0
    return out


def test_events_round_trip_the_arrest(exported):
    rows = read_tsv(exported["gdelt-events"], gdelt.EVENT_COLUMNS, EVENT_INT, EVENT_FLOAT)
    arrests = [r for r in rows if r["EventCode"] == "173"]
    assert len(arrests) == 1, "one arrest reported by two outlets is one event"
    a = arrests[0]
    assert a["EventCode"] == "173" and a["EventBaseCode"] == "173" and a["QuadClass"] == 4
    assert a["SQLDATE"] == 20190430 and a["MonthYear"] == 201904 and a["Year"] == 2019
    assert a["Actor1Code"] == "VENCOP" and a["Actor1CountryCode"] == "VEN" and a["Actor1Type1Code"] == "COP"
    assert a["Actor2Type1Code"] == "CVL"
    assert (a["NumMentions"], a["NumArticles"], a["NumSources"]) == (2, 2, 2)
    assert a["ActionGeo_Type"] == "4" and a["ActionGeo_FullName"].startswith("Caracas")
    assert a["ActionGeo_CountryCode"] == "VE"  # FIPS 10-4, as GDELT
    assert abs(a["ActionGeo_Lat"] - 10.49) < 0.2 and abs(a["ActionGeo_Long"] + 66.88) < 0.2
    assert a["ActionGeo_FeatureID"].isdigit()
    assert re.fullmatch(r"\d{14}", str(a["DATEADDED"])) and a["SOURCEURL"].startswith("https://")
    assert a["IsRootEvent"] == 1
    ids = [r["GLOBALEVENTID"] for r in rows]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_mentions_point_at_the_trigger(exported):
    events = {r["GLOBALEVENTID"]: r for r in read_tsv(exported["gdelt-events"], gdelt.EVENT_COLUMNS, EVENT_INT, EVENT_FLOAT)}
    rows = read_tsv(exported["gdelt-mentions"], gdelt.MENTION_COLUMNS, MENTION_INT, {"MentionDocTone"})
    texts = {a["url"]: a["text"] for a in ARTICLES}
    assert {r["GLOBALEVENTID"] for r in rows} == set(events)
    for ev_id, ev in events.items():
        assert sum(1 for r in rows if r["GLOBALEVENTID"] == ev_id) == ev["NumMentions"]
    arrest = next(i for i, e in events.items() if e["EventCode"] == "173")
    for r in (r for r in rows if r["GLOBALEVENTID"] == arrest):
        text = texts[r["MentionIdentifier"]]
        assert text[r["ActionCharOffset"]:].startswith("arrested")
        assert text[r["Actor1CharOffset"]:].startswith("Police")
        assert r["MentionType"] == 1 and 0 < r["Confidence"] <= 100 and r["MentionDocLen"] == len(text)
        assert r["SentenceID"] == 1


def test_gkg_fields_use_the_codebook_delimiters(exported):
    rows = read_tsv(exported["gdelt-gkg"], gdelt.GKG_COLUMNS)
    assert len(rows) == 2
    g1 = next(r for r in rows if r["V2DOCUMENTIDENTIFIER"].endswith("g-1"))
    counts = [c.split("#") for c in g1["V2.1COUNTS"].split(";") if c]
    assert all(len(c) == 11 for c in counts)
    assert {c[0]: c[1] for c in counts}.get("WOUND") == "12" and {c[0]: c[1] for c in counts}.get("ARREST") == "20"
    locs = [x.split("#") for x in g1["V2ENHANCEDLOCATIONS"].split(";") if x]
    assert locs and all(len(x) == 9 for x in locs) and any(x[1].startswith("Caracas") for x in locs)
    tone = g1["V1.5TONE"].split(",")
    assert len(tone) == 7 and float(tone[0]) < 0 and int(tone[6]) == len(ARTICLES[0]["text"].split())
    dates = [d.split("#") for d in g1["V2.1ENHANCEDDATES"].split(";") if d]
    assert all(len(d) == 5 for d in dates)
    assert re.fullmatch(r"\d{14}-\d+", g1["GKGRECORDID"])


def test_gdelt_export_needs_clustered_events(tmp_path):
    from lapwing.export.tables import ExportError, export
    from lapwing.store import open_store

    with open_store(tmp_path / "e.duckdb") as st:  # an empty store exports empty files
        assert export(st, "gdelt-events", str(tmp_path / "e.tsv")) == 0
        with pytest.raises(ExportError, match="leave out --table"):
            export(st, "gdelt-events", str(tmp_path / "e.tsv"), table="events")
