"""The dashboard in headless Debian Chromium (Playwright, no `playwright install`).

Sets itself up with scripts/setup_browser.sh when chromium or playwright is missing; skips with
a message only if chromium still cannot be found. Every request the page makes is recorded and
must stay on 127.0.0.1. Screenshots go to a temporary folder, so a test run leaves the tracked
docs as they are; `EVENTWIRE_SCREENSHOTS=docs/screenshots pytest tests/serve/test_browser.py`
redraws the README's pictures.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


def ensure_browser() -> None:
    """Run the setup script if chromium or playwright is missing; skip if still no chromium."""
    try:
        import playwright  # noqa: F401
        have_playwright = True
    except ImportError:
        have_playwright = False
    if not (Path(CHROMIUM).exists() and have_playwright):
        subprocess.run(["sh", str(ROOT / "scripts" / "setup_browser.sh")], check=False, timeout=900)
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("chromium not found at /usr/bin/chromium: run scripts/setup_browser.sh "
                    "(apt-get install chromium) to enable the dashboard test")
    pytest.importorskip("playwright.sync_api", reason="pip install playwright (scripts/setup_browser.sh)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: str):
    """uvicorn on 127.0.0.1 in a thread, stopped at the end."""
    import uvicorn

    from eventwire.serve.app import create_app

    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def server(served_db):
    yield from serve(served_db)


@pytest.fixture(scope="module")
def sample_server(tmp_path_factory):
    """The database `eventwire run` makes of the real scraped sample, served."""
    from eventwire.analyze.merge import merge_db
    from eventwire.api import run
    from eventwire.settings import Options

    sample = ROOT.parent / "shared" / "samples" / "syria-moscow-scrape.txt"
    if not sample.exists():
        pytest.skip("../shared/samples/syria-moscow-scrape.txt is not present")
    db = str(tmp_path_factory.mktemp("sample") / "sample.duckdb")
    run([str(sample)], Options(db=db, progress=False))
    merge_db(db)
    yield from serve(db)


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where the screenshots go: EVENTWIRE_SCREENSHOTS if set, else a temporary folder."""
    folder = os.environ.get("EVENTWIRE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def browser_page(tmp_path: Path, urls: list[str]):
    """A page in headless Debian Chromium that records every URL it requests into `urls`."""
    ensure_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1400, "height": 1000},
        )
        try:
            page = ctx.new_page()
            page.on("request", lambda req: urls.append(req.url))
            yield page
        finally:
            ctx.close()


def assert_local_only(urls: list[str]) -> None:
    assert urls, "no request recorded"
    hosts = {urlparse(u).hostname for u in urls}
    assert hosts <= {"127.0.0.1", "localhost"}, f"requests left localhost: {sorted(hosts)}"


def test_dashboard_on_the_sample_database(sample_server, shots, tmp_path):
    """The real pipeline's output: filter, open a report, RUS-SYR timeline, map, no outside request."""
    from playwright.sync_api import expect

    urls: list[str] = []
    with browser_page(tmp_path, urls) as page:
        page.goto(sample_server + "/")
        rows = page.locator("#events tbody tr")
        expect(rows.first).to_be_visible()
        assert rows.count() >= 9
        page.fill("#filters input[name=actor_country]", "ISR")
        page.click("#apply")
        expect(rows).to_have_count(2)  # the airstrikes and the ground deployments
        expect(rows.first).to_contain_text("ISR")
        page.locator("#events tbody tr", has_text="ASSAULT").click()
        report = page.locator("#reports li").first
        expect(report.locator("mark.trigger")).to_have_text("airstrikes")
        expect(report).to_contain_text("Golan Heights")
        page.screenshot(path=str(shots / "sample-event.png"), full_page=True)
        for dim in ("diplomatic", "economic", "humanitarian", "security"):
            expect(page.locator(f"#timeline g[data-dimension={dim}] rect.coop").first).to_be_visible()
        page.click("#reset")
        expect(rows).not_to_have_count(2)  # the unfiltered table, before the screenshot
        expect(page.locator("#map path[data-country=SYR]")).not_to_have_attribute("data-n", "0")
        expect(page.locator("#map path[data-country=RUS]")).not_to_have_attribute("data-n", "0")
        expect(page.locator("#map circle.point").first).to_be_visible()
        page.screenshot(path=str(shots / "sample-dashboard.png"), full_page=True)
    assert_local_only(urls)


def test_dashboard(server, shots, tmp_path):
    from playwright.sync_api import expect

    urls: list[str] = []
    with browser_page(tmp_path, urls) as page:
        page.goto(server + "/")
        rows = page.locator("#events tbody tr")
        expect(rows).to_have_count(7)
        expect(page.locator("#stats")).to_contain_text("7 happenings")

        # Filter the table to Israel's strike and open it: highlighted spans in the sentence.
        page.fill("#filters input[name=actor_country]", "ISR")
        page.click("#apply")
        expect(rows).to_have_count(1)
        rows.first.click()
        expect(page.locator("#reports li")).to_have_count(2)
        first = page.locator("#reports li").first
        expect(first.locator("mark.actor")).to_have_text("Israeli warplanes")
        expect(first.locator("mark.trigger")).to_have_text("struck")
        expect(first.locator("mark.recipient")).to_have_text("targets near Damascus")
        page.locator("#detail").screenshot(path=str(shots / "event-detail.png"))

        # The meeting: three reports from two outlets.
        page.click("#reset")
        page.select_option("#filters select[name=type]", "CONSULT")
        page.click("#apply")
        expect(rows).to_have_count(1)
        # The ISR filter also left one row: wait for the CONSULT row itself to arrive.
        expect(rows.first).to_contain_text("CONSULT")
        rows.first.click()
        expect(page.locator("#reports li mark.trigger")).to_have_count(3)

        # RUS-SYR timeline: cooperation bars in all four dimensions, no conflict.
        for dim in ("diplomatic", "economic", "humanitarian", "security"):
            expect(page.locator(f"#timeline g[data-dimension={dim}] rect.coop").first).to_be_visible()
        expect(page.locator("#timeline rect.conflict")).to_have_count(0)
        page.locator("#timeline-section").screenshot(path=str(shots / "timeline.png"))

        # ISR-SYR shows conflict.
        page.fill("#dyad-form input[name=a]", "ISR")
        page.click("#dyad-form button")
        expect(page.locator("#timeline g[data-dimension=security] rect.conflict")).to_have_count(1)
        page.fill("#dyad-form input[name=a]", "RUS")
        page.click("#dyad-form button")
        expect(page.locator("#timeline rect.conflict")).to_have_count(0)

        # The map: 177 Natural Earth countries, the four taking part shaded (SYR in 6 happenings),
        # one dot per located place (Moscow, Latakia, Tartus, Damascus).
        page.click("#reset")
        expect(rows).to_have_count(7)
        expect(page.locator("#map path.country")).to_have_count(177)
        expect(page.locator("#map path.has-events")).to_have_count(4)
        expect(page.locator("#map path[data-country=SYR]")).to_have_attribute("data-n", "6")
        expect(page.locator("#map circle.point")).to_have_count(4)
        expect(page.locator("#map circle[data-place=Moscow]")).to_have_attribute("data-mentions", "4")
        page.locator("#map-section").screenshot(path=str(shots / "map.png"))

        # Click the United States: the table keeps its one happening, the map its two countries.
        page.locator("#map path[data-country=USA]").click()
        expect(page.locator("#filters input[name=country]")).to_have_value("USA")
        expect(rows).to_have_count(1)
        expect(rows.first).to_contain_text("ACCUSE")
        expect(page.locator("#map path.has-events")).to_have_count(2)
        expect(page.locator("#map path[data-country=USA]")).to_have_class(re.compile(r"\bselected\b"))
        page.locator("#map-section").screenshot(path=str(shots / "map-country-filter.png"))
        # Clicking it again clears the filter; clicking a place filters by that place.
        page.locator("#map path[data-country=USA]").click()
        expect(rows).to_have_count(7)
        page.locator("#map circle[data-place=Moscow]").click()
        expect(page.locator("#filters input[name=place]")).to_have_value("Moscow")
        expect(rows).to_have_count(2)
        page.click("#reset")
        expect(rows).to_have_count(7)
        expect(page.locator("#network line.edge")).to_have_count(3)
        page.locator("#network-section").screenshot(path=str(shots / "network.png"))
        page.screenshot(path=str(shots / "dashboard.png"), full_page=True)

    assert_local_only(urls)
    assert (shots / "dashboard.png").stat().st_size > 0


def test_docs_page_renders_under_the_csp(server, tmp_path):
    """/docs: Swagger UI from the package's files, with no request off 127.0.0.1 and no CSP report."""
    from playwright.sync_api import expect

    urls: list[str] = []
    with browser_page(tmp_path, urls) as page:
        problems: list[str] = []
        page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
        page.goto(server + "/docs")
        expect(page.locator(".swagger-ui .info .title")).to_contain_text("eventwire")
        expect(page.locator(".opblock-summary-path", has_text="/events/{event_id}")).to_be_visible()
    assert_local_only(urls)
    assert not [p for p in problems if "Content Security Policy" in p], problems
