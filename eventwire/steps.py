"""The stage contract: `run(docs)` yields documents; the base owns guarding, counting and timing.

A stage never knows which engine drives it: the local engine calls `run` on each batch in
its process or a pool worker, the Ray engine inside a Ray task or actor. Whatever one
document does inside a stage, only that document pays: an exception becomes its status
`failed`, with the stage and the exception as its detail, and the run goes on.
"""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from eventwire.data import STATUS_FAILED, Document
from eventwire.errors import Reasons
from eventwire.settings import Options

log = logging.getLogger(__name__)
MAX_DETAIL = 500  # characters of an exception message kept in a document's detail


class Stats:
    """Named counters and timers, mergeable across stages, workers and batches."""

    __slots__ = ("counts", "seconds")

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.seconds: Counter[str] = Counter()

    def update(self, name: str, n: int = 1) -> None:
        self.counts[name] += n

    @contextmanager
    def track_time(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start

    def merge(self, other: Stats) -> Stats:
        self.counts.update(other.counts)
        self.seconds.update(other.seconds)
        return self

    def to_dict(self) -> dict[str, dict[str, float]]:
        return {"counts": dict(self.counts), "seconds": dict(self.seconds)}

    @classmethod
    def from_dict(cls, d: dict[str, dict[str, float]]) -> Stats:
        stats = cls()
        stats.counts.update(d.get("counts", {}))
        stats.seconds.update(d.get("seconds", {}))
        return stats


def fail(doc: Document, stage: str, err: BaseException) -> Document:
    """Mark `doc` failed in `stage`: stored with reason `error` and what was raised, events dropped."""
    doc.status, doc.reason, doc.events = STATUS_FAILED, Reasons.ERROR, []
    doc.metadata["detail"] = f"{stage}: {type(err).__name__}: {err}"[:MAX_DETAIL]
    log.warning("%s failed in stage %s: %s: %s", doc.source_path, stage, type(err).__name__,
                str(err)[:200])
    log.info("traceback of %s in %s", doc.source_path, stage, exc_info=err)  # --verbose
    return doc


class Step(ABC):
    """A pipeline stage. Subclasses implement `process(doc)`; documents not OK pass through.

    Class attributes say how an engine places it: `where = "worker"` stages are pure per
    document and run in any process; `where = "driver"` stages hold run-wide state (the
    deduplicator) and run where the data meets, in input order.
    """

    name = "step"
    where = "worker"

    def __init__(self, options: Options) -> None:
        self.options = options
        self.stats = Stats()

    @abstractmethod
    def process(self, doc: Document) -> Document:
        """Work on one OK document; mark it with `doc.skip(...)` to drop it."""

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if not doc.ok:
                yield doc
                continue
            with self.stats.track_time(self.name):
                try:
                    doc = self.process(doc)
                except Exception as err:  # noqa: BLE001 - one document's bug must not stop the run
                    doc = fail(doc, self.name, err)
            self.count(doc)
            yield doc

    def count(self, doc: Document) -> None:
        self.stats.update(f"{self.name}.total")
        self.stats.update(f"{self.name}.forwarded" if doc.ok else f"{self.name}.dropped_{doc.status}")


class BatchStep(Step):
    """A stage that works on a whole batch at once (a model fed many texts per call).

    When the batch raises, each document is run again alone, so only the one at fault fails.
    """

    @abstractmethod
    def process_batch(self, docs: list[Document]) -> list[Document]:
        """Work on the OK documents of a batch, in place or by returning them in order."""

    def process(self, doc: Document) -> Document:
        return self.process_batch([doc])[0]

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        todo = [d for d in docs if d.ok]
        with self.stats.track_time(self.name):
            try:
                done = self.process_batch(todo)
            except Exception:  # noqa: BLE001 - find the document at fault, one by one
                done = []
                for doc in todo:
                    try:
                        done.append(self.process(doc))
                    except Exception as err:  # noqa: BLE001
                        done.append(fail(doc, self.name, err))
        by_id = {id(before): doc for before, doc in zip(todo, done, strict=True)}
        for doc in docs:
            if id(doc) in by_id:
                doc = by_id[id(doc)]
                self.count(doc)
            yield doc
