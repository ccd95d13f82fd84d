"""The service, the queries and the exports run unchanged on a PostgreSQL store: the same articles
stored in DuckDB and in PostgreSQL give the same answers from every read endpoint and the same
export files; the service stores articles in PostgreSQL while reads go on."""

from __future__ import annotations

import csv
import json
import threading
import warnings

import duckdb
import pytest

warnings.filterwarnings("ignore", message=".*httpx.*")
pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from lapwing.api.app import create_app  # noqa: E402
from lapwing.api.settings import ApiSettings  # noqa: E402
from lapwing.export.tables import export  # noqa: E402
from lapwing.store import open_store  # noqa: E402

TOKEN = "service-token-0123456789"

STORIES = [
    {"id": "svc-1", "source": "Harbour Wire", "published": "2022-09-05T08:00:00Z", "title": "Dockers strike",
     "text": "Riot police detained 30 striking dock workers in Mombasa on Monday, a union official said.\n\n"
             "\"We will not go back to work until wages are paid,\" said Joseph Otieno, a union leader."},
    {"id": "svc-2", "source": "Valley Times", "published": "2022-09-05T12:00:00Z", "title": "Ministers meet",
     "text": "The foreign ministers of Ghana and Nigeria met in Accra on Monday to discuss border trade, "
             "officials said. Ghana later signed a trade agreement with Nigeria."},
    {"id": "svc-3", "source": "Coast Courier", "published": "2022-09-06T07:00:00Z", "title": "Arrests at the port",
     "text": "Police in Mombasa detained dozens of striking dock workers on Monday, witnesses said. "
             "The Kenyan government condemned the strike."},
    {"id": "svc-4", "source": "Valley Times", "published": "2022-09-07T09:00:00Z", "title": "Aid",
     "text": "Japan pledged emergency food aid to drought victims in Somalia, the government in Tokyo said on Wednesday."},
]


@pytest.fixture(scope="module")
def stores(tmp_path_factory, request):
    """The same stories stored in a DuckDB file and in a PostgreSQL database: ``(duckdb path, url)``."""
    from lapwing.runners.local import PipelineOptions, run_into_store

    server = request.getfixturevalue("pg_server")
    tmp = tmp_path_factory.mktemp("svc")
    src = tmp / "stories.jsonl"
    src.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    dbs = (str(tmp / "svc.duckdb"), server.create_database("lw_service"))
    for db in dbs:
        with open_store(db) as st:
            run_into_store([src], st, PipelineOptions())
    return dbs


GETS = [
    ("/health", {}),
    ("/events", {"limit": 100}),
    ("/events", {"sort": "mentions", "limit": 3}),
    ("/events", {"country": "KEN", "cameo": "17"}),
    ("/events", {"since": "2022-09-06", "sort": "goldstein"}),
    ("/actors", {}),
    ("/quotes", {}),
    ("/quotes", {"speaker": "Otieno"}),
    ("/timeline", {"by": "quad"}),
    ("/timeline", {"by": "plover"}),
    ("/map", {}),
    ("/network", {}),
]


def test_every_read_endpoint_answers_the_same_on_postgresql(stores):
    answers = []
    for db in stores:
        app = create_app(ApiSettings(db=db))
        with TestClient(app) as c:
            got = []
            for path, params in GETS:
                r = c.get(path, params=params)
                assert r.status_code == 200, (db, path, r.text)
                got.append(r.json())
            top = got[2]["items"][0]["event_id"]
            r = c.get(f"/events/{top}")
            assert r.status_code == 200 and r.json()["mentions"]
            got.append(r.json())
        app.state.access.close()
        answers.append(got)
    duck, pg = answers
    assert duck[1]["total"] > 0 and duck[6]["total"] > 0  # there is something to compare
    for (path, params), a, b in zip(GETS + [("/events/ID", {})], duck, pg):
        if path == "/health":
            a, b = {k: v for k, v in a.items() if k != "db"}, {k: v for k, v in b.items() if k != "db"}
        assert a == b, (path, params)


def test_exports_are_the_same_from_postgresql(stores, tmp_path):
    files = {}
    for name, db in zip(("duck", "pg"), stores):
        with open_store(db, read_only=True) as st:
            for fmt, table in (("csv", "events"), ("csv", "happenings"), ("jsonl", "quotes"), ("jsonl", "records"),
                               ("gdelt-events", None), ("gdelt-mentions", None), ("gdelt-gkg", None),
                               ("parquet", "articles")):
                out = tmp_path / f"{name}-{fmt}-{table}"
                files[(name, fmt, table)] = out
                assert export(st, fmt, str(out), table) > 0, (name, fmt, table)
    for (name, fmt, table), path in files.items():
        if name != "duck":
            continue
        other = files[("pg", fmt, table)]
        if fmt == "parquet":  # the same rows and columns; run ids and times differ between the two stores
            cols = "id, title, text, status, content_hash, tone, warnings, model"
            q = "SELECT {} FROM read_parquet('{}') ORDER BY id"
            assert duckdb.sql(q.format(cols, path)).fetchall() == duckdb.sql(q.format(cols, other)).fetchall()
            continue
        assert path.read_bytes() == other.read_bytes(), (fmt, table)
    rows = list(csv.DictReader(open(files[("pg", "csv", "events")], newline="")))
    assert rows and rows[0]["article_url"] is not None


def test_the_service_stores_articles_in_postgresql_while_reads_go_on(pg_db):
    url = pg_db("svc_write")
    one = {"id": "post-pg-1", "source": "Harbour Wire", "published": "2022-10-03",
           "text": "The prime minister of India met the president of Brazil in New Delhi on Monday to discuss trade, "
                   "officials said."}
    app = create_app(ApiSettings(db=url, token=TOKEN))
    try:
        with TestClient(app) as c:
            c.post("/articles", json=one)  # the pipeline is loaded before the race
            statuses: list[int] = []
            stop = threading.Event()

            def reader() -> None:
                while not stop.is_set():
                    statuses.append(c.get("/events", params={"limit": 5}).status_code)

            threads = [threading.Thread(target=reader) for _ in range(3)]
            for t in threads:
                t.start()
            try:
                r = c.post("/articles?store=true", json=one, headers={"Authorization": f"Bearer {TOKEN}"})
            finally:
                stop.set()
                for t in threads:
                    t.join()
            assert r.status_code == 200, r.text
            assert r.json()["stored"]["new"] == 1 and r.json()["stored"]["events"] >= 1
            assert statuses and set(statuses) == {200}
            assert c.get("/health").json()["articles"] == 1
            again = c.post("/articles?store=true", json=one, headers={"Authorization": f"Bearer {TOKEN}"})
            assert again.json()["stored"]["unchanged"] == 1
        # and a `lapwing run` process may write the same store meanwhile: nothing holds it
        with open_store(url) as st:
            assert st.lookup(["post-pg-1"])["post-pg-1"][1] == "ok"
    finally:
        app.state.access.close()
