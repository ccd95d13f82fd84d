"""Text filters match what was typed: ``%`` and ``_`` in a filter (and the escape character ``\\``) are
the characters themselves, never ``ILIKE`` wildcards, in the API and in ``lapwing events --text``, on
DuckDB and on PostgreSQL. The articles are written for these tests: each wildcard filter has a sentence
it must find and one that it would wrongly find if the character were a wildcard."""

from __future__ import annotations

import json
import warnings

import pytest
from typer.testing import CliRunner

warnings.filterwarnings("ignore", message=".*httpx.*")
pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from lapwing.api.app import create_app  # noqa: E402
from lapwing.api.settings import ApiSettings  # noqa: E402
from lapwing.cli import app as cli_app  # noqa: E402
from lapwing.store import open_store  # noqa: E402
from lapwing.store.queries import contains_pattern  # noqa: E402

STORIES = [
    {"id": "wc-percent", "source": "Test Wire", "published": "2023-03-07", "title": "Fuel tax",
     "text": "Police arrested 40 traders in Nairobi on Tuesday after the tax on fuel rose by 50% this year.\n\n"
             "\"Prices rose 50% in a month,\" said Amina Wekesa, a trader."},
    {"id": "wc-percent-not", "source": "Test Wire", "published": "2023-03-19", "title": "Bread",
     "text": "Soldiers detained 12 bakers in Accra, Ghana, on Saturday after the price of bread rose by 500 percent.\n\n"
             "\"Bread now costs 500 shillings,\" said Kwame Mensah, a baker."},
    {"id": "wc-underscore", "source": "Test Wire", "published": "2023-03-10", "title": "Hacker",
     "text": "Police arrested the hacker behind the account free_press in Lagos on Friday."},
    {"id": "wc-underscore-not", "source": "Test Wire", "published": "2023-03-12", "title": "Editor",
     "text": "Soldiers detained the editor of the Free Press newspaper in Kampala on Sunday."},
]

#: filter value -> the article whose event alone it must find (None: no event)
TEXT_FILTERS = {"50%": "wc-percent", "%": "wc-percent", "free_press": "wc-underscore", "_": "wc-underscore",
                "\\": None, "50\\%": None, "%%": None}


def test_contains_pattern_escapes_the_wildcards_and_the_escape_character():
    assert contains_pattern("50%") == "%50\\%%"
    assert contains_pattern("a_b") == "%a\\_b%"
    assert contains_pattern("c:\\x") == "%c:\\\\x%"
    assert contains_pattern("Nairobi") == "%Nairobi%"


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def db(request, tmp_path_factory):
    """The stories stored in a DuckDB file or a PostgreSQL database (skipped where PostgreSQL is absent)."""
    from lapwing.runners.local import PipelineOptions, run_into_store

    tmp = tmp_path_factory.mktemp("wild")
    src = tmp / "stories.jsonl"
    src.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    if request.param == "duckdb":
        location = str(tmp / "wild.duckdb")
    else:
        location = request.getfixturevalue("pg_server").create_database("lw_wildcards")
    with open_store(location) as st:
        run_into_store([src], st, PipelineOptions())
    return location


@pytest.fixture(scope="module")
def client(db):
    app = create_app(ApiSettings(db=db))
    with TestClient(app) as c:
        yield c


def _articles_of(client, event_ids: list[str]) -> set[str]:
    out = set()
    for eid in event_ids:
        r = client.get(f"/events/{eid}")
        assert r.status_code == 200, r.text
        out |= {m["article_id"] for m in r.json()["mentions"]}
    return out


def test_every_story_has_an_event_with_its_sentence(client):
    r = client.get("/events", params={"limit": 100})
    events = r.json()["items"]
    assert _articles_of(client, [e["event_id"] for e in events]) == {s["id"] for s in STORIES}
    # the wildcard would match: both sentences of each pair contain what the unescaped pattern needs
    sentences = " ".join(e["rep_sentence"] for e in events)
    assert "500 percent" in sentences and "Free Press" in sentences


@pytest.mark.parametrize("value", list(TEXT_FILTERS))
def test_a_wildcard_in_the_text_filter_matches_only_itself_in_the_api(client, value):
    r = client.get("/events", params={"text": value, "limit": 100})
    assert r.status_code == 200, r.text
    events = r.json()["items"]
    want = TEXT_FILTERS[value]
    assert _articles_of(client, [e["event_id"] for e in events]) == ({want} if want else set()), value
    assert all(value.lower() in e["rep_sentence"].lower() for e in events)


def test_wildcards_in_actor_place_and_quote_filters_match_only_themselves(client):
    for name in ("actor", "place"):
        for value in ("%", "_", "\\"):  # no actor or place name here holds one of these
            r = client.get("/events", params={name: value})
            assert r.status_code == 200 and r.json()["total"] == 0, (name, value, r.text)
    assert client.get("/events", params={"place": "Nairobi"}).json()["total"] >= 1  # the filter works at all
    quotes = client.get("/quotes", params={"text": "50%"}).json()
    assert [q["article_id"] for q in quotes["items"]] == ["wc-percent"], quotes
    assert client.get("/quotes", params={"text": "500"}).json()["total"] == 1
    for value in ("%", "_"):
        assert client.get("/quotes", params={"speaker": value}).json()["total"] == 0, value
    assert client.get("/quotes", params={"text": "%"}).json()["total"] == 1


@pytest.mark.parametrize("value", ["50%", "_", "free_press"])
def test_lapwing_events_text_matches_a_wildcard_only_as_itself(db, client, value):
    res = CliRunner().invoke(cli_app, ["events", "--db", db, "--text", value, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    rows = rows["events"] if isinstance(rows, dict) else rows
    assert rows, f"lapwing events --text {value!r} found nothing"
    assert _articles_of(client, [e["event_id"] for e in rows]) == {TEXT_FILTERS[value]}
