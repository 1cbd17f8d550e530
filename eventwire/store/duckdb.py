"""The DuckDB store: documents, the inputs seen, events. Writes are one transaction a batch."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.data import STATUS_SKIPPED, Document, Event
from eventwire.errors import Errors

DOC_COLUMNS = (
    "id", "url", "outlet", "title", "text", "published", "published_source", "language",
    "status", "reason", "cluster_id", "source_path", "minhash",
)


def skipped_id(source_path: str) -> str:
    """Id of a document that has no text (its input could not be read)."""
    return "skip-" + hashlib.sha1(source_path.encode("utf-8")).hexdigest()[:15]


# PLOVER size kinds, stored as the events table's last columns (size_dead ...).
SIZE_KINDS = ("dead", "injured", "arrested", "participants")


def event_row(ev: Event) -> tuple[Any, ...]:
    """Flatten an Event into the events table's columns."""
    a, r = ev.actor, ev.recipient
    rng = ev.date_range or (None, None)
    return (
        ev.id, ev.doc_id, ev.sentence_index, ev.text,
        ev.sentence_span.start if ev.sentence_span else None,
        ev.sentence_span.end if ev.sentence_span else None,
        ev.date, ev.date_precision, rng[0], rng[1], ev.event, ev.mode, list(ev.context),
        ev.quad_code, ev.event_scale, ev.cameo, ev.goldstein, ev.event_text,
        ev.trigger.start if ev.trigger else None, ev.trigger.end if ev.trigger else None,
        ev.negated, ev.confidence,
        a.entity_text, a.entity_name, a.country, a.sector, a.resolved_by,
        a.span.start if a.span else None, a.span.end if a.span else None,
        r.entity_text if r else None, r.entity_name if r else None, r.country if r else None,
        r.sector if r else None, r.resolved_by if r else None,
        r.span.start if r and r.span else None, r.span.end if r and r.span else None,
        json.dumps(ev.location) if ev.location else None,
        json.dumps(ev.quantities) if ev.quantities else None,
        json.dumps(ev.to_dict(), default=str),
        *(ev.metadata.get("size", {}).get(k) for k in SIZE_KINDS),
    )


EVENT_COLUMNS = (
    "id", "doc_id", "sentence_index", "sentence", "sentence_start", "sentence_end", "date",
    "date_precision", "date_start", "date_end", "event", "mode", "context", "quad_code",
    "event_scale", "cameo", "goldstein", "event_text", "trigger_start", "trigger_end", "negated",
    "confidence", "actor_text", "actor_name", "actor_country", "actor_sector", "actor_resolved_by",
    "actor_start", "actor_end", "recipient_text", "recipient_name", "recipient_country",
    "recipient_sector", "recipient_resolved_by", "recipient_start", "recipient_end", "location",
    "quantities", "record", *(f"size_{k}" for k in SIZE_KINDS),
)
PLACE_COLUMNS = (
    "doc_id", "start_char", "end_char", "matched", "name", "feature", "country", "admin1", "lat",
    "lon", "geonameid",
)
SOURCE_COLUMNS = ("source_path", "doc_id", "status", "reason")


class Store:
    """A DuckDB file holding documents, sources and events."""

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self.path = path
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as err:
            raise OSError(Errors.E003.format(path=path, err=err)) from err
        if not read_only:
            self.con.execute(resources.files("eventwire.store").joinpath("schema.sql").read_text())

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def seen_sources(self) -> set[str]:
        """Source paths already processed: a re-run skips them."""
        return {row[0] for row in self.con.execute("SELECT source_path FROM sources").fetchall()}

    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """(id, cluster_id, minhash) of stored articles, to rebuild the near-duplicate index."""
        cur = self.con.execute(
            "SELECT id, cluster_id, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY ingested_at, id"
        )
        while rows := cur.fetchmany(10_000):
            yield from rows

    def write_batch(self, docs: Iterable[Document], minhashes: dict[str, bytes] | None = None) -> None:
        """Store a batch of documents, their sources and events in one transaction.

        Exact duplicates (status "duplicate") only record their source; everything else is
        inserted once: a re-run of the same input changes nothing.
        """
        minhashes = minhashes or {}
        doc_rows, source_rows, event_rows, place_rows = [], [], [], []
        for doc in docs:
            if doc.status == STATUS_SKIPPED and not doc.id:
                doc.id = skipped_id(doc.source_path)
            source_rows.append((doc.source_path, doc.id, doc.status, doc.reason))
            if doc.status == "duplicate":
                continue
            doc_rows.append((
                doc.id, doc.url, doc.outlet, doc.title, doc.text, doc.published,
                doc.published_source, doc.language, doc.status, doc.reason, doc.cluster_id,
                doc.source_path, minhashes.get(doc.id),
            ))
            event_rows.extend(event_row(ev) for ev in doc.events)
            place_rows.extend(
                (doc.id, p["start"], p["end"], p["matched"], p["name"], p["feature"], p["country"],
                 p["admin1"], p["lat"], p["lon"], p["geonameid"])
                for p in doc.metadata.get("places", ())
            )
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert("documents", DOC_COLUMNS, doc_rows, key=1)
            self._insert("events", EVENT_COLUMNS, event_rows, key=1)
            self._insert("places", PLACE_COLUMNS, place_rows, key=2)
            self._insert("sources", SOURCE_COLUMNS, source_rows, key=1)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple], *, key: int) -> None:
        """Insert rows not already stored, through one Arrow table (executemany is slow)."""
        if not rows:
            return
        unique = list({row[:key]: row for row in rows}.values())  # first `key` columns = PK
        arrow = pa.Table.from_pylist([dict(zip(columns, row, strict=True)) for row in unique])
        self.con.register("_eventwire_batch", arrow)
        try:
            cols = ", ".join(columns)
            self.con.execute(
                f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _eventwire_batch ON CONFLICT DO NOTHING"
            )
        finally:
            self.con.unregister("_eventwire_batch")
