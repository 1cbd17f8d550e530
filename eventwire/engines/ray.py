"""The Ray engine: the pipeline's stage list, streamed through Ray Data over a cluster.

    driver       list the input shards (paths or URLs), drop those a past run finished
    Ray Data     read shards -> first worker segment (clean)   tasks, retried if a worker dies
    driver       driver segments (dedup)                       identity is global: data meets here
    Ray actors   later worker segments (code, resolve)         models loaded once per actor;
                                                               a killed actor restarts, its batch reruns
    driver       store or Parquet output, one batch at a time, in input order

Order is preserved end to end, so duplicates, clusters and stored rows are the same as with
the local engine. Ray is imported only here (`pip install 'eventwire[ray]'`).
"""

from __future__ import annotations

import json
import logging
import os
import re
import resource
import sys
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pyarrow as pa

from eventwire.data import Document
from eventwire.engines.parquet import ParquetStore
from eventwire.errors import Errors
from eventwire.ingest.fs import expand_sized
from eventwire.ingest.readers import Reader
from eventwire.pipeline import (
    Summary,
    driver_stages,
    read_source_guarded,
    run_steps,
    run_worker_segment,
    segments,
    worker_stages,
)
from eventwire.settings import Options
from eventwire.steps import Stats

KIND_DOC = "doc"
KIND_SHARD_END = "shard_end"  # a marker row after the last document of an input shard
SHARD_RE = re.compile(r"^(?P<shard>.+?)(?:#\d+\+?|:\d+)$")
ROW_SCHEMA = pa.schema([
    ("doc", pa.string()),  # Document.to_record() less `raw`, as JSON
    ("raw", pa.binary()), ("raw_is_text", pa.bool_()), ("kind", pa.string()),
    ("shard", pa.string()), ("worker", pa.int64()), ("rss", pa.int64()),
    ("stats", pa.string()),  # the block's stage stats, on its first row only
])
# Input files are packed into tasks of about this many bytes (fewer when the corpus is small,
# so every worker gets several tasks): the unit of streaming and of retries.
MAX_TASK_BYTES = 32 * 2**20
TASKS_PER_WORKER = 4
# A killed coding actor restarts (without limit) and reruns its batch up to this many times.
ACTOR_TASK_RETRIES = 3


# -- Documents <-> Ray rows -------------------------------------------------------------------

def to_row(doc: Document, *, kind: str = KIND_DOC, shard: str = "") -> dict[str, Any]:
    """A Document as a flat, Arrow-friendly dict (raw as bytes, everything else as JSON)."""
    record = doc.to_record()
    raw = record.pop("raw")
    return {
        "doc": json.dumps(record, default=str), "raw_is_text": isinstance(raw, str),
        "raw": raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw,
        "kind": kind, "shard": shard, "stats": None,
    }


def from_row(row: dict[str, Any]) -> Document:
    """The Document of a row made by `to_row`."""
    doc = Document.from_record(json.loads(row["doc"]))
    raw = row.get("raw")
    doc.raw = raw.decode("utf-8", "surrogatepass") if raw is not None and row.get("raw_is_text") else raw
    return doc


def rows_to_table(rows: list[dict[str, Any]], stats: Stats | None = None) -> pa.Table:
    """Rows with the fixed schema, so blocks with all-empty columns still line up."""
    worker, rss = os.getpid(), peak_rss()
    for row in rows:
        row["worker"], row["rss"], row["stats"] = worker, rss, None
    if stats is not None and rows:
        rows[0]["stats"] = json.dumps(stats.to_dict())
    return pa.Table.from_pylist(rows, schema=ROW_SCHEMA)


def peak_rss() -> int:
    """Peak resident memory of this process in bytes."""
    try:
        # VmHWM is this process image's own peak; ru_maxrss carries the parent's across exec.
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


# -- Stages run by Ray workers (no Ray import needed) ------------------------------------------

def shard_of(source_path: str) -> str:
    """The input file a document came from (`a.warc.gz#1234` -> `a.warc.gz`, `b.jsonl:7` -> `b.jsonl`)."""
    m = SHARD_RE.match(source_path)
    return m.group("shard") if m else source_path


def group_shards(sizes: list[int], workers: int) -> list[int]:
    """Where to cut the shard list into tasks of similar bytes (order kept): end index of each."""
    target = max(1, min(MAX_TASK_BYTES, sum(sizes) // (TASKS_PER_WORKER * workers)))
    cuts, acc = [], 0
    for i, size in enumerate(sizes):
        acc += size
        if acc >= target:
            cuts.append(i + 1)
            acc = 0
    if not cuts or cuts[-1] != len(sizes):
        cuts.append(len(sizes))
    return cuts


def shard_rows(shards: list[str], seen: set[str]) -> list[dict[str, str]]:
    """One row per input shard, carrying the sources of it that are already stored."""
    done: dict[str, list[str]] = defaultdict(list)
    for source in seen:
        done[shard_of(source)].append(source)
    return [{"shard": s, "done": json.dumps(sorted(done.get(s, ())))} for s in shards]


def read_shards(batch: pa.Table, options: Options) -> Iterator[pa.Table]:
    """Raw documents of a block of shards, `batch_size` at a time, each shard closed by a marker."""
    reader = Reader(options)
    rows: list[dict[str, Any]] = []
    for item in batch.to_pylist():
        shard, done = item["shard"], set(json.loads(item["done"]))
        for doc in read_source_guarded(reader, shard):
            if doc.source_path in done:
                continue
            rows.append(to_row(doc, shard=shard))
            if len(rows) >= options.batch_size:
                yield rows_to_table(rows)
                rows = []
        rows.append(to_row(Document(source_path=shard), kind=KIND_SHARD_END, shard=shard))
    if rows:
        yield rows_to_table(rows)


def segment_rows(batch: pa.Table, names: tuple[str, ...], options: Options) -> pa.Table:
    """A worker segment of the pipeline over rows; marker rows pass through untouched."""
    rows = batch.to_pylist()
    docs, stats = run_worker_segment(names, [from_row(r) for r in rows if r["kind"] == KIND_DOC], options)
    done = iter(docs)
    return rows_to_table([to_row(next(done), shard=r["shard"]) if r["kind"] == KIND_DOC else r
                          for r in rows], stats)


class SegmentWorker:
    """Runs a worker segment on batches of Documents; its models load once, in `__init__`."""

    def __init__(self, names: tuple[str, ...], options: Options) -> None:
        self.names, self.options = names, options
        worker_stages(names, options)

    def run(self, docs: list[Document]) -> tuple[list[Document], dict, int, int]:
        """(documents, stage stats, worker pid, its peak RSS in bytes)."""
        docs, stats = run_worker_segment(self.names, docs, self.options)
        return docs, stats.to_dict(), os.getpid(), peak_rss()


# -- The driver -------------------------------------------------------------------------------

def import_ray():
    """The ray module, or an error saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401 - the Data extra must be there too
    except ImportError as err:
        raise ImportError(Errors.E009) from err
    return ray


def init_ray(ray, options: Options) -> bool:
    """Connect to `options.ray_address` (or RAY_ADDRESS), else start a local Ray; True if started here."""
    if ray.is_initialized():
        return False
    common = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.WARNING}
    address = options.ray_address or os.environ.get("RAY_ADDRESS")
    if address:
        ray.init(address=address, **common)
    else:
        ray.init(num_cpus=max(1, options.workers), **common)
    return True


def build_dataset(ray, rows: list[dict[str, str]], sizes: list[int], options: Options,
                  first: tuple[str, ...], *, more: bool):
    """Ray Data plan: shard rows -> raw documents -> the first worker segment, in input order."""
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    workers = max(1, options.workers)
    # One block (one read+clean task) per group of shards of similar total size.
    start, tables = 0, []
    for end in group_shards(sizes, workers):
        tables.append(pa.Table.from_pylist(rows[start:end]))
        start = end
    # With later worker segments, their actors hold half a CPU each and these tasks the other
    # half. Ray Data reruns a task whose worker died (max_retries=-1 for system failures).
    remote = {"num_cpus": 0.5 if more else 1}
    ds = ray.data.from_arrow(tables)
    ds = ds.map_batches(read_shards, batch_size=None, batch_format="pyarrow",
                        fn_kwargs={"options": options},
                        compute=ray.data.TaskPoolStrategy(size=workers), **remote)
    if not first:
        return ds
    return ds.map_batches(segment_rows, batch_size=options.batch_size, batch_format="pyarrow",
                          fn_kwargs={"names": first, "options": options},
                          compute=ray.data.TaskPoolStrategy(size=workers), **remote)


def run_ray(
    inputs: list[str],
    options: Options,
    names: tuple[str, ...],
    *,
    sink: Any = None,
    on_batch: Callable[[list[Document]], None] | None = None,
) -> Summary:
    """Read every input and run the stages `names` on Ray, storing into `sink`.

    Same results as the local engine. A worker killed mid-batch is replaced and its batch
    rerun; a run stopped at any point and started again with the same arguments skips what is
    stored.
    """
    if "-" in inputs:
        raise ValueError(Errors.E010.format(name="inputs", value="-",
                                            hint="The ray engine reads files or URLs, not stdin."))
    ray = import_ray()
    summary = Summary(stages=names)
    plan = segments(names)
    first = plan.pop(0)[1] if plan and plan[0][0] == "worker" else ()
    seen = sink.seen_sources() if sink is not None else set()
    done = sink.done_shards() if isinstance(sink, ParquetStore) else set()
    sized = [(s, n) for s, n in expand_sized(inputs) if s not in done]
    shards, sizes = [s for s, _ in sized], [n for _, n in sized]
    started = init_ray(ray, options)
    peaks: dict[int, int] = {}
    batches: Iterator[Staged] | None = None
    try:
        if shards:
            more = any(where == "worker" for where, _ in plan)
            dataset = build_dataset(ray, shard_rows(shards, seen), sizes, options, first, more=more)
            batches = dataset_batches(dataset, options, seen, summary, peaks)
            for where, stage_names in plan:
                if where == "driver":
                    batches = driver_batches(batches, driver_stages(stage_names, options, sink), summary)
                else:
                    batches = actor_batches(ray, batches, stage_names, options, summary, peaks)
            for docs, ends in batches:
                with summary.stats.track_time("store"):
                    write(sink, docs, ends)
                summary.add(docs)
                if on_batch:
                    on_batch(docs)
    finally:
        if batches is not None:
            batches.close()  # stops the actors while Ray is still up
        if started:
            ray.shutdown()
    summary.stats.counts["workers_peak_rss_mb"] = max(peaks.values(), default=0) // 2**20
    return summary


Staged = tuple[list[Document], list[str]]  # documents of a batch, input shards it finished


def dataset_batches(dataset, options: Options, seen: set[str], summary: Summary,
                    peaks: dict[int, int]) -> Iterator[Staged]:
    """Batches of the dataset in input order, with their stage stats counted."""
    for table in dataset.iter_batches(batch_size=options.batch_size, batch_format="pyarrow",
                                      prefetch_batches=2):
        rows = table.to_pylist()
        for row in rows:
            peaks[row["worker"]] = max(peaks.get(row["worker"], 0), row["rss"])
            if row["stats"]:
                summary.stats.merge(Stats.from_dict(json.loads(row["stats"])))
        docs = [d for d in (from_row(r) for r in rows if r["kind"] == KIND_DOC)
                if d.source_path not in seen]
        yield docs, [r["shard"] for r in rows if r["kind"] == KIND_SHARD_END]


def driver_batches(batches: Iterable[Staged], steps: list, summary: Summary) -> Iterator[Staged]:
    """A driver segment (deduplication) over batches, here, in input order."""
    for docs, ends in batches:
        docs, stats = run_steps(steps, docs)
        summary.stats.merge(stats)
        yield docs, ends


def actor_batches(ray, batches: Iterable[Staged], names: tuple[str, ...], options: Options,
                  summary: Summary, peaks: dict[int, int]) -> Iterator[Staged]:
    """A worker segment on a pool of actors, keeping input order and a bounded queue."""
    from ray.util import ActorPool

    workers = max(1, options.workers)
    remote = ray.remote(num_cpus=0.5, max_restarts=-1, max_task_retries=ACTOR_TASK_RETRIES)(SegmentWorker)
    # Created before the first batch arrives, so models load while cleaning runs.
    actors = [remote.remote(names, options) for _ in range(workers)]
    pool = ActorPool(actors)
    pending: deque[list[str]] = deque()

    def finish() -> Staged:
        docs, stats, pid, rss = pool.get_next()
        peaks[pid] = max(peaks.get(pid, 0), rss)
        summary.stats.merge(Stats.from_dict(stats))
        return docs, pending.popleft()

    try:
        for docs, ends in batches:
            pool.submit(lambda actor, batch: actor.run.remote(batch), docs)
            pending.append(ends)
            if len(pending) > 2 * workers:
                yield finish()
        while pending:
            yield finish()
    finally:
        for actor in actors:  # on a long-lived cluster, free the CPUs and model memory now
            ray.kill(actor)


def write(sink, docs: list[Document], ends: list[str]) -> None:
    """Store one batch; a Parquet output also records the shards it finished."""
    if sink is None:
        return
    if isinstance(sink, ParquetStore):
        if docs or ends:
            sink.write_batch(docs, shards=ends)
    elif docs:
        sink.write_batch(docs)
