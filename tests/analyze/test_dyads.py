"""Dyads on the Syria-Russia fixture: dimensions, quad classes, Goldstein, periods, charts."""

from __future__ import annotations

import duckdb
import pytest

from eventwire.analyze.dyads import dyad_pairs, dyad_table, write_chart
from eventwire.analyze.merge import merge_db
from eventwire.store.duckdb import Store


@pytest.fixture()
def con(syria_db):
    merge_db(syria_db)
    c = duckdb.connect(syria_db, read_only=True)
    yield c
    c.close()


def by_dimension(rows):
    out = {}
    for r in rows:
        d = out.setdefault(r["dimension"], {"n": 0, "coop": 0, "conflict": 0})
        d["n"] += r["n"]
        d["coop"] += r["verbal_coop"] + r["material_coop"]
        d["conflict"] += r["verbal_conflict"] + r["material_conflict"]
    return out


def test_rus_syr_cooperate_in_all_four_dimensions(con):
    dims = by_dimension(dyad_table(con, a="RUS", b="SYR", by="month"))
    for dim in ("diplomatic", "economic", "humanitarian", "security"):
        assert dims[dim]["coop"] >= 1 and dims[dim]["conflict"] == 0, dim
    assert dims["all"]["n"] == 5  # five RUS-SYR happenings; copies and repeats add none


def test_isr_syr_is_material_conflict(con):
    rows = dyad_table(con, a="ISR", b="SYR", by="day")
    sec = [r for r in rows if r["dimension"] == "security"]
    assert len(sec) == 1
    assert sec[0]["material_conflict"] == 1 and sec[0]["verbal_coop"] == 0
    assert sec[0]["goldstein_sum"] == pytest.approx(-10.0)
    assert sec[0]["period"] == "2026-04-07"


def test_order_of_the_pair_does_not_matter_unordered(con):
    assert dyad_table(con, a="SYR", b="RUS") == dyad_table(con, a="RUS", b="SYR")


def test_ordered_keeps_direction(con):
    rows = dyad_table(con, a="SYR", b="RUS", ordered=True)
    assert rows and {(r["country1"], r["country2"]) for r in rows} == {("RUS", "SYR")}
    rows = dyad_table(con, a="USA", b="RUS", ordered=True)
    assert {(r["country1"], r["country2"]) for r in rows} == {("USA", "RUS")}
    assert rows[0]["verbal_conflict"] == 1


def test_means_and_sums(con):
    march = [r for r in dyad_table(con, a="RUS", b="SYR", by="month", dimension="all") if r["period"] == "2026-03"]
    assert len(march) == 1
    r = march[0]
    assert r["n"] == 3
    assert r["goldstein_mean"] == pytest.approx(r["goldstein_sum"] / 3, abs=1e-3)
    assert r["scale_mean"] == pytest.approx(r["scale_sum"] / 3, abs=1e-3)


def test_week_periods_and_all_pairs(con):
    rows = dyad_table(con, by="week")
    assert {(r["country1"], r["country2"]) for r in rows} == {("RUS", "SYR"), ("ISR", "SYR"), ("RUS", "USA")}
    assert all(r["period"].startswith("2026-W") for r in rows)
    pairs = dyad_pairs(con)
    assert pairs[0]["country1"] == "RUS" and pairs[0]["country2"] == "SYR" and pairs[0]["cooperation"] == 5


def test_syndicated_copy_changes_no_dyad_count(tmp_path, fixture_events, con):
    before = dyad_table(con, a="ISR", b="SYR")
    db = fixture_events.write_syria_db(str(tmp_path / "more.duckdb"), with_duplicate=True)
    extra = fixture_events.build_document("doc-toi-copy2", "ynetnews.com", "2026-04-07",
                                          [fixture_events.STRIKE], status="near_duplicate",
                                          cluster_id="doc-toi")
    with Store(db) as store:
        store.write_batch([extra])
    merge_db(db)
    c2 = duckdb.connect(db, read_only=True)
    assert dyad_table(c2, a="ISR", b="SYR") == before
    assert c2.execute("SELECT num_articles FROM happenings WHERE event = 'ASSAULT'").fetchone()[0] == 3
    c2.close()


def test_bad_period_and_dimension(con):
    with pytest.raises(ValueError, match="E010"):
        dyad_table(con, by="year")
    with pytest.raises(ValueError, match="E010"):
        dyad_table(con, dimension="cultural")


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_chart(con, tmp_path, suffix):
    path = write_chart(dyad_table(con, a="RUS", b="SYR"), str(tmp_path / f"c.{suffix}"), title="RUS-SYR")
    data = open(path, "rb").read()
    assert data.startswith(b"\x89PNG") if suffix == "png" else b"<svg" in data
