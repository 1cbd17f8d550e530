"""`eventwire classify` round 2 (events/stack.py): the one training command a user runs writes the
combiner too, and `classify --model` stacks the coder's decision on a user-trained model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from helpers import write_plv_rows
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.classify import load_classifier
from eventwire.events import features as F
from eventwire.events import stack as S
from eventwire.events.classifier import EventClassifier

# Written for this test (not from any manual). Each type has templates whose words the linear
# model must learn from these rows alone; the coder reads the verb.
TEMPLATES = [
    ("{a} attacked {b} near the border.", "ASSAULT"),
    ("{a} bombed {b} on Sunday.", "ASSAULT"),
    ("{a} accused {b} of lying about the deal.", "ACCUSE"),
    ("{a} condemned {b} over the border incident.", "ACCUSE"),
    ("{a} met {b} to discuss the border.", "CONSULT"),
    ("{a} held talks with {b} on Sunday.", "CONSULT"),
]
ACTORS = [("France", "Mali"), ("The army", "the rebels"), ("Kenya", "Somalia"),
          ("Japan", "China"), ("Peru", "Chile"), ("Turkey", "Greece"), ("Egypt", "Sudan")]


def write_tsv(path: Path) -> Path:
    return write_plv_rows(path, TEMPLATES, ACTORS)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A model folder written by `eventwire train` on the small TSV (the shipped combiner's
    file is checked untouched: a test never writes into eventwire/resources)."""
    shipped = S.RESOURCE_DIR / S.WEIGHTS_FILE
    before = shipped.read_bytes() if shipped.is_file() else None
    tmp = tmp_path_factory.mktemp("stack2")
    data = write_tsv(tmp / "rows.tsv")
    out = tmp / "model"
    result = CliRunner().invoke(app, ["train", "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (shipped.read_bytes() if shipped.is_file() else None) == before
    return data, out, result.output


def test_train_writes_a_combiner_for_the_user_model(trained):
    _, out, output = trained
    assert (out / "stack" / S.WEIGHTS_FILE).is_file()
    assert "combiner" in output
    combiner = S.Combiner.load(out / "stack")
    clf = EventClassifier.load(str(out / "classifier"))
    assert sorted(combiner.labels) == sorted(clf.labels) == ["ACCUSE", "ASSAULT", "CONSULT"]
    assert combiner.meta["n_train"] == len(ACTORS) * len(TEMPLATES)
    assert combiner.meta["refit"] == ["classifier", "pairs", "selector"]  # no shipped part
    # the coder's type on the pair is right on these rows: the combiner learned to trust it
    linked = S.FEATURES.index("linked")
    assert combiner.coef[linked] > 0


def test_classify_with_the_user_model_stacks_the_coder(trained, tmp_path):
    _, out, _ = trained
    stacked = load_classifier(str(out), None, None)
    assert isinstance(stacked, S.StackedClassifier)
    text = "Kenya accused Somalia of shelling the border town."
    item = (text, F.find_span(text, "Kenya"), F.find_span(text, "Somalia"))
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "text": text, "source": "Kenya",
                                "target": "Somalia"}) + "\n")
    result = CliRunner().invoke(app, ["classify", "--jsonl", str(path), "--model", str(out),
                                      "--coder"])
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    want = stacked.predict([item])[0]
    assert (got["event"], got["score"]) == (want.event, round(want.score, 4))
    assert S.code_items(stacked.coder, [item])[0]["linked"] == ["ACCUSE"]
    assert got["event"] == "ACCUSE"


def test_train_no_coder_writes_the_classifier_alone(tmp_path):
    data = write_tsv(tmp_path / "rows.tsv")
    out = tmp_path / "m"
    result = CliRunner().invoke(app, ["train", "--data", str(data), "--out", str(out),
                                      "--no-coder"])
    assert result.exit_code == 0, result.output
    assert (out / "classifier" / "weights.npz").is_file()
    assert not (out / "stack" / S.WEIGHTS_FILE).exists()


def test_out_of_fold_keeps_parts_it_does_not_refit(trained):
    """`refit_folds` with the classifier alone named refits it per fold: the coder's pair model
    and selector are the loaded ones during and after."""
    from eventwire.events.coder import EventCoder
    from eventwire.settings import Options

    data, out, _ = trained
    coder = EventCoder(Options(model=str(out)))
    pairs, selector, clf = coder.pairs, coder.selector, coder.classifier
    from eventwire.events.classifier import read_rows

    items, labels, groups, _ = read_rows([str(data)])
    seen = []
    for _, test in S.refit_folds(coder, items, labels, groups, [], {}, folds=3,
                                 refit=("classifier",)):
        seen.append((coder.pairs is pairs, coder.selector is selector, coder.classifier is clf))
        assert test
    assert seen and all(p and s and not c for p, s, c in seen)
    assert (coder.pairs, coder.selector, coder.classifier) == (pairs, selector, clf)
    probs, coded, order = S.out_of_fold(coder, items, labels, groups, [], {}, folds=3,
                                        refit=("classifier",))
    assert probs.shape == (len(items), 3) and order == ["ACCUSE", "ASSAULT", "CONSULT"]
    assert np.allclose(probs.sum(axis=1), 1.0)


def test_default_combiner_does_not_overcall_a_rare_type():
    """Rows counted once (stack.BALANCE): the fitted combiner's mean probability of each type is
    its share of the rows, so a type with 10 of 200 rows, which the classifier names no more
    reliably than the others, is not called on many rows of the common types (balanced weights
    did: here 37 calls, 7 right)."""
    labels = ["A", "B", "R"]
    rng = np.random.default_rng(0)
    probs, coded, gold = [], [], []
    for k in range(200):
        y = 0 if k < 95 else 1 if k < 190 else 2
        guess = y if rng.random() < 0.6 else int(rng.integers(0, 3))
        p = np.full(3, 0.2)
        p[guess] = 0.6
        probs.append(p / p.sum())
        gold.append(labels[y])
        coded.append({"linked": [], "partial": [], "other": []})
    probs = np.array(probs)
    model = S.fit(probs, coded, labels, gold, c=10.0)
    fitted = model.predict_proba(probs, coded)
    share = np.array([gold.count(lab) for lab in labels]) / len(gold)
    assert np.allclose(fitted.mean(axis=0), share, atol=0.01)
    assert int((fitted.argmax(axis=1) == 2).sum()) <= gold.count("R")
