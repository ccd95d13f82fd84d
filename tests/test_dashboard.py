"""The dashboard's files and how the API serves them (no browser: tests/test_dashboard_browser.py
drives the page in Chromium)."""

from __future__ import annotations

import hashlib
import json
import re
import warnings
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*")
pytest.importorskip("fastapi")
from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from lapwing.api.app import create_app  # noqa: E402
from lapwing.api.settings import ApiSettings  # noqa: E402
from lapwing.store import open_store  # noqa: E402
from lapwing.web import SECURITY_HEADERS, add_dashboard, static_dir  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FRONTEND = ROOT / "frontend"
STATIC = static_dir()


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("dash") / "empty.duckdb"
    with open_store(db):
        pass
    app = create_app(ApiSettings(db=str(db)))
    with TestClient(app) as c:
        yield c
    app.state.access.close()


def _source_hash() -> str:
    """The same hash as frontend/build.mjs's sourceHash()."""
    files = ["build.mjs", "index.html", "package.json", "package-lock.json"]
    files += [p.relative_to(FRONTEND).as_posix() for p in (FRONTEND / "src").rglob("*") if p.is_file()]
    h = hashlib.sha256()
    for rel in sorted(files):
        h.update(rel.encode() + b"\0")
        h.update((FRONTEND / rel).read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def test_the_committed_build_matches_the_frontend_sources():
    info = json.loads((STATIC / "build-info.json").read_text())
    assert info["source_sha256"] == _source_hash(), (
        "src/lapwing/web/static is older than frontend/: run 'bash scripts/build-dashboard.sh' and commit the result")


def test_every_shipped_package_has_its_licence_beside_the_bundle():
    info = json.loads((STATIC / "build-info.json").read_text())
    lock = json.loads((FRONTEND / "package-lock.json").read_text())["packages"]
    licences = (STATIC / "THIRD_PARTY_LICENSES.txt").read_text()
    assert {"cytoscape", "d3-geo", "topojson-client", "world-atlas"} <= set(info["packages"])
    for name, version_licence in info["packages"].items():
        version = lock[f"node_modules/{name}"]["version"]
        assert version_licence.startswith(version + " ")
        assert f"{name} {version} (" in licences, name
    assert "Natural Earth" in licences
    assert licences.count("Permission") >= len(info["packages"])  # the licence texts, not just names


def test_the_page_is_served_with_a_strict_content_security_policy(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]
    csp = r.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp and "connect-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.head("/").status_code == 200
    assert "<script>" not in r.text  # no inline script (the CSP would refuse it anyway)


def test_every_asset_the_page_names_is_served_from_this_server(client):
    page = client.get("/").text
    refs = re.findall(r'(?:href|src)="([^"]+)"', page)
    local = [u for u in refs if not u.startswith("data:")]
    assert {"static/app.js", "static/app.css"} <= set(local)
    for u in local:
        assert "//" not in u, f"the page names another host: {u}"
        r = client.get("/" + u)
        assert r.status_code == 200, u
        assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/app.js").headers["content-type"].startswith(("text/javascript", "application/javascript"))
    world = client.get("/static/countries-110m.json").json()
    assert world["type"] == "Topology" and len(world["objects"]["countries"]["geometries"]) > 150


def test_the_built_files_name_no_outside_host():
    for name in ("index.html", "app.css", "app.js"):
        text = (STATIC / name).read_text(encoding="utf-8")
        urls = set(re.findall(r"https?://[^\s\"'`)]+", text))
        # the SVG namespace is an identifier, never fetched
        assert urls <= {"http://www.w3.org/2000/svg"}, f"{name} names {sorted(urls)}"
        assert not re.search(r"""(?:src|href)\s*=\s*["']//""", text)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", (STATIC / "app.css").read_text())


def test_the_page_script_never_writes_html():
    # article text is untrusted: the dashboard's own code builds text nodes only
    for path in (FRONTEND / "src").glob("*.js"):
        code = path.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in code, f"{path.name} uses {sink}"


def test_unknown_assets_are_json_404s(client):
    r = client.get("/static/nothing-here.js")
    assert r.status_code == 404 and r.json()["error"] == "not_found" and r.json()["hint"]


def test_a_missing_build_says_how_to_make_it(tmp_path):
    app = FastAPI()
    add_dashboard(app, tmp_path)  # an empty folder: not built
    with TestClient(app) as c:
        r = c.get("/")
    assert r.status_code == 503
    body = r.json()
    assert body["error"] == "dashboard_not_built" and "scripts/build-dashboard.sh" in body["hint"]


def test_the_dashboard_is_not_in_the_api_spec(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "/" not in paths and not any(p.startswith("/static") for p in paths)
