"""Record types that flow between steps: one slotted dataclass per unit of work."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Document.status values. Later stages only process OK documents.
STATUS_OK = "ok"
STATUS_DUPLICATE = "duplicate"
STATUS_NEAR_DUPLICATE = "near_duplicate"
STATUS_NON_ENGLISH = "non_english"
STATUS_SKIPPED = "skipped"


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
        out = {
            "id": self.id,
            "source_path": self.source_path,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "text": self.text,
            "published": self.published,
            "published_source": self.published_source,
            "language": self.language,
            "status": self.status,
            "reason": self.reason,
            "cluster_id": self.cluster_id,
        }
        if with_events:
            out["events"] = [e.to_dict() for e in self.events]
        return out


@dataclass(slots=True)
class Span:
    """Character offsets into the document text (start inclusive, end exclusive)."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Actor:
    """A PLOVER actor block: what the text says and what it resolved to."""

    entity_text: str
    entity_name: str | None = None
    country: str | None = None  # ISO 3166 alpha-3, or IGO/UNO/EUR/NGO/IMG/MNC
    sector: str | None = None  # GOV, MIL, COP, JUD, LEG, REB, OPP, CVL, BUS, MED ...
    resolved_by: str | None = None  # "text_role", "kb", "country_name", "metonym", "coref"...
    span: Span | None = None

    @property
    def code(self) -> str:
        return " ".join(p for p in (self.country, self.sector) if p)


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
