"""One happening, many reports: merge events that describe the same happening (GDELT-style).

Two events of canonical documents (status ok) report the same happening when they share the
merge key (actor and recipient country and sector, PLOVER type), their dates are compatible
(day precision: within `window_days`; month: the same month, or a day inside it; year: the same
year) and they name the same place (same GeoNames id, else same name), or one names none; a
country-level place counts as none.

Clustering is deterministic and order-independent: events are sorted by (first day, precision,
id); each one joins the first cluster whose *anchor* (earliest event) it is compatible with, or
starts a new one. Placed events cluster first, by place; place-less ones then join the
compatible cluster with the closest anchor date. The happening id hashes the key and the
anchor's event id, so it is stable as later reports arrive.

Near-duplicate documents (syndicated copies, `cluster_id` = canonical document) never create
happenings: their coded events join a compatible happening of their key (preferring one their
canonical document reports); an uncoded copy counts as one extra mention, article and source
of every happening its canonical document reports. Exact duplicates are never stored as
documents, so they change nothing.

The tables are rebuilt as a whole in one transaction (idempotent); `merge_if_stale` rebuilds
only when the fingerprint of events and documents changed since the last merge.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any
from urllib.parse import urlparse

import duckdb
import pyarrow as pa

from eventwire.analyze.dimensions import dimensions_of
from eventwire.data import STATUS_NEAR_DUPLICATE, STATUS_OK

log = logging.getLogger(__name__)

WINDOW_DAYS = 3
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}
ROOT_SENTENCES = 2  # a report in an article's first sentences makes the happening a root event

EVENT_SQL = """
SELECT e.id, e.doc_id, e.sentence_index, e.date, e.date_precision, e.date_start, e.date_end,
       e.event, e.mode, e.context, e.quad_code, e.event_scale, e.cameo, e.goldstein,
       e.confidence, e.actor_country, e.actor_sector, e.actor_name, e.actor_text,
       e.recipient_country, e.recipient_sector, e.recipient_name, e.recipient_text,
       e.location, d.status, d.cluster_id, d.published, d.outlet, d.url, d.ingested_at
FROM events e JOIN documents d ON d.id = e.doc_id
WHERE d.status IN ('ok', 'near_duplicate') AND NOT coalesce(e.negated, false)
ORDER BY e.id
"""
FINGERPRINT_SQL = """
SELECT (SELECT count(*) FROM events) || ':' ||
       (SELECT coalesce(bit_xor(hash(id, doc_id, event, date)), 0) FROM events) || ':' ||
       (SELECT count(*) FROM documents) || ':' ||
       (SELECT coalesce(bit_xor(hash(id, status, cluster_id, outlet)), 0) FROM documents)
"""


@dataclass(slots=True)
class Report:
    """One event as the merge sees it."""

    row: dict[str, Any]
    key: tuple[Any, ...]
    place: str | None
    start: date | None
    end: date | None
    precision: str | None

    @property
    def sort_key(self) -> tuple[Any, ...]:
        return (self.start or date.max, PRECISION_RANK.get(self.precision, 3), self.row["id"])


@dataclass(slots=True)
class Cluster:
    """A happening under construction: its anchor and its reports."""

    anchor: Report
    place: str | None
    reports: list[Report] = field(default_factory=list)
    copies: list[dict[str, Any]] = field(default_factory=list)  # uncoded copy documents


def _schema() -> tuple[pa.Schema, pa.Schema]:
    """Arrow schemas matching analysis_schema.sql, column for column."""
    text, num, count = pa.string(), pa.float64(), pa.int32()
    happenings = pa.schema([
        ("id", text), ("gdelt_id", pa.int64()), ("event", text), ("mode", text),
        ("context", pa.list_(text)), ("dimensions", pa.list_(text)), ("quad_code", count),
        ("cameo", text), ("goldstein", num), ("event_scale", num),
        ("actor_country", text), ("actor_sector", text), ("actor_name", text),
        ("recipient_country", text), ("recipient_sector", text), ("recipient_name", text),
        ("date", text), ("date_precision", text), ("day", pa.date32()), ("place", text),
        ("location", text), ("lat", num), ("lon", num), ("place_country", text),
        ("num_mentions", count), ("num_sources", count), ("num_articles", count),
        ("is_root", pa.bool_()), ("confidence", num), ("first_event_id", text),
        ("first_doc_id", text), ("source_url", text), ("date_added", pa.timestamp("us")),
    ])
    reports = pa.schema([("happening_id", text), ("event_id", text), ("doc_id", text),
                         ("is_copy", pa.bool_())])
    return happenings, reports


HAPPENING_SCHEMA, REPORT_SCHEMA = _schema()


def arrow_table(rows: list[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    """Rows (tuples in schema order) as an Arrow table."""
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in schema]
    return pa.table([pa.array(list(col), type=f.type) for col, f in zip(columns, schema, strict=True)],
                    schema=schema)


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the analysis tables if missing."""
    con.execute(resources.files("eventwire.store").joinpath("analysis_schema.sql").read_text())


def parse_interval(value: str | None, precision: str | None) -> tuple[date | None, date | None, str | None]:
    """(first day, last day, precision) a coded date covers; Nones if it cannot be read."""
    if not value:
        return None, None, None
    parts = value[:10].split("-")
    try:
        nums = [int(p) for p in parts if p]
        if precision is None:
            precision = {1: "year", 2: "month"}.get(len(nums), "day")
        if precision == "year" or len(nums) == 1:
            return date(nums[0], 1, 1), date(nums[0], 12, 31), "year"
        if precision == "month" or len(nums) == 2:
            last = calendar.monthrange(nums[0], nums[1])[1]
            return date(nums[0], nums[1], 1), date(nums[0], nums[1], last), "month"
        day = date(nums[0], nums[1], nums[2])
        return day, day, "day"
    except (ValueError, IndexError):
        return None, None, None


def place_key(location: Any) -> str | None:
    """A comparable key for a location: its feature id, else its lowercased name."""
    if not location:
        return None
    if isinstance(location, str):
        try:
            location = json.loads(location)
        except ValueError:
            return location.strip().lower() or None
    if not isinstance(location, dict):
        return None
    if location.get("feature") == "country":
        return None  # "in Syria" says too little to split a happening reported "in Damascus"
    for k in ("geonameid", "feature_id", "id"):
        if location.get(k):
            return f"id:{location[k]}"
    name = (location.get("name") or "").strip().lower()
    return f"name:{name}" if name else None


def compatible(a: Report, b: Report, window_days: int = WINDOW_DAYS) -> bool:
    """Whether the dates of two reports can describe the same happening."""
    if a.start is None or b.start is None:
        return a.start is None and b.start is None
    if a.precision == "day" and b.precision == "day":
        return abs((a.start - b.start).days) <= window_days
    if "year" in (a.precision, b.precision):
        return a.precision == b.precision and a.start.year == b.start.year
    return a.start <= b.end and b.start <= a.end


def to_report(row: dict[str, Any]) -> Report:
    """Wrap an event row: its merge key, place and date interval (published date as fallback)."""
    start, end, precision = parse_interval(row["date"], row["date_precision"])
    if start is None:
        start, end, precision = parse_interval(row["published"], None)
    key = (row["actor_country"], row["actor_sector"], row["recipient_country"],
           row["recipient_sector"], row["event"])
    return Report(row, key, place_key(row["location"]), start, end, precision)


def cluster_reports(reports: list[Report], window_days: int = WINDOW_DAYS) -> list[Cluster]:
    """Greedy anchor clustering of canonical reports of one merge key (order-independent)."""
    clusters: list[Cluster] = []
    placed = sorted((r for r in reports if r.place), key=lambda r: (r.place, r.sort_key))
    for rep in placed:
        for cl in clusters:
            if cl.place == rep.place and compatible(cl.anchor, rep, window_days):
                cl.reports.append(rep)
                break
        else:
            clusters.append(Cluster(anchor=rep, place=rep.place, reports=[rep]))
    for rep in sorted((r for r in reports if not r.place), key=lambda r: r.sort_key):
        target = closest_cluster(clusters, rep, window_days)
        if target is None:
            target = Cluster(anchor=rep, place=None)
            clusters.append(target)
        target.reports.append(rep)
    return clusters


def closest_cluster(clusters: list[Cluster], rep: Report, window_days: int,
                    prefer: set[str] | None = None) -> Cluster | None:
    """The compatible cluster (same place or none) with the nearest anchor date, or None."""
    best, best_rank = None, None
    for cl in clusters:
        if rep.place and cl.place and cl.place != rep.place:
            continue
        if not compatible(cl.anchor, rep, window_days):
            continue
        preferred = 0 if prefer and any(r.row["doc_id"] in prefer for r in cl.reports) else 1
        gap = abs((cl.anchor.start - rep.start).days) if cl.anchor.start and rep.start else 0
        rank = (preferred, gap, cl.anchor.sort_key)
        if best_rank is None or rank < best_rank:
            best, best_rank = cl, rank
    return best


def happening_id(cl: Cluster) -> str:
    """Stable id: the merge key plus the anchor event's id."""
    raw = json.dumps([list(cl.anchor.key), cl.place, cl.anchor.row["id"]], default=str)
    return "h" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def source_of(row: dict[str, Any]) -> str:
    """The outlet a document came from: its outlet, else its URL's host, else itself."""
    if row.get("outlet"):
        return str(row["outlet"]).lower()
    if row.get("url"):
        host = urlparse(row["url"]).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return "doc:" + row["doc_id"]


def most_common(values: list[Any]) -> Any:
    """The most frequent non-null value (ties: the smallest), or None."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    return min(v for v, n in counts.items() if n == top)


def happening_row(cl: Cluster) -> tuple[Any, ...]:
    """Aggregate a cluster into a happenings row."""
    hid = happening_id(cl)
    a = cl.anchor.row
    rows = [r.row for r in cl.reports]
    all_docs = rows + cl.copies
    cameo = most_common([r["cameo"] for r in rows])
    goldstein = next((r["goldstein"] for r in rows if r["cameo"] == cameo and r["goldstein"] is not None),
                     a["goldstein"])
    scales = [r["event_scale"] for r in rows if r["event_scale"] is not None]
    contexts = sorted({c for r in rows for c in (r["context"] or [])})
    located = next((r for r in sorted(cl.reports, key=lambda r: r.sort_key) if r.place), None)
    loc = json.loads(located.row["location"]) if located and isinstance(located.row["location"], str) else (
        located.row["location"] if located else None)
    loc = loc if isinstance(loc, dict) else None
    first_doc = min(all_docs, key=lambda r: (str(r["ingested_at"]), r["doc_id"]))
    canonical = [r for r in rows if r["status"] == STATUS_OK] or rows
    canonical_first = min(canonical, key=lambda r: (str(r["ingested_at"]), r["doc_id"]))
    return (
        hid, int(hid[1:14], 16), a["event"], most_common([r["mode"] for r in rows]), contexts,
        dimensions_of(a["event"], contexts), a["quad_code"], cameo, goldstein,
        sum(scales) / len(scales) if scales else None,
        a["actor_country"], a["actor_sector"], most_common([r["actor_name"] or r["actor_text"] for r in rows]),
        a["recipient_country"], a["recipient_sector"],
        most_common([r["recipient_name"] or r["recipient_text"] for r in rows]),
        a["date"] or (cl.anchor.start.isoformat() if cl.anchor.start else None), cl.anchor.precision,
        cl.anchor.start,
        loc.get("name") if loc else None, json.dumps(loc) if loc else None,
        _float(loc.get("lat")) if loc else None, _float(loc.get("lon")) if loc else None,
        loc.get("country") if loc else None,
        len(rows) + len(cl.copies), len({source_of(r) for r in all_docs}),
        len({r["doc_id"] for r in all_docs}),
        any((r["sentence_index"] if r["sentence_index"] is not None else 99) < ROOT_SENTENCES for r in rows),
        max((r["confidence"] or 0.0) for r in rows), a["id"], canonical_first["doc_id"],
        canonical_first["url"] or first_doc["url"], first_doc["ingested_at"],
    )


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def build_clusters(rows: list[dict[str, Any]], copy_docs: list[dict[str, Any]],
                   window_days: int = WINDOW_DAYS) -> tuple[list[Cluster], list[tuple[Cluster, Report]], Counter]:
    """Cluster canonical events, then attach coded and uncoded near-duplicate copies."""
    stats: Counter = Counter()
    by_key: dict[tuple[Any, ...], list[Report]] = defaultdict(list)
    copies: list[Report] = []
    for row in rows:
        rep = to_report(row)
        (by_key[rep.key] if row["status"] == STATUS_OK else copies).append(rep)
    clusters_by_key = {key: cluster_reports(reps, window_days) for key, reps in sorted(by_key.items(), key=lambda kv: repr(kv[0]))}
    attached: list[tuple[Cluster, Report]] = []
    for rep in sorted(copies, key=lambda r: r.sort_key):
        target = closest_cluster(clusters_by_key.get(rep.key, []), rep, window_days,
                                 prefer={rep.row["cluster_id"]} if rep.row["cluster_id"] else None)
        if target is None:
            stats["unmatched_copy_events"] += 1
            continue
        attached.append((target, rep))
    clusters = [cl for cls in clusters_by_key.values() for cl in cls]
    by_doc: dict[str, list[Cluster]] = defaultdict(list)
    for cl in clusters:
        for doc_id in sorted({r.row["doc_id"] for r in cl.reports}):
            by_doc[doc_id].append(cl)
    for doc in sorted(copy_docs, key=lambda d: d["doc_id"]):
        for cl in by_doc.get(doc["cluster_id"], []):
            cl.copies.append(doc)
            stats["uncoded_copy_reports"] += 1
    for cl, rep in attached:
        cl.reports.append(rep)
    return clusters, attached, stats


def load_rows(con: duckdb.DuckDBPyConnection) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Event rows joined with their documents, and the uncoded near-duplicate documents."""
    cur = con.execute(EVENT_SQL)
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    cur = con.execute(
        "SELECT d.id AS doc_id, d.cluster_id, d.outlet, d.url, d.ingested_at FROM documents d "
        "WHERE d.status = ? AND d.cluster_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id) ORDER BY d.id",
        [STATUS_NEAR_DUPLICATE],
    )
    names = [d[0] for d in cur.description]
    copies = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    return rows, copies


def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """A cheap digest of the events and documents tables."""
    return str(con.execute(FINGERPRINT_SQL).fetchone()[0])


def is_stale(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the happenings tables are missing or older than events/documents."""
    try:
        row = con.execute("SELECT value FROM merge_state WHERE key = 'fingerprint'").fetchone()
    except duckdb.CatalogException:
        return True
    return row is None or row[0] != fingerprint(con)


def merge(con: duckdb.DuckDBPyConnection, *, window_days: int = WINDOW_DAYS) -> dict[str, int]:
    """Rebuild happenings and reports from events in one transaction; returns counts."""
    apply_schema(con)
    rows, copy_docs = load_rows(con)
    clusters, _, stats = build_clusters(rows, copy_docs, window_days)
    happening_rows, report_rows = [], []
    for cl in clusters:
        row = happening_row(cl)
        happening_rows.append(row)
        for rep in cl.reports:
            report_rows.append((row[0], rep.row["id"], rep.row["doc_id"], rep.row["status"] != STATUS_OK))
        for doc in cl.copies:
            report_rows.append((row[0], None, doc["doc_id"], True))
    happening_rows.sort(key=lambda r: r[0])
    report_rows.sort(key=lambda r: (r[0], r[2], r[1] or ""))
    # Arrow tables insert in one statement; executemany would cost a round trip per row.
    happening_table = arrow_table(happening_rows, HAPPENING_SCHEMA)
    report_table = arrow_table(report_rows, REPORT_SCHEMA)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM reports")
        con.execute("DELETE FROM happenings")
        con.register("_happening_rows", happening_table)
        con.register("_report_rows", report_table)
        con.execute("INSERT INTO happenings SELECT * FROM _happening_rows")
        con.execute("INSERT INTO reports SELECT * FROM _report_rows")
        con.execute("INSERT OR REPLACE INTO merge_state VALUES ('fingerprint', ?)", [fingerprint(con)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("_happening_rows")
        con.unregister("_report_rows")
    return {"events": len(rows), "happenings": len(happening_rows), "reports": len(report_rows), **stats}


def merge_db(db: str, *, window_days: int = WINDOW_DAYS) -> dict[str, int]:
    """Open `db` for writing and rebuild its happenings."""
    con = duckdb.connect(db)
    try:
        con.execute(resources.files("eventwire.store").joinpath("schema.sql").read_text())
        return merge(con, window_days=window_days)
    finally:
        con.close()


def merge_if_stale(db: str, *, window_days: int = WINDOW_DAYS) -> dict[str, int] | None:
    """Rebuild happenings only when events or documents changed; None when already fresh."""
    con = duckdb.connect(db)
    try:
        con.execute(resources.files("eventwire.store").joinpath("schema.sql").read_text())
        if not is_stale(con):
            return None
        return merge(con, window_days=window_days)
    finally:
        con.close()
