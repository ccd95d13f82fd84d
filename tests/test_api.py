"""The REST API (lapwing.api) against a real store built by the shipped pipeline from short
articles written for these tests (fictional organisers and outlets, well-known public figures)."""

from __future__ import annotations

import contextlib
import json
import re
import warnings

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*")
pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from lapwing.api.app import create_app  # noqa: E402
from lapwing.api.settings import ENV_TOKEN, ApiSettings, SettingsError  # noqa: E402

TOKEN = "test-token-0123456789"

ARTICLES = [
    {"id": "api-nairobi-1", "source": "Test Wire", "published": "2023-07-12T09:00:00Z",
     "title": "Police arrest protesters in Nairobi",
     "text": "NAIROBI, July 12 (Test Wire) - Kenyan police arrested dozens of protesters in Nairobi on Tuesday "
             "after a march against new taxes.\n\n\"We will keep marching until the taxes are withdrawn,\" said "
             "Amina Wekesa, an opposition organiser.\n\nThe Kenyan government condemned the protests."},
    {"id": "api-nairobi-2", "source": "Lakeside Daily", "published": "2023-07-12T15:00:00Z",
     "title": "Demonstrators detained",
     "text": "Police in Nairobi detained dozens of demonstrators on Tuesday, witnesses said. Opposition leaders "
             "demanded the release of the detainees, and the interior minister said the police had acted lawfully."},
    {"id": "api-paris-1", "source": "Continental Post", "published": "2023-07-10T18:00:00Z",
     "title": "France and Germany sign energy deal",
     "text": "PARIS, July 10 - French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on "
             "Monday. France and Germany signed an agreement on energy cooperation, officials said.\n\n"
             "\"This is a good day for Europe,\" Macron told reporters."},
    {"id": "api-xss", "source": "Test Wire <b>", "published": "2023-07-13",
     "title": "<img src=x onerror=alert(1)>",
     "text": "<script>alert('x')</script> Egyptian police arrested three activists in Cairo on Wednesday, "
             "<img src=x onerror=alert(1)> the interior ministry said."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from lapwing.runners.local import PipelineOptions, run_into_store
    from lapwing.store import open_store

    tmp = tmp_path_factory.mktemp("api")
    src = tmp / "articles.jsonl"
    src.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    path = tmp / "api.duckdb"
    with open_store(path) as st:
        run_into_store([src], st, PipelineOptions())
    return path


@pytest.fixture(scope="module")
def client(db):
    app = create_app(ApiSettings(db=str(db)))
    with TestClient(app) as c:
        yield c
    app.state.access.close()


def _error(r, status, kind=None):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error", "message", "hint"} and body["message"] and body["hint"]
    if kind:
        assert body["error"] == kind
    return body


# ---------------------------------------------------------------------------------------- reads
def test_health(client):
    h = client.get("/health").json()
    assert h["status"] == "ok" and h["articles"] == 4 and h["events"] >= 4 and h["mentions"] >= h["events"]
    assert h["writes_enabled"] is False and h["reads_protected"] is False


def test_events_filters_sort_and_pages(client):
    page = client.get("/events").json()
    assert page["total"] == len(page["items"]) >= 4 and page["next_offset"] is None
    dates = [e["date_from"] for e in page["items"] if e["date_from"]]
    assert dates == sorted(dates, reverse=True)  # newest first
    arrests = client.get("/events", params={"cameo": "17"}).json()
    assert arrests["total"] >= 2 and all(e["cameo"].startswith("17") for e in arrests["items"])
    kenya = client.get("/events", params={"cameo": "173", "country": "ken"}).json()["items"]
    assert len(kenya) == 1 and kenya[0]["num_mentions"] >= 1 and kenya[0]["source_country"] == "KEN"
    assert client.get("/events", params={"actor": "Scholz"}).json()["total"] >= 1
    assert client.get("/events", params={"place": "Paris", "quad": 1}).json()["total"] >= 1
    assert client.get("/events", params={"since": "2030-01-01"}).json() == {
        "total": 0, "limit": 50, "offset": 0, "next_offset": None, "sort": "date", "items": []}
    # pages: two at a time, every event exactly once
    total, seen, offset = page["total"], [], 0
    while offset is not None:
        p = client.get("/events", params={"limit": 2, "offset": offset, "sort": "mentions"}).json()
        assert len(p["items"]) <= 2
        seen += [e["event_id"] for e in p["items"]]
        offset = p["next_offset"]
    assert len(seen) == len(set(seen)) == total
    first = client.get("/events", params={"sort": "mentions", "limit": 1}).json()["items"][0]
    assert first["num_mentions"] == max(e["num_mentions"] for e in page["items"])


@pytest.mark.parametrize("params,name", [
    ({"quad": 7}, "quad"), ({"cameo": "abc"}, "cameo"), ({"status": "rumoured"}, "status"),
    ({"since": "last week"}, "since"), ({"limit": 0}, "limit"), ({"limit": 100000}, "limit"),
    ({"sort": "alphabet"}, "sort"), ({"offset": -1}, "offset"),
])
def test_bad_parameters_say_which_and_what_to_do(client, params, name):
    body = _error(client.get("/events", params=params), 422, "invalid_parameter")
    assert body["message"].startswith(name)


def test_event_detail_has_mentions_sentences_and_spans(client):
    ev = client.get("/events", params={"cameo": "173", "country": "KEN"}).json()["items"][0]
    d = client.get(f"/events/{ev['event_id']}").json()
    assert d["event_id"] == ev["event_id"] and len(d["mentions"]) == ev["num_mentions"] >= 1
    assert d["place_lat"] is not None and d["mentions"][0]["outlet"] == "Test Wire"
    for m in d["mentions"]:
        for a, b in m["spans"].values():
            assert 0 <= a < b <= len(m["sentence"])
    arrest = next(m for m in d["mentions"] if m["article_id"] == "api-nairobi-1" and m["cameo"] == "173")
    s0, s1 = arrest["spans"]["trigger"]
    assert arrest["sentence"][s0:s1] == "arrested"
    a, b = arrest["spans"]["source"]
    assert arrest["sentence"][a:b] == "Kenyan police"
    assert arrest["sentence"].startswith("NAIROBI") or "Kenyan police arrested" in arrest["sentence"]


def test_unknown_event_and_path_are_404_with_a_hint(client):
    body = _error(client.get("/events/ev-does-not-exist"), 404, "not_found")
    assert "GET /events" in body["hint"]
    body = _error(client.get("/no/such/thing"), 404, "not_found")
    assert "/docs" in body["hint"]
    _error(client.delete("/events"), 405, "method_not_allowed")


def test_actors(client):
    items = client.get("/actors").json()["items"]
    ken = [a for a in items if a["country"] == "KEN" and a["sector"] == "COP"]
    assert ken and ken[0]["events"] >= 1 and ken[0]["targets"][0]["sector"] == "CVL"
    assert len(client.get("/actors", params={"limit": 1}).json()["items"]) == 1
    assert all(a["country"] == "FRA" or any(t["country"] == "FRA" for t in a["targets"]) or True
               for a in client.get("/actors", params={"country": "FRA"}).json()["items"])


def test_quotes(client):
    page = client.get("/quotes").json()
    assert page["total"] >= 3
    macron = client.get("/quotes", params={"speaker": "macron"}).json()["items"]
    assert any("good day for Europe" in q["text"] for q in macron)
    assert all(q["outlet"] == "Continental Post" for q in macron)
    assert client.get("/quotes", params={"article_id": "api-nairobi-1"}).json()["items"][0]["speaker_text"] == "Amina Wekesa"
    assert client.get("/quotes", params={"until": "2023-07-11"}).json()["total"] == len(
        client.get("/quotes", params={"article_id": "api-paris-1"}).json()["items"])
    p1 = client.get("/quotes", params={"limit": 1}).json()
    assert len(p1["items"]) == 1 and p1["next_offset"] == 1


def test_timeline_by_quad_and_plover(client):
    t = client.get("/timeline").json()
    assert t["by"] == "quad" and t["buckets"]
    assert sum(b["events"] for b in t["buckets"]) == client.get("/events").json()["total"]
    assert {b["key"] for b in t["buckets"]} <= {"1", "2", "3", "4", None}
    days = [b["day"] for b in t["buckets"]]
    assert days == sorted(days)
    p = client.get("/timeline", params={"by": "plover", "cameo": "17"}).json()
    types = {e["plover_type"] for e in client.get("/events", params={"cameo": "17"}).json()["items"]}
    assert p["by"] == "plover" and p["buckets"] and {b["key"] for b in p["buckets"]} == types
    assert all(b["mean_goldstein"] is not None for b in p["buckets"])
    _error(client.get("/timeline", params={"by": "week"}), 422)


def test_map_is_geojson(client):
    m = client.get("/map").json()
    assert m["type"] == "FeatureCollection" and m["total"] == len(m["features"]) >= 3
    for f in m["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    nairobi = [f for f in client.get("/map", params={"place": "Nairobi"}).json()["features"]]
    assert nairobi and all(abs(f["geometry"]["coordinates"][1] + 1.28) < 0.5 for f in nairobi)  # south of the equator
    assert len(client.get("/map", params={"limit": 1}).json()["features"]) == 1


def test_network(client):
    n = client.get("/network").json()
    ids = {x["id"] for x in n["nodes"]}
    assert "KEN-COP" in ids and "FRA-GOV" in ids
    assert all(e["source"] in ids and e["target"] in ids for e in n["edges"])
    edge = next(e for e in n["edges"] if e["source"] == "KEN-COP" and e["target"] == "KEN-CVL")
    assert edge["events"] == 1 and edge["mentions"] >= 1 and edge["mean_goldstein"] < 0
    assert client.get("/network", params={"min_events": 100}).json() == {"nodes": [], "edges": []}


def test_untrusted_article_text_comes_back_as_json_text(client):
    r = client.get("/quotes", params={"article_id": "api-xss"})
    assert r.headers["content-type"].startswith("application/json")
    assert "<script>alert('x')</script>" in r.json()["items"][0]["text"]  # verbatim, as data, never HTML
    ev = client.get("/events", params={"country": "EGY"}).json()["items"][0]
    d = client.get(f"/events/{ev['event_id']}")
    assert d.headers["content-type"].startswith("application/json")
    assert d.json()["mentions"][0]["title"] == "<img src=x onerror=alert(1)>"


def test_a_crash_is_a_json_500(db, monkeypatch):
    from lapwing.store import queries

    def boom(*a, **k):
        raise RuntimeError("synthetic failure")

    monkeypatch.setattr(queries, "network", boom)
    app = create_app(ApiSettings(db=str(db)))
    try:
        with TestClient(app, raise_server_exceptions=False) as c:
            body = _error(c.get("/network"), 500, "internal_error")
            assert "RuntimeError" in body["message"] and "report" in body["hint"]
    finally:
        app.state.access.close()


# ---------------------------------------------------------------------------------------- docs
def test_docs_page_and_spec_are_served_offline(client):
    r = client.get("/docs")
    assert r.status_code == 200 and "swagger-ui" in r.text
    hosts = re.findall(r"(?:https?:)?//[A-Za-z0-9.-]+", r.text)
    assert hosts == [], f"the docs page refers to outside hosts: {hosts}"
    for src in re.findall(r'(?:src|href)="([^"]+)"', r.text):
        assert src.startswith("/"), src
        assert client.get(src).status_code == 200, src
    spec = client.get("/openapi.json").json()
    assert {"/events", "/events/{event_id}", "/actors", "/quotes", "/timeline", "/map", "/network", "/health",
            "/articles"} <= set(spec["paths"])
    assert "ErrorBody" in spec["components"]["schemas"]


# ---------------------------------------------------------------------------------------- writes and limits
@contextlib.contextmanager
def _client(tmp_path, **kw):
    """A client of a new app on ``tmp_path/w.duckdb``; the app's connection is closed afterwards (in one
    process DuckDB refuses a read-write connection while a read-only one to the same file is open)."""
    app = create_app(ApiSettings(db=str(tmp_path / "w.duckdb"), **kw))
    try:
        with TestClient(app) as c:
            yield c
    finally:
        app.state.access.close()


ONE = {"id": "post-1", "title": "Talks", "published": "2024-03-05", "source": "Harbour Times",
       "text": "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on "
               "Monday to discuss trade, officials said."}


def test_post_analyses_without_storing(tmp_path):
    with _client(tmp_path) as c:
        r = c.post("/articles", json=ONE)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["stored"] is None and len(body["records"]) == 1
        rec = body["records"][0]
        assert rec["status"] == "ok" and rec["article"]["id"] == "post-1"
        assert any(e["cameo"].startswith("04") for e in rec["events"])
        # a batch: a list, and JSON Lines; a line without text is a skipped record, not an error
        r = c.post("/articles", json=[ONE, {"id": "empty", "text": " "}])
        assert [x["status"] for x in r.json()["records"]] == ["ok", "skipped"]
        lines = json.dumps(ONE) + "\n\n" + json.dumps({"title": "no text"}) + "\n"
        r = c.post("/articles", content=lines, headers={"content-type": "application/x-ndjson"})
        assert [x["status"] for x in r.json()["records"]] == ["ok", "skipped"]
        assert c.get("/health").json()["articles"] == 0


def test_post_errors_are_json_with_hints(tmp_path):
    with _client(tmp_path, max_body_bytes=2000, max_batch=2) as c:
        assert "JSON" in _error(c.post("/articles", content=b"{not json", headers={"content-type": "application/json"}),
                                400, "invalid_json")["message"]
        _error(c.post("/articles", content=b"", headers={"content-type": "application/json"}), 400, "empty_body")
        body = _error(c.post("/articles", json=[ONE, ONE, ONE]), 413, "too_large")
        assert "at most 2" in body["message"] and "split" in body["hint"]
        big = {"text": "The minister spoke. " * 200}
        assert "bytes" in _error(c.post("/articles", json=big), 413, "too_large")["message"]
        lines = "\n".join(json.dumps({"text": f"line {i}"}) for i in range(3))
        _error(c.post("/articles", content=lines, headers={"content-type": "application/x-ndjson"}), 413, "too_large")


def test_store_needs_the_token(tmp_path):
    with _client(tmp_path) as c:  # no token configured: writes are off
        body = _error(c.post("/articles?store=true", json=ONE), 403, "writes_disabled")
        assert ENV_TOKEN in body["hint"]
    with _client(tmp_path, token=TOKEN) as c:
        r = c.post("/articles?store=true", json=ONE)
        _error(r, 401, "unauthorized")
        assert r.headers["www-authenticate"] == "Bearer"
        _error(c.post("/articles?store=true", json=ONE, headers={"Authorization": "Bearer wrong-token-xyz"}),
               403, "forbidden")
        _error(c.post("/articles?store=true", json=ONE, headers={"Authorization": f"Basic {TOKEN}"}), 401)
        auth = {"Authorization": f"Bearer {TOKEN}"}
        r = c.post("/articles?store=true", json=ONE, headers=auth)
        assert r.status_code == 200, r.text
        assert r.json()["stored"]["new"] == 1 and r.json()["stored"]["events"] >= 1
        # reads see the write at once (the read-only connection is reopened after it)
        assert c.get("/health").json()["articles"] == 1
        ev = c.get("/events", params={"country": "JPN"}).json()["items"]
        assert ev and "Kishida" in (ev[0]["source_text"] or "") + (ev[0]["target_text"] or "")
        again = c.post("/articles?store=true", json=ONE, headers=auth).json()["stored"]
        assert again["new"] == 0 and again["unchanged"] == 1
        assert c.get("/events").status_code == 200  # reads stay open


def test_reads_go_on_around_a_write(tmp_path):
    """Reads from several threads while a write closes and reopens the read-only connection."""
    import threading

    with _client(tmp_path, token=TOKEN) as c:
        c.get("/health")
        c.post("/articles", json=ONE)  # load the pipeline before the race
        statuses: list[int] = []
        stop = threading.Event()

        def reader():
            while not stop.is_set():
                statuses.append(c.get("/events", params={"limit": 5}).status_code)

        threads = [threading.Thread(target=reader) for _ in range(3)]
        for t in threads:
            t.start()
        try:
            r = c.post("/articles?store=true", json=ONE, headers={"Authorization": f"Bearer {TOKEN}"})
        finally:
            stop.set()
            for t in threads:
                t.join()
        assert r.status_code == 200, r.text
        assert statuses and set(statuses) == {200}
        assert c.get("/health").json()["articles"] == 1


def test_reads_can_be_protected(tmp_path):
    with _client(tmp_path, token=TOKEN, protect_reads=True) as c:
        _error(c.get("/events"), 401, "unauthorized")
        _error(c.get("/map", headers={"Authorization": "Bearer nope-nope-nope"}), 403, "forbidden")
        assert c.get("/events", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert c.get("/health").status_code == 200  # for load balancers


def test_settings_from_config_and_environment(tmp_path):
    cfg = tmp_path / "api.toml"
    cfg.write_text('[api]\ntoken = "from-the-config-file"\nmax_batch = 7\n', encoding="utf-8")
    s = ApiSettings.load("x.duckdb", cfg, env={})
    assert s.token == "from-the-config-file" and s.max_batch == 7 and not s.protect_reads
    assert ApiSettings.load("x.duckdb", cfg, env={ENV_TOKEN: "from-the-environment"}).token == "from-the-environment"
    cfg.write_text('[api]\nprotect_reads = true\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="needs a token"):
        ApiSettings.load("x.duckdb", cfg, env={})
    cfg.write_text('[api]\ntokn = "typo-typo-typo"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="unknown key"):
        ApiSettings.load("x.duckdb", cfg, env={})


def test_serve_command_is_there():
    from typer.testing import CliRunner

    from lapwing.cli import app

    r = CliRunner().invoke(app, ["serve", "--help"])
    assert r.exit_code == 0 and "--db" in r.output and "--port" in r.output


# ---------------------------------------------------------------------------------------- the spec, fuzzed
schemathesis = pytest.importorskip("schemathesis")

@pytest.mark.schemathesis
def test_every_get_endpoint_keeps_to_its_spec(db):
    """Schemathesis generates requests from the OpenAPI spec for every GET endpoint and checks the
    answers: no server error, documented status codes and content types, bodies that match the schemas."""
    from hypothesis import HealthCheck, given, settings

    app = create_app(ApiSettings(db=str(db)))
    try:
        schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(method="GET")
        ops = [r.ok() for r in schema.get_all_operations()]
        assert len(ops) == 8
        for op in ops:
            @given(case=op.as_strategy())
            @settings(max_examples=10, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            def check(case):
                case.call_and_validate()

            check()
    finally:
        app.state.access.close()
