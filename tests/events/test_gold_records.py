"""PLOVER gold records as training rows of the learned coder (`eventwire.events.gold_records`,
`scripts/train_coder.py --gold`): spans, types, and half a only."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from helpers import load_script

from eventwire.events import gold_records as G
from tests.events.test_train import write_tsv

# Marked-up records as the gold standard writes them: nested tags, the text's own parentheses,
# a stray ')' and braces the plain text lacks.
RECORDS = [
    ("DEMAND", "{(SRC: Norway) (EVT: demanded) that the (TAR: Chilean navy (CN)) (EVT: release) "
               "the sailors.}", "Norway demanded that the Chilean navy (CN) release the sailors."),
    ("FIGHT", "A (TAR: Peruvian journalist) (EVT: was killed in) a (SRC: (EVT: car bomb)) blast "
              "(LOC: in (TAR: Lima)).", "A Peruvian journalist was killed in a car bomb blast in Lima."),
    ("RETREAT", "(SRC: Ghana) (EVT: pulled) its troops out of a disputed zone), officials said.",
     "Ghana pulled its troops out of a disputed zone), officials said."),
    ("AGREE", "The (SRC/TAR: United States) and (SRC/TAR: Jordan) have (EVT: agreed) on a pact.",
     "The United States and Jordan have agreed on a pact."),
    ("DISAPPROVE", "(SRC: Mali) (EVT: criticised) the vote.", "Mali criticised the vote."),
    ("PROTEST", "Thousands (EVT: marched) against (TAR: Kenya)'s new tax.",
     "Thousands marched against Kenya's new tax."),
]


def spans(gold) -> tuple[str, str]:
    return gold.text[gold.source[0]:gold.source[1]], gold.text[gold.target[0]:gold.target[1]]


def test_markup_spans_are_found_in_the_text_and_types_take_the_training_names():
    golds = [G.record_pair({"id": str(i), "event": event, "text": text,
                            "textInfo": {"markup": markup}})
             for i, (event, markup, text) in enumerate(RECORDS)]
    assert [g and g.label for g in golds] == ["REQUEST", "ASSAULT", "YIELD", "AGREE", "ACCUSE",
                                              None]
    assert spans(golds[0]) == ("Norway", "Chilean navy (CN)")  # braces, own parentheses
    assert spans(golds[1]) == ("car bomb", "Peruvian journalist")  # nested tags, first target
    assert spans(golds[2]) == ("Ghana", "")  # a stray ')' stays text; no target marked
    assert golds[2].target == (0, 0)
    assert spans(golds[3]) == ("United States", "Jordan")  # co-sources: each acts on the other
    assert golds[4].target == (0, 0)
    # PROTEST marks no source: nothing to learn about a pair, so no row


def write_records(path: Path, n: int) -> list[dict]:
    records = []
    for i in range(n):
        country, other = ("Peru", "Chile") if i % 2 else ("Ghana", "Togo")
        records.append({"id": f"rec-{i}", "event": "FIGHT",
                        "text": f"{country} shelled {other} on day {i}.",
                        "textInfo": {"markup": f"(SRC: {country}) (EVT: shelled) (TAR: {other}) "
                                               f"on day {i}."}})
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return records


def test_training_takes_half_a_as_the_bench_halves_it_and_never_a_half_b_record(tmp_path):
    records = write_records(tmp_path / "records.jsonl", 40)
    bench = load_script("bench/realnews.py")
    assert bench.stable_hash is G.stable_hash  # one implementation of the halves
    bench.HALF = "a"
    try:
        half_a = {r["text"] for r in bench.subsample(records, lambda r: r["id"], None)}
    finally:
        bench.HALF = None
    half_b = {r["text"] for r in records} - half_a
    assert half_a and half_b
    trained = {g.text for g in G.read_gold_records(tmp_path / "records.jsonl")}
    assert trained == half_a and not trained & half_b
    assert {g.text for g in G.read_gold_records(tmp_path / "records.jsonl", "b")} == half_b


def run(script, args: list[str], tsv: Path, out: Path, capsys) -> dict:
    script.main(["--plover", str(tsv), "--aw", "none", "--out", str(out), *args])  # never the shipped parts
    return json.loads(capsys.readouterr().out)


def test_train_coder_adds_half_a_rows_to_the_chosen_parts_deterministically(tmp_path, capsys):
    script = load_script("scripts/train_coder.py")
    tsv = write_tsv(tmp_path / "mine.tsv", marked=True)
    records = write_records(tmp_path / "records.jsonl", 40)
    n_a = sum(G.half_of(r["id"]) == "a" for r in records)
    gold = ["--gold", str(tmp_path / "records.jsonl")]
    none = run(script, ["--gold", "none"], tsv, tmp_path / "none", capsys)
    first = run(script, [*gold, "--gold-in", "pairs,selector,classifier"], tsv, tmp_path / "a",
                capsys)
    assert first["gold"]["rows"] == n_a < len(records)
    assert first["classifier"]["n_train"] == none["classifier"]["n_train"] + n_a
    assert first["pairs"]["n_gold"] == none["pairs"]["n_gold"] + n_a
    assert first["selector"]["n_positive"] >= none["selector"]["n_positive"] + n_a
    shipped = run(script, gold, tsv, tmp_path / "default", capsys)  # the shipped choice: none
    assert shipped["gold"]["in"] == list(G.TRAIN_PARTS)
    if not G.TRAIN_PARTS:
        assert shipped["classifier"] == none["classifier"] and shipped["pairs"] == none["pairs"]
    twice = run(script, [*gold, "--gold-in", "classifier", "--gold-weight", "2"], tsv,
                tmp_path / "w2", capsys)
    assert twice["classifier"]["n_train"] == none["classifier"]["n_train"] + 2 * n_a
    assert twice["pairs"] == none["pairs"] and twice["selector"] == none["selector"]
    # deterministic: the same files and options give the same weights
    second = run(script, [*gold, "--gold-in", "pairs,selector,classifier"], tsv, tmp_path / "b",
                 capsys)
    assert first == second
    for part in ("pairs", "selector", "classifier"):
        with np.load(tmp_path / "a" / part / "weights.npz") as x, \
                np.load(tmp_path / "b" / part / "weights.npz") as y:
            assert all(np.array_equal(x[k], y[k]) for k in x.files)
