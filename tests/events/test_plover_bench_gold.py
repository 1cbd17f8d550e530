"""`bench/plover.py --gold`: which gold records become classifier items, with which labels."""

from __future__ import annotations

import json

from helpers import load_script


def test_gold_items_keep_records_with_both_actor_texts_and_map_old_type_names(tmp_path):
    records = [
        {"text": "Norway demanded that Chile release the sailors.", "event": "DEMAND",
         "source": [{"actorText": "Norway", "code": "NOR"}],
         "target": [{"actorText": "Chile", "code": "CHL"}]},
        {"text": "Peru pulled its troops out of the border zone near Ecuador.", "event": "RETREAT",
         "source": [{"actorText": "Peru", "code": "PER"}],
         "target": [{"actorText": "Ecuadorian army", "code": "ECUMIL"}, {"actorText": "Ecuador", "code": "ECU"}]},
        {"text": "Fiji and Tonga signed a fisheries pact.", "event": "AGREE",
         "source": [{"actorText": "Fiji", "code": "FJI"}], "target": ""},
        {"text": "Mali accused its neighbour of harbouring rebels.", "event": "ACCUSE",
         "source": [{"actorText": "Mali", "code": "MLI"}],
         "target": [{"actorText": "Niger", "code": "NER"}]},
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items, labels = load_script("bench/plover.py").gold_items(path)
    # No target, or a target text the sentence lacks: not an item.
    assert labels == ["REQUEST", "YIELD"]
    text, source, target = items[1]
    assert text[source[0]:source[1]] == "Peru"
    assert text[target[0]:target[1]] == "Ecuador"  # the first target text found in the sentence


def test_gold_check_scores_the_code_s_linear_fit_beside_its_cv(tmp_path, monkeypatch, capsys):
    """`--gold` also fits the linear model with the code's settings on `--data` and scores it on
    the gold records next to its grouped CV, so a settings change is judged on both without the
    shipped weights (here: none at all)."""
    from eventwire.events import classifier as C

    monkeypatch.setattr(C, "RESOURCE_DIR", tmp_path / "no-model")
    accuse = ["accused"] * 6
    agree = ["agreed with"] * 6
    rows = ["marked_sentence\tgold_root"]
    countries = ["France", "Chile", "Peru", "Ghana", "Japan", "Kenya"]
    for i, verb in enumerate(accuse):
        rows.append(f"<s>{countries[i]}</s> {verb} <t>{countries[i - 1]}</t> over the vote .\tACCUSE")
    for i, verb in enumerate(agree):
        rows.append(f"<s>{countries[i]}</s> {verb} <t>{countries[i - 2]}</t> on the trade .\tAGREE")
    for i in range(6):  # a third type: the linear model's two-type case is not what is tested
        rows.append(f"<s>{countries[i]}</s> attacked <t>{countries[i - 3]}</t> at the border .\tASSAULT")
    data = tmp_path / "train.tsv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    records = [
        {"text": "Norway accused Sweden over the vote.", "event": "ACCUSE",
         "source": [{"actorText": "Norway"}], "target": [{"actorText": "Sweden"}]},
        {"text": "Norway agreed with Sweden on the trade.", "event": "AGREE",
         "source": [{"actorText": "Norway"}], "target": [{"actorText": "Sweden"}]},
    ]
    gold = tmp_path / "records.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    load_script("bench/plover.py").print_gold(gold, str(data), folds=2)
    out = capsys.readouterr().out
    assert "| shipped models | not loadable" in out
    assert "| linear fit by this code on train.tsv | 1.000 | 1.000 |" in out
    assert "2-fold grouped CV on train.tsv (seed 0): macro-F1" in out
    assert "MiniLM" not in out  # no MiniLM half beside the (missing) weights: no blend rows
