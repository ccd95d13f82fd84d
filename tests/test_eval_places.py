"""The place scorers: metrics, tiny gold sets written here, and smoke runs on the shared data."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from lapwing.eval import event_location as ev_loc
from lapwing.eval import places as ev_places
from lapwing.geo.resolve import MAX_ERROR_KM


# ----------------------------------------------------------------- metrics
def test_summary_metrics():
    errs = [0.0, 100.0, 200.0, MAX_ERROR_KM]
    s = ev_places.summarise(errs)
    assert s["n"] == 4
    assert s["acc@161"] == 0.5
    assert s["median_km"] == 150.0
    assert s["mean_km"] == pytest.approx(sum(errs) / 4, abs=0.1)
    ys = sorted(math.log1p(e) / math.log1p(MAX_ERROR_KM) for e in errs)
    expected = sum((a + b) / 2 for a, b in zip(ys, ys[1:])) / 3
    assert s["auc"] == pytest.approx(expected, abs=1e-4)
    assert ev_places.auc([0.0, 0.0]) == 0.0
    assert ev_places.auc([MAX_ERROR_KM]) == pytest.approx(1.0)


# ----------------------------------------------------------------- places scorer on a tiny gold set
_ARTICLES = [
    ("a1", "Floods hit Gainesville, Ga., on Monday. Hall County officials opened shelters near Lake Lanier "
           "as the Georgia governor toured the area.",
     [("Gainesville", 34.2979, -83.8241), ("Georgia", 32.75, -83.5)]),
    ("a2", "NAIROBI, March 3 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi and Mombasa "
           "on Tuesday.",
     [("Kenyan", 1.0, 38.0), ("Nairobi", -1.2833, 36.8167), ("Mombasa", -4.0547, 39.6636)]),
]


def _write_lgl(path: Path) -> None:
    parts = ['<?xml version="1.0" encoding="utf-8"?>', "<articles>"]
    for docid, text, tops in _ARTICLES:
        parts.append(f'<article docid="{docid}"><text><![CDATA[{text}]]></text><toponyms count="{len(tops)}">')
        for phrase, lat, lon in tops:
            start = text.index(phrase, 1 if phrase == "Nairobi" else 0)  # the Nairobi after the dateline
            parts.append(
                f"<toponym><start>{start}</start><end>{start + len(phrase)}</end><phrase>{phrase}</phrase>"
                f"<gaztag><name>{phrase}</name><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>"
            )
        parts.append("</toponyms></article>")
    parts.append("</articles>")
    path.write_text("\n".join(parts), encoding="utf-8")


def test_places_scorer_on_a_tiny_gold_set(tmp_path):
    gold = tmp_path / "tiny_lgl.xml"
    _write_lgl(gold)
    docs = ev_places.load_lgl(gold)
    assert [len(d.toponyms) for d in docs] == [2, 3]
    assert docs[1].text[docs[1].toponyms[1].start:docs[1].toponyms[1].end] == "Nairobi"
    res = ev_places.run(str(gold), details=True)
    assert res["n"] == 5 and res["documents"] == 2
    assert res["acc@161"] == 1.0, res["toponyms"]
    assert res["median_km"] < 50 and res["auc"] < 0.35
    assert res["unresolved"] == 0
    names = {t["text"]: t["name"] for t in res["toponyms"]}
    assert names["Georgia"] == "Georgia" and names["Kenyan"] == "Kenya"
    assert "acc@161" in ev_places.report(res)


def test_places_scorer_rejects_unknown_gold():
    with pytest.raises(ValueError, match="unknown gold set"):
        ev_places.run("no-such-set")


# ----------------------------------------------------------------- event-location scorer on a tiny gold set
def _record(text: str, verb: str, loc: str | None, source: str = "RELABEL") -> dict:
    tokens, pos = [], 0
    for i, word in enumerate(text.replace(".", " .").replace(",", " ,").split()):
        start = text.index(word, pos)
        tokens.append({"id": i, "start": start, "end": start + len(word), "text": word})
        pos = start + len(word)

    def tok_range(phrase: str) -> tuple[int, int]:
        words = phrase.split()
        for i in range(len(tokens)):
            if [t["text"] for t in tokens[i:i + len(words)]] == words:
                return i, i + len(words) - 1
        raise AssertionError(phrase)

    spans = []
    vs, ve = tok_range(verb)
    spans.append({"label": "VERB", "token_start": vs, "token_end": ve, "start": 0, "end": 0})
    if loc:
        ls, le = tok_range(loc)
        spans.append({"label": "LOCATION", "token_start": ls, "token_end": le, "start": 0, "end": 0})
    return {"_id": text[:20], "text": text, "tokens": tokens, "spans": spans, "source": source, "answer": "accept"}


def test_event_location_scorer_on_a_tiny_gold_set(tmp_path):
    records = [
        _record("Thousands of protesters marched in Nairobi on Sunday .", "marched", "Nairobi"),
        _record("A cab driver from Abidjan was shot by police .", "shot", None),
        _record("Rebels captured Knin on Saturday after heavy fighting .", "captured", "Knin"),
        _record("Officials in Kabul said two soldiers were killed in Kandahar .", "killed", "Kandahar"),
        _record("This one is not gold and is left out .", "left", None, source="APW_RA"),
    ]
    gold = tmp_path / "tiny_event_location.json"
    gold.write_text(json.dumps(records), encoding="utf-8")
    sentences = ev_loc.load_gold(gold)
    assert len(sentences) == 4
    res = ev_loc.run(str(gold))
    assert res["sentences"] == 4
    assert res["with_location"]["n"] == 3 and res["without_location"]["n"] == 1
    assert res["accuracy"] == 1.0, res
    assert "accuracy" in ev_loc.report(res)


# ----------------------------------------------------------------- smoke runs on the shared data
_PLACES_DIR = ev_places.shared_data_dir() / "places"
_EVLOC = ev_places.shared_data_dir() / "events" / "event_location" / ev_loc.ZIP_NAME


@pytest.mark.skipif(not (_PLACES_DIR / "lgl" / "lgl.xml").exists(),
                    reason=f"shared LGL data not found at {_PLACES_DIR / 'lgl'} (set LAPWING_SHARED_DATA)")
def test_smoke_lgl_first_articles():
    res = ev_places.run("lgl", limit=8)
    assert res["documents"] == 8 and res["n"] > 20
    assert res["acc@161"] >= 0.5  # the first articles are hard (several towns named Alexandria)


@pytest.mark.skipif(not (_PLACES_DIR / "geowebnews" / "GWN.xml").exists(),
                    reason=f"shared GeoWebNews data not found at {_PLACES_DIR / 'geowebnews'}")
def test_smoke_geowebnews_first_articles():
    res = ev_places.run("geowebnews", limit=5)
    assert res["documents"] == 5 and res["n"] > 20
    assert res["acc@161"] >= 0.6


@pytest.mark.skipif(not _EVLOC.exists(), reason=f"shared event_location data not found at {_EVLOC}")
def test_smoke_event_location_sample():
    res = ev_loc.run(limit=60)
    assert res["sentences"] == 60
    assert res["accuracy"] >= 0.5
