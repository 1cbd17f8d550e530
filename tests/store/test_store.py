"""Storing: idempotent re-runs, duplicates across runs, and runs killed mid-way then resumed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import duckdb
import pytest
from helpers import article_text, write_jsonl, write_warc

from eventwire.api import ingest
from eventwire.settings import Options


def opts(tmp_path, **kw):
    return Options(db=str(tmp_path / "ew.duckdb"), progress=False, batch_size=8, **kw)


def table(db, sql):
    with duckdb.connect(db, read_only=True) as con:
        return con.execute(sql).fetchall()


def corpus(tmp_path, n=40):
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", range(n // 2))
    write_warc(src / "b.warc.gz", range(n // 2, n))
    return src


def test_ingest_then_rerun_adds_nothing(tmp_path):
    src = corpus(tmp_path)
    o = opts(tmp_path)
    first = ingest([str(src)], o, code=False)
    assert first.counts["read"] == 40 and first.counts["cleaned"] == 40
    rows = table(o.db, "SELECT id, status, cluster_id FROM documents ORDER BY id")
    second = ingest([str(src)], o, code=False)
    assert second.counts.get("read", 0) == 0
    assert table(o.db, "SELECT id, status, cluster_id FROM documents ORDER BY id") == rows
    assert table(o.db, "SELECT count(*) FROM sources")[0][0] == 40


def test_exact_duplicate_is_stored_once_and_counted(tmp_path):
    title, body = article_text(1)
    (tmp_path / "a.txt").write_text(f"{title}\n{body}\n")
    (tmp_path / "b.txt").write_text(f"{title}\n{body}\n\n")  # same text, other file
    o = opts(tmp_path)
    s = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], o, code=False)
    assert s.counts["duplicate"] == 1
    assert table(o.db, "SELECT count(*) FROM documents")[0][0] == 1
    assert table(o.db, "SELECT status FROM sources ORDER BY source_path") == [("ok",), ("duplicate",)]


def test_near_duplicate_across_runs_joins_the_earlier_cluster(tmp_path):
    title, body = article_text(2, n_words=400)
    (tmp_path / "a.txt").write_text(f"{title}\n{body}\n")
    o = opts(tmp_path)
    ingest([str(tmp_path / "a.txt")], o, code=False)
    words = body.split(" ")
    edited = " ".join(w.upper() if i % 25 == 0 else w for i, w in enumerate(words[: int(len(words) * .8)]))
    (tmp_path / "b.txt").write_text(f"Syndicated: {title}\n{edited} Copyright Other Outlet.\n")
    ingest([str(tmp_path / "b.txt")], o, code=False)
    rows = table(o.db, "SELECT status, cluster_id, id FROM documents ORDER BY ingested_at")
    assert rows[0][0] == "ok" and rows[1][0] == "near_duplicate"
    assert rows[1][1] == rows[0][2]


def test_bad_inputs_are_stored_as_skipped_with_reason(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "bin.html").write_bytes(b"%PDF-1.4" + bytes(range(256)) * 10)
    title, body = article_text(3)
    (src / "ok.txt").write_text(f"{title}\n{body}\n")
    o = opts(tmp_path)
    s = ingest([str(src)], o, code=False)
    assert dict(s.skipped) == {"empty": 1, "binary": 1}
    assert sorted(table(o.db, "SELECT status, coalesce(reason, '') FROM documents")) == [
        ("ok", ""), ("skipped", "binary"), ("skipped", "empty")]


def test_interrupted_run_resumes_without_loss_or_double(tmp_path):
    src = corpus(tmp_path)
    o = opts(tmp_path)
    batches = []

    def stop_after_two(batch):
        batches.append(batch)
        if len(batches) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([str(src)], o, code=False, on_batch=stop_after_two)
    assert table(o.db, "SELECT count(*) FROM sources")[0][0] == 16
    ingest([str(src)], o, code=False)
    (tmp_path / "ref").mkdir()
    reference = opts(tmp_path / "ref")
    ingest([str(src)], reference, code=False)
    q = "SELECT id, status, text FROM documents ORDER BY id"
    assert table(o.db, q) == table(reference.db, q)
    assert table(o.db, "SELECT count(*), count(DISTINCT source_path) FROM sources")[0] == (40, 40)


@pytest.mark.parametrize("after_batches", [1, 3])
def test_killed_process_leaves_a_consistent_db_and_resumes(tmp_path, after_batches):
    """SIGKILL the process right after a commit; the next run completes the rest."""
    src = corpus(tmp_path)
    db = str(tmp_path / "ew.duckdb")
    script = textwrap.dedent(f"""
        import os, signal
        from eventwire.api import ingest
        from eventwire.settings import Options
        n = []
        def hook(batch):
            n.append(1)
            if len(n) == {after_batches}:
                os.kill(os.getpid(), signal.SIGKILL)
        ingest([{str(src)!r}], Options(db={db!r}, progress=False, batch_size=8), code=False, on_batch=hook)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert table(db, "SELECT count(*) FROM sources")[0][0] == 8 * after_batches
    ingest([str(src)], Options(db=db, progress=False, batch_size=8), code=False)
    assert table(db, "SELECT count(*) FROM documents WHERE status = 'ok'")[0][0] == 40
    assert table(db, "SELECT count(*) FROM sources")[0][0] == 40


def test_killed_at_a_random_moment(tmp_path):
    """SIGKILL at an arbitrary time during writing: whole batches or nothing, then resume."""
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", range(400))
    db = str(tmp_path / "ew.duckdb")
    cmd = [sys.executable, "-m", "eventwire.cli.__main__", "ingest", str(src), "--db", db, "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=3.0)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    n_sources, n_docs = table(db, "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM documents)")[0]
    assert n_sources == n_docs  # every stored source has its document: no half batch
    subprocess.run(cmd, check=True, capture_output=True)
    assert table(db, "SELECT count(*), count(DISTINCT id) FROM documents")[0] == (400, 400)


def test_cli_exit_status_and_summary(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    db = str(tmp_path.parent / f"{tmp_path.name}.duckdb")
    bad = subprocess.run([sys.executable, "-m", "eventwire.cli.__main__", "ingest",
                          str(tmp_path / "empty.txt"), "--db", db, "-q"], capture_output=True, text=True)
    assert bad.returncode == 1 and "E002" in bad.stderr
    title, body = article_text(4)
    (tmp_path / "ok.txt").write_text(f"{title}\n{body}\n")
    good = subprocess.run([sys.executable, "-m", "eventwire.cli.__main__", "ingest", str(tmp_path),
                           "--db", db, "-q"], capture_output=True, text=True)
    assert good.returncode == 0, good.stderr
    assert "cleaned" in good.stderr and "skipped: empty" not in good.stderr  # empty.txt already seen
    listed = subprocess.run([sys.executable, "-m", "eventwire.cli.__main__", "docs", "--db", db,
                             "--json"], capture_output=True, text=True, check=True)
    assert listed.stdout.count("\n") == 2


def test_minhash_computed_in_workers_gives_the_same_clusters(tmp_path):
    """Cleaning ships each signature to the deduplicator: the same clusters as computing it there."""
    from eventwire.data import MINHASH_KEY, Document
    from eventwire.pipeline import INGEST, driver_stages, run_steps, run_worker_segment

    texts = ["\n\n".join(article_text(k)) for k in range(3)]
    words = texts[0].split(" ")
    texts.append(" ".join(words[:-3] + ["and", "so", "on."]))  # a near copy of the first
    o = Options(progress=False)

    def batch():
        return run_worker_segment(INGEST[:1], [Document(source_path=f"s{k}", raw=t)
                                               for k, t in enumerate(texts)], o)[0]

    shipped, local = batch(), batch()
    assert all(MINHASH_KEY in d.metadata for d in shipped if d.ok)
    for d in local:
        d.metadata.pop(MINHASH_KEY, None)  # the deduplicator computes these itself
    shipped, _ = run_steps(driver_stages(INGEST[1:], o), shipped)
    local, _ = run_steps(driver_stages(INGEST[1:], o), local)
    assert [(d.status, d.cluster_id) for d in shipped] == [(d.status, d.cluster_id) for d in local]
    assert shipped[3].status == "near_duplicate" and shipped[3].cluster_id == shipped[0].id
    assert [d.metadata[MINHASH_KEY] for d in shipped] == [d.metadata[MINHASH_KEY] for d in local]
