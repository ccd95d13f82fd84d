"""The issue's "done when", end to end on a small subset: `lapwing run` of the example articles together with two
stories of the cluster gold set (part e's sanctions, with a syndicated copy, and raids reported by five outlets)
stores one event per happening with its mentions; `lapwing eval clusters --db` scores that store; `lapwing
events` (list and show) and the three GDELT exports work on it, read back by the codebooks' column counts."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from lapwing.export import gdelt

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"
STORIES = ("c69-", "c73-")


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from lapwing.cli import main

    with pytest.raises(SystemExit) as exc:
        main(args)
    return exc.value.code, capsys.readouterr().out


def _tsv(path: Path, columns: list[str]) -> list[dict[str, str]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("\t")
        assert len(fields) == len(columns), f"{path.name} line {n}: {len(fields)} fields, the codebook has {len(columns)}"
        rows.append(dict(zip(columns, fields)))
    return rows


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    from lapwing.cli import main
    from lapwing.eval.clusters import load_gold

    tmp = tmp_path_factory.mktemp("done")
    rows = [r for r in load_gold(part="e") if r["id"].startswith(STORIES)]
    gold = tmp / "gold.jsonl"
    gold.write_bytes(b"".join(orjson.dumps({k: r[k] for k in ("id", "source", "published", "title", "text")}) + b"\n"
                              for r in rows))
    db = tmp / "done.duckdb"
    with pytest.raises(SystemExit) as exc:
        main(["run", str(EXAMPLES), str(gold), "--db", str(db)])
    assert exc.value.code == 0
    return db, rows


def test_run_stores_one_event_per_happening_with_its_mentions(ran):
    from lapwing.eval.clusters import score_store
    from lapwing.store import open_store

    db, rows = ran
    res = score_store(rows, str(db))
    assert res["copies"] == 1 and res["events_started_by_copies"] == 0  # c69-copy adds mentions, never events
    assert res["happenings_scored"] >= 5
    # the raids (wire, local paper, brief, the next day's update) are one event: what the dateline (Karlsruhe)
    # and the arrested "men" / "members" rules join; the arrests in Hamburg a week later and in Vienna stay apart
    assert "M08" not in res["split"], res["split"]
    assert not [m for m in res["merged"] if "M08" in m or "X73a" in m or "X73b" in m], res["merged"]
    with open_store(db, read_only=True) as st:
        # the sanctions (wire, its copy, "EU sanctions ..." in a brief) are one event: the acronym rule
        sanctions = st.con.execute("SELECT DISTINCT m.event_id FROM happening_mentions m JOIN happenings h "
                                   "USING (event_id) WHERE h.cameo = '163' AND m.article_id IN "
                                   "('c69-wire', 'c69-copy', 'c69-brief')").fetchall()
        n_events = st.con.execute("SELECT count(*) FROM events").fetchone()[0]
        n_mentions = st.con.execute("SELECT count(*) FROM happening_mentions").fetchone()[0]
        with_events = st.con.execute("SELECT DISTINCT article_id FROM events ORDER BY 1").fetchall()
        with_mentions = st.con.execute("SELECT DISTINCT article_id FROM happening_mentions ORDER BY 1").fetchall()
    assert len(sanctions) == 1, sanctions
    # every stored event mention, the examples' included, has its event
    assert n_mentions == n_events and with_events == with_mentions
    assert sum(a.startswith("lw-") for (a,) in with_mentions) >= 3


def test_events_command_and_gdelt_exports_work_on_it(ran, tmp_path, capsys):
    db, rows = ran
    code, out = _cli(["events", "--db", str(db), "--cameo", "173", "--country", "DEU", "--format", "json"], capsys)
    assert code == 0
    raids = [e for e in json.loads(out)["events"] if e["num_articles"] >= 4]
    assert len(raids) == 1, json.loads(out)["events"]
    raid = raids[0]
    # the event's place is the one its reports name (Berlin), though its representative, a brief, names none
    assert raid["place_name"] == "Berlin" and raid["place_country"] == "DEU"
    code, out = _cli(["events", "--db", str(db), "show", raid["event_id"]], capsys)
    assert code == 0 and "c73-wire" in out and "c73-spree" in out
    files = {}
    for fmt in ("gdelt-events", "gdelt-mentions", "gdelt-gkg"):
        files[fmt] = tmp_path / f"{fmt}.tsv"
        code, _out = _cli(["export", "--db", str(db), "--format", fmt, "--out", str(files[fmt])], capsys)
        assert code == 0
    events = _tsv(files["gdelt-events"], gdelt.EVENT_COLUMNS)
    mentions = _tsv(files["gdelt-mentions"], gdelt.MENTION_COLUMNS)
    gkg = _tsv(files["gdelt-gkg"], gdelt.GKG_COLUMNS)
    code, out = _cli(["events", "--db", str(db), "--format", "json", "--limit", "100000"], capsys)
    assert len(events) == json.loads(out)["total"] > 0
    per_event: dict[str, int] = {}
    for m in mentions:
        per_event[m["GLOBALEVENTID"]] = per_event.get(m["GLOBALEVENTID"], 0) + 1
    assert all(per_event.get(e["GLOBALEVENTID"]) == int(e["NumMentions"]) for e in events)
    row = next(e for e in events if e["EventCode"] == "173" and int(e["NumArticles"]) == raid["num_articles"])
    assert row["Actor1CountryCode"] == "DEU" and row["EventRootCode"] == "17" and row["QuadClass"] == "4"
    n_examples = sum(1 for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(gkg) == n_examples + len(rows)  # one GKG record per article
