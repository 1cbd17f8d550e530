"""Read-only queries behind the API and dashboard: happenings with their reports, documents,
stats. Every value is a bound parameter; only whitelisted column names are placed in SQL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import duckdb

HAPPENING_COLUMNS = (
    "id", "event", "mode", "context", "dimensions", "quad_code", "cameo", "goldstein",
    "event_scale", "actor_country", "actor_sector", "actor_name", "recipient_country",
    "recipient_sector", "recipient_name", "date", "date_precision", "place", "lat", "lon",
    "place_country", "num_mentions", "num_sources", "num_articles", "is_root", "confidence",
    "first_doc_id", "source_url",
)
DOCUMENT_LIST_COLUMNS = (
    "id", "url", "outlet", "title", "published", "language", "status", "reason", "detail",
    "cluster_id", "source_path", "ingested_at",
)


@dataclass(slots=True, kw_only=True)
class EventFilters:
    """Filters of GET /events; None means no filter."""

    actor_country: str | None = None
    actor_sector: str | None = None
    recipient_country: str | None = None
    recipient_sector: str | None = None
    country: str | None = None  # either side
    type: str | None = None
    quad: int | None = None
    dimension: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    text: str | None = None
    located: bool | None = None

    def where(self) -> tuple[str, list[Any]]:
        """SQL WHERE clause over `happenings h` and its parameters."""
        clauses, params = [], []
        for col, value in (("actor_country", self.actor_country), ("actor_sector", self.actor_sector),
                           ("recipient_country", self.recipient_country),
                           ("recipient_sector", self.recipient_sector), ("event", self.type),
                           ("quad_code", self.quad)):
            if value is not None:
                clauses.append(f"h.{col} = ?")
                params.append(value)
        if self.country:
            clauses.append("(h.actor_country = ? OR h.recipient_country = ?)")
            params += [self.country, self.country]
        if self.dimension:
            clauses.append("list_contains(h.dimensions, ?)")
            params.append(self.dimension)
        if self.date_from:
            clauses.append("h.day >= CAST(? AS DATE)")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("h.day <= CAST(? AS DATE)")
            params.append(self.date_to)
        if self.place:
            clauses.append("h.place ILIKE ? ESCAPE '\\'")
            params.append(contains_pattern(self.place))
        if self.text:
            clauses.append(
                "EXISTS (SELECT 1 FROM reports r JOIN events e ON e.id = r.event_id "
                "WHERE r.happening_id = h.id AND e.sentence ILIKE ? ESCAPE '\\')"
            )
            params.append(contains_pattern(self.text))
        if self.located is not None:
            clauses.append("h.lat IS NOT NULL" if self.located else "h.lat IS NULL")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def contains_pattern(words: str) -> str:
    """A LIKE pattern matching `words` anywhere, literally: '%' and '_' in a search are text,
    not wildcards (use with ESCAPE '\\')."""
    return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def rows_as_dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Fetch all rows of a cursor as dicts, JSON-ready."""
    names = [d[0] for d in cur.description]
    return [{k: jsonable(v) for k, v in zip(names, row, strict=True)} for row in cur.fetchall()]


def jsonable(value: Any) -> Any:
    """Dates and timestamps as ISO strings; everything else unchanged."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def list_happenings(con: duckdb.DuckDBPyConnection, filters: EventFilters, *, limit: int = 50,
                    offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of happenings), newest first."""
    where, params = filters.where()
    total = con.execute(f"SELECT count(*) FROM happenings h{where}", params).fetchone()[0]
    cols = ", ".join(f"h.{c}" for c in HAPPENING_COLUMNS)
    cur = con.execute(
        f"SELECT {cols} FROM happenings h{where} ORDER BY h.day DESC NULLS LAST, h.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, rows_as_dicts(cur)


def relative_span(sentence: str | None, start: Any, end: Any, base: Any, words: str | None) -> list[int] | None:
    """[start, end] of a document span inside its sentence, or where its words occur; None if lost."""
    if not sentence:
        return None
    if start is not None and end is not None and base is not None:
        s, e = start - base, end - base
        if 0 <= s < e <= len(sentence) and (not words or sentence[s:e] == words):
            return [s, e]
    if words:
        i = sentence.find(words)
        if i >= 0:
            return [i, i + len(words)]
    return None


REPORT_SQL = """
SELECT r.event_id, r.doc_id, r.is_copy, d.outlet, d.url, d.title, d.published, d.status,
       e.sentence_index, e.sentence, e.sentence_start, e.event, e.mode, e.context, e.cameo,
       e.goldstein, e.quad_code, e.event_scale, e.date, e.date_precision, e.confidence,
       e.event_text, e.trigger_start, e.trigger_end,
       e.actor_text, e.actor_country, e.actor_sector, e.actor_start, e.actor_end,
       e.recipient_text, e.recipient_country, e.recipient_sector, e.recipient_start, e.recipient_end,
       e.location
FROM reports r JOIN documents d ON d.id = r.doc_id LEFT JOIN events e ON e.id = r.event_id
WHERE r.happening_id = ?
ORDER BY r.is_copy, d.published NULLS LAST, r.doc_id, e.sentence_index NULLS LAST
"""


def get_happening(con: duckdb.DuckDBPyConnection, happening_or_event_id: str) -> dict[str, Any] | None:
    """A happening (by its id, or the id of one of its events) with every report and its spans."""
    cols = ", ".join(HAPPENING_COLUMNS)
    rows = rows_as_dicts(con.execute(f"SELECT {cols} FROM happenings WHERE id = ?", [happening_or_event_id]))
    if not rows:
        rows = rows_as_dicts(con.execute(
            f"SELECT {cols} FROM happenings WHERE id = "
            "(SELECT happening_id FROM reports WHERE event_id = ? LIMIT 1)", [happening_or_event_id]))
    if not rows:
        return None
    out = rows[0]
    reports = []
    for r in rows_as_dicts(con.execute(REPORT_SQL, [out["id"]])):
        sent, base = r["sentence"], r["sentence_start"]
        r["spans"] = {
            "actor": relative_span(sent, r.pop("actor_start"), r.pop("actor_end"), base, r["actor_text"]),
            "trigger": relative_span(sent, r.pop("trigger_start"), r.pop("trigger_end"), base, r["event_text"]),
            "recipient": relative_span(sent, r.pop("recipient_start"), r.pop("recipient_end"), base,
                                       r["recipient_text"]),
        }
        if isinstance(r["location"], str):
            r["location"] = json.loads(r["location"])
        reports.append(r)
    out["reports"] = reports
    return out


def list_documents(con: duckdb.DuckDBPyConnection, *, status: str | None = None, text: str | None = None,
                   outlet: str | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of documents), newest first."""
    clauses, params = [], []
    if status:
        clauses.append("status = ?")
        params.append(status)
    if outlet:
        clauses.append("outlet = ?")
        params.append(outlet)
    if text:
        clauses.append("(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')")
        params += [contains_pattern(text)] * 2
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = con.execute(f"SELECT count(*) FROM documents{where}", params).fetchone()[0]
    cols = ", ".join(DOCUMENT_LIST_COLUMNS)
    cur = con.execute(
        f"SELECT {cols}, length(text) AS chars FROM documents{where} "
        "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, rows_as_dicts(cur)


def get_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """One document with its text, its events and the happenings they report."""
    cols = ", ".join(DOCUMENT_LIST_COLUMNS)
    rows = rows_as_dicts(con.execute(f"SELECT {cols}, text FROM documents WHERE id = ?", [doc_id]))
    if not rows:
        return None
    doc = rows[0]
    doc["events"] = rows_as_dicts(con.execute(
        "SELECT e.id, e.sentence_index, e.sentence, e.event, e.quad_code, e.cameo, e.goldstein, "
        "e.actor_country, e.actor_sector, e.recipient_country, e.recipient_sector, e.date, "
        "r.happening_id FROM events e LEFT JOIN reports r ON r.event_id = e.id "
        "WHERE e.doc_id = ? ORDER BY e.sentence_index, e.id", [doc_id]))
    doc["happenings"] = [r[0] for r in con.execute(
        "SELECT DISTINCT happening_id FROM reports WHERE doc_id = ? ORDER BY 1", [doc_id]).fetchall()]
    return doc


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts: documents by status, events, happenings, reports, happenings by type and quad."""
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "documents_by_status": dict(con.execute(
            "SELECT status, count(*) FROM documents GROUP BY 1 ORDER BY 1").fetchall()),
        "events": one("SELECT count(*) FROM events"),
        "happenings": one("SELECT count(*) FROM happenings"),
        "reports": one("SELECT count(*) FROM reports"),
        "happenings_by_type": dict(con.execute(
            "SELECT event, count(*) FROM happenings GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()),
        "happenings_by_quad": {str(k): v for k, v in con.execute(
            "SELECT quad_code, count(*) FROM happenings GROUP BY 1 ORDER BY 1").fetchall()},
        "date_range": [jsonable(v) for v in con.execute("SELECT min(day), max(day) FROM happenings").fetchone()],
    }
