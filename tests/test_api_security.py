"""Service hardening: injection through every filter and every article field, path traversal, CORS,
tokens on writes, size limits, untrusted text served as JSON only. Articles are written for these tests.
"""

from __future__ import annotations

import contextlib
import warnings
from urllib.parse import quote

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*")
pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from lapwing.api.app import create_app  # noqa: E402
from lapwing.api.settings import ApiSettings  # noqa: E402

TOKEN = "security-test-token-42"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

INJECTIONS = [
    "'; DROP TABLE articles; --",
    "\" OR 1=1 --",
    "x') OR ('1'='1",
    "1 UNION SELECT record_json FROM articles",
    "ARE'/**/OR/**/'a'='a",
    "\\'; DELETE FROM happenings; --",
    "$$; DROP TABLE runs; $$",
    "\x00'; DROP TABLE quotes; --",
]

BASE = {"id": "sec-base", "title": "Arrests in Nairobi", "published": "2024-05-07", "source": "Test Wire",
        "text": "Kenyan police arrested twenty protesters in Nairobi on Tuesday, officials said. \"We will march "
                "again,\" said Amina Wekesa, an opposition organiser."}

EVENT_FILTERS = ["country", "sector", "actor", "source_country", "target_country", "plover", "cameo", "quad",
                 "status", "since", "until", "place", "text"]
QUOTE_FILTERS = ["speaker", "country", "sector", "text", "article_id", "since", "until"]
TABLES = ("articles", "events", "quotes", "happenings", "happening_mentions", "runs")


@contextlib.contextmanager
def _client(tmp_path, **kw):
    app = create_app(ApiSettings(db=str(tmp_path / "sec.duckdb"), **kw))
    try:
        with TestClient(app) as c:
            yield c
    finally:
        app.state.access.close()


def _counts(c) -> dict[str, int]:
    with c.app.state.access.reading() as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sec")
    with _client(tmp, token=TOKEN, max_body_bytes=200_000, max_batch=20) as c:
        r = c.post("/articles?store=true", json=BASE, headers=AUTH)
        assert r.status_code == 200, r.text
        yield c


@pytest.fixture(scope="module")
def pg_client(tmp_path_factory, request):
    """The same service over a PostgreSQL store (skipped where PostgreSQL is not installed)."""
    url = request.getfixturevalue("pg_server").create_database("lw_api_security")
    app = create_app(ApiSettings(db=url, token=TOKEN, max_body_bytes=200_000, max_batch=20))
    try:
        with TestClient(app) as c:
            r = c.post("/articles?store=true", json=BASE, headers=AUTH)
            assert r.status_code == 200, r.text
            yield c
    finally:
        app.state.access.close()


@pytest.fixture(params=["duckdb", "postgresql"])
def any_client(request):
    return request.getfixturevalue("client" if request.param == "duckdb" else "pg_client")


def test_injection_through_every_event_filter_changes_nothing(any_client):
    client = any_client
    before = _counts(client)
    assert before["happenings"] >= 1
    for endpoint in ("/events", "/actors", "/timeline", "/map", "/network"):
        for name in EVENT_FILTERS:
            for value in INJECTIONS:
                r = client.get(endpoint, params={name: value})
                assert r.status_code in (200, 400, 422), (endpoint, name, value, r.status_code, r.text)
                assert r.headers["content-type"].startswith("application/json")
                if r.status_code == 200 and endpoint == "/events":
                    assert r.json()["total"] == 0, (name, value)  # the string is matched as a value, literally
    assert _counts(client) == before


def test_injection_through_every_quote_filter_and_event_id(any_client):
    client = any_client
    before = _counts(client)
    for name in QUOTE_FILTERS:
        for value in INJECTIONS:
            r = client.get("/quotes", params={name: value})
            assert r.status_code in (200, 400, 422), (name, value, r.text)
            if r.status_code == 200:
                assert r.json()["total"] == 0, (name, value)
    for value in INJECTIONS:
        r = client.get("/events/" + quote(value, safe=""))
        assert r.status_code in (404, 422), (value, r.text)
    assert _counts(client) == before


def test_injection_through_every_article_field_is_stored_as_text(client):
    before = _counts(client)
    fields = ["id", "title", "text", "published", "url", "source"]
    batch = []
    for i, value in enumerate(INJECTIONS):
        for field in fields:
            art = dict(BASE, id=f"sec-{i}-{field}")
            art[field] = value if field != "text" else BASE["text"] + " " + value
            batch.append(art)
    for start in range(0, len(batch), 20):
        r = client.post("/articles?store=true", json=batch[start:start + 20], headers=AUTH)
        assert r.status_code == 200, r.text
    after = _counts(client)
    for t in TABLES:  # nothing dropped or emptied
        assert after[t] >= before[t], t
    assert after["articles"] == before["articles"] + len(batch)
    with client.app.state.access.reading() as con:
        for i, value in enumerate(INJECTIONS):
            clean = value.replace("\x00", "").strip()
            stored_id = con.execute("SELECT id FROM articles WHERE id IN (?, ?)", [value.strip(), clean]).fetchall()
            title = con.execute("SELECT title FROM articles WHERE id = ?", [f"sec-{i}-title"]).fetchone()
            source = con.execute("SELECT source FROM articles WHERE id = ?", [f"sec-{i}-source"]).fetchone()
            assert title is not None and source is not None, value
            assert title[0] in (clean, value.strip()) and source[0] in (clean, value.strip()), (title, source)
            assert len(stored_id) == 1, value
    # a language field that is not a language code is a skipped record, not an error
    r = client.post("/articles", json=dict(BASE, id="sec-lang", language="en'; DROP TABLE runs; --"), headers=AUTH)
    assert r.status_code == 200 and r.json()["records"][0]["status"] in ("ok", "skipped")
    assert _counts(client)["runs"] >= before["runs"]


def test_an_article_with_nul_in_every_field_is_stored_and_stored_again(any_client):
    """NUL (a PostgreSQL text cannot hold it) in the id, title, source, url and text: stored, and the
    same article posted again is found unchanged, not a second row or a server error."""
    client = any_client
    nul = dict(BASE, id="sec-nul\x00id", title="Arrests\x00", source="Test\x00Wire", url="https://example.org/\x00a",
               text=BASE["text"] + " \x00")
    before = _counts(client)
    first = client.post("/articles?store=true", json=nul, headers=AUTH)
    assert first.status_code == 200, first.text
    assert first.json()["stored"]["new"] == 1
    again = client.post("/articles?store=true", json=nul, headers=AUTH)
    assert again.status_code == 200, again.text
    assert again.json()["stored"]["unchanged"] == 1
    assert _counts(client)["articles"] == before["articles"] + 1
    r = client.get("/quotes", params={"article_id": "sec-nul\x00id"})
    assert r.status_code == 200 and r.json()["total"] >= 1, r.text


def test_half_an_emoji_in_a_posted_article_is_a_replacement_character_or_a_clean_400(any_client):
    """A lone surrogate escape (``\\ud83d``) in posted JSON Lines: analysed and stored with U+FFFD in
    its place (it used to reach the tokenizer: a 500). In a JSON body the strict JSON parser refuses
    it: a 400 that says where."""
    line = (b'{"id": "sec-half", "title": "Half \\ud83d", "text": "Kenyan police arrested twenty protesters '
            b'in Nairobi \\ud83d on Tuesday."}')
    r = any_client.post("/articles?store=true", content=line + b"\n",
                        headers={**AUTH, "content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text
    rec = r.json()["records"][0]
    assert rec["status"] == "ok" and rec["article"]["title"] == "Half \ufffd"
    assert "\ufffd on Tuesday" in rec["article"]["text"]
    assert r.json()["stored"]["new"] == 1
    r = any_client.post("/articles", content=line, headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"] == "invalid_json" and "surrogate" in r.json()["message"]


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd", "/static/%2e%2e/%2e%2e/etc/passwd",
    "/docs/assets/../../../../etc/passwd", "/docs/assets/..%2f..%2fapi%2fapp.py", "/static//etc/passwd",
    "/static/..\\..\\etc\\passwd", "/docs/assets/%2e%2e%2f%2e%2e%2f__init__.py",
])
def test_no_path_traversal_in_static_files(client, path):
    r = client.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert b"root:" not in r.content and b"import" not in r.content


def test_cors_is_closed_by_default(client):
    r = client.get("/events", headers={"Origin": "https://evil.example"})
    assert r.status_code == 200
    assert not any(h.lower().startswith("access-control-") for h in r.headers)
    pre = client.options("/articles", headers={"Origin": "https://evil.example",
                                               "Access-Control-Request-Method": "POST",
                                               "Access-Control-Request-Headers": "authorization"})
    assert pre.status_code in (400, 404, 405)
    assert "access-control-allow-origin" not in {h.lower() for h in pre.headers}


def test_writes_need_the_token_and_reads_do_not_store(client):
    before = _counts(client)
    one = dict(BASE, id="sec-noauth")
    assert client.post("/articles?store=true", json=one).status_code == 401
    assert client.post("/articles?store=true", json=one, headers={"Authorization": "Bearer " + TOKEN[:-1]}).status_code == 403
    assert client.post("/articles?store=true", json=one, headers={"Authorization": TOKEN}).status_code == 401
    assert client.post("/articles?store=1", json=one, headers={"Authorization": "Bearer "}).status_code == 401
    assert client.post("/articles", json=one).status_code == 200  # analysis only, nothing stored
    assert _counts(client) == before
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)("/events").status_code == 405


def test_body_and_batch_limits(client):
    r = client.post("/articles", json=[dict(BASE, id=f"b{i}") for i in range(21)])
    assert r.status_code == 413 and "at most 20" in r.json()["message"]
    r = client.post("/articles", json={"text": "x " * 150_000})
    assert r.status_code == 413
    r = client.post("/articles", content=b"{" * 100_000, headers={"content-type": "application/json"})
    assert r.status_code in (400, 413)
    # a body sent in chunks without a length is counted as it arrives
    r = client.post("/articles", content=iter([b'{"text": "', b"a" * 150_000, b'"}', b" " * 100_000]),
                    headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_untrusted_text_is_served_as_json_never_html(client):
    evil = dict(BASE, id="sec-html", title="<script>alert(1)</script>",
                text="<img src=x onerror=alert(1)> Kenyan police arrested twenty protesters in Nairobi on Tuesday.")
    r = client.post("/articles", json=evil)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"
    rec = r.json()["records"][0]
    assert rec["article"]["title"] == "<script>alert(1)</script>"  # returned as the text it is
    for path in ("/events", "/quotes", "/events/%3Cscript%3E", "/no-such-%3Cb%3Epage"):
        r = client.get(path)
        assert r.headers["content-type"].startswith("application/json"), path
        assert r.headers["x-content-type-options"] == "nosniff"


def test_a_short_load_test_on_loopback_has_no_server_errors():
    """The CI variant of bench/load_test.py: 10 clients for 8 s against a real `lapwing serve`."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "load_test.py"
    spec = importlib.util.spec_from_file_location("lapwing_bench_load", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    result = mod.load_test(clients=10, seconds=8, timeout=120)
    assert result["server_errors"] == 0 and result["no_answer"] == 0, result
    assert result["server_alive_after"] and result["tracebacks_in_server_log"] == 0
    ends = result["endpoints"]
    assert ends["GET /events"]["n"] > 0 and ends["POST /articles"]["n"] > 0
    assert set(ends["GET /events"]["status"]) == {"200"}
