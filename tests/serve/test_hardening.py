"""Issue 18 for the API: hostile requests get a 4xx with a clean message, never a 5xx, a leaked
path or a dropped connection; Host, CSP and /docs assets are checked."""

from __future__ import annotations

import json
import random
import socket
import threading
import time
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient

from eventwire.analyze import queries
from eventwire.serve.app import MAX_HEADER_BYTES, MAX_URL, SERVER_SETTINGS, create_app

LOCAL = "http://127.0.0.1"
AUTH = {"Authorization": "Bearer secret"}


# --- tokens and bodies ------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["Bearer secret ", "Bearer  secret", "Bearer secret\t", "Bearer secretx",
                                   "Bearer secre", "Bearer SECRET"])
def test_token_is_compared_exactly(client, value):
    r = client.post("/documents", json={"text": "Russia met Syria."}, headers={"Authorization": value})
    assert r.status_code == 403


@pytest.mark.parametrize("token", [" secret", "secret ", "secret\n"])
def test_token_with_surrounding_space_is_refused_at_start(served_db, token):
    # HTTP strips white space around header values: such a token would match its stripped form.
    with pytest.raises(ValueError, match="E010"):
        create_app(served_db, token=token, merge_on_start=False)


def test_deeply_nested_body_is_400(client):
    for body in (b"[" * 100_000 + b"]" * 100_000, b'{"documents": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"):
        r = client.post("/documents", content=body, headers=AUTH)
        assert r.status_code == 400 and "JSON" in r.json()["error"]


@pytest.mark.parametrize("published", ["2025-99-99", "2025-13-45", "garbage", "0001-01-01"])
def test_submitted_published_must_be_a_date(client, published):
    r = client.post("/documents", json={"text": "Russia met Syria.", "published": published}, headers=AUTH)
    assert r.status_code == 400 and "published" in r.json()["error"]


@pytest.mark.parametrize("name", ["date_from", "date_to"])
def test_date_filters_must_be_dates(client, name):
    r = client.get("/events", params={name: "2025-99-99"})
    assert r.status_code == 400 and name in r.json()["error"]


# --- search wildcards ---------------------------------------------------------------------------

@pytest.mark.parametrize("wildcard", ["%", "_", "%%", "\\", "R_ssia", "%Russia%"])
def test_like_wildcards_are_literal(client, wildcard):
    assert client.get("/documents", params={"text": wildcard}).json()["total"] == 0
    assert client.get("/events", params={"text": wildcard}).json()["total"] == 0
    assert client.get("/events", params={"place": wildcard}).json()["total"] == 0
    assert client.get("/documents", params={"text": "Russia"}).json()["total"] > 0


# --- Host, CSP, /docs ---------------------------------------------------------------------------

@pytest.mark.parametrize(("host", "status"), [
    ("127.0.0.1", 200), ("127.0.0.1:8000", 200), ("localhost:8000", 200), ("LOCALHOST", 200),
    ("[::1]:8000", 200), ("evil.example", 400), ("evil.example:8000", 400), ("127.0.0.1.evil.example", 400),
    ("", 400),
])
def test_host_header_is_checked(client, host, status):
    r = client.get("/health", headers={"Host": host})
    assert r.status_code == status
    if status == 400:
        assert "Host" in r.json()["error"]


def test_configured_host_and_all_interfaces(served_db):
    named = TestClient(create_app(served_db, merge_on_start=False, hosts=["events.example"]),
                       base_url="http://events.example")
    assert named.get("/health").status_code == 200
    assert named.get("/health", headers={"Host": "other.example"}).status_code == 400
    anywhere = TestClient(create_app(served_db, merge_on_start=False, hosts=["0.0.0.0"]),
                          base_url="http://10.1.2.3")
    assert anywhere.get("/health").status_code == 200


@pytest.mark.parametrize("path", ["/", "/health", "/static/app.js", "/docs", "/openapi.json", "/nowhere",
                                  "/events?limit=0", "/documents/missing"])
def test_every_response_has_a_csp(client, path):
    r = client.get(path)
    csp = r.headers.get("content-security-policy", "")
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp.split(
        "style-src-attr")[0]
    assert r.headers.get("x-content-type-options") == "nosniff"


def test_docs_assets_are_served_locally(client):
    html = client.get("/docs").text
    assert "swagger-ui" in html and "http://" not in html and "https://" not in html
    assert "<script>" not in html  # no inline script: the CSP allows none
    for asset in ("/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css", "/static/docs.js"):
        r = client.get(asset)
        assert r.status_code == 200 and len(r.content) > 50, asset
    assert client.get("/redoc").status_code == 404  # ReDoc would load from a CDN


# --- what an error shows ------------------------------------------------------------------------

LEAKY = ('IO Error: Could not set lock on file "/srv/data/events.duckdb": Conflicting lock is held in '
         '/usr/bin/python3.11 (PID 4242) by user root. SELECT * FROM documents')


def assert_clean(r) -> None:
    body = r.text
    for leak in ("/srv", "/usr/bin", "4242", "PID", "SELECT", "Traceback"):
        assert leak not in body, (leak, body)


def test_locked_database_is_a_clean_503(served_db, monkeypatch):
    def locked(*args, **kwargs):
        raise duckdb.IOException(LEAKY)

    with TestClient(create_app(served_db, merge_on_start=False), base_url=LOCAL) as c:
        monkeypatch.setattr(duckdb, "connect", locked)
        r = c.get("/stats")
    assert r.status_code == 503 and "Try again" in r.json()["error"]
    assert_clean(r)


@pytest.mark.parametrize("exc", [duckdb.CatalogException(LEAKY), duckdb.IOException(LEAKY),
                                 RuntimeError(LEAKY), KeyError(LEAKY)])
def test_failing_query_shows_no_path_pid_or_sql(served_db, monkeypatch, exc):
    def fail(*args, **kwargs):
        raise exc

    monkeypatch.setattr(queries, "stats", fail)
    with TestClient(create_app(served_db, merge_on_start=False), base_url=LOCAL,
                    raise_server_exceptions=False) as c:
        r = c.get("/stats")
    assert r.status_code in (500, 503) and r.json()["error"]
    assert_clean(r)


# --- bounded, seeded fuzz of every parameter and path (build point 5) ---------------------------

NASTY = ["", " ", "0", "-1", "1e309", "9" * 5000, "NaN", "true", "null", "[]", "{}", "%", "_", "%00", "\x00",
         "\x1b[31m", "é", "\u202e", "\U0001f4a3", "\ud800", "' OR 1=1 --", "../../etc/passwd", "2025-99-99",
         "2025-02-29", "0001-01-01", "RUS", "SYR", "month", "security", "ok", "x" * 300, "<script>", "a\nb"]
ENDPOINTS = {
    "/documents": ["status", "text", "outlet", "limit", "offset"],
    "/events": ["actor_country", "actor_sector", "recipient_country", "recipient_sector", "country", "type",
                "quad", "dimension", "date_from", "date_to", "place", "text", "located", "limit", "offset"],
    "/dyads": ["a", "b", "by", "ordered", "dimension", "limit", "offset"],
    "/network": ["limit"], "/stats": [], "/health": [], "/map/land": [],
}
PATHS = ["/documents/{}", "/events/{}", "/static/{}", "/docs/assets/{}", "/{}", "/events/{}/x"]
FUZZ_REQUESTS = 400
FUZZ_SEED = 18


def nasty(rng: random.Random) -> str:
    value = rng.choice(NASTY)
    if rng.random() < 0.3:  # splice two, or a random byte string
        value = value + rng.choice(NASTY) if rng.random() < 0.5 else "".join(
            chr(rng.randrange(1, 0x2FF)) for _ in range(rng.randrange(1, 40)))
    return value


def test_api_fuzz_never_answers_5xx(client):
    rng = random.Random(FUZZ_SEED)
    failures = []
    for _ in range(FUZZ_REQUESTS):
        if rng.random() < 0.75:
            path = rng.choice(list(ENDPOINTS))
            names = ENDPOINTS[path] + ["unknown", "limit"]
            params = [(rng.choice(names), nasty(rng)) for _ in range(rng.randrange(0, 4))]
            query = "&".join(f"{quote(k)}={quote(v, safe='', errors='surrogatepass')}" for k, v in params)
            url = f"{path}?{query}" if query else path
        else:
            url = rng.choice(PATHS).format(quote(nasty(rng), safe="", errors="surrogatepass"))
        r = client.get(url)
        if r.status_code >= 500:
            failures.append((url[:120], r.status_code, r.text[:200]))
        assert r.headers.get("content-security-policy")
    assert not failures, failures


# --- a real server: 414 / 431 instead of a reset connection -------------------------------------

@pytest.fixture(scope="module")
def live_server(served_db):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(served_db, merge_on_start=False), host="127.0.0.1", port=port,
                            log_level="warning", **SERVER_SETTINGS)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def exchange(port: int, request: bytes) -> bytes:
    """Send one request on a fresh connection and read the whole response head (or fail)."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)  # a reset connection raises here
            if not chunk:
                break
            data += chunk
    return data.split(b"\r\n", 1)[0]


@pytest.mark.parametrize(("request_bytes", "status"), [
    (b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", b"200"),
    (b"GET /documents?text=" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", b"414"),
    (b"GET /" + b"a" * (MAX_URL + 1) + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", b"414"),
    (b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"a" * 1_000_000 + b"\r\n\r\n", b"431"),
    (b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"".join(b"X-%d: a\r\n" % i for i in range(5000))
     + b"\r\n", b"431"),
    (b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + b"c" * (MAX_HEADER_BYTES + 1) + b"\r\n\r\n", b"431"),
    (b"GET /health HTTP/1.1\r\nHost: evil.example\r\n\r\n", b"400"),
])
def test_real_server_answers_oversized_requests(live_server, request_bytes, status):
    line = exchange(live_server, request_bytes)
    assert line.startswith(b"HTTP/1.1 " + status), line[:80]


def test_real_server_fuzz_never_drops_a_connection(live_server):
    """Seeded requests with URLs and header blocks from a few bytes to 3 MB: each one answered."""
    rng = random.Random(FUZZ_SEED)
    for _ in range(12):
        query = b"text=" + b"q" * int(10 ** rng.uniform(1, 6.5))
        # At most 3.2 MB of URL and 0.7 MB of headers: within the 4 MiB head h11 reads.
        headers = b"".join(b"X-%d: %s\r\n" % (i, b"h" * int(10 ** rng.uniform(0, 4.5)))
                           for i in range(rng.randrange(1, 22)))
        line = exchange(live_server, b"GET /documents?" + query + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + headers + b"\r\n")
        assert line[:12] in (b"HTTP/1.1 200", b"HTTP/1.1 414", b"HTTP/1.1 422", b"HTTP/1.1 431"), line[:80]


def test_submission_with_lone_surrogates_and_huge_numbers_is_readable():
    from eventwire.serve.app import parse_submission

    body = b'{"text": "Russia met Syria \\ud800 today.", "title": "\\udfff", "n": 1' + b"0" * 5000 + b"}"
    [rec] = parse_submission(body)
    assert rec == {"text": "Russia met Syria \ufffd today.", "title": "\ufffd"}
    json.dumps(rec, ensure_ascii=False).encode("utf-8")  # as run_submission writes it: no error
