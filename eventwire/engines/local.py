"""The local engine: chains the stages on one machine, optionally over a process pool."""

from __future__ import annotations

import itertools
import multiprocessing as mp
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from eventwire.data import Document
from eventwire.ingest.readers import Reader
from eventwire.pipeline import Deduplicator, Summary, clean_batch, code_batch
from eventwire.settings import Options
from eventwire.store.duckdb import Store


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
) -> Summary:
    """Read, clean, deduplicate, (code,) and store every input; return the run's summary.

    With a store, each batch is written in one transaction after it is fully processed, so a
    run stopped at any moment leaves whole batches only, and the next run skips them.
    """
    summary = Summary()
    dedup = Deduplicator(options, store)
    seen = store.seen_sources() if store is not None else set()
    raw = batched(unseen(Reader(options).read(inputs), seen), options.batch_size)
    pool = mp.get_context("spawn").Pool(options.workers) if options.workers > 1 else None
    # Pool.imap feeds its input eagerly; the semaphore keeps a bounded number of batches in
    # flight, so memory stays flat whatever the corpus size.
    in_flight = threading.Semaphore(2 * options.workers + 2)

    def throttled(batches: Iterable[list[Document]]) -> Iterator[list[Document]]:
        for batch in batches:
            in_flight.acquire()
            yield batch

    def deduplicated(batches: Iterable[list[Document]]) -> Iterator[tuple[list[Document], dict]]:
        for batch in batches:
            with summary.stats.track_time("dedup"):
                blobs = dedup.mark(batch)
            yield batch, blobs

    try:
        mapper = pool.imap if pool else map
        cleaned = mapper(partial(clean_batch, options=options), throttled(raw))
        staged = deduplicated(cleaned)
        if code:
            blobs_of: dict[int, dict] = {}

            def to_code(items: Iterable[tuple[list[Document], dict]]) -> Iterator[list[Document]]:
                for n, (batch, blobs) in enumerate(items):
                    blobs_of[n] = blobs
                    yield batch

            coded = mapper(partial(code_batch, options=options), to_code(staged))
            staged = ((batch, blobs_of.pop(n)) for n, batch in enumerate(coded))
        for batch, blobs in staged:
            if store is not None:
                with summary.stats.track_time("store"):
                    store.write_batch(batch, blobs)
            summary.add(batch)
            in_flight.release()
            if on_batch:
                on_batch(batch)
    finally:
        if pool:
            pool.terminate()
    return summary
