"""Merging events into happenings: counts, copies, duplicates, determinism, re-runs."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from eventwire.analyze import merge as m
from eventwire.data import Document
from eventwire.store.duckdb import Store


def happenings(db: str) -> dict[tuple, tuple]:
    """(event, actor, recipient, day) -> (id, mentions, sources, articles)."""
    con = duckdb.connect(db, read_only=True)
    rows = con.execute(
        "SELECT event, actor_country, actor_sector, recipient_country, day, id, num_mentions, "
        "num_sources, num_articles FROM happenings").fetchall()
    con.close()
    return {r[:5]: r[5:] for r in rows}


def test_fixture_merges_into_seven_happenings(syria_db):
    result = m.merge_db(syria_db)
    assert result["happenings"] == 7
    h = happenings(syria_db)
    # The Moscow meeting: twice in the TASS article, once in Reuters -> 3 mentions, 2 articles.
    assert h[("CONSULT", "RUS", "GOV", "SYR", date(2026, 3, 2))][1:] == (3, 2, 2)
    # The trade agreement on the same day is another happening (another type).
    assert h[("AGREE", "RUS", "GOV", "SYR", date(2026, 3, 2))][1:] == (1, 1, 1)
    # Month-precision agreement (April) stays apart from the March one.
    assert ("AGREE", "RUS", "GOV", "SYR", date(2026, 4, 1)) in h


def test_uncoded_syndicated_copy_adds_article_and_source_not_happening(syria_db):
    m.merge_db(syria_db)
    strike = happenings(syria_db)[("ASSAULT", "ISR", "MIL", "SYR", date(2026, 4, 7))]
    assert strike[1:] == (2, 2, 2)
    con = duckdb.connect(syria_db, read_only=True)
    copies = con.execute("SELECT happening_id, event_id, is_copy FROM reports WHERE doc_id = 'doc-toi-copy'").fetchall()
    assert copies == [(strike[0], None, True)]


def test_coded_syndicated_copy_joins_the_canonical_happening(syria_db):
    m.merge_db(syria_db)
    aid = happenings(syria_db)[("AID", "RUS", "GOV", "SYR", date(2026, 3, 10))]
    assert aid[1:] == (2, 2, 2)
    con = duckdb.connect(syria_db, read_only=True)
    assert con.execute("SELECT count(*) FROM happenings WHERE event = 'AID'").fetchone()[0] == 1
    row = con.execute("SELECT is_copy FROM reports WHERE event_id = 'doc-sana-copy-e0'").fetchone()
    assert row == (True,)


def test_exact_duplicate_changes_no_count(tmp_path, fixture_events):
    plain = fixture_events.write_syria_db(str(tmp_path / "a.duckdb"))
    dup = fixture_events.write_syria_db(str(tmp_path / "b.duckdb"), with_duplicate=True)
    m.merge_db(plain)
    m.merge_db(dup)
    assert happenings(plain) == happenings(dup)


def test_copy_without_matching_canonical_event_creates_nothing(tmp_path, fixture_events):
    db = fixture_events.write_syria_db(str(tmp_path / "c.duckdb"))
    stray = fixture_events.build_document(
        "doc-stray-copy", "example.org", "2026-05-20", [fixture_events.STRIKE],
        status="near_duplicate", cluster_id="doc-toi")
    stray.events[0].date = "2026-05-20"
    with Store(db) as store:
        store.write_batch([stray])
    result = m.merge_db(db)
    assert result["happenings"] == 7
    assert result["unmatched_copy_events"] == 1


def test_merge_is_order_independent(tmp_path, fixture_events):
    docs = fixture_events.syria_documents()
    forward, backward = str(tmp_path / "f.duckdb"), str(tmp_path / "r.duckdb")
    with Store(forward) as store:
        for doc in docs:
            store.write_batch([doc])
    with Store(backward) as store:
        for doc in reversed(fixture_events.syria_documents()):
            store.write_batch([doc])
    m.merge_db(forward)
    m.merge_db(backward)
    assert happenings(forward) == happenings(backward)


def test_merge_is_idempotent_and_rerun_after_new_documents(syria_db, fixture_events):
    assert m.merge_if_stale(syria_db)["happenings"] == 7
    first = happenings(syria_db)
    assert m.merge_if_stale(syria_db) is None  # nothing changed
    m.merge_db(syria_db)
    assert happenings(syria_db) == first
    later = fixture_events.build_document("doc-later", "bbc.co.uk", "2026-03-04", [fixture_events.MEETING_REUTERS])
    with Store(syria_db) as store:
        store.write_batch([later])
    assert m.merge_if_stale(syria_db)["happenings"] == 7
    after = happenings(syria_db)
    key = ("CONSULT", "RUS", "GOV", "SYR", date(2026, 3, 2))
    assert after[key][0] == first[key][0]  # the id is stable
    assert after[key][1:] == (4, 3, 3)


def test_same_sentence_twice_in_one_document_is_one_happening(tmp_path, fixture_events):
    doc = fixture_events.build_document("doc-twice", "tass.ru", "2026-03-02",
                                        [fixture_events.MEETING, fixture_events.MEETING])
    db = str(tmp_path / "t.duckdb")
    with Store(db) as store:
        store.write_batch([doc])
    m.merge_db(db)
    h = happenings(db)
    assert len(h) == 1
    assert next(iter(h.values()))[1:] == (2, 1, 1)


def test_negated_events_are_left_out(tmp_path, fixture_events):
    doc = fixture_events.build_document("doc-neg", "tass.ru", "2026-03-02", [fixture_events.STRIKE])
    doc.events[0].negated = True
    db = str(tmp_path / "n.duckdb")
    with Store(db) as store:
        store.write_batch([doc])
    assert m.merge_db(db)["happenings"] == 0


def test_documents_without_events_merge_to_nothing(tmp_path):
    db = str(tmp_path / "e.duckdb")
    with Store(db) as store:
        store.write_batch([Document(source_path="x.txt", id="d1", text="Nothing happened.")])
    assert m.merge_db(db)["happenings"] == 0


@pytest.mark.parametrize(("a", "b", "same"), [
    (("2026-03-02", "day"), ("2026-03-05", "day"), True),
    (("2026-03-02", "day"), ("2026-03-06", "day"), False),
    (("2026-03", "month"), ("2026-03-28", "day"), True),
    (("2026-03", "month"), ("2026-04", "month"), False),
    (("2026", "year"), ("2026-05", "month"), False),
    (("2026", "year"), ("2026", None), True),
])
def test_date_compatibility(a, b, same):
    def rep(value, precision):
        start, end, prec = m.parse_interval(value, precision)
        return m.Report({"id": "x"}, (), None, start, end, prec)

    assert m.compatible(rep(*a), rep(*b)) is same


def test_place_key_prefers_feature_id():
    assert m.place_key({"name": "Damascus", "geonameid": 170654}) == "id:170654"
    assert m.place_key('{"name": "Damascus"}') == "name:damascus"
    assert m.place_key(None) is None
    assert m.place_key({"name": "Syria", "feature": "country", "geonameid": 163843}) is None
