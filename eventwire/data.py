"""Record types that flow between steps: one slotted dataclass per unit of work."""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field, fields
from typing import Any

# Document.status values. Later stages only process OK documents.
STATUS_OK = "ok"
STATUS_DUPLICATE = "duplicate"
STATUS_NEAR_DUPLICATE = "near_duplicate"
STATUS_NON_ENGLISH = "non_english"
STATUS_SKIPPED = "skipped"
STATUS_FAILED = "failed"  # a stage raised on this document; `metadata["detail"]` says where
# metadata key of a clean article's MinHash (hex): set by cleaning, stored with the document.
MINHASH_KEY = "minhash"


@dataclass(slots=True)
class Document:
    """One article, from raw bytes/markup (set by a reader) to clean text (set by cleaning).

    `raw` holds what the reader found (str or bytes) and `content_type` says how to read it
    ("text" or "html"); cleaning fills `text` and the metadata fields and drops `raw`.
    """

    source_path: str
    raw: str | bytes | None = None
    content_type: str = "text"
    id: str = ""
    text: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    published_source: str | None = None  # "metadata", "text" (inferred) or None
    language: str | None = None
    status: str = STATUS_OK
    reason: str | None = None
    cluster_id: str | None = None
    events: list[Event] = field(default_factory=list)
    # (start, end) of each sentence of `text`, set once by the coder and read by the resolver.
    sentences: list[tuple[int, int]] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)

    def skip(self, status: str, reason: str) -> Document:
        """Mark this document as not processed further, with a human-readable reason."""
        self.status = status
        self.reason = reason
        return self

    @property
    def ok(self) -> bool:
        return self.status == STATUS_OK

    def to_dict(self, *, with_events: bool = False) -> dict[str, Any]:
        """The stored fields (and, with `with_events`, the events as records)."""
        out = {name: getattr(self, name) for name in STORED_FIELDS}
        if with_events:
            out["events"] = [e.to_dict() for e in self.events]
        return out

    def to_record(self) -> dict[str, Any]:
        """Every field, JSON-ready: what crosses a process boundary (`raw` stays str or bytes)."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["events"] = [e.to_dict() for e in self.events]
        out["sentences"] = [list(s) for s in self.sentences]
        return out

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Document:
        """The Document of a `to_record()` dict (after a JSON or Arrow round trip too)."""
        d = {k: v for k, v in record.items() if k in DOCUMENT_FIELDS}
        d["events"] = [Event.from_dict(e) for e in d.get("events") or ()]
        d["sentences"] = [tuple(s) for s in d.get("sentences") or ()]
        d["metadata"] = dict(d.get("metadata") or {})
        return cls(**d)


@dataclass(slots=True)
class Span:
    """Character offsets into the document text (start inclusive, end exclusive)."""

    start: int
    end: int
    text: str

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        return cls(**d) if d else None


@dataclass(slots=True)
class Actor:
    """A PLOVER actor block: what the text says and what it resolved to."""

    entity_text: str
    entity_name: str | None = None
    country: str | None = None  # ISO 3166 alpha-3, or IGO (UN, EU and other bodies)/NGO/IMG/MNC
    sector: str | None = None  # GOV, MIL, COP, JUD, LEG, REB, OPP, CVL, BUS, MED ...
    resolved_by: str | None = None  # "text_role", "kb", "country_name", "metonym", "coref"...
    span: Span | None = None

    @property
    def code(self) -> str:
        return " ".join(p for p in (self.country, self.sector) if p)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Actor | None:
        return cls(**{**d, "span": Span.from_dict(d.get("span"))}) if d else None


@dataclass(slots=True)
class Event:
    """One event a sentence reports, PLOVER-style, with CAMEO and provenance."""

    doc_id: str
    sentence_index: int
    text: str  # the sentence
    event: str  # PLOVER type, e.g. CONSULT
    actor: Actor
    recipient: Actor | None = None
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    quad_code: int | None = None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material
    event_scale: float | None = None
    cameo: str | None = None
    goldstein: float | None = None
    event_text: str = ""  # trigger words
    trigger: Span | None = None
    sentence_span: Span | None = None
    confidence: float = 0.0
    negated: bool = False
    date: str | None = None  # ISO date (YYYY-MM-DD, YYYY-MM, or YYYY)
    date_precision: str | None = None  # day, month, year
    date_range: tuple[str, str] | None = None
    location: dict[str, Any] | None = None
    quantities: list[dict[str, Any]] = field(default_factory=list)
    id: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """PLOVER-style JSON object."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """The Event of a `to_dict()` (JSON round trip: tuples come back as lists)."""
        d = {k: v for k, v in d.items() if k in EVENT_FIELDS}
        d["actor"], d["recipient"] = Actor.from_dict(d["actor"]), Actor.from_dict(d.get("recipient"))
        d["trigger"], d["sentence_span"] = Span.from_dict(d.get("trigger")), Span.from_dict(d.get("sentence_span"))
        if d.get("date_range"):
            d["date_range"] = tuple(d["date_range"])
        return cls(**d)


# What `Document.to_dict` gives (the documents table's own fields, less storage columns).
STORED_FIELDS = (
    "id", "source_path", "url", "outlet", "title", "text", "published", "published_source",
    "language", "status", "reason", "cluster_id",
)
DOCUMENT_FIELDS = frozenset(f.name for f in fields(Document))
EVENT_FIELDS = frozenset(f.name for f in fields(Event))


# -- speed8: a flat record's fields as a dict ---------------------------------------------------
@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def scalar_fields(record: Any) -> dict[str, Any]:
    """`dataclasses.asdict(record)` for a dataclass whose fields hold only str, int, float, bool
    or None (a resolved place, a quantity): the same dict, without asdict's recursive walk and
    its deep copy of every value (which gives such values back as they are)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}
