"""The REST API over the store (FastAPI): ``create_app(settings)``; ``lapwing serve`` runs it.

Reads (``GET``) use read-only cursors (:mod:`lapwing.api.access`); ``POST /articles`` analyses
articles with the shipped pipeline and, with ``?store=true`` and the bearer token, stores them and
brings the cross-article events up to date. Every error is a JSON :class:`ErrorBody` with a hint.
The docs page (``/docs``) and its Swagger UI assets are served from this process: no CDN.
"""

import secrets
import threading
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

import orjson
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from lapwing import __version__
from lapwing.api.access import StoreAccess
from lapwing.api.models import (
    ActorList, AnalysisResult, ErrorBody, EventDetail, EventPage, FeatureCollection, Health, Network,
    QuotePage, StoreSummary, Timeline,
)
from lapwing.api.settings import ENV_TOKEN, ApiSettings
from lapwing.store import StoreError, display_url  # a PostgreSQL URL without its password
from lapwing.store import queries as q
from lapwing.web import add_dashboard

DOCS_ASSETS = "/docs/assets"


class ApiError(StarletteHTTPException):
    def __init__(self, status: int, error: str, message: str, hint: str, headers: dict[str, str] | None = None):
        super().__init__(status, message, headers)
        self.body = ErrorBody(error=error, message=message, hint=hint)


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    words = {400: "a parameter or the body cannot be used", 401: "the bearer token is missing",
             403: "the token is wrong, or writes are disabled", 404: "nothing with this id",
             413: "the body or the batch is too large", 422: "a parameter is not valid",
             503: "the store is busy or unavailable"}
    return {c: {"model": ErrorBody, "description": words[c]} for c in codes}


def swagger_ui_dir() -> Path:
    """The Swagger UI files shipped by the ``swagger-ui-py`` package (Apache-2.0, LICENSE beside them)."""
    import swagger_ui

    return Path(swagger_ui.__file__).parent / "static"


# -- filters shared by the event views --------------------------------------------------------------
def event_filter(
    country: Annotated[str | None, Query(description="source or target country (ISO3 or IGO code)", max_length=16)] = None,
    sector: Annotated[str | None, Query(description="source or target sector (GOV, MIL, OPP, ...)", max_length=16)] = None,
    actor: Annotated[str | None, Query(description="words in the source or target text", max_length=200)] = None,
    source_country: Annotated[str | None, Query(max_length=16)] = None,
    target_country: Annotated[str | None, Query(max_length=16)] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type, e.g. PROTEST", max_length=32)] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code or prefix of digits, e.g. 19 or 173",
                                       pattern=r"^[0-9]{1,4}$")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="quad class 1-4")] = None,
    status: Annotated[Literal["asserted", "attributed", "negated", "future", "hypothetical"] | None, Query()] = None,
    since: Annotated[date | None, Query(description="events whose dates reach this day or later (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="events whose dates start on this day or earlier (YYYY-MM-DD)")] = None,
    place: Annotated[str | None, Query(description="place name, or the place's country code", max_length=200)] = None,
    text: Annotated[str | None, Query(description="words in the representative sentence", max_length=200)] = None,
) -> q.EventFilter:
    return q.EventFilter(country=country, sector=sector, actor=actor, source_country=source_country,
                         target_country=target_country, plover=plover, cameo=cameo, quad=quad, status=status,
                         since=since, until=until, place=place, text=text)


Filter = Annotated[q.EventFilter, Depends(event_filter)]


def _next(total: int, offset: int, n: int) -> int | None:
    return offset + n if offset + n < total else None


def create_app(settings: ApiSettings, access: StoreAccess | None = None) -> FastAPI:
    access = access or StoreAccess(settings.db)
    app = FastAPI(
        title="Lapwing API",
        version=__version__,
        description="Events (CAMEO/PLOVER) from news articles: query the store, analyse articles. "
                    "Article text in responses is untrusted plain text: never insert it as HTML.",
        docs_url=None, redoc_url=None,
    )
    app.state.settings = settings
    app.state.access = access

    # no CORS middleware: cross-origin pages get no Access-Control-Allow-* header (closed by default);
    # no response is ever sniffed into HTML by a browser
    @app.middleware("http")
    async def _no_sniff(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response
    bearer = HTTPBearer(auto_error=False, description=f"the server's token (config `token` or {ENV_TOKEN})")
    pipeline_lock = threading.Lock()
    pipeline_box: dict[str, Any] = {}

    # -- errors -------------------------------------------------------------------------------------
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        body = getattr(exc, "body", None)
        if body is None:
            if exc.status_code == 404:
                body = ErrorBody(error="not_found", message=f"no such path: {request.url.path}",
                                 hint="see /docs for the endpoints, or /openapi.json for the spec")
            elif exc.status_code == 405:
                body = ErrorBody(error="method_not_allowed", message=f"{request.method} is not allowed on {request.url.path}",
                                 hint="see /docs for the methods each endpoint takes")
            else:
                body = ErrorBody(error="http_error", message=str(exc.detail), hint="see /docs")
        return JSONResponse(body.model_dump(), status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for e in exc.errors()[:5]:
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        body = ErrorBody(error="invalid_parameter", message="; ".join(parts) or "invalid request",
                         hint="fix the parameter(s) named above; /docs lists what each one accepts")
        return JSONResponse(body.model_dump(), status_code=422)

    @app.exception_handler(q.QueryError)
    async def _query_error(request: Request, exc: q.QueryError) -> JSONResponse:
        body = ErrorBody(error="invalid_parameter", message=str(exc).replace("--", ""),
                         hint="fix the parameter; /docs lists what each one accepts")
        return JSONResponse(body.model_dump(), status_code=400)

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> JSONResponse:
        body = ErrorBody(error="store_unavailable", message=str(exc),
                         hint="another process may hold the database for writing: stop it (DuckDB allows one "
                              "writer) and try again")
        return JSONResponse(body.model_dump(), status_code=503)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        body = ErrorBody(error="internal_error", message=f"the server failed: {type(exc).__name__}",
                         hint="this is a bug in Lapwing: report it with the request; the server log has the traceback")
        return JSONResponse(body.model_dump(), status_code=500)

    # -- auth ---------------------------------------------------------------------------------------
    def check_token(cred: HTTPAuthorizationCredentials | None, what: str) -> None:
        if not settings.token:
            raise ApiError(403, "writes_disabled", f"{what} is disabled on this server: it has no token",
                           f"start the server with {ENV_TOKEN} set (or 'token' in its config) and send "
                           "'Authorization: Bearer <token>'")
        if cred is None or cred.scheme.lower() != "bearer" or not cred.credentials:
            raise ApiError(401, "unauthorized", f"{what} needs a bearer token",
                           "send the header 'Authorization: Bearer <token>' with the server's token",
                           {"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(cred.credentials.encode(), settings.token.encode()):
            raise ApiError(403, "forbidden", "the bearer token is not the server's token",
                           f"use the token the server was started with ({ENV_TOKEN} or its config)")

    def read_auth(cred: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        check_token(cred, "reading")

    def open_read() -> None:
        return None

    # with open reads the spec declares no security on them (it would tell clients to send a token)
    Reader = Depends(read_auth if settings.protect_reads else open_read)
    read_errors = _errors(401, 403, 422, 503) if settings.protect_reads else _errors(422, 503)

    # -- docs, offline ------------------------------------------------------------------------------
    app.mount(DOCS_ASSETS, StaticFiles(directory=swagger_ui_dir()), name="docs-assets")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title="Lapwing API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js", swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS}/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},
        )

    # -- the web dashboard at / (lapwing.web: static files built from frontend/) -------------------
    add_dashboard(app)

    # -- reads --------------------------------------------------------------------------------------
    @app.get("/health", response_model=Health, tags=["service"], responses=_errors(503))
    def health() -> Health:
        with access.reading() as con:
            n = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("articles", "happenings", "happening_mentions")}
        return Health(status="ok", version=__version__, db=display_url(settings.db), articles=n["articles"],
                      events=n["happenings"], mentions=n["happening_mentions"],
                      writes_enabled=bool(settings.token), reads_protected=settings.protect_reads)

    @app.get("/events", response_model=EventPage, tags=["events"], dependencies=[Reader], responses=read_errors)
    def events(f: Filter,
               limit: Annotated[int, Query(ge=1, le=settings.max_page)] = 50,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
               sort: Annotated[Literal["date", "mentions", "goldstein", "confidence"], Query()] = "date") -> EventPage:
        """Cross-article events, filtered like `lapwing events`, one page at a time."""
        with access.reading() as con:
            total, rows = q.list_events(con, f, limit=limit, offset=offset, sort=sort)
        return EventPage(total=total, limit=limit, offset=offset, next_offset=_next(total, offset, len(rows)),
                         sort=sort, items=rows)

    @app.get("/events/{event_id}", response_model=EventDetail, tags=["events"], dependencies=[Reader],
             responses={**read_errors, **_errors(404)})
    def event(event_id: Annotated[str, PathParam(max_length=200)]) -> EventDetail:
        """One event with every mention: its article, outlet, source sentence and the spans of source,
        target and trigger (offsets into the sentence)."""
        with access.reading() as con:
            ev = q.event_detail(con, event_id)
        if ev is None:
            raise ApiError(404, "not_found", f"no event with id {event_id!r}",
                           "event ids look like ev-1a2b3c...; list them with GET /events (ids change only when "
                           "the events are clustered again)")
        return EventDetail(**ev)

    @app.get("/actors", response_model=ActorList, tags=["actors"], dependencies=[Reader], responses=read_errors)
    def actors(f: Filter, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> ActorList:
        """The most active source actors (country and sector), each with the actors they act on."""
        with access.reading() as con:
            return ActorList(items=q.top_actors(con, f, limit=limit))

    @app.get("/quotes", response_model=QuotePage, tags=["quotes"], dependencies=[Reader], responses=read_errors)
    def quotes(speaker: Annotated[str | None, Query(description="words in the speaker's text or name", max_length=200)] = None,
               country: Annotated[str | None, Query(description="the speaker's country code", max_length=16)] = None,
               sector: Annotated[str | None, Query(description="the speaker's sector code", max_length=16)] = None,
               text: Annotated[str | None, Query(description="words in the quote", max_length=200)] = None,
               article_id: Annotated[str | None, Query(max_length=200)] = None,
               since: Annotated[date | None, Query(description="articles published on or after (YYYY-MM-DD)")] = None,
               until: Annotated[date | None, Query(description="articles published on or before (YYYY-MM-DD)")] = None,
               limit: Annotated[int, Query(ge=1, le=settings.max_page)] = 50,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> QuotePage:
        """Quotes with their speakers, newest articles first."""
        qf = q.QuoteFilter(speaker=speaker, country=country, sector=sector, text=text, article_id=article_id,
                           since=since, until=until)
        with access.reading() as con:
            total, rows = q.list_quotes(con, qf, limit=limit, offset=offset)
        return QuotePage(total=total, limit=limit, offset=offset, next_offset=_next(total, offset, len(rows)), items=rows)

    @app.get("/timeline", response_model=Timeline, tags=["views"], dependencies=[Reader], responses=read_errors)
    def timeline(f: Filter, by: Annotated[Literal["quad", "plover"], Query()] = "quad") -> Timeline:
        """Events per day (first day of each event's dates) by quad class or PLOVER type, with mean Goldstein."""
        with access.reading() as con:
            return Timeline(by=by, buckets=q.timeline(con, f, by=by))

    @app.get("/map", response_model=FeatureCollection, tags=["views"], dependencies=[Reader], responses=read_errors)
    def map_(f: Filter, limit: Annotated[int, Query(ge=1, le=settings.max_map_features)] = 2000) -> Response:
        """GeoJSON FeatureCollection of the events whose place has coordinates (most mentioned first)."""
        with access.reading() as con:
            total, rows = q.map_events(con, f, limit=limit)
        feats = []
        for r in rows:
            lat, lon = r.pop("place_lat"), r.pop("place_lon")
            feats.append({"type": "Feature", "id": r["event_id"],
                          "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": r})
        # up to 10,000 features: serialised straight from the query's rows (the columns are the
        # FeatureCollection schema's), not validated model by model, which took most of the time
        return Response(orjson.dumps({"type": "FeatureCollection", "features": feats, "total": total}),
                        media_type="application/json")

    @app.get("/network", response_model=Network, tags=["views"], dependencies=[Reader], responses=read_errors)
    def network(f: Filter, limit: Annotated[int, Query(ge=1, le=2000, description="most edges returned")] = 200,
                min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> Network:
        """Actor-to-actor interactions (country and sector codes) with event counts and mean Goldstein."""
        with access.reading() as con:
            rows = q.network(con, f, limit=limit, min_events=min_events)
        nodes: dict[str, dict[str, Any]] = {}
        edges = []
        for r in rows:
            ends = []
            for side in ("source", "target"):
                c, s = r[f"{side}_country"], r[f"{side}_sector"]
                nid = f"{c or ''}-{s or ''}"
                node = nodes.setdefault(nid, {"id": nid, "country": c, "sector": s, "events": 0})
                node["events"] += r["events"]
                ends.append(nid)
            edges.append({"source": ends[0], "target": ends[1], "events": r["events"], "mentions": r["mentions"],
                          "mean_goldstein": r["mean_goldstein"]})
        return Network(nodes=sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])), edges=edges)

    # -- analysis (and writes) ----------------------------------------------------------------------
    def pipeline() -> Any:
        with pipeline_lock:
            if "p" not in pipeline_box:
                from lapwing.pipeline import Pipeline

                pipeline_box["p"] = Pipeline.create()
            return pipeline_box["p"]

    def too_large(message: str, hint: str) -> ApiError:
        return ApiError(413, "too_large", message, hint)

    async def read_body(request: Request) -> bytes:
        limit = settings.max_body_bytes
        declared = request.headers.get("content-length")
        hint = f"send at most {settings.max_batch} articles and {limit:,} bytes per request: split the batch"
        if declared and declared.isdigit() and int(declared) > limit:
            raise too_large(f"the body is {int(declared):,} bytes; this server takes at most {limit:,}", hint)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large(f"the body is larger than {limit:,} bytes", hint)
            chunks.append(chunk)
        return b"".join(chunks)

    def parse_articles(body: bytes, content_type: str) -> list[Any]:
        from lapwing.ingest.jsonl import from_object, parse_line

        hint = ('send one article {"text": ..., "id", "title", "published", "url", "source"}, a JSON array of them, '
                'or JSON Lines with Content-Type application/x-ndjson')
        if not body.strip():
            raise ApiError(400, "empty_body", "the request has no articles", hint)
        if "ndjson" in content_type or "jsonl" in content_type:
            items = [i for n, line in enumerate(body.splitlines(), 1) if (i := parse_line(line, n, "api")) is not None]
        else:
            try:
                obj = orjson.loads(body)
            except orjson.JSONDecodeError as exc:
                raise ApiError(400, "invalid_json", f"the body is not valid JSON: {exc}", hint) from exc
            if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
                obj = obj["articles"]
            objs = obj if isinstance(obj, list) else [obj]
            if len(objs) > settings.max_batch:
                raise too_large(f"{len(objs)} articles in one request; this server takes at most {settings.max_batch}",
                                f"split the batch into requests of at most {settings.max_batch} articles")
            items = [from_object(o, f"api#{n}", f"item {n}") for n, o in enumerate(objs, 1)]
        if not items:
            raise ApiError(400, "empty_body", "the request has no articles", hint)
        if len(items) > settings.max_batch:
            raise too_large(f"{len(items)} articles in one request; this server takes at most {settings.max_batch}",
                            f"split the batch into requests of at most {settings.max_batch} articles")
        return items

    def analyse(items: list[Any]) -> list[tuple[Any, Any]]:
        from lapwing.runners.local import process_items

        p = pipeline()
        with pipeline_lock:
            return list(process_items(items, pipeline=p))

    def store_pairs(pairs: list[tuple[Any, Any]]) -> StoreSummary:
        with access.writing() as store:
            writer = store.start_run(command="api", inputs=["POST /articles"], options={"via": "api"},
                                     batch_size=max(1, len(pairs)))
            state = "failed"
            try:
                for ing, rec in pairs:
                    writer.add(ing, rec)
                writer.flush()
                store.update_happenings()
                state = "completed"
            finally:
                writer.finish(state)
            counts: Counter = writer.counts
            n_events = store.con.execute("SELECT count(*) FROM happenings").fetchone()[0]
        return StoreSummary(**{k: int(counts[k]) for k in ("new", "replaced", "reanalysed", "unchanged", "duplicate")},
                            events=n_events)

    @app.post(
        "/articles", response_model=AnalysisResult, tags=["articles"],
        responses=_errors(400, 401, 403, 413, 422, 503),
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": {"oneOf": [
                {"$ref": "#/components/schemas/ArticleIn"},
                {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}},
            ]}},
            "application/x-ndjson": {"schema": {"type": "string", "description": "one article object per line"}},
        }}},
    )
    async def post_articles(
        request: Request,
        cred: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
        store: Annotated[bool, Query(description="also store the records (needs the bearer token)")] = False,
    ) -> AnalysisResult:
        """Analyse one article or a batch (the JSONL contract: `text` required; `id`, `title`, `published`,
        `url`, `source`, `language` optional) and return one record per article, in order. With
        `?store=true` the records are also stored and the cross-article events brought up to date."""
        if store or settings.protect_reads:
            check_token(cred, "storing articles" if store else "reading")
        body = await read_body(request)
        items = parse_articles(body, request.headers.get("content-type", "").lower())
        pairs = await run_in_threadpool(analyse, items)
        stored = await run_in_threadpool(store_pairs, pairs) if store else None
        return AnalysisResult(records=[rec for _, rec in pairs], stored=stored)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        from fastapi.openapi.utils import get_openapi

        spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        spec.setdefault("components", {}).setdefault("schemas", {})["ArticleIn"] = {
            "type": "object", "required": ["text"], "title": "ArticleIn",
            "properties": {k: {"type": ["string", "null"]} for k in ("id", "title", "published", "url", "source", "language")}
            | {"text": {"type": "string", "minLength": 1}},
        }
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]
    return app
