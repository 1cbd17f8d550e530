"""Documents <-> Ray rows, shard names, and the local engine's resume after an interruption."""

from __future__ import annotations

import os
import signal

import pytest
from scale_helpers import descendants, opts, process_title, snapshot

from eventwire.api import ingest
from eventwire.data import Actor, Document, Event, Span
from eventwire.engines.ray import (
    KIND_DOC,
    ROW_SCHEMA,
    from_row,
    group_shards,
    rows_to_table,
    shard_of,
    shard_rows,
    to_row,
)


def sample_event() -> Event:
    return Event(
        doc_id="d1", sentence_index=2, text="Mali and Niger signed a pact.", event="AGREE",
        actor=Actor("Mali", "Mali", "MLI", "GOV", "country_name", Span(0, 4, "Mali")),
        recipient=Actor("Niger", country="NER"), cameo="057", goldstein=8.0,
        trigger=Span(16, 22, "signed"), date="2025-05-01", date_range=("2025-05-01", "2025-05-02"),
        location={"name": "Bamako", "lat": 12.6}, quantities=[{"kind": "money", "value": 3}],
        context=["economic"], confidence=0.9, id="e1",
    )


@pytest.mark.parametrize("raw", [b"<html>\xe9t\xe9</html>", "plain text é", None])
def test_row_round_trip_keeps_every_field(raw):
    doc = Document(source_path="a.warc.gz#12", raw=raw, content_type="html", id="d1", text="t",
                   title="T", published="2025-05-01", published_source="metadata",
                   status="near_duplicate", reason="near duplicate of x", cluster_id="x",
                   events=[sample_event()], metadata={"charset": "utf-8", "sentences": 3})
    back = from_row(rows_to_table([to_row(doc, shard="a.warc.gz")]).to_pylist()[0])
    assert back == doc
    assert type(back.raw) is type(raw)


def test_rows_of_plain_documents_fit_the_schema():
    table = rows_to_table([to_row(Document(source_path="x.html")), to_row(Document(source_path="y"))])
    assert table.schema == ROW_SCHEMA
    assert table.column("kind").to_pylist() == [KIND_DOC, KIND_DOC]


@pytest.mark.parametrize(("source", "shard"), [
    ("/d/a.warc.gz#1234", "/d/a.warc.gz"),
    ("/d/a.warc.gz#1234+", "/d/a.warc.gz"),
    ("s3://b/p/c.jsonl:17", "s3://b/p/c.jsonl"),
    ("file:///d/page.html", "file:///d/page.html"),
])
def test_shard_of_source_path(source, shard):
    assert shard_of(source) == shard


def test_shard_rows_carry_only_their_own_done_sources():
    rows = shard_rows(["/a.jsonl", "/b.warc"], {"/a.jsonl:1", "/a.jsonl:3", "/c.html"})
    assert rows[0] == {"shard": "/a.jsonl", "done": '["/a.jsonl:1", "/a.jsonl:3"]'}
    assert rows[1] == {"shard": "/b.warc", "done": "[]"}


@pytest.mark.parametrize(("sizes", "workers", "cuts"), [
    ([10] * 10, 1, [3, 6, 9, 10]),  # about a quarter of the bytes per task
    ([100, 1, 1, 1, 100], 1, [1, 5]),  # big files alone, small ones packed with the next
    ([5], 2, [1]),
    ([0, 0, 0], 2, [3]),
])
def test_group_shards_packs_files_in_order_by_bytes(sizes, workers, cuts):
    assert group_shards(sizes, workers) == cuts


class Stop(Exception):
    pass


def test_local_run_interrupted_then_resumed_matches_uninterrupted(corpus, baseline, tmp_path):
    o = opts(tmp_path)
    calls = []

    def stop_after_three(batch):
        calls.append(len(batch))
        if len(calls) == 3:
            raise Stop

    with pytest.raises(Stop):
        ingest(corpus, o, code=False, on_batch=stop_after_three)
    partial = snapshot(o.db)
    assert 0 < len(partial["sources"]) < len(baseline["sources"])
    second = ingest(corpus, o, code=False)
    assert second.counts["read"] == len(baseline["sources"]) - len(partial["sources"])
    assert snapshot(o.db) == baseline


def test_local_pool_worker_killed_mid_run_is_replaced(corpus, baseline, tmp_path, caplog):
    o = opts(tmp_path, workers=2)
    killed: list[int] = []

    def kill_a_worker(batch):
        if not killed:
            for pid in descendants(os.getpid()):
                if b"multiprocessing.spawn" in process_title(pid) and not killed:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)

    ingest(corpus, o, code=False, on_batch=kill_a_worker)
    assert killed, "no pool worker was found to kill"
    assert "worker process died" in caplog.text
    assert snapshot(o.db) == baseline
