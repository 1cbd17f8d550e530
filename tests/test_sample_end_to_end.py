"""The main job on the real scraped sample: events, resolution and dyads, end to end."""

from __future__ import annotations

import json
import math

import duckdb
import pytest

from eventwire.api import clean_string, run
from eventwire.settings import Options

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, request):
    from pathlib import Path

    sample = Path(__file__).resolve().parent.parent.parent / "shared" / "samples" / "syria-moscow-scrape.txt"
    if not sample.exists():
        pytest.skip("../shared/samples/syria-moscow-scrape.txt is not present")
    db = str(tmp_path_factory.mktemp("sample") / "s.duckdb")
    summary = run([str(sample)], Options(db=db, progress=False))
    return db, summary, sample


def rows(db, sql, params=()):
    with duckdb.connect(db, read_only=True) as con:
        cur = con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def events(db):
    return rows(db, "SELECT * FROM events ORDER BY sentence_index, trigger_start")


def one(evs, **match):
    found = [e for e in evs if all(
        (v in e[k]) if isinstance(e[k], list) else e[k] == v for k, v in match.items())]
    assert len(found) == 1, (match, [(e["event"], e["sentence"][:60]) for e in evs])
    return found[0]


def test_expected_events_each_once(sample_db):
    db, summary, _ = sample_db
    evs = events(db)
    visit = one(evs, event="CONSULT", mode="visit")
    assert (visit["actor_country"], visit["actor_sector"]) == ("SYR", "GOV")
    assert visit["recipient_country"] == "RUS"
    meet = one(evs, event="CONSULT", mode=None)
    assert "Kremlin" in meet["sentence"] and meet["recipient_name"] and "Putin" in meet["recipient_text"]
    req = one(evs, event="REQUEST")
    assert "legal" in req["context"] and req["actor_country"] == "SYR"
    rej = one(evs, event="REJECT")
    assert (rej["actor_country"], rej["recipient_country"]) == ("RUS", "SYR")
    agree = one(evs, event="AGREE")
    assert "economic" in agree["context"]
    assert {agree["actor_country"], agree["recipient_country"]} == {"RUS", "SYR"}
    aid = one(evs, event="AID", context="humanitarian", event_text="delivery")
    assert (aid["actor_country"], aid["recipient_country"]) == ("RUS", "SYR")
    shipments = one(evs, event="AID", event_text="shipments")
    assert shipments["actor_country"] == "RUS"
    assert (shipments["date"], shipments["date_precision"]) == ("2025-04", "month")
    strike = one(evs, event="ASSAULT")
    assert strike["mode"] == "aerial" and (strike["actor_country"], strike["actor_sector"]) == ("ISR", "MIL")
    mob = one(evs, event="MOBILIZE")
    assert mob["actor_country"] == "ISR" and "Golan" in (json.loads(mob["location"])["name"])
    mil = [e for e in evs if e["event"] in ("AID", "COOPERATE") and "military" in e["context"]]
    assert len(mil) == 1 and mil[0]["recipient_sector"] == "MIL"


def test_every_event_has_codes_and_provenance(sample_db):
    db, _, _ = sample_db
    docs = rows(db, "SELECT id, text FROM documents")
    assert len(docs) == 1
    text = docs[0]["text"]
    for e in events(db):
        assert e["cameo"] and e["goldstein"] is not None and e["quad_code"] in (1, 2, 3, 4)
        assert text[e["sentence_start"]:e["sentence_end"]] == e["sentence"]
        assert text[e["trigger_start"]:e["trigger_end"]] == e["event_text"]
        assert text[e["actor_start"]:e["actor_end"]] == e["actor_text"]
        for banned in ("Disclaimer", "warranty", "Comments", "Sorry", "403"):
            assert banned not in e["sentence"]


def test_dates_places_and_quantities(sample_db):
    db, _, _ = sample_db
    evs = events(db)
    visit = one(evs, event="CONSULT", mode="visit")
    assert (visit["date"], visit["date_precision"]) == ("2025-10", "month")
    places = {p["matched"]: p for p in rows(db, "SELECT * FROM places")}
    near = lambda p, lat, lon: math.dist((p["lat"], p["lon"]), (lat, lon)) < 0.5  # noqa: E731
    assert places["Moscow"]["country"] == "RUS" and near(places["Moscow"], 55.75, 37.62)
    assert places["Kremlin"]["admin1"] == "Moscow" and near(places["Kremlin"], 55.75, 37.62)
    assert places["Tartus"]["country"] == "SYR" and near(places["Tartus"], 34.9, 35.9)
    assert places["Hmeimim"]["country"] == "SYR" and places["Hmeimim"]["admin1"] == "Latakia"
    assert places["Golan Heights"]["lat"] is not None
    quantities = {q["text"]: (e["event"], q) for e in evs for q in json.loads(e["quantities"] or "[]")}
    money = next(q for t, (_, q) in quantities.items() if "$650 million" in t)
    assert (money["min"], money["max"], money["unit"]) == (6.5e8, 1e9, "USD")
    strikes = next(q for _, (ev, q) in quantities.items() if q["noun"] == "airstrikes")
    assert strikes["min"] == 300
    assert any(q["noun"] == "projects" and q["value"] == 40 for _, (_, q) in quantities.items())
    assert any(q["unit"] == "hours" and 2.5 in (q["value"], q["min"]) for _, (_, q) in quantities.items())


def test_actors_by_office_on_the_event_date():
    from eventwire.data import Actor
    from eventwire.knowledge.kb import KnowledgeBase
    from eventwire.resolve.actors import ActorResolver, MentionContext

    resolver = ActorResolver(KnowledgeBase.load())
    ctx = MentionContext()
    code = lambda text, date="2025-10-15": resolver.resolve(  # noqa: E731
        Actor(entity_text=text), date=date, context=ctx)
    assert (code("Kremlin spokesperson Dmitry Peskov").country, code("Peskov").sector) == ("RUS", "GOV")
    assert (code("President Vladimir Putin").country, code("Putin").sector) == ("RUS", "GOV")
    assert (code("Ahmad al-Sharaa").country, code("al-Sharaa").sector) == ("SYR", "GOV")
    assad = code("Bashar Assad")
    assert assad.country == "SYR" and assad.sector != "GOV"
    assert code("Bashar Assad", "2020-01-01").sector == "GOV"


def dyads(db, a, b):
    from eventwire.analyze.dyads import dyad_table
    from eventwire.analyze.merge import merge_if_stale

    merge_if_stale(db)
    with duckdb.connect(db, read_only=True) as con:
        return dyad_table(con, by="month", a=a, b=b)


def test_dyads(sample_db):
    db, _, _ = sample_db
    table = dyads(db, "RUS", "SYR")
    coop = {r["dimension"] for r in table
            if r["verbal_coop"] + r["material_coop"] > r["verbal_conflict"] + r["material_conflict"]}
    assert {"diplomatic", "economic", "humanitarian", "security"} <= coop
    isr = dyads(db, "ISR", "SYR")
    assert any(r["material_conflict"] > 0 for r in isr)
    assert not any(r["verbal_coop"] + r["material_coop"] for r in isr)


def test_body_appearing_twice_changes_no_count(sample_db, tmp_path):
    db, _, sample = sample_db
    once = tmp_path / "once.txt"
    doc = clean_string(sample.read_text())
    once.write_text(f"{doc.title}\n(MENAFN) {doc.text}\n")
    db2 = str(tmp_path / "once.duckdb")
    run([str(once)], Options(db=db2, progress=False))
    q = "SELECT event, actor_country, recipient_country, count(*) AS n FROM events GROUP BY ALL ORDER BY ALL"
    assert rows(db, q) == rows(db2, q)
    assert dyads(db, "RUS", "SYR") == dyads(db2, "RUS", "SYR")
