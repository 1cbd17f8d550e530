"""Training the PLOVER classifier: TSV reading, determinism, CV folds, CLI, shipped-model check."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from helpers import write_plv_rows
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.events.classifier import (
    RESOURCE_DIR,
    EventClassifier,
    cross_validate,
    data_hash,
    fold_indices,
    read_rows,
    train,
)

ROOT = Path(__file__).resolve().parents[2]
PLV_TRAIN = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"

TEMPLATES = [
    ("{a} attacked {b} with rockets.", "ASSAULT"),
    ("{a} shelled {b} overnight.", "ASSAULT"),
    ("{a} condemned {b} for the decision.", "ACCUSE"),
    ("{a} accused {b} of lying.", "ACCUSE"),
    ("{a} met {b} for talks.", "CONSULT"),
    ("{a} held talks with {b} in Geneva.", "CONSULT"),
]
ACTORS = [("France", "Mali"), ("The army", "the rebels"), ("Kenya", "Somalia"),
          ("Police", "the protesters"), ("Japan", "China"), ("Peru", "Chile")]


def write_tsv(path: Path, *, marked: bool) -> Path:
    return write_plv_rows(path, TEMPLATES, ACTORS, marked=marked)


def test_read_rows_marked_and_plain_give_the_same_items(tmp_path):
    marked = read_rows([str(write_tsv(tmp_path / "m.tsv", marked=True))])
    plain = read_rows([str(write_tsv(tmp_path / "p.tsv", marked=False))])
    assert marked[0] == plain[0] and marked[1] == plain[1]
    assert len(marked[0]) == len(ACTORS) * len(TEMPLATES) and marked[3] == 0
    text, src, tgt = marked[0][0]
    assert (text[src[0] : src[1]], text[tgt[0] : tgt[1]]) == ("France", "Mali")


def test_read_rows_skips_rows_without_actors(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("sentence\tsource\ttarget\tgold_root\n"
                    "Kenya attacked Somalia.\tKenya\tSomalia\tASSAULT\n"
                    "Kenya attacked Somalia.\tUganda\tEgypt\tASSAULT\n", encoding="utf-8")
    items, labels, _, skipped = read_rows([str(path)])
    assert len(items) == 1 and skipped == 1


def test_read_rows_missing_columns_raise_e006(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("sentence\tlabel\nA met B.\tCONSULT\n", encoding="utf-8")
    with pytest.raises(ValueError, match="E006"):
        read_rows([str(path)])


def test_read_rows_unknown_label_raises(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("marked_sentence\tgold_root\n<s>A</s> met <t>B</t>.\tHUG\n", encoding="utf-8")
    with pytest.raises(ValueError, match="E010"):
        read_rows([str(path)])


def test_train_is_deterministic_and_writes_meta(tmp_path):
    data = [str(write_tsv(tmp_path / "d.tsv", marked=True))]
    m1 = train(data, str(tmp_path / "one"))
    m2 = train(data, str(tmp_path / "two"))
    assert m1["train_probs_sha256"] == m2["train_probs_sha256"]
    for name in ("weights.npz", "vocab.json", "meta.json"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    meta = json.loads((tmp_path / "one" / "meta.json").read_text())
    assert meta["labels"] == ["ACCUSE", "ASSAULT", "CONSULT"]
    assert meta["n_train"] == len(ACTORS) * len(TEMPLATES)
    assert meta["data_sha256"] == m1["data_sha256"]
    assert meta["train_scores"]["accuracy"] == 1.0
    clf = EventClassifier.load(str(tmp_path / "one"))
    assert clf.predict([("Ghana met Togo for talks.", (0, 5), (10, 14))])[0].event == "CONSULT"


def test_fold_indices_group_by_sentence_and_are_deterministic():
    labels = ["A", "B", "C"] * 20
    groups = [f"s{i // 2}" for i in range(60)]  # every sentence appears twice
    folds = fold_indices(labels, groups, folds=5, seed=0)
    assert len(folds) == 5
    for train_idx, test_idx in folds:
        assert not {groups[i] for i in train_idx} & {groups[i] for i in test_idx}
    again = fold_indices(labels, groups, folds=5, seed=0)
    assert all((a[1] == b[1]).all() for a, b in zip(folds, again, strict=True))


@pytest.mark.slow
def test_cross_validate_reports_model_and_baselines(tmp_path):
    data = [str(write_tsv(tmp_path / "d.tsv", marked=True))]
    out = cross_validate(data, folds=3, seed=0)
    assert set(out) >= {"model", "majority", "lexicon", "per_label"}
    assert len(out["model"]["fold_macro_f1"]) == 3
    assert out["model"]["macro_f1"] > out["majority"]["macro_f1"]
    assert cross_validate(data, folds=3, seed=0)["model"] == out["model"]


def test_train_cli_writes_a_loadable_model(tmp_path):
    data = write_tsv(tmp_path / "d.tsv", marked=False)
    result = CliRunner().invoke(app, ["train", "--data", str(data), "--out", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    assert "trained on 36 rows" in result.output
    assert EventClassifier.load(str(tmp_path / "m" / "classifier")).labels == [
        "ACCUSE", "ASSAULT", "CONSULT"]


def test_train_cli_bad_file_exits_1(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("text\tlabel\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["train", "--data", str(bad), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1 and "E006" in result.output


@pytest.mark.slow
def test_retraining_on_plv_train_reproduces_the_shipped_model(tmp_path):
    if not PLV_TRAIN.exists():
        pytest.skip("../shared/data/plover/PLV_train.tsv is not present")
    shipped_meta = json.loads((RESOURCE_DIR / "meta.json").read_text())
    items, labels, _, _ = read_rows([str(PLV_TRAIN)])
    assert shipped_meta["data_sha256"] == data_hash(items, labels)
    assert shipped_meta["labels"] == sorted(set(labels)) and len(shipped_meta["labels"]) == 15
    metrics = train([str(PLV_TRAIN)], str(tmp_path / "m"), seed=shipped_meta["seed"])
    assert metrics["train_scores"] == shipped_meta["train_scores"]
    shipped = EventClassifier.load(neural=False)
    retrained = EventClassifier.load(str(tmp_path / "m"))
    # Same argmax everywhere and near-identical probabilities (BLAS may differ in the last bits).
    a, b = shipped.predict_proba(items), retrained.predict_proba(items)
    assert (a.argmax(axis=1) == b.argmax(axis=1)).all()
    np.testing.assert_allclose(a, b, atol=1e-3)
