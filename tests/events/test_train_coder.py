"""`scripts/train_coder.py`: a user's PLOVER-format rows retrain every learned part of the coder."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from helpers import load_script

from eventwire.events.classifier import EventClassifier
from eventwire.events.pairs import PairModel
from eventwire.events.selector import PairSelector
from tests.events.test_train import write_tsv


def run(script, tsv: Path, out: Path, capsys) -> dict:
    script.main(["--plover", str(tsv), "--aw", "none", "--out", str(out), "--gold", "none"])  # the user's rows alone (gold records: test_gold_records)
    return json.loads(capsys.readouterr().out)


def test_user_rows_retrain_the_coder_with_one_command(tmp_path, capsys, coder):
    script = load_script("scripts/train_coder.py")
    tsv = write_tsv(tmp_path / "mine.tsv", marked=True)
    first = run(script, tsv, tmp_path / "a", capsys)
    assert first["classifier"]["n_train"] == 36 and first["selector"]["n_positive"] >= 36
    pairs = PairModel.load(tmp_path / "a" / "pairs")
    selector = PairSelector.load(tmp_path / "a" / "selector")
    EventClassifier.load(str(tmp_path / "a" / "classifier"))
    assert "ASSAULT" in pairs.labels and "CONSULT" in pairs.labels
    # the retrained selector ranks the marked pair of a training pattern first
    (pick, _), = selector.best([coder.nlp("Peru shelled Chile overnight.")])
    assert (pick.source.text, pick.target.text) == ("Peru", "Chile")
    # deterministic: the same rows give the same weights
    second = run(script, tsv, tmp_path / "b", capsys)
    assert first == second
    for part in ("pairs", "selector", "classifier"):
        with np.load(tmp_path / "a" / part / "weights.npz") as x, \
                np.load(tmp_path / "b" / part / "weights.npz") as y:
            assert all(np.array_equal(x[k], y[k]) for k in x.files)
    # the combiner of `eventwire classify` (test_classify_stack.py) is rebuilt by the same command
    assert first["stack"]["outputs_sha256"]
    assert (tmp_path / "a" / "stack" / "combiner.json").read_text() == \
        (tmp_path / "b" / "stack" / "combiner.json").read_text()
