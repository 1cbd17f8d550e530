"""One bad document never stops a run: whatever a stage raises on one document (or a worker
dying on it) is that document's failure, stored with stage and reason; the others are stored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest
from helpers import article_text, write_jsonl
from scale_helpers import descendants, opts

from eventwire.api import ingest, run
from eventwire.clean.step import CleanStep
from eventwire.ingest.readers import Reader

POISON = "POISONPILL"


def corpus(root, n: int = 6) -> list[str]:
    """n good articles in one JSONL file, and one more whose text carries the poison word."""
    root.mkdir(exist_ok=True)
    write_jsonl(root / "good.jsonl", range(n))
    title, body = article_text(99)
    (root / "bad.txt").write_text(f"{title}\n{body} {POISON}")
    return [str(root / "good.jsonl"), str(root / "bad.txt")]


def rows(db: str, sql: str) -> list[tuple]:
    with duckdb.connect(db, read_only=True) as con:
        return con.execute(sql).fetchall()


def test_a_stage_raising_on_one_document_fails_it_alone(tmp_path, monkeypatch):
    original = CleanStep.process

    def process(self, doc):
        if POISON in str(doc.raw):
            raise RuntimeError("boom on this one")
        return original(self, doc)

    monkeypatch.setattr(CleanStep, "process", process)
    o = opts(tmp_path)
    summary = ingest(corpus(tmp_path / "in"), o)
    assert summary.failed == {"clean": 1} and summary.counts["cleaned"] == 6
    (failed,) = rows(o.db, "SELECT source_path, status, reason, detail FROM documents WHERE status = 'failed'")
    assert failed[0].endswith("bad.txt") and failed[2] == "error"
    assert failed[3] == "clean: RuntimeError: boom on this one"
    assert rows(o.db, "SELECT count(*) FROM documents WHERE status = 'ok'") == [(6,)]
    again = ingest(corpus(tmp_path / "in"), o)  # idempotent: the failure is recorded as seen
    assert again.counts["read"] == 0


@pytest.mark.slow
def test_a_batch_stage_raising_fails_only_the_document_at_fault(tmp_path, monkeypatch):
    from eventwire.events.coder import EventCoder

    original = EventCoder.code_documents

    def code_documents(self, docs):
        if any(POISON in d.text for d in docs):
            raise ValueError("coder bug")
        return original(self, docs)

    monkeypatch.setattr(EventCoder, "code_documents", code_documents)
    inputs = corpus(tmp_path / "in")
    o = opts(tmp_path)
    summary = run(inputs, o)
    assert summary.failed == {"code": 1}
    assert rows(o.db, "SELECT detail FROM documents WHERE status = 'failed'") == [("code: ValueError: coder bug",)]
    assert rows(o.db, "SELECT count(*) FROM documents WHERE status = 'ok'") == [(6,)]


def test_a_reader_raising_mid_file_keeps_what_it_read(tmp_path, monkeypatch):
    original = Reader.parse_json_line

    def parse_json_line(self, source, line):
        if source.endswith(":4"):
            raise RuntimeError("parser bug")
        return original(self, source, line)

    monkeypatch.setattr(Reader, "parse_json_line", parse_json_line)
    o = opts(tmp_path)
    summary = ingest(corpus(tmp_path / "in"), o)
    assert summary.failed == {"read": 1}
    assert rows(o.db, "SELECT count(*) FROM documents WHERE status = 'ok'") == [(4,)]  # lines 1-3, bad.txt
    assert rows(o.db, "SELECT detail FROM documents WHERE status = 'failed'") == [("read: RuntimeError: parser bug",)]


SITE = textwrap.dedent(f"""
    # Loaded by every spawned pool worker: its cleaning dies (like a segfault) on the poison.
    import os
    from eventwire.clean.step import CleanStep
    _process = CleanStep.process
    def process(self, doc):
        if "{POISON}" in str(doc.raw):
            os._exit(3)
        return _process(self, doc)
    CleanStep.process = process
""")


@pytest.mark.slow
def test_a_worker_dying_twice_on_a_batch_fails_its_documents_and_the_run_goes_on(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITE)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(site), *sys.path]))
    o = opts(tmp_path, workers=2).with_(batch_size=2)
    summary = ingest(corpus(tmp_path / "in"), o)
    assert summary.failed == {"pool": 1}
    assert rows(o.db, "SELECT count(*) FROM documents WHERE status = 'ok'") == [(6,)]
    (detail,) = rows(o.db, "SELECT detail FROM documents WHERE status = 'failed'")[0]
    assert detail.startswith("pool: BrokenProcessPool")


DRIVER = textwrap.dedent("""
    import sys
    from eventwire.api import ingest
    from eventwire.settings import Options
    ingest([sys.argv[1]], Options(db=sys.argv[2], workers=2, batch_size=1, progress=False),
           on_batch=lambda b: __import__("time").sleep(0.5))
""")


@pytest.mark.slow
def test_workers_die_with_a_killed_driver(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", range(200))
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(tmp_path / "a.jsonl"), str(tmp_path / "x.duckdb")])
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = descendants(proc.pid)
        time.sleep(0.2)
    assert len(workers) >= 2, "the pool never started"
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [p for p in workers if _alive(p)]
    assert not alive, f"workers outlived their driver: {alive}"


def _alive(pid: int) -> bool:
    """True while `pid` runs (a zombie, waiting for its reaper, counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
def test_ctrl_c_stops_with_a_summary_of_what_was_stored(tmp_path):
    n = 2000
    write_jsonl(tmp_path / "a.jsonl", range(n))
    (tmp_path / "small.toml").write_text("batch_size = 4\nworkers = 2\n")
    db = str(tmp_path / "c.duckdb")
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", str(tmp_path / "a.jsonl"),
                             "--db", db, "--config", str(tmp_path / "small.toml")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # Ctrl-C once a batch is stored, or a few seconds into the run: the run opens the file for
    # each batch it writes, so a read can keep missing the moments it is free
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not os.path.exists(db):
        time.sleep(0.05)
    started = time.monotonic()
    while time.monotonic() - started < 5 and not _stored(db):
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Interrupted: stored so far" in err and "Traceback" not in err
    assert _stored(db) < n
    rerun = subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(tmp_path / "a.jsonl"),
                            "--db", db, "-q"], capture_output=True, text=True)
    assert rerun.returncode == 0 and _stored(db) == n


def _stored(db: str) -> int:
    try:
        return rows(db, "SELECT count(*) FROM documents")[0][0]
    except (duckdb.Error, OSError):
        return 0
