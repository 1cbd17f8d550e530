"""The step contract: `run(items)` yields items; the base owns counting and timing."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from eventwire.data import Document
from eventwire.settings import Options


class Stats:
    """Named counters and timers, mergeable across steps, workers and batches."""

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


class Step(ABC):
    """A pipeline stage. Subclasses implement `process(doc)`; documents not OK pass through.

    A step never knows which engine drives it: the local engine chains generators, the Ray
    engine calls `run` on each batch inside a worker.
    """

    name = "step"

    def __init__(self, options: Options, stats: Stats | None = None) -> None:
        self.options = options
        self.stats = stats if stats is not None else Stats()

    @abstractmethod
    def process(self, doc: Document) -> Document:
        """Work on one OK document; mark it with `doc.skip(...)` to drop it."""

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if not doc.ok:
                yield doc
                continue
            self.stats.update(f"{self.name}.total")
            with self.stats.track_time(self.name):
                doc = self.process(doc)
            self.stats.update(f"{self.name}.forwarded" if doc.ok else f"{self.name}.dropped_{doc.reason}")
            yield doc
