"""Parquet output: readable by DuckDB, merged into the store, resumed after a kill, filesystem URLs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest
from scale_helpers import opts, snapshot

from eventwire.api import ingest
from eventwire.data import Document
from eventwire.engines.manifest import MANIFEST_NAME, Manifest
from eventwire.engines.parquet import ParquetStore, merge_parquet
from eventwire.ingest.fs import expand_sources, read_inputs
from eventwire.ingest.readers import Reader
from eventwire.settings import Options


def parquet_rows(out: Path, table: str, column: str) -> list:
    with duckdb.connect() as con:
        return [r[0] for r in con.execute(
            f"SELECT {column} FROM read_parquet('{out}/{table}/*.parquet')").fetchall()]


def test_local_run_to_parquet_merges_to_the_same_tables(corpus, baseline, tmp_path):
    out = tmp_path / "out"
    summary = ingest(corpus, opts(tmp_path, out_parquet=str(out)), code=False)
    assert summary.counts["read"] == len(baseline["sources"])
    # DuckDB reads the folder directly, one row per stored document.
    ids = parquet_rows(out, "documents", "id")
    assert sorted(ids) == sorted(dict(r)["id"] for r in baseline["documents"])
    db = str(tmp_path / "merged.duckdb")
    added = merge_parquet(out, db)
    assert added["documents"] == len(baseline["documents"])
    assert snapshot(db) == baseline
    assert merge_parquet(out, db) == {"documents": 0, "events": 0, "places": 0, "sources": 0}


def test_rerun_into_the_same_folder_adds_nothing(corpus, tmp_path):
    out = str(tmp_path / "out")
    ingest(corpus[:2], opts(tmp_path, out_parquet=str(out)), code=False)
    files = sorted(Manifest(out).files())
    second = ingest(corpus[:2], opts(tmp_path, out_parquet=str(out)), code=False)
    assert second.counts["read"] == 0
    assert sorted(Manifest(out).files()) == files


def test_uncommitted_files_and_torn_manifest_line_are_dropped(tmp_path):
    store = ParquetStore(tmp_path)
    doc = Document(source_path="a.txt", id="d1", text="words", status="ok",
                   metadata={"minhash": "00" * 8})
    store.write_batch([doc], shards=["a.txt"])
    # A run killed between writing files and committing them leaves both behind.
    (tmp_path / "documents" / "part-000001.parquet").write_bytes(b"half a file")
    with open(tmp_path / MANIFEST_NAME, "ab") as fh:
        fh.write(b'{"seq": 1, "files": ["documents/par')
    again = ParquetStore(tmp_path)
    assert not (tmp_path / "documents" / "part-000001.parquet").exists()
    assert [e["seq"] for e in again.manifest.entries] == [0]
    assert again.seen_sources() == {"a.txt"} and again.done_shards() == {"a.txt"}
    assert list(again.signatures()) == [("d1", None, b"\x00" * 8)]
    again.write_batch([Document(source_path="b.txt", id="d2", text="more", status="ok")])
    assert [e["seq"] for e in Manifest(tmp_path).entries] == [0, 1]


KILLED_RUN = textwrap.dedent("""
    import sys, time
    from eventwire.api import ingest
    from eventwire.settings import Options
    out, inputs = sys.argv[1], sys.argv[2:]
    options = Options(db=out + ".unused.duckdb", progress=False, batch_size=8)
    ingest(inputs, options.with_(out_parquet=str(out)), code=False, on_batch=lambda b: time.sleep(0.15))
""")


def test_local_run_killed_then_resumed_loses_nothing_and_stores_nothing_twice(corpus, baseline, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(out), *corpus])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if (out / MANIFEST_NAME).exists() and len(Manifest(out).entries) >= 3:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.02)
    assert proc.wait(30) == -signal.SIGKILL, "the run should have been killed mid-way"
    committed = len(parquet_rows(out, "sources", "source_path"))
    assert 0 < committed < len(baseline["sources"])
    resumed = ingest(corpus, opts(tmp_path, out_parquet=str(out)), code=False)
    assert resumed.counts["read"] == len(baseline["sources"]) - committed
    ids = parquet_rows(out, "documents", "id")
    sources = parquet_rows(out, "sources", "source_path")
    assert len(ids) == len(set(ids)) == len(baseline["documents"])
    assert len(sources) == len(set(sources)) == len(baseline["sources"])
    db = str(tmp_path / "merged.duckdb")
    merge_parquet(out, db)
    assert snapshot(db) == baseline


def test_file_urls_expand_like_local_paths(corpus):
    root = Path(corpus[0]).parent
    urls = list(expand_sources([f"file://{root}"]))
    assert urls == [f"file://{p}" for p in corpus]
    assert list(expand_sources([f"file://{root}/*.jsonl"])) == [f"file://{p}" for p in corpus[2:]]
    with pytest.raises(FileNotFoundError, match="E001"):
        list(expand_sources([f"file://{root}/nothing-*.warc"]))


def test_file_urls_read_the_same_documents(corpus):
    reader = Reader(Options())
    local = [(d.source_path, d.raw, d.url) for d in read_inputs(reader, corpus)]
    remote = [(d.source_path.removeprefix("file://"), d.raw, d.url)
              for d in read_inputs(reader, [f"file://{p}" for p in corpus])]
    assert remote == local and len(local) > 250


def test_schemes_pyarrow_lacks_go_through_fsspec():
    fsspec = pytest.importorskip("fsspec")
    fsspec.filesystem("memory").pipe("/ew-test/a.jsonl", b'{"text": "words from memory"}\n')
    docs = list(read_inputs(Reader(Options()), ["memory://ew-test/*.jsonl"]))
    assert [(d.source_path, d.raw) for d in docs] == [("memory:///ew-test/a.jsonl:1", "words from memory")]


def test_local_run_over_file_urls_stores_the_same_tables(corpus, baseline, tmp_path):
    o = opts(tmp_path, workers=2)
    from eventwire.api import ingest

    ingest([f"file://{Path(corpus[0]).parent}"], o, code=False)
    assert snapshot(o.db, strip="file://") == baseline


def test_merge_parquet_command(corpus, tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    out = tmp_path / "out"
    ingest(corpus[2:], opts(tmp_path, out_parquet=str(out)), code=False)
    db = str(tmp_path / "cli.duckdb")
    result = CliRunner().invoke(app, ["merge-parquet", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == len(parquet_rows(out, "sources", "source_path"))
    missing = CliRunner().invoke(app, ["merge-parquet", str(tmp_path / "nothing"), "--db", db])
    assert missing.exit_code == 2
