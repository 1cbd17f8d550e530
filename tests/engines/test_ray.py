"""The Ray engine: same tables as the local engine, workers killed mid-run, resumed Parquet runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from scale_helpers import WorkerKiller, coder_missing, opts, snapshot

from eventwire.api import ingest
from eventwire.engines.manifest import Manifest
from eventwire.engines.parquet import merge_parquet

pytestmark = pytest.mark.ray
pytest.importorskip("ray", reason="ray is not installed (pip install 'eventwire[ray]')")


class Stop(Exception):
    pass


def test_ray_engine_stores_the_same_tables_as_local(ray_local, corpus, baseline, tmp_path):
    o = opts(tmp_path, engine="ray", workers=2)
    summary = ingest(corpus, o, code=False)
    assert summary.counts["read"] == len(baseline["sources"])
    assert summary.counts["near_duplicate"] == 15 and summary.counts["duplicate"] == 20
    assert summary.stats.counts["workers_peak_rss_mb"] > 0
    assert snapshot(o.db) == baseline


def test_ray_worker_killed_mid_run_still_stores_everything_once(ray_local, corpus, baseline, tmp_path):
    o = opts(tmp_path, engine="ray", workers=2)
    # The worker dies half-way through reading and cleaning a shard; Ray must rerun it.
    with WorkerKiller(b"segment_rows") as killer:
        ingest(corpus, o, code=False)
    assert killer.killed, "no Ray worker was seen cleaning"
    assert snapshot(o.db) == baseline


def test_ray_parquet_run_stopped_then_resumed_from_file_urls(ray_local, corpus, baseline, tmp_path):
    urls = [f"file://{p}" for p in corpus]
    out = str(tmp_path / "out")
    o = opts(tmp_path, engine="ray", workers=2)
    calls: list[int] = []

    def stop_after_three(batch):
        calls.append(len(batch))
        if len(calls) == 3:
            raise Stop

    with pytest.raises(Stop):
        ingest(urls, o.with_(out_parquet=str(out)), code=False, on_batch=stop_after_three)
    done = Manifest(out)
    committed = sum(e["documents"] for e in done.entries)
    assert 0 < committed < len(baseline["sources"])
    resumed = ingest(urls, o.with_(out_parquet=str(out)), code=False)
    assert resumed.counts["read"] == len(baseline["sources"]) - committed
    # Shards finished before the stop are not read again.
    assert done.done_shards() <= Manifest(out).done_shards() == set(urls)
    db = str(tmp_path / "merged.duckdb")
    merge_parquet(out, db)
    assert snapshot(db, strip="file://") == baseline


@pytest.mark.slow
def test_ray_events_match_local_with_a_coder_killed_mid_run(ray_local, corpus, tmp_path):
    if reason := coder_missing():
        pytest.skip(reason)
    inputs = corpus[:1]
    # Two local processes: dedup (feeder thread) and store (main thread) share the DuckDB file.
    local = opts(tmp_path, "local.duckdb", workers=2)
    ingest(inputs, local, code=True)
    remote = opts(tmp_path, "ray.duckdb", engine="ray", workers=2)
    # The actor dies while coding a batch; Ray restarts it and reruns the batch.
    with WorkerKiller(b"SegmentWorker.run") as killer:
        summary = ingest(inputs, remote, code=True)
    assert killer.killed, "no coding actor was seen at work"
    expected = snapshot(local.db)
    assert expected["events"], "the corpus should yield some events"
    assert sum(summary.events.values()) == len(expected["events"])
    assert snapshot(remote.db) == expected


def test_ray_engine_refuses_stdin(ray_local, tmp_path):
    with pytest.raises(ValueError, match="E010"):
        ingest(["-"], opts(tmp_path, engine="ray"), code=False)
    assert not Path(tmp_path / "out").exists()
