"""`eventwire serve` and `eventwire run` on one DuckDB file at once: both succeed.

The run opens the file only while it writes a batch; the server opens it only while it
answers, and each waits briefly for the other instead of failing."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest
from helpers import write_jsonl

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwire", *args]


def test_serve_and_run_share_one_database(tmp_path):
    db = str(tmp_path / "shared.duckdb")
    write_jsonl(tmp_path / "first.jsonl", range(3))
    write_jsonl(tmp_path / "more.jsonl", range(3, 60))
    subprocess.run(cli("ingest", str(tmp_path / "first.jsonl"), "--db", db, "-q"), check=True,
                   capture_output=True)
    port = free_port()
    server = subprocess.Popen(cli("serve", "--db", db, "--port", str(port)),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    statuses: list[int] = []
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        # A run with small batches, so it opens and closes the file many times.
        (tmp_path / "small.toml").write_text("batch_size = 2\n")
        run = subprocess.Popen(cli("ingest", str(tmp_path / "more.jsonl"), "--db", db, "-q",
                                   "--config", str(tmp_path / "small.toml")),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        while run.poll() is None:
            statuses.append(httpx.get(f"{base}/stats", timeout=30).status_code)
            time.sleep(0.05)
        assert run.returncode == 0, run.stderr.read().decode()
        after = httpx.get(f"{base}/stats", timeout=30)
        assert after.status_code == 200 and after.json()["documents"] == 60
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert len(statuses) >= 5 and set(statuses) == {200}, statuses
