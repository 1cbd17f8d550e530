"""`eventwire score`: eventwire's stored events against a small gold PLOVER file of our own."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.analyze.score import read_gold, score
from eventwire.cli import app

RUS, SYR, USA, ISR = ({"code": c} for c in ("RUS", "SYR", "USA", "ISR"))
# Texts are the fixture's sentences (tests/fixtures/events.py), some with older type names and
# gold-standard field names, some with the manual's.
GOLD = [
    {"text": "Russian Foreign Minister Sergei Lavrov met his Syrian counterpart in Moscow on Monday.",
     "event": ["CONSULT"], "actor": [RUS], "recipient": [SYR], "date": "2026-03-02",
     "event_loc": {"resolved_place": "Moscow"}},
    {"text": "Israeli warplanes  struck targets near Damascus overnight.",  # extra space: still matched
     "event": "FIGHT", "source": [ISR], "target": [SYR], "date": "2026-04-07", "eventLoc": {"name": "Damascus"}},
    {"text": "Washington accused Moscow of shielding Damascus from sanctions.",
     "event": "DISAPPROVE", "source": [USA], "target": [RUS], "date": "2026-04-09"},
    {"text": "Russia delivered 200 tonnes of humanitarian aid to Syria through the port of Latakia.",
     "event": "AID", "source": [USA], "target": [SYR]},
    {"text": "Russia and Syria signed a trade agreement on wheat and energy.",
     "event": ["AGREE", "COOPERATE"], "source": [RUS, SYR], "target": ""},
    {"text": "Lavrov held talks with the Syrian minister on Monday.", "event": "REJECT",
     "source": [RUS], "target": [SYR]},
    {"text": "Turkey closed its border with Syria.", "event": "SANCTION", "source": [{"code": "TUR"}],
     "target": [SYR]},
]


@pytest.fixture()
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n")
    return path


def row(result, event):
    return next(r for r in result["rows"] if r["event"] == event)


def test_read_gold_maps_old_names_and_compounds(gold_file):
    units = read_gold(gold_file)
    assert [g.type for u in units for g in u.gold] == [
        "CONSULT", "ASSAULT", "ACCUSE", "AID", "AGREE", "COOPERATE", "REJECT", "SANCTION"]
    trade = units[4].gold[0]
    assert trade.actors == trade.recipients == {"RUS", "SYR"}


def test_score_against_stored_events(syria_db, gold_file):
    result = score(gold_file, db=syria_db)
    assert (result["units"], result["unmatched"]) == (7, 1)
    total = row(result, "ALL")
    assert (total["gold"], total["predicted"]) == (8, 6)
    # hits per field: the AID actor is wrong, the accusation's date is a day off.
    assert {f: total[f]["hits"] for f in ("type", "actor", "recipient", "date", "place")} == {
        "type": 5, "actor": 4, "recipient": 5, "date": 4, "place": 5}
    assert total["type"]["precision"] == pytest.approx(5 / 6) and total["type"]["recall"] == pytest.approx(5 / 8)
    consult = row(result, "CONSULT")
    assert (consult["type"]["precision"], consult["type"]["recall"]) == (0.5, 1.0)
    assert row(result, "REJECT")["type"]["recall"] == 0.0
    assert row(result, "AID")["actor"] == {"precision": 0.0, "recall": 0.0, "hits": 0}
    assert row(result, "ACCUSE")["date"]["hits"] == 0 and row(result, "ASSAULT")["place"]["hits"] == 1
    assert row(result, "COOPERATE")["type"] == {"precision": None, "recall": 0.0, "hits": 0}


def test_cli_prints_per_type_scores(syria_db, gold_file):
    result = CliRunner().invoke(app, ["score", str(gold_file), "--db", syria_db])
    assert result.exit_code == 0, result.output
    lines = {line.split("│")[1].strip(): line for line in result.output.splitlines() if line.count("│") > 3}
    assert "0.50/1.00" in lines["CONSULT"] and "0.83/0.62" in lines["ALL"]
    assert "1 without stored events" in result.output
    as_json = CliRunner().invoke(app, ["score", str(gold_file), "--db", syria_db, "--json"])
    assert row(json.loads(as_json.output), "ALL")["actor"]["hits"] == 4


def test_bad_gold_line(tmp_path, syria_db):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "event": "AGREE"}\nnot json\n')
    with pytest.raises(ValueError, match="E018"):
        score(bad, db=syria_db)
    result = CliRunner().invoke(app, ["score", str(tmp_path / "missing.jsonl"), "--db", syria_db])
    assert result.exit_code == 2 and "E019" in result.output


@pytest.mark.slow
def test_score_by_running_the_coder(tmp_path):
    path = tmp_path / "gold.jsonl"
    text = "Russian President Vladimir Putin met Syrian President Ahmed al-Sharaa in Moscow on Wednesday."
    path.write_text(json.dumps({"text": text, "event": "CONSULT", "source": [RUS], "target": [SYR],
                                "eventLoc": {"name": "Moscow"}}) + "\n")
    total = row(score(path), "ALL")
    assert total["gold"] == 1
    assert {f: total[f]["hits"] for f in ("type", "actor", "recipient", "place")} == {
        "type": 1, "actor": 1, "recipient": 1, "place": 1}


def test_a_missing_role_agrees_only_with_a_missing_role():
    from eventwire.analyze.score import Coded, agrees

    gold = Coded("ACCUSE", frozenset({"USA"}), frozenset({"RUS"}))
    assert not agrees("recipient", gold, Coded("ACCUSE", frozenset({"USA"}), frozenset()))
    assert agrees("recipient", Coded("PROTEST", frozenset({"USA"}), frozenset()),
                  Coded("PROTEST", frozenset({"USA"}), frozenset()))
    assert not agrees("actor", gold, Coded("ACCUSE", frozenset(), frozenset({"RUS"})))
