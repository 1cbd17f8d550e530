"""Exports: GDELT 2.0 TSV round trip, PLOVER JSONL, Parquet and CSV tables."""

from __future__ import annotations

import io
import json

import duckdb
import jsonschema
import pandas as pd
import pytest

from eventwire.analyze.export import (
    GDELT_COLUMNS,
    actor_fields,
    export,
    iso3_to_fips,
    plover_schema,
)


@pytest.fixture()
def merged(syria_db):
    from eventwire.analyze.merge import merge_db

    merge_db(syria_db)
    return syria_db


def stored_happenings(db):
    con = duckdb.connect(db, read_only=True)
    df = con.execute("SELECT * FROM happenings").df()
    con.close()
    return df.set_index("gdelt_id")


def test_codebook_columns():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[35:43] == ("Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
                                    "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
                                    "Actor1Geo_Long", "Actor1Geo_FeatureID")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_gdelt_round_trip_with_pandas(merged, tmp_path):
    out = tmp_path / "events.tsv"
    result = export(merged, "gdelt", str(out))
    df = pd.read_csv(out, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False)
    assert df.shape == (7, 61) == (result["rows"], 61)
    stored = stored_happenings(merged)
    for _, row in df.iterrows():
        h = stored.loc[int(row["GLOBALEVENTID"])]
        assert row["EventCode"] == h["cameo"]
        assert row["EventRootCode"] == h["cameo"][:2]
        assert int(row["QuadClass"]) == h["quad_code"]
        assert float(row["GoldsteinScale"]) == pytest.approx(h["goldstein"])
        assert (int(row["NumMentions"]), int(row["NumSources"]), int(row["NumArticles"])) == (
            h["num_mentions"], h["num_sources"], h["num_articles"])
        assert row["Actor1CountryCode"] == h["actor_country"]
        assert row["Actor2Type1Code"] == h["recipient_sector"]
        assert row["SQLDATE"] == h["day"].strftime("%Y%m%d")
        assert len(row["DATEADDED"]) == 14
    strike = df[df["EventRootCode"] == "19"].iloc[0]
    assert strike["Actor1Code"] == "ISRMIL"
    assert strike["ActionGeo_CountryCode"] == "SY"  # FIPS 10-4, not ISO
    assert float(strike["ActionGeo_Lat"]) == pytest.approx(33.5102)
    assert strike["NumArticles"] == "2"


def test_gdelt_actor_geo(merged, tmp_path):
    """ActorNGeo: the happening's place when it is in the actor's country, else the country."""
    out = tmp_path / "events.tsv"
    export(merged, "gdelt", str(out))
    df = pd.read_csv(out, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False)
    assert (df["AvgTone"] == "").all()  # not measured, not 0
    strike = df[df["EventRootCode"] == "19"].iloc[0]
    a1 = {f: strike[f"Actor1Geo_{f}"] for f in ("Type", "FullName", "CountryCode", "ADM1Code", "FeatureID")}
    assert a1 == {"Type": "1", "FullName": "Israel", "CountryCode": "IS", "ADM1Code": "IS", "FeatureID": "IS"}
    assert -90 < float(strike["Actor1Geo_Lat"]) < 90 and strike["Actor1Geo_Long"]
    # The recipient is Syrian and the strike was near Damascus: the place itself.
    assert (strike["Actor2Geo_Type"], strike["Actor2Geo_CountryCode"]) == ("4", "SY")
    assert float(strike["Actor2Geo_Lat"]) == pytest.approx(33.5102)
    assert strike["Actor2Geo_FeatureID"] == "170654"
    # No place: both actors get their countries.
    accuse = df[df["Actor1CountryCode"] == "USA"].iloc[0]
    assert (accuse["Actor1Geo_FullName"], accuse["Actor2Geo_FullName"]) == ("United States", "Russia")
    assert accuse["ActionGeo_Type"] == ""


def test_gdelt_kosovo_is_a_country_by_the_code_its_actors_get():
    # Actors in Kosovo are KOS (the PLOVER code); GeoNames says XKX. Kosovo is a country column,
    # with its FIPS code, not a known-group code.
    assert actor_fields("KOS", "GOV", "Kosovo government")[2:4] == ["KOS", ""]
    assert iso3_to_fips()["KOS"] == "KV"


def test_gdelt_round_trip_with_duckdb_and_header(merged, tmp_path):
    out = tmp_path / "events.tsv"
    export(merged, "gdelt", str(out), header=True)
    assert out.read_text().split("\n", 1)[0].split("\t") == list(GDELT_COLUMNS)
    con = duckdb.connect()
    rel = con.execute("SELECT * FROM read_csv(?, delim='\t', header=true, all_varchar=true)", [str(out)])
    assert [d[0] for d in rel.description] == list(GDELT_COLUMNS)
    assert len(rel.fetchall()) == 7


def plover_records(db, tmp_path, **kw):
    out = tmp_path / "events.jsonl"
    n = export(db, "plover", str(out), **kw)["rows"]
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == n
    return records


def test_plover_jsonl(merged, tmp_path):
    records = plover_records(merged, tmp_path)
    assert len(records) == 10
    assert all(r["link"].startswith("h") and r["link"] == r["happening_id"] for r in records)
    assert {t for r in records for t in r["event"]} >= {"CONSULT", "AID", "ASSAULT"}
    meeting = [r for r in records if r["event"] == ["CONSULT"]]
    assert len({r["link"] for r in meeting}) == 1 and len(meeting) == 3


def test_plover_records_follow_the_manual(merged, tmp_path):
    """Every record validates against the schema written from chapter 6 of the manual."""
    records = plover_records(merged, tmp_path)
    validator = jsonschema.Draft202012Validator(plover_schema())
    for r in records:
        validator.validate(r)
    visit = next(r for r in records if r["mode"] == ["visit"] and r["cite_info"]["publication"] == "tass.ru")
    assert visit["actor"] == [{"code": "RUS", "sector": "GOV", "entity_text": "Russian Foreign Minister Sergei Lavrov",
                               "identifier_id": None, "identifier_text": "RUSSIAN FOREIGN MINISTER SERGEI LAVROV"}]
    assert visit["recipient"][0]["code"] == "SYR" and visit["event_text"] == ["met"]
    loc = visit["event_loc"]
    assert (loc["resolved_place"], loc["extracted_place"], loc["geonameid"]) == ("Moscow", "Moscow", 524901)
    assert (loc["country_code"], loc["country"], loc["feature_class"], loc["resolution"]) == ("RUS", "Russia", "P", 4)
    assert visit["text_info"] == {"sequence": 0, "start": 0, "end": len(visit["text"])}
    assert visit["cite_info"]["url"] == "https://tass.ru/news/doc-tass" and visit["cite_info"]["language"] == "en"
    assert visit["date"] == "2026-03-02" and visit["enddate"] is None
    assert visit["has_event"] is True and visit["coder"].startswith("eventwire")
    monthly = next(r for r in records if r["date_precision"] == "month")
    assert (monthly["date"], monthly["enddate"]) == ("2026-04-01", "2026-04-30")


def test_plover_schema_rejects_the_old_shape(merged, tmp_path):
    """The schema can fail: eventwire's older record (strings, `location`) does not validate."""
    old = plover_records(merged, tmp_path, legacy_plover=True)
    assert isinstance(old[0]["event"], str) and "happening_id" in old[0]
    validator = jsonschema.Draft202012Validator(plover_schema())
    assert not any(validator.is_valid(r) for r in old)


def test_plover_size(tmp_path, fixture_events):
    """Sizes stored with an event reach the events table and the PLOVER `size` object."""
    from eventwire.resolve.quantities import extract_sizes
    from eventwire.store.duckdb import Store

    spec = fixture_events.Spec("Police fired on the crowd in Damascus, killing one person and arresting 12.",
                               "COERCE", ("Police", "SYR", "COP"), "arresting", None, [], "arrest",
                               "2026-05-01", "day", "Damascus")
    doc = fixture_events.build_document("doc-size", "sana.sy", "2026-05-01", [spec])
    doc.events[0].metadata["size"] = extract_sizes(spec.sentence, spec.event)
    db = str(tmp_path / "size.duckdb")
    with Store(db) as store:
        store.write_batch([doc])
    with duckdb.connect(db, read_only=True) as con:
        row = con.execute("SELECT size_dead, size_injured, size_arrested, size_participants FROM events").fetchone()
    assert row == (1, None, 12, None)
    (record,) = plover_records(db, tmp_path)
    jsonschema.validate(record, plover_schema())
    assert record["size"] == {"dead": 1, "arrested": 12}


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables(merged, tmp_path, fmt):
    files = export(merged, fmt, str(tmp_path / "out"))["files"]
    names = sorted(p.rsplit("/", 1)[1] for p in files)
    assert names == sorted(f"{t}.{fmt}" for t in ("events", "documents", "reports", "happenings"))
    con = duckdb.connect()
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    counts = {p.rsplit("/", 1)[1].split(".")[0]: con.execute(f"SELECT count(*) FROM {reader}(?)", [p]).fetchone()[0]
              for p in files}
    assert counts == {"events": 10, "documents": 8, "reports": 11, "happenings": 7}


def test_export_merges_when_stale(syria_db, tmp_path):
    out = tmp_path / "g.tsv"
    assert export(syria_db, "gdelt", str(out))["rows"] == 7


def test_unknown_format(merged):
    with pytest.raises(ValueError, match="E012"):
        export(merged, "xml")


def test_plover_to_stdout(merged, capsys):
    export(merged, "plover")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10
    assert io.StringIO(lines[0]).read().startswith("{")
