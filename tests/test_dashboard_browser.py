"""The dashboard in a real headless Chromium (Debian's package, driven by Playwright for Python),
served by the API over a store built from examples/ plus one article carrying <script> and onerror
payloads. Skips where chromium or Playwright is absent (scripts/system-deps.sh installs chromium)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("LAPWING_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium (scripts/system-deps.sh) or set "
                "LAPWING_CHROMIUM to its path", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed: pip install -e '.[dev]'")

from lapwing.web.local import serve_in_thread  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
XSS_TITLE = '<img src=x onerror="window.__lapwing_xss = \'title\'">'
XSS_TEXT = ("<script>window.__lapwing_xss = 'script'</script> Egyptian police arrested three activists in Cairo "
            "on Wednesday, <img src=x onerror=\"window.__lapwing_xss = 'img'\"> the interior ministry said.")
XSS_ARTICLE = {"id": "dash-xss", "source": "Test Wire <b>bold</b>", "published": "2019-05-08",
               "title": XSS_TITLE, "text": XSS_TEXT}
READY = "body[data-state=ready]"


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipe):
    from lapwing.runners.local import run_into_store
    from lapwing.store import open_store

    tmp = tmp_path_factory.mktemp("dashboard")
    extra = tmp / "xss.jsonl"
    extra.write_text(json.dumps(XSS_ARTICLE) + "\n", encoding="utf-8")
    path = tmp / "examples.duckdb"
    with open_store(path) as st:
        run_into_store([ROOT / "examples", extra], st, pipeline=pipe)
    return path


@pytest.fixture(scope="module")
def base_url(db):
    with serve_in_thread(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url):
    """A fresh page that records console errors, page errors, dialogs and every request it makes."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.base_url, pg.errors, pg.requests, pg.dialogs = base_url, [], [], []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    ctx.close()


def _api(page, path):
    """The API's answer, fetched outside the page (so it is not among the page's requests)."""
    r = page.request.get(page.base_url + path)
    assert r.ok, r.text()
    return r.json()


def _open(page, base_url, hash_=""):
    page.goto(f"{base_url}/{hash_}")
    page.wait_for_selector(READY, timeout=20_000)


def _wait_refresh(page, before):
    page.wait_for_function("(g) => document.body.dataset.state === 'ready' && document.body.dataset.generation !== g",
                           arg=before, timeout=20_000)


def test_dashboard_loads_with_every_view_drawn_from_this_server_only(page, base_url):
    _open(page, base_url)
    health = _api(page, "/health")
    assert page.text_content("#summary") == (f"{health['articles']} articles · {health['events']} events · "
                                             f"{health['mentions']} mentions")
    # timeline: one rect per (day, key) bucket of GET /timeline
    buckets = _api(page, "/timeline?by=quad")["buckets"]
    assert len(buckets) > 5
    assert page.locator("#timeline svg .bars rect").count() == len(buckets)
    # map: the country outlines and one circle per located event
    assert page.locator("#map path.country").count() > 150
    fc = _api(page, "/map?limit=2000")
    assert len(fc["features"]) > 5
    assert page.locator("#map circle.point").count() == len(fc["features"])
    # network: cytoscape drew its canvas for the nodes of GET /network
    net = _api(page, "/network?limit=150")
    assert int(page.get_attribute("#network", "data-nodes")) == len(net["nodes"]) > 3
    assert page.locator("#network canvas").count() >= 1
    assert page.evaluate("() => document.querySelector('#network canvas').width") > 100
    # table: the first page of events
    total = _api(page, "/events?limit=1")["total"]
    assert page.text_content("#table-count") == f"{total} matching"
    assert page.locator("#table tbody tr").count() == min(25, total)
    assert page.errors == []
    origin = urlsplit(base_url)
    outside = [u for u in page.requests if not u.startswith("data:") and urlsplit(u).netloc != origin.netloc]
    assert outside == [], f"requests left the server: {outside}"


def test_filtering_by_an_actor_changes_every_view(page, base_url):
    _open(page, base_url)
    before = {"rows": page.text_content("#table-count"), "bars": page.get_attribute("#timeline", "data-bars"),
              "points": page.get_attribute("#map", "data-points"), "nodes": page.get_attribute("#network", "data-nodes")}
    gen = page.get_attribute("body", "data-generation")
    page.fill("input[name=actor]", "Guaidó")
    page.press("input[name=actor]", "Enter")
    _wait_refresh(page, gen)
    assert "actor=Guaid" in page.url
    events = _api(page, "/events?actor=Guaid%C3%B3&limit=100")
    assert 0 < events["total"] < int(before["rows"].split()[0])
    assert page.text_content("#table-count") == f"{events['total']} matching"
    for row in page.locator("#table tbody tr").all():
        cells = row.locator("td").all_text_contents()
        assert "guaidó" in (cells[1] + cells[3]).lower()
    after = {"bars": page.get_attribute("#timeline", "data-bars"), "points": page.get_attribute("#map", "data-points"),
             "nodes": page.get_attribute("#network", "data-nodes")}
    assert int(after["bars"]) < int(before["bars"])
    assert int(after["points"]) < int(before["points"])
    assert int(after["nodes"]) < int(before["nodes"])
    assert int(after["points"]) == len(_api(page, "/map?actor=Guaid%C3%B3")["features"])
    # the timeline by PLOVER type: one rect per bucket of the filtered /timeline?by=plover
    gen = page.get_attribute("body", "data-generation")
    page.select_option("#timeline-by", "plover")
    _wait_refresh(page, gen)
    buckets = _api(page, "/timeline?by=plover&actor=Guaid%C3%B3")["buckets"]
    assert page.locator("#timeline svg .bars rect").count() == len(buckets) > 0
    legend = page.locator("#timeline .legend li").all_text_contents()
    assert set(legend) == {b["key"] or "no PLOVER type" for b in buckets}
    # the filter is in the URL: a reload keeps it
    page.reload()
    page.wait_for_selector(READY)
    assert page.input_value("input[name=actor]") == "Guaidó"
    assert page.text_content("#table-count") == f"{events['total']} matching"
    assert page.errors == []


def test_opening_an_event_shows_its_sentences_with_the_spans_highlighted(page, base_url):
    _open(page, base_url, "#actor=Maduro")
    row = page.locator("#table tbody tr").first
    event_id = row.get_attribute("data-event")
    row.click()
    page.wait_for_selector("#detail[data-state=ready]")
    detail = _api(page, f"/events/{event_id}")
    assert page.get_attribute("#detail", "data-event") == event_id
    sentences = page.locator("#detail .sentence")
    assert sentences.count() == len(detail["mentions"])
    for i, m in enumerate(detail["mentions"]):
        s = sentences.nth(i)
        assert s.text_content() == m["sentence"]  # the whole sentence, as text
        for role, (a, b) in m["spans"].items():
            marks = s.locator(f"mark.span-{role}").all_text_contents()
            assert "".join(marks) == m["sentence"][a:b], role
    assert page.locator("#detail mark.span-trigger").count() >= 1
    assert "event=" in page.url
    # an actor's words in the heading filter every view by them (the row matched 'Maduro' in one of them)
    role = "source" if detail["source_text"] else "target"
    gen = page.get_attribute("body", "data-generation")
    page.click(f"#detail h3 button.span-{role}")
    _wait_refresh(page, gen)
    assert page.input_value("input[name=actor]") == detail[f"{role}_text"]
    page.keyboard.press("Escape")
    assert page.locator("#detail").is_hidden()
    assert page.errors == []


def test_script_and_onerror_payloads_in_an_article_stay_inert_text(page, base_url):
    found = _api_events_with_payload(page, base_url)
    assert found["rep_sentence"] and "<img src=x onerror=" in found["rep_sentence"]
    detail = _api(page, f"/events/{found['event_id']}")
    mention = next(m for m in detail["mentions"] if m["article_id"] == "dash-xss")
    assert mention["title"] == XSS_TITLE and mention["outlet"] == "Test Wire <b>bold</b>"  # verbatim, as data
    assert "<script>" in mention["sentence"] or "<img src=x" in mention["sentence"]

    _open(page, base_url, "#country=EGY")
    assert page.locator(f"#table tbody tr[data-event='{found['event_id']}']").count() == 1
    assert "<img src=x onerror=" in page.text_content("#table tbody")
    page.click(f"#table tbody tr[data-event='{found['event_id']}']")
    page.wait_for_selector("#detail[data-state=ready]")
    text = page.text_content("#detail")
    assert XSS_TITLE in text and mention["sentence"] in text and "Test Wire <b>bold</b>" in text
    # nothing of the payload became markup, and nothing ran
    for sel in ("#detail img", "#detail script", "#detail b", "#table img", "#table script", "#map img", "#timeline img"):
        assert page.locator(sel).count() == 0, sel
    page.wait_for_timeout(200)  # an image error handler would have fired by now
    assert page.evaluate("() => window.__lapwing_xss") is None
    assert page.dialogs == [] and page.errors == []


def _api_events_with_payload(page, base_url):
    items = _api(page, "/events?country=EGY&limit=50")["items"]
    hits = [e for e in items if e["rep_sentence"] and "onerror" in e["rep_sentence"]]
    assert hits, f"no event from the payload article: {items}"
    return hits[0]


def test_a_bad_filter_shows_the_servers_message_not_a_blank_page(page, base_url):
    page.goto(f"{base_url}/#country=" + "X" * 40)  # longer than the API accepts
    page.wait_for_selector("body[data-state=error]", timeout=20_000)
    msg = page.text_content("#message")
    assert re.search(r"country", msg) and "/docs" in msg
