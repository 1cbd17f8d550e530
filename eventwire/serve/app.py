"""HTTP API and dashboard over a DuckDB file (FastAPI; OpenAPI at /openapi.json).

Reads share one read-only connection (a cursor per request) that is opened by the first
request in flight and closed when the last one ends: under load the file is opened once, and
when the server is idle it holds no lock, so another process can write between requests (a
request that meets that writer's lock gets 503). A readers-writer lock keeps the in-process
writer (POST /documents) apart from readers, since DuckDB refuses a read-write and a read-only
connection to one file in one process. Every query is parameterised; page size, body size and
every filter are validated (400/422 JSON, never 500).

Every request is checked before routing (`RequestGuard`): its `Host` must name this server (no
DNS rebinding), an over-long URL gets 414 and over-large headers 431; every response carries a
Content-Security-Policy. Error bodies say what went wrong, never a path, process id or SQL: the
details go to the log. `/docs` is Swagger UI from the `swagger-ui-bundle-v2` package, served here.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import threading
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import date
from importlib import resources
from typing import Annotated, Any

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.analyze import queries
from eventwire.analyze.dimensions import DIMENSIONS
from eventwire.analyze.dyads import PERIODS, dyad_pairs, dyad_table
from eventwire.analyze.merge import is_stale, merge_if_stale
from eventwire.dates import valid_published
from eventwire.errors import Errors
from eventwire.events.codebook import PLOVER_TYPES
from eventwire.ingest.readers import fix_surrogates
from eventwire.store.duckdb import connect

log = logging.getLogger(__name__)

MAX_PAGE = 500
READ_WAIT_S = 15.0  # how long a request waits for a writing process to let go of the file
MAX_BODY = 1_000_000  # bytes accepted by POST /documents
MAX_SUBMITTED = 100  # articles a POST may carry
CODE = r"^[A-Z]{3}$"  # CAMEO / ISO alpha-3 country and sector codes
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
TOKEN_ENV = "EVENTWIRE_TOKEN"
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")  # Host headers always accepted
MAX_URL = 8192  # bytes of path plus query string; longer: 414
MAX_HEADER_BYTES = 32_768  # bytes of all request headers; more: 431
MAX_HEADERS = 100  # request header lines; more: 431
# uvicorn settings for `eventwire serve`: h11 reads a request head of up to this many bytes, so
# an over-long URL or header block still gets its 414/431 instead of a reset connection.
SERVER_SETTINGS = {"http": "h11", "h11_max_incomplete_event_size": 4 * 1024 * 1024}
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
STATIC_DIR = resources.files("eventwire.serve") / "static"
DOC_STATUSES = ("ok", "near_duplicate", "non_english", "skipped", "failed")


class ReadPool:
    """Many readers sharing one read-only connection, or one writer with the file to itself."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._con: duckdb.DuckDBPyConnection | None = None

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on the shared read-only connection (opened if none is)."""
        with self._cond:
            while self._writer:
                self._cond.wait()
            if self._con is None:
                try:
                    # A run writing the same file holds it for one batch at a time: wait for it.
                    self._con = connect(self.db, read_only=True, wait_s=READ_WAIT_S)
                except OSError as err:
                    log.warning("cannot open %s: %s", self.db, err)
                    raise HTTPException(503, DB_BUSY) from err
            self._readers += 1
            cursor = self._con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
            with self._cond:
                self._readers -= 1
                if self._readers == 0 and self._con is not None:
                    # Idle: let go of the file so other processes can write to it.
                    self._con.close()
                    self._con = None
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._readers:
                self._cond.wait()
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


DB_BUSY = "Database unavailable: another process is writing to it. Try again shortly."


def error(status: int, message: str, **extra: Any) -> JSONResponse:
    """The JSON error body every failure uses."""
    return JSONResponse({"error": message, **extra}, status_code=status)


def host_name(value: str) -> str:
    """The host of a Host header, lower-cased, without its port ("[::1]:8000" -> "::1")."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rpartition(":")[0] if value.count(":") == 1 else value


def allowed_hosts(hosts: Iterable[str]) -> frozenset[str] | None:
    """Host headers to accept: this machine's names plus `hosts`; None (any) when the server
    binds every interface ("0.0.0.0", "::"), whose names this process cannot know."""
    names = {host_name(h) for h in hosts if h}
    if names & {"0.0.0.0", "::", "*"}:
        return None
    return frozenset(names | set(LOCAL_HOSTS))


class RequestGuard:
    """ASGI middleware run before routing: Host, URL and header limits; security headers on
    every response."""

    def __init__(self, app: Any, hosts: frozenset[str] | None) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        problem = self.check(scope)
        if problem is not None:
            await error(*problem)(scope, receive, send_secured)
            return
        await self.app(scope, receive, send_secured)

    def check(self, scope: dict) -> tuple[int, str] | None:
        """(status, message) refusing the request, or None to let it through."""
        url = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b""))
        if url > MAX_URL:
            return 414, f"URL longer than {MAX_URL} bytes."
        headers = scope.get("headers", [])
        if len(headers) > MAX_HEADERS or sum(len(k) + len(v) for k, v in headers) > MAX_HEADER_BYTES:
            return 431, f"Request headers larger than {MAX_HEADER_BYTES} bytes or {MAX_HEADERS} lines."
        if self.hosts is not None:
            host = next((v.decode("latin-1") for k, v in headers if k == b"host"), "")
            if host_name(host) not in self.hosts:
                return 400, "Unknown Host header: this server answers to " + ", ".join(sorted(self.hosts)) + "."
        return None


def check_date(name: str, value: str | None) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD string as the first day it covers (400 if not a date)."""
    if value is None:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return date(parts[0], parts[1], parts[2]).isoformat()
    except ValueError as err:
        raise HTTPException(400, f"Invalid value for {name}: {value!r} ({err}).") from err


def create_app(db: str, *, token: str | None = None, merge_on_start: bool = True,
               refresh_s: float = 30.0, hosts: Iterable[str] = ()) -> FastAPI:
    """The API and dashboard over the DuckDB file `db`.

    Happenings are merged at start when stale, and re-checked at most every `refresh_s`
    seconds (0: never) so documents another process adds show up without a restart. `hosts`
    are names the server is reached by besides localhost (the `--host` it binds).
    """
    token = token if token is not None else (os.environ.get(TOKEN_ENV) or None)
    if token is not None and token != token.strip():
        # HTTP drops the white space around a header value (RFC 9110 5.5): a token that begins
        # or ends with some could never be sent exactly, and would match its stripped form.
        raise ValueError(Errors.E010.format(name="token", value="<hidden>",
                                            hint="A token must not begin or end with white space."))
    lock = ReadPool(db)
    stop = threading.Event()

    def refresh_happenings() -> None:
        """Every `refresh_s` seconds, re-merge when events changed (documents another process
        added show up without a restart). Requests only read; this thread writes."""
        while not stop.wait(refresh_s):
            try:
                with lock.write():
                    merge_if_stale(db)
            except (duckdb.Error, OSError) as err:  # another process is writing: next time
                log.info("could not refresh happenings: %s", err)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if refresh_s > 0:
            threading.Thread(target=refresh_happenings, daemon=True, name="eventwire-refresh").start()
        yield
        stop.set()

    app = FastAPI(lifespan=lifespan, title="eventwire", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Political event data (PLOVER / CAMEO): happenings, reports, dyads.")
    app.state.db = db
    app.add_middleware(RequestGuard, hosts=allowed_hosts(hosts))

    if merge_on_start:
        try:
            merge_if_stale(db)
        except duckdb.Error as err:  # a writer holds the file: serve what is there
            log.warning("could not merge happenings at start: %s", err)

    @contextmanager
    def reader() -> Iterator[duckdb.DuckDBPyConnection]:
        with lock.read() as con:
            yield con

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and not length.isdigit():
            return error(400, "Invalid Content-Length header.")
        if length is not None and int(length) > MAX_BODY:
            return error(413, f"Request body larger than {MAX_BODY} bytes.")
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
        return error(422, "Invalid request: " + "; ".join(problems),
                     detail=json.loads(json.dumps(exc.errors(), default=str)))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error(exc.status_code, str(exc.detail))

    @app.exception_handler(duckdb.Error)
    async def on_duckdb(request: Request, exc: duckdb.Error) -> JSONResponse:
        # The message names the file, the process holding its lock or the SQL: log only.
        log.warning("database error on %s: %s", request.url.path, exc)
        return error(503, DB_BUSY if "lock" in str(exc).lower() else "Database error: see the server log.")

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> JSONResponse:
        log.error("error on %s", request.url.path, exc_info=exc)
        return error(500, "Internal error: see the server log.")

    @app.exception_handler(ValueError)
    async def on_value(request: Request, exc: ValueError) -> JSONResponse:
        return error(400, str(exc))

    @app.get("/health", summary="Liveness and whether happenings are up to date")
    def health() -> dict[str, Any]:
        with reader() as con:
            return {"status": "ok", "db": os.path.basename(db), "happenings_stale": is_stale(con),
                    "submissions": token is not None}

    @app.get("/stats", summary="Counts of documents, events, happenings and reports")
    def get_stats() -> dict[str, Any]:
        with reader() as con:
            return queries.stats(con)

    @app.get("/documents", summary="Stored documents, newest first")
    def get_documents(
        status: Annotated[str | None, Query(pattern="^(" + "|".join(DOC_STATUSES) + ")$")] = None,
        text: Annotated[str | None, Query(max_length=200, description="Words in title or body")] = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        with reader() as con:
            total, items = queries.list_documents(con, status=status, text=text, outlet=outlet,
                                                  limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/documents/{doc_id}", summary="One document with its text, events and happenings")
    def get_document(doc_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        with reader() as con:
            doc = queries.get_document(con, doc_id)
        if doc is None:
            raise HTTPException(404, Errors.E011.format(what="Document", id=doc_id))
        return doc

    @app.get("/events", summary="Happenings (one event per happening) with filters and paging")
    def get_events(
        filters: Annotated[queries.EventFilters, Depends(event_filters)],
        located: bool | None = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        filters.located = located
        with reader() as con:
            total, items = queries.list_happenings(con, filters, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/events/{event_id}", summary="One happening (or the happening of an event id) with its reports")
    def get_event(event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        with reader() as con:
            item = queries.get_happening(con, event_id)
        if item is None:
            raise HTTPException(404, Errors.E011.format(what="Event", id=event_id))
        return item

    @app.get("/dyads", summary="Dyad series by period and dimension (every pair, or one pair)")
    def get_dyads(
        a: Annotated[str | None, Query(pattern=CODE, description="First country")] = None,
        b: Annotated[str | None, Query(pattern=CODE, description="Second country (needs a)")] = None,
        by: Annotated[str, Query(pattern="^(" + "|".join(PERIODS) + ")$")] = "month",
        ordered: bool = False,
        dimension: Annotated[str | None, Query(pattern="^(all|" + "|".join(DIMENSIONS) + ")$")] = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        if b and not a:
            raise HTTPException(400, "Parameter b needs a.")
        with reader() as con:
            rows = dyad_table(con, by=by, a=a, b=b, ordered=ordered, dimension=dimension)
        return {"total": len(rows), "by": by, "ordered": ordered, "limit": limit, "offset": offset,
                "items": rows[offset:offset + limit]}

    @app.get("/network", summary="Actor network: happenings per country pair")
    def get_network(limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 200) -> dict[str, Any]:
        with reader() as con:
            return {"items": dyad_pairs(con, limit=limit)}

    @app.post(
        "/documents", status_code=202,
        summary="Submit articles: runs the full pipeline in-process (needs a bearer token)",
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object",
            "properties": {"documents": {"type": "array", "items": {"type": "object", "properties": {
                "text": {"type": "string"}, "html": {"type": "string"}, "url": {"type": "string"},
                "title": {"type": "string"}, "outlet": {"type": "string"},
                "published": {"type": "string"}, "id": {"type": "string"}}}}},
        }}}}},
    )
    async def post_documents(request: Request) -> JSONResponse:
        if token is None:
            raise HTTPException(403, f"Submitting documents is off: start the server with --token or {TOKEN_ENV}.")
        auth = request.headers.get("authorization", "")
        given = auth[7:] if auth[:7].lower() == "bearer " else ""
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(403, "A valid bearer token is required (Authorization: Bearer ...).")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return error(413, f"Request body larger than {MAX_BODY} bytes.")
        records = parse_submission(bytes(body))
        return JSONResponse(await run_in_threadpool(run_submission, records), status_code=202)

    def run_submission(records: list[dict[str, str]]) -> dict[str, Any]:
        """Run the pipeline on the records, in memory, under the write lock."""
        from eventwire import api
        from eventwire.settings import Options

        with lock.write():
            try:
                summary = api.ingest_documents(records, Options(db=db, progress=False), source="post")
            except (ImportError, OSError) as err:
                log.warning("pipeline could not run on submitted documents: %s", err)
                raise HTTPException(503, "The pipeline could not run; see the server log.") from err
            merged = merge_if_stale(db)
        return {"summary": summary.to_dict(), "merged": merged}

    @app.get("/map/summary", summary="Happenings per country (as actor or recipient) and per place, filtered as /events")
    def get_map_summary(filters: Annotated[queries.EventFilters, Depends(event_filters)]) -> dict[str, Any]:
        with reader() as con:
            return map_summary(con, filters)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(STATIC_DIR / "index.html"), media_type="text/html")

    swagger = swagger_ui_dir()
    if swagger is not None:
        # Swagger UI from the package, started by static/docs.js: no CDN, no inline script.
        @app.get("/docs", include_in_schema=False)
        def docs() -> FileResponse:
            return FileResponse(str(STATIC_DIR / "docs.html"), media_type="text/html")

        app.mount("/docs/assets", StaticFiles(directory=swagger), name="swagger-ui")

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    return app


def event_filters(
    actor_country: Annotated[str | None, Query(pattern=CODE)] = None,
    actor_sector: Annotated[str | None, Query(pattern=CODE)] = None,
    recipient_country: Annotated[str | None, Query(pattern=CODE)] = None,
    recipient_sector: Annotated[str | None, Query(pattern=CODE)] = None,
    country: Annotated[str | None, Query(pattern=CODE, description="Actor or recipient")] = None,
    type: Annotated[str | None, Query(pattern="^(" + "|".join(PLOVER_TYPES) + ")$",
                                      description="PLOVER type")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4)] = None,
    dimension: Annotated[str | None, Query(pattern="^(" + "|".join(DIMENSIONS) + ")$")] = None,
    date_from: Annotated[str | None, Query(pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(pattern=DATE)] = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    text: Annotated[str | None, Query(max_length=200, description="Words in a report's sentence")] = None,
) -> queries.EventFilters:
    """The filters of GET /events and /map/summary (paging aside), validated once."""
    return queries.EventFilters(
        actor_country=actor_country, actor_sector=actor_sector,
        recipient_country=recipient_country, recipient_sector=recipient_sector, country=country,
        type=type, quad=quad, dimension=dimension, date_from=check_date("date_from", date_from),
        date_to=check_date("date_to", date_to), place=place, text=text,
    )


def swagger_ui_dir() -> str | None:
    """Folder of the Swagger UI files (package swagger-ui-bundle-v2, in the serve extra), or None:
    without it /docs is off and /openapi.json stays."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    return str(swagger_ui_path)



def map_summary(con: duckdb.DuckDBPyConnection, filters: queries.EventFilters) -> dict[str, Any]:
    """Happenings per country taking part (actor or recipient, once per happening) and per
    located place (with their mentions summed), under the dashboard's filters."""
    where, params = filters.where()
    # Each execute reuses the cursor: fetch one result before running the next query.
    countries = queries.rows_as_dicts(con.execute(
        "SELECT c AS country, count(DISTINCT id) AS n FROM (SELECT h.id, "
        f"unnest([h.actor_country, h.recipient_country]) AS c FROM happenings h{where}) "
        "WHERE c IS NOT NULL GROUP BY c ORDER BY n DESC, c", params))
    places = queries.rows_as_dicts(con.execute(
        "SELECT h.place, h.place_country AS country, h.lat, h.lon, sum(h.num_mentions) AS mentions, "
        f"count(*) AS n FROM happenings h{where}{' AND' if where else ' WHERE'} h.lat IS NOT NULL "
        "GROUP BY 1, 2, 3, 4 ORDER BY mentions DESC, h.place", params))
    return {"countries": countries, "places": places}


SUBMIT_KEYS = ("text", "html", "url", "title", "outlet", "published", "id")


def parse_submission(body: bytes) -> list[dict[str, str]]:
    """Articles from a POST body: {"documents": [...]} or one {"text": ...}; 400 if malformed."""
    try:
        data = json.loads(body, parse_int=str)  # no int() of 4,300+ digits: numbers are ignored
    except RecursionError as err:
        raise HTTPException(400, "Body is not valid JSON: nested too deep.") from err
    except (ValueError, UnicodeDecodeError) as err:
        raise HTTPException(400, f"Body is not valid JSON: {err}") from err
    items = data.get("documents") if isinstance(data, dict) and "documents" in data else [data]
    if not isinstance(items, list) or not items:
        raise HTTPException(400, "Give {'documents': [{'text': ...}, ...]} or one {'text': ...}.")
    if len(items) > MAX_SUBMITTED:
        raise HTTPException(400, f"At most {MAX_SUBMITTED} documents per request.")
    records = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise HTTPException(400, f"documents[{i}] must be an object.")
        # Lone surrogates ("\\ud800") would fail every UTF-8 write after this.
        rec = {k: fix_surrogates(item[k]) for k in SUBMIT_KEYS if isinstance(item.get(k), str)}
        if not (rec.get("text") or rec.get("html") or "").strip():
            raise HTTPException(400, f"documents[{i}] needs a non-empty 'text' or 'html'.")
        if rec.get("published") and valid_published(rec["published"]) is None:
            raise HTTPException(400, f"documents[{i}].published must be a date: YYYY-MM-DD.")
        records.append(rec)
    return records
