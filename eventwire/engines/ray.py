"""The Ray engine: the local engine's stages, streamed through Ray Data over a cluster.

    driver       list the input shards (paths or URLs), drop those a past run finished
    Ray Data     read shards -> pipeline.clean_batch         tasks, retried if a worker dies
    driver       pipeline.Deduplicator.mark                  identity is global: data meets here
    Ray actors   pipeline.code_batch in CodeWorker           model loaded once per actor;
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

from eventwire.data import Actor, Document, Event, Span
from eventwire.engines.parquet import ParquetStore, open_sink
from eventwire.errors import Errors
from eventwire.ingest.fs import expand_sized, read_source
from eventwire.ingest.readers import Reader
from eventwire.pipeline import Deduplicator, Summary, clean_batch, code_batch, load_coder
from eventwire.settings import Options
from eventwire.store.duckdb import Store

KIND_DOC = "doc"
KIND_SHARD_END = "shard_end"  # a marker row after the last document of an input shard
SHARD_RE = re.compile(r"^(?P<shard>.+?)(?:#\d+\+?|:\d+)$")
TEXT_FIELDS = (
    "source_path", "content_type", "id", "text", "title", "url", "outlet", "published",
    "published_source", "language", "status", "reason", "cluster_id",
)
ROW_SCHEMA = pa.schema(
    [(name, pa.string()) for name in TEXT_FIELDS]
    + [
        ("raw", pa.binary()), ("raw_is_text", pa.bool_()), ("events", pa.string()),
        ("metadata", pa.string()), ("kind", pa.string()), ("shard", pa.string()),
        ("worker", pa.int64()), ("rss", pa.int64()),
    ]
)
# Input files are packed into tasks of about this many bytes (fewer when the corpus is small,
# so every worker gets several tasks): the unit of streaming and of retries.
MAX_TASK_BYTES = 32 * 2**20
TASKS_PER_WORKER = 4
# A killed coding actor restarts (without limit) and reruns its batch up to this many times.
ACTOR_TASK_RETRIES = 3


# -- Documents <-> Ray rows -------------------------------------------------------------------

def to_row(doc: Document, *, kind: str = KIND_DOC, shard: str = "") -> dict[str, Any]:
    """A Document as a flat, Arrow-friendly dict (raw as bytes, events and metadata as JSON)."""
    row: dict[str, Any] = {name: getattr(doc, name) for name in TEXT_FIELDS}
    raw = doc.raw
    row["raw_is_text"] = isinstance(raw, str)
    row["raw"] = raw.encode("utf-8") if isinstance(raw, str) else raw
    row["events"] = json.dumps([ev.to_dict() for ev in doc.events]) if doc.events else None
    row["metadata"] = json.dumps(doc.metadata, default=str) if doc.metadata else None
    row["kind"], row["shard"] = kind, shard
    return row


def from_row(row: dict[str, Any]) -> Document:
    """The Document of a row made by `to_row`."""
    doc = Document(source_path=row["source_path"])
    for name in TEXT_FIELDS[1:]:
        if row.get(name) is not None:
            setattr(doc, name, row[name])
    raw = row.get("raw")
    doc.raw = raw.decode("utf-8") if raw is not None and row.get("raw_is_text") else raw
    doc.events = [event_from_dict(e) for e in json.loads(row["events"])] if row.get("events") else []
    doc.metadata = json.loads(row["metadata"]) if row.get("metadata") else {}
    return doc


def _span(d: dict | None) -> Span | None:
    return Span(**d) if d else None


def _actor(d: dict | None) -> Actor | None:
    return Actor(**{**d, "span": _span(d.get("span"))}) if d else None


def event_from_dict(d: dict[str, Any]) -> Event:
    """The Event of an `Event.to_dict()` (JSON round trip: tuples come back as lists)."""
    d = dict(d)
    d["actor"], d["recipient"] = _actor(d["actor"]), _actor(d.get("recipient"))
    d["trigger"], d["sentence_span"] = _span(d.get("trigger")), _span(d.get("sentence_span"))
    if d.get("date_range"):
        d["date_range"] = tuple(d["date_range"])
    return Event(**d)


def rows_to_table(rows: list[dict[str, Any]]) -> pa.Table:
    """Rows with the fixed schema, so blocks with all-empty columns still line up."""
    worker, rss = os.getpid(), peak_rss()
    for row in rows:
        row["worker"], row["rss"] = worker, rss
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
        for doc in read_source(reader, shard):
            if doc.source_path in done:
                continue
            rows.append(to_row(doc, shard=shard))
            if len(rows) >= options.batch_size:
                yield rows_to_table(rows)
                rows = []
        rows.append(to_row(Document(source_path=shard), kind=KIND_SHARD_END, shard=shard))
    if rows:
        yield rows_to_table(rows)


def clean_rows(batch: pa.Table, options: Options) -> pa.Table:
    """`pipeline.clean_batch` over rows; marker rows pass through untouched."""
    rows = batch.to_pylist()
    docs = [from_row(r) for r in rows if r["kind"] == KIND_DOC]
    cleaned = iter(clean_batch(docs, options))
    out = [to_row(next(cleaned), shard=r["shard"]) if r["kind"] == KIND_DOC else r for r in rows]
    return rows_to_table(out)


class CodeWorker:
    """Codes batches of Documents; the NLP model and classifier load once, in `__init__`."""

    def __init__(self, options: Options) -> None:
        self.options = options
        load_coder(options)

    def code(self, docs: list[Document]) -> tuple[list[Document], int, int]:
        """(coded documents, worker pid, its peak RSS in bytes)."""
        return code_batch(docs, self.options), os.getpid(), peak_rss()

    def __call__(self, batch: pa.Table) -> pa.Table:
        """The same, over rows: usable as a `Dataset.map_batches` callable class."""
        rows = batch.to_pylist()
        docs = iter(code_batch([from_row(r) for r in rows if r["kind"] == KIND_DOC], self.options))
        return rows_to_table([to_row(next(docs), shard=r["shard"]) if r["kind"] == KIND_DOC else r for r in rows])


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


def build_dataset(ray, rows: list[dict[str, str]], sizes: list[int], options: Options, *, code: bool):
    """Ray Data plan: shard rows -> raw documents -> clean documents, in input order."""
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    workers = max(1, options.workers)
    # One block (one read+clean task) per group of shards of similar total size.
    start, tables = 0, []
    for end in group_shards(sizes, workers):
        tables.append(pa.Table.from_pylist(rows[start:end]))
        start = end
    # With coding, the actors hold half a CPU each and cleaning the other half. Ray Data reruns
    # a task whose worker died (its default max_retries=-1 for system failures).
    remote = {"num_cpus": 0.5 if code else 1}
    ds = ray.data.from_arrow(tables)
    ds = ds.map_batches(read_shards, batch_size=None, batch_format="pyarrow",
                        fn_kwargs={"options": options},
                        compute=ray.data.TaskPoolStrategy(size=workers), **remote)
    return ds.map_batches(clean_rows, batch_size=options.batch_size, batch_format="pyarrow",
                          fn_kwargs={"options": options},
                          compute=ray.data.TaskPoolStrategy(size=workers), **remote)


def run_ray(
    inputs: list[str],
    options: Options,
    *,
    code: bool = True,
    store: Store | None = None,
    on_batch: Callable[[list[Document]], None] | None = None,
    out_parquet: str | None = None,
) -> Summary:
    """Read, clean, deduplicate, (code,) and store every input on Ray; return the run's summary.

    Same results as `run_local`. A worker killed mid-batch is replaced and its batch rerun; a
    run stopped at any point and started again with the same arguments skips what is stored.
    """
    if "-" in inputs:
        raise ValueError(Errors.E010.format(name="inputs", value="-",
                                            hint="The ray engine reads files or URLs, not stdin."))
    ray = import_ray()
    sink = open_sink(options, store, out_parquet)
    summary = Summary()
    dedup = Deduplicator(options, sink)
    seen = sink.seen_sources() if sink is not None else set()
    done = sink.done_shards() if isinstance(sink, ParquetStore) else set()
    sized = [(s, n) for s, n in expand_sized(inputs) if s not in done]
    shards, sizes = [s for s, _ in sized], [n for _, n in sized]
    started = init_ray(ray, options)
    peaks: dict[int, int] = {}
    batches: Iterator[Staged] | None = None
    try:
        if shards:
            dataset = build_dataset(ray, shard_rows(shards, seen), sizes, options, code=code)
            batches = dedup_batches(dataset, options, dedup, seen, summary, peaks)
            if code:
                batches = code_batches(ray, batches, options, peaks)
            for docs, blobs, ends in batches:
                with summary.stats.track_time("store"):
                    write(sink, docs, blobs, ends)
                summary.add(docs)
                if on_batch:
                    on_batch(docs)
    finally:
        if batches is not None:
            batches.close()  # stops the coding actors while Ray is still up
        if started:
            ray.shutdown()
        if isinstance(sink, ParquetStore):
            sink.close()
    summary.stats.counts["workers_peak_rss_mb"] = max(peaks.values(), default=0) // 2**20
    return summary


Staged = tuple[list[Document], dict[str, bytes], list[str]]


def dedup_batches(dataset, options: Options, dedup: Deduplicator, seen: set[str],
                  summary: Summary, peaks: dict[int, int]) -> Iterator[Staged]:
    """Cleaned batches in input order, marked by the driver's deduplicator."""
    for table in dataset.iter_batches(batch_size=options.batch_size, batch_format="pyarrow",
                                      prefetch_batches=2):
        rows = table.to_pylist()
        for row in rows:
            peaks[row["worker"]] = max(peaks.get(row["worker"], 0), row["rss"])
        docs = [from_row(r) for r in rows if r["kind"] == KIND_DOC and r["source_path"] not in seen]
        ends = [r["shard"] for r in rows if r["kind"] == KIND_SHARD_END]
        with summary.stats.track_time("dedup"):
            blobs = dedup.mark(docs)
        yield docs, blobs, ends


def code_batches(ray, batches: Iterable[Staged], options: Options,
                 peaks: dict[int, int]) -> Iterator[Staged]:
    """Code batches on a pool of CodeWorker actors, keeping input order and a bounded queue."""
    from ray.util import ActorPool

    workers = max(1, options.workers)
    remote = ray.remote(num_cpus=0.5, max_restarts=-1, max_task_retries=ACTOR_TASK_RETRIES)(CodeWorker)
    # Created before the first cleaned batch arrives, so models load while cleaning runs.
    actors = [remote.remote(options) for _ in range(workers)]
    pool = ActorPool(actors)
    pending: deque[tuple[dict[str, bytes], list[str]]] = deque()

    def finish() -> Staged:
        docs, pid, rss = pool.get_next()
        peaks[pid] = max(peaks.get(pid, 0), rss)
        blobs, ends = pending.popleft()
        return docs, blobs, ends

    try:
        for docs, blobs, ends in batches:
            pool.submit(lambda actor, batch: actor.code.remote(batch), docs)
            pending.append((blobs, ends))
            if len(pending) > 2 * workers:
                yield finish()
        while pending:
            yield finish()
    finally:
        for actor in actors:  # on a long-lived cluster, free the CPUs and model memory now
            ray.kill(actor)


def write(sink, docs: list[Document], blobs: dict[str, bytes], ends: list[str]) -> None:
    """Store one batch; a Parquet output also records the shards it finished."""
    if sink is None:
        return
    if isinstance(sink, ParquetStore):
        if docs or ends:
            sink.write_batch(docs, blobs, shards=ends)
    elif docs:
        sink.write_batch(docs, blobs)
