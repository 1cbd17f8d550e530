"""bench/classify_stack.py's `--seeds` (classify round 4): the combiner's nested CV once per seed
of its folds, on cached out-of-fold outputs (a small TSV written here, no coder run)."""

from __future__ import annotations

import json
import re

import numpy as np
from helpers import load_script

LABELS = ["AGREE", "ASSAULT", "REJECT"]


def write_rows(path) -> None:
    lines = ["sentence_id\tmarked_sentence\tgold_root"]
    verbs = {"AGREE": "signed a deal with", "ASSAULT": "shelled", "REJECT": "turned down"}
    for k in range(30):
        label = LABELS[k % 3]
        lines.append(f"{k}\t<s>Country{k}</s> {verbs[label]} <t>Neighbour{k}</t> on day {k}.\t{label}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_seeds_print_one_nested_cv_per_seed(tmp_path, capsys) -> None:
    bench = load_script("bench/classify_stack.py")
    from eventwire.events import gold_records

    tsv, cache = tmp_path / "rows.tsv", tmp_path / "oof.json"
    write_rows(tsv)
    rng = np.random.default_rng(0)
    gold = [LABELS[k % 3] for k in range(30)]
    # noisy classifier probabilities (right on most rows) and a coder that links the right type
    # on every other row
    probs = rng.dirichlet([1, 1, 1], size=30)
    for k, g in enumerate(gold):
        if k % 5:
            probs[k, LABELS.index(g)] += 1.0
    probs /= probs.sum(axis=1, keepdims=True)
    coded = [{"linked": [g] if k % 2 else [], "partial": [], "other": []}
             for k, g in enumerate(gold)]
    key = {"plv": str(tsv), "aw": str(bench.AW), "folds": 3, "seed": 0,
           "gold_in": list(gold_records.TRAIN_PARTS)}
    cache.write_text(json.dumps({"key": key, "probs": probs.tolist(), "coded": coded,
                                 "labels": LABELS}), encoding="utf-8")
    bench.main(["--plv", str(tsv), "--cache", str(cache), "--folds", "3", "--seeds", "0,1,2"])
    out = capsys.readouterr().out
    lines = re.findall(r"nested CV, combiner folds seed (\d): macro-F1 ([0-9.]+)", out)
    assert [s for s, _ in lines] == ["0", "1", "2"]
    # seed 0 is the table's nested CV (the out-of-fold outputs' own seed)
    table = re.search(r"\| combiner, nested CV \(C chosen per outer fold\) \| ([0-9.]+) \|", out)
    assert table is not None and table.group(1) == lines[0][1]
    assert all(0.0 < float(f) <= 1.0 for _, f in lines)
