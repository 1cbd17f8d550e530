"""The local engine: chains the stages on one machine, optionally over a process pool."""

from __future__ import annotations

import itertools
import logging
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from eventwire.data import Document
from eventwire.engines.parquet import ParquetStore, open_sink
from eventwire.ingest.fs import read_inputs
from eventwire.ingest.readers import Reader
from eventwire.pipeline import Deduplicator, Summary, clean_batch, code_batch
from eventwire.settings import Options
from eventwire.store.duckdb import Store

log = logging.getLogger(__name__)
POOL_RESTARTS = 3  # a batch that kills its worker this many times is a bug, not bad luck


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def unseen(docs: Iterable[Document], seen: set[str]) -> Iterator[Document]:
    """Inputs not processed by an earlier run (resume and idempotent re-runs)."""
    return (d for d in docs if d.source_path not in seen)


def run_local(
    inputs: list[str],
    options: Options,
    *,
    code: bool = True,
    store: Store | None = None,
    on_batch: Callable[[list[Document]], None] | None = None,
    out_parquet: str | None = None,
) -> Summary:
    """Read, clean, deduplicate, (code,) and store every input; return the run's summary.

    With a store, each batch is written in one transaction after it is fully processed, so a
    run stopped at any moment leaves whole batches only, and the next run skips them. With
    `out_parquet` (or `options.out_parquet`) batches go to that Parquet folder instead.
    """
    summary = Summary()
    sink = open_sink(options, store, out_parquet)
    dedup = Deduplicator(options, sink)
    seen = sink.seen_sources() if sink is not None else set()
    raw = batched(unseen(read_inputs(Reader(options), inputs), seen), options.batch_size)

    def finish(batch: list[Document], blobs: dict[str, bytes]) -> None:
        if sink is not None:
            with summary.stats.track_time("store"):
                sink.write_batch(batch, blobs)
        summary.add(batch)
        if on_batch:
            on_batch(batch)

    def mark(batch: list[Document]) -> dict[str, bytes]:
        with summary.stats.track_time("dedup"):
            return dedup.mark(batch)

    try:
        if options.workers <= 1:
            for batch in raw:
                batch = clean_batch(batch, options)
                blobs = mark(batch)
                finish(code_batch(batch, options) if code else batch, blobs)
        else:
            run_pooled(raw, options, code=code, mark=mark, finish=finish)
    finally:
        if isinstance(sink, ParquetStore):
            sink.close()
    return summary


class Task:
    """A batch sent to the pool, kept until its result is in so it can be sent again."""

    __slots__ = ("fn", "batch", "blobs", "future")

    def __init__(self, fn: Callable, batch: list[Document], blobs: dict[str, bytes] | None = None) -> None:
        self.fn, self.batch, self.blobs = fn, batch, blobs
        self.future: Future | None = None


def run_pooled(
    raw: Iterable[list[Document]],
    options: Options,
    *,
    code: bool,
    mark: Callable[[list[Document]], dict[str, bytes]],
    finish: Callable[[list[Document], dict[str, bytes]], None],
) -> None:
    """Clean (and code) batches on a process pool, dedup and store them here, in input order.

    Everything is scheduled from this thread, so the store and deduplicator see one thread
    only, and at most `2 * workers + 2` batches are in flight (memory stays flat). When a
    worker dies, the pool is rebuilt and the batches in flight are sent again.
    """
    window = 2 * options.workers + 2
    cleaning: deque[Task] = deque()
    coding: deque[Task] = deque()
    context = mp.get_context("spawn")
    pool = ProcessPoolExecutor(options.workers, mp_context=context)
    restarts = 0

    def submit(task: Task) -> Task:
        try:
            task.future = pool.submit(task.fn, task.batch, options)
        except BrokenProcessPool as err:  # noticed here first: `result` restarts the pool
            task.future = Future()
            task.future.set_exception(err)
        return task

    def result(task: Task) -> list[Document]:
        nonlocal pool, restarts
        while True:
            try:
                return task.future.result()  # type: ignore[union-attr]
            except BrokenProcessPool:
                restarts += 1
                if restarts > POOL_RESTARTS:
                    raise
                log.warning("a worker process died; restarting the pool and rerunning its batches")
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(options.workers, mp_context=context)
                for t in (*coding, *cleaning):  # `task` is among them: it is still queued
                    if not t.future.done() or t.future.exception() is not None:  # type: ignore[union-attr]
                        submit(t)

    batches = iter(raw)
    exhausted = False
    try:
        while True:
            while not exhausted and len(cleaning) + len(coding) < window:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                else:
                    cleaning.append(submit(Task(clean_batch, batch)))
            if coding and (coding[0].future.done() or not cleaning):  # type: ignore[union-attr]
                task = coding[0]
                docs = result(task)
                coding.popleft()
                finish(docs, task.blobs or {})
            elif cleaning:
                task = cleaning[0]
                docs = result(task)
                cleaning.popleft()
                blobs = mark(docs)
                if code:
                    coding.append(submit(Task(code_batch, docs, blobs)))
                else:
                    finish(docs, blobs)
            elif exhausted:
                break
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)  # idle workers exit at once; joined, their usage is accounted
