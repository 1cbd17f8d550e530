"""One row builder per stored table, shared by every sink (DuckDB file, Parquet folder).

A table added here is written by both sinks and merged by `merge-parquet`: the sinks only
decide where rows go, never what a row is.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Protocol

from eventwire.data import MINHASH_KEY, STATUS_DUPLICATE, Document, Event

# table -> primary key columns (schema.sql); a row whose key is stored already is not written.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("id",),
    "events": ("id",),
    "places": ("doc_id", "start_char"),
    "sources": ("source_path",),
}
TABLES = tuple(TABLE_KEYS)
# `Document.metadata` keys stored as documents columns of the same names.
DOCUMENT_METADATA = ("detail", "external_id", "encoding", "extraction", "fixed_text")
# PLOVER size kinds (`Event.metadata["size"]`), stored as the events table's last columns.
SIZE_KINDS = ("dead", "injured", "arrested", "participants")
EVENT_COLUMNS = (
    "id", "doc_id", "sentence_index", "sentence", "sentence_start", "sentence_end", "date",
    "date_precision", "date_start", "date_end", "event", "mode", "context", "quad_code",
    "event_scale", "cameo", "goldstein", "event_text", "trigger_start", "trigger_end", "negated",
    "confidence", "actor_text", "actor_name", "actor_country", "actor_sector", "actor_resolved_by",
    "actor_start", "actor_end", "recipient_text", "recipient_name", "recipient_country",
    "recipient_sector", "recipient_resolved_by", "recipient_start", "recipient_end", "location",
    "quantities", "record", *(f"size_{k}" for k in SIZE_KINDS),
)


def skipped_id(source_path: str) -> str:
    """Id of a document that has no text (its input could not be read or cleaning failed)."""
    return "skip-" + hashlib.sha1(source_path.encode("utf-8")).hexdigest()[:15]


def document_row(doc: Document, now: datetime) -> dict[str, Any]:
    """The documents table's row of a document (its MinHash as bytes, if it has one)."""
    minhash = doc.metadata.get(MINHASH_KEY)
    return {
        **doc.to_dict(), "ingested_at": now, "minhash": bytes.fromhex(minhash) if minhash else None,
        **{key: doc.metadata.get(key) for key in DOCUMENT_METADATA},
    }


def source_row(doc: Document, now: datetime) -> dict[str, Any]:
    """Every input read, whatever became of it: what a re-run skips."""
    return {"source_path": doc.source_path, "doc_id": doc.id, "status": doc.status,
            "reason": doc.reason, "seen_at": now}


def event_row(ev: Event) -> dict[str, Any]:
    """Flatten an Event into the events table's columns."""
    a, r = ev.actor, ev.recipient
    rng = ev.date_range or (None, None)
    return {
        "id": ev.id, "doc_id": ev.doc_id, "sentence_index": ev.sentence_index, "sentence": ev.text,
        "sentence_start": ev.sentence_span.start if ev.sentence_span else None,
        "sentence_end": ev.sentence_span.end if ev.sentence_span else None,
        "date": ev.date, "date_precision": ev.date_precision, "date_start": rng[0],
        "date_end": rng[1], "event": ev.event, "mode": ev.mode, "context": list(ev.context),
        "quad_code": ev.quad_code, "event_scale": ev.event_scale, "cameo": ev.cameo,
        "goldstein": ev.goldstein, "event_text": ev.event_text,
        "trigger_start": ev.trigger.start if ev.trigger else None,
        "trigger_end": ev.trigger.end if ev.trigger else None,
        "negated": ev.negated, "confidence": ev.confidence,
        "actor_text": a.entity_text, "actor_name": a.entity_name, "actor_country": a.country,
        "actor_sector": a.sector, "actor_resolved_by": a.resolved_by,
        "actor_start": a.span.start if a.span else None, "actor_end": a.span.end if a.span else None,
        "recipient_text": r.entity_text if r else None, "recipient_name": r.entity_name if r else None,
        "recipient_country": r.country if r else None, "recipient_sector": r.sector if r else None,
        "recipient_resolved_by": r.resolved_by if r else None,
        "recipient_start": r.span.start if r and r.span else None,
        "recipient_end": r.span.end if r and r.span else None,
        "location": json.dumps(ev.location) if ev.location else None,
        "quantities": json.dumps(ev.quantities) if ev.quantities else None,
        "record": json.dumps(ev.to_dict(), default=str),
        **{f"size_{k}": ev.metadata.get("size", {}).get(k) for k in SIZE_KINDS},
    }


def place_row(doc: Document, place: dict[str, Any]) -> dict[str, Any]:
    """A gazetteer match of the resolver (`doc.metadata["places"]`)."""
    return {
        "doc_id": doc.id, "start_char": place["start"], "end_char": place["end"],
        "matched": place["matched"], "name": place["name"], "feature": place["feature"],
        "country": place["country"], "admin1": place["admin1"], "lat": place["lat"],
        "lon": place["lon"], "geonameid": place["geonameid"],
    }


def batch_rows(docs: Iterable[Document], *, now: datetime | None = None) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for a batch. Exact duplicates only record their source."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for doc in docs:
        if not doc.id:
            doc.id = skipped_id(doc.source_path)
        rows["sources"].append(source_row(doc, now))
        if doc.status == STATUS_DUPLICATE:
            continue
        rows["documents"].append(document_row(doc, now))
        rows["events"].extend(event_row(ev) for ev in doc.events)
        rows["places"].extend(place_row(doc, p) for p in doc.metadata.get("places", ()))
    return rows


def unique_rows(table: str, rows: list[dict[str, Any]], stored: set[tuple] | None = None) -> list[dict[str, Any]]:
    """Rows whose key is new: the first of each key in the batch, none already in `stored`."""
    key = TABLE_KEYS[table]
    out: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        k = tuple(row[c] for c in key)
        if k not in out and (stored is None or k not in stored):
            out[k] = row
    return list(out.values())


class Sink(Protocol):
    """Where a run writes: `store.duckdb.Store` and `engines.parquet.ParquetStore`."""

    def seen_sources(self) -> set[str]: ...

    def document_ids(self) -> set[str]: ...

    def signatures(self) -> Iterable[tuple[str, str, bytes]]: ...

    def write_batch(self, docs: list[Document], *, shards: Iterable[str] = ()) -> None: ...

    def close(self) -> None: ...
