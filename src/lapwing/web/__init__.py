"""Lapwing's web dashboard, served by the API process at ``/``.

The page and its assets are static files built from ``frontend/`` by ``scripts/build-dashboard.sh``
(npm packages bundled by esbuild) into ``static/`` beside this module, which ships inside the Python
package: serving it needs no Node. The page talks only to this server's API (same origin); the
country outlines are a file in ``static/``, so no request leaves the machine. Every response of the
dashboard carries a Content-Security-Policy that allows scripts, styles, data and images from this
origin only, and no inline scripts: article text, which the page shows, is untrusted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).parent / "static"
STATIC_PATH = "/static"

#: Headers on the page and its assets.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def static_dir() -> Path:
    """The built dashboard files (index.html, app.js, app.css, countries-110m.json, licences)."""
    return STATIC_DIR


def is_built(directory: Path | None = None) -> bool:
    d = directory or STATIC_DIR
    return all((d / f).is_file() for f in ("index.html", "app.js", "app.css", "countries-110m.json"))


class _DashboardFiles(StaticFiles):
    async def get_response(self, path: str, scope: Any) -> Response:
        response = await super().get_response(path, scope)
        response.headers.update(SECURITY_HEADERS)
        return response


def add_dashboard(app: FastAPI, directory: Path | None = None) -> None:
    """Serve the dashboard page at ``/`` and its files under ``/static/``."""
    d = directory or STATIC_DIR
    app.mount(STATIC_PATH, _DashboardFiles(directory=d, check_dir=False), name="dashboard")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False, response_model=None)
    def dashboard() -> Response:
        if not is_built(d):
            return JSONResponse(
                {"error": "dashboard_not_built", "message": f"the dashboard's files are missing from {d}",
                 "hint": "build them with 'bash scripts/build-dashboard.sh' (needs Node and npm) in a Lapwing "
                         "checkout, or install a Lapwing package that ships them; the API itself works: see /docs"},
                status_code=503)
        return FileResponse(d / "index.html", media_type="text/html; charset=utf-8",
                            headers={**SECURITY_HEADERS, "Cache-Control": "no-cache"})
