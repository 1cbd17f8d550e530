"""The stages of a run as plain batch functions, shared by every engine.

`clean_batch` and `code_batch` are pure per batch (run in any worker); `Deduplicator` and the
store run where the data meets (the driver), since identity is global to the corpus.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from eventwire.clean.dedup import NearDuplicateIndex, signature
from eventwire.clean.step import CleanStep
from eventwire.data import STATUS_DUPLICATE, STATUS_NEAR_DUPLICATE, Document
from eventwire.settings import Options
from eventwire.steps import Stats

MINHASH_KEY = "minhash"  # set by clean_batch in a worker, popped by Deduplicator.mark


@dataclass(slots=True)
class Summary:
    """What a run did, by name: read, cleaned, duplicates, skips by reason, events by type."""

    counts: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    stats: Stats = field(default_factory=Stats)

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
                self.skipped[doc.reason or doc.status] += 1
            for ev in doc.events:
                self.events[ev.event] += 1
            self.counts["sentences"] += doc.metadata.get("sentences", 0)

    def to_dict(self) -> dict:
        return {
            "counts": dict(self.counts),
            "skipped": dict(self.skipped),
            "events": dict(self.events),
            "seconds": {k: round(v, 3) for k, v in self.stats.seconds.items()},
        }


def clean_batch(docs: list[Document], options: Options) -> list[Document]:
    """Decode, extract, clean and identify a batch of raw documents.

    Also computes each article's MinHash here, in the worker, so that the deduplicator (one per
    run, in the driver) only has to look it up (`metadata["minhash"]`, hex, popped by `mark`).
    """
    docs = list(CleanStep(options).run(docs))
    for doc in docs:
        if doc.ok:
            doc.metadata[MINHASH_KEY] = NearDuplicateIndex.to_bytes(signature(doc.text, options)).hex()
    return docs


class Deduplicator:
    """Marks exact and near duplicates against everything seen, in this run or stored before."""

    def __init__(self, options: Options, store=None) -> None:
        self.index = NearDuplicateIndex(options)
        self.seen: set[str] = set()
        self.store = store
        if store is not None:
            for doc_id, cluster_id, blob in store.signatures():
                self.index.add(doc_id, self.index.from_bytes(blob), cluster_id)
                self.seen.add(doc_id)

    def mark(self, docs: list[Document]) -> dict[str, bytes]:
        """Set status and cluster id of each OK document; return MinHash blobs of new ones."""
        blobs: dict[str, bytes] = {}
        for doc in docs:
            pre = doc.metadata.pop(MINHASH_KEY, None)
            if not doc.ok:
                continue
            if doc.id in self.seen or (self.store is not None and self.store.has_document(doc.id)):
                doc.skip(STATUS_DUPLICATE, "same text as document " + doc.id)
                continue
            self.seen.add(doc.id)
            mh = self.index.from_bytes(bytes.fromhex(pre)) if pre else self.index.signature(doc.text)
            cluster = self.index.find(mh)
            doc.cluster_id = cluster or doc.id
            self.index.add(doc.id, mh, doc.cluster_id)
            blobs[doc.id] = self.index.to_bytes(mh)
            if cluster:
                doc.skip(STATUS_NEAR_DUPLICATE, "near duplicate of " + cluster)
        return blobs


@lru_cache(maxsize=2)
def load_coder(options: Options):
    """The event coder and resolvers, built once per process (models load once)."""
    from eventwire.events.coder import EventCoder
    from eventwire.resolve.step import Resolver

    return EventCoder(options), Resolver(options)


def code_batch(docs: list[Document], options: Options) -> list[Document]:
    """Code events in the OK documents of a batch and resolve their parts."""
    coder, resolver = load_coder(options)
    docs = coder.code_documents(docs)  # also sets metadata["sentences"]
    for doc in docs:
        if doc.ok and doc.events:
            resolver.resolve_document(doc)
    return docs
