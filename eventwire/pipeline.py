"""The one stage list of eventwire, and what every engine and entry point needs to run it.

    read -> clean -> dedup -> code -> resolve -> store

`PIPELINE` is the only place the order is written. `ingest` runs its prefix up to `dedup`,
`code_text` its suffix from `code`, `run` all of it; engines place each stage by its `where`
("worker": pure per document, run in any process; "driver": run-wide state, run in one place
in input order) and never name a stage themselves.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module
from typing import Any

from eventwire.data import STATUS_DUPLICATE, STATUS_FAILED, STATUS_NEAR_DUPLICATE, Document
from eventwire.errors import Errors
from eventwire.ingest.fs import expand_sources, read_source
from eventwire.ingest.readers import Reader
from eventwire.settings import Options
from eventwire.steps import Stats, Step, fail

log = logging.getLogger(__name__)

# name -> the Step class, imported when a run needs it (`ingest` never loads spaCy).
STAGES: dict[str, str] = {
    "clean": "eventwire.clean.step:CleanStep",
    "dedup": "eventwire.clean.dedup:DedupStep",
    "code": "eventwire.events.step:CodeStep",
    "resolve": "eventwire.resolve.step:ResolveStep",
}
PIPELINE: tuple[str, ...] = tuple(STAGES)


def stage_class(name: str) -> type[Step]:
    """The Step class of a stage name."""
    if name not in STAGES:
        raise ValueError(Errors.E015.format(name=name, known=", ".join(PIPELINE)))
    module, cls = STAGES[name].split(":")
    return getattr(import_module(module), cls)
READ = "read"  # the name failures while reading are reported under
MAX_DROPPED_SHOWN = 20  # skipped or failed documents a summary lists by name


def stage_names(*, first: str | None = None, last: str | None = None) -> tuple[str, ...]:
    """The stages from `first` to `last` (inclusive), in pipeline order."""
    for name in (first, last):
        if name is not None and name not in STAGES:
            raise ValueError(Errors.E015.format(name=name, known=", ".join(PIPELINE)))
    start = PIPELINE.index(first) if first else 0
    end = PIPELINE.index(last) + 1 if last else len(PIPELINE)
    return PIPELINE[start:end]


INGEST = stage_names(last="dedup")  # `eventwire ingest` and `clean`
CODE = stage_names(first="code")  # `eventwire code` and `code_text`: clean text in


def segments(names: Iterable[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Consecutive stages grouped by where they run: [("worker", (...)), ("driver", (...)), ...]."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for name in names:
        where = stage_class(name).where
        if out and out[-1][0] == where:
            out[-1] = (where, out[-1][1] + (name,))
        else:
            out.append((where, (name,)))
    return out


@lru_cache(maxsize=4)
def worker_stages(names: tuple[str, ...], options: Options) -> list[Step]:
    """Worker stages built once per process (models and knowledge bases load once)."""
    return [stage_class(name)(options) for name in names]


def driver_stages(names: tuple[str, ...], options: Options, store: Any = None) -> list[Step]:
    """Driver stages of one run; they see everything stored before (`store`) and this run."""
    return [stage_class(name)(options, store=store) for name in names]  # type: ignore[call-arg]


def run_steps(steps: list[Step], docs: list[Document]) -> tuple[list[Document], Stats]:
    """Run `docs` through `steps` in order; the stats of this batch alone."""
    stats = Stats()
    for step in steps:
        step.stats = Stats()
        docs = list(step.run(docs))
        stats.merge(step.stats)
    return docs, stats


def run_worker_segment(names: tuple[str, ...], docs: list[Document],
                       options: Options) -> tuple[list[Document], Stats]:
    """A worker segment over one batch, in whatever process calls it (pool worker, Ray task)."""
    return run_steps(worker_stages(names, options), docs)


def read_source_guarded(reader: Reader, source: str) -> Iterator[Document]:
    """Raw documents of one input; what the reader raises becomes one failed document."""
    try:
        yield from read_source(reader, source)
    except Exception as err:  # noqa: BLE001 - one bad input must not stop the run
        yield fail(Document(source_path=source), READ, err)


def read_documents(inputs: Iterable[str], options: Options,
                   seen: set[str] | frozenset[str] = frozenset()) -> Iterator[Document]:
    """Raw documents of every input in order (files, globs, '-', URLs), minus those in `seen`."""
    reader = Reader(options)
    for source in expand_sources(inputs):
        for doc in read_source_guarded(reader, source):
            if doc.source_path not in seen:
                yield doc


@dataclass(slots=True)
class Summary:
    """What a run did: read, cleaned, duplicates, skips and failures by reason, events by type,
    and per stage the documents, seconds and documents/s."""

    counts: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    stats: Stats = field(default_factory=Stats)
    stages: tuple[str, ...] = ()
    # The first documents skipped or failed: (source, reason, detail), for the run's report.
    dropped: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, docs: list[Document]) -> None:
        for doc in docs:
            self.counts["read"] += 1
            if doc.ok:
                self.counts["cleaned"] += 1
            elif doc.status in (STATUS_DUPLICATE, STATUS_NEAR_DUPLICATE):
                self.counts[doc.status] += 1
                if doc.status == STATUS_NEAR_DUPLICATE:
                    self.counts["cleaned"] += 1
            else:
                if doc.status == STATUS_FAILED:
                    self.failed[str(doc.metadata.get("detail", doc.reason)).split(":")[0]] += 1
                else:
                    self.skipped[doc.reason or doc.status] += 1
                if len(self.dropped) < MAX_DROPPED_SHOWN:
                    self.dropped.append((doc.source_path, doc.reason or doc.status,
                                         str(doc.metadata.get("detail") or "")))
            for ev in doc.events:
                self.events[ev.event] += 1
            self.counts["sentences"] += doc.metadata.get("sentences", 0)

    def stage_rows(self) -> list[dict[str, Any]]:
        """Per stage: documents it worked on, seconds spent, documents/s, documents it dropped."""
        rows = []
        for name in self.stages:
            n = self.stats.counts.get(f"{name}.total", 0)
            secs = self.stats.seconds.get(name, 0.0)
            dropped = sum(v for k, v in self.stats.counts.items() if k.startswith(f"{name}.dropped_"))
            rows.append({"stage": name, "documents": n, "seconds": round(secs, 3),
                         "docs_per_s": round(n / secs, 1) if secs else None, "dropped": dropped})
        return rows

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": dict(self.counts),
            "skipped": dict(self.skipped),
            "failed": dict(self.failed),
            "events": dict(self.events),
            "stages": self.stage_rows(),
            "dropped": [{"source": s, "reason": r, "detail": d} for s, r, d in self.dropped],
            "seconds": {k: round(v, 3) for k, v in self.stats.seconds.items()},
        }
