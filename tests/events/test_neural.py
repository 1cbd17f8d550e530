"""The neural half of the event classifier: marking, shipped weights, blend, retraining, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.events import neural as N
from eventwire.events.classifier import RESOURCE_DIR, EventClassifier, read_rows, score, train

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not N.available(), reason="needs the 'neural' extra"),
]
ROOT = Path(__file__).resolve().parents[2]
PLV_TRAIN = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"
ITEMS = [
    ("Russia attacked Ukraine with drones overnight.", (0, 6), (16, 23)),
    ("Kenya held talks with Somalia in Nairobi.", (0, 5), (22, 29)),
    ("The EU imposed sanctions on Belarus [updated].", (0, 6), (28, 35)),
    ("Police arrested dozens of protesters in Tbilisi.", (0, 6), (26, 36)),
]


@pytest.fixture(scope="module")
def blend():
    return EventClassifier.load(neural=True)


def test_mark_puts_brackets_around_the_actors_and_escapes_others():
    assert N.mark(ITEMS[0]) == "[ Russia ] attacked { Ukraine } with drones overnight."
    marked = N.mark(ITEMS[2])
    assert marked.startswith("[ The EU ] imposed sanctions on { Belarus }")
    assert marked.count("[") == 1 and "(updated)" in marked


def test_shipped_weights_are_small_and_described():
    weights = RESOURCE_DIR / N.WEIGHTS_FILE
    assert weights.stat().st_size < 10 * 1024 * 1024
    meta = json.loads((RESOURCE_DIR / N.META_FILE).read_text())
    assert meta["config"] == N.config() and len(meta["labels"]) == 15
    linear = json.loads((RESOURCE_DIR / "meta.json").read_text())
    assert meta["data_sha256"] == linear["data_sha256"]


def test_blend_averages_the_two_models(blend):
    linear = EventClassifier.load()
    assert blend.neural is not None and linear.neural is None
    p_blend, p_linear = blend.predict_proba(ITEMS), linear.predict_proba(ITEMS)
    order = [blend.neural.labels.index(label) for label in blend.labels]
    p_neural = blend.neural.predict_proba(ITEMS)[:, order]
    assert np.allclose(p_blend, (p_linear + p_neural) / 2, atol=1e-6)
    assert np.allclose(p_blend.sum(axis=1), 1.0, atol=1e-5)
    events = [p.event for p in blend.predict(ITEMS)]
    assert events[0] == "ASSAULT" and events[1] == "CONSULT" and events[3] == "COERCE"


def test_batch_company_moves_probabilities_but_not_labels(blend):
    """On CPUs without native bfloat16 the encoder runs int8, whose activations are scaled per
    batch, so a sentence's probabilities depend a little on the sentences batched with it (on
    300 PLV sentences: mean 0.002, at most 0.35 where the model hesitates; BENCHMARKS.md). In
    bfloat16 they barely move. Either way the labels of clear sentences do not move."""
    alone = np.vstack([blend.neural.predict_proba([it]) for it in ITEMS])
    together = blend.neural.predict_proba(ITEMS)
    assert np.abs(alone - together).mean() < 0.01
    assert (alone.argmax(axis=1) == together.argmax(axis=1)).all()
    again = blend.neural.predict_proba(ITEMS)
    assert np.array_equal(together, again)  # same batch, same numbers


@pytest.mark.parametrize("forced", ["int8", "bf16"])
def test_both_precisions_give_the_same_labels(monkeypatch, blend, forced):
    monkeypatch.setenv("EVENTWIRE_NEURAL_PRECISION", forced)
    assert N.precision() == forced
    head = N.NeuralHead.load(RESOURCE_DIR)
    assert head.precision == forced
    probs = head.predict_proba(ITEMS)
    assert probs.dtype == np.float32 and np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    reference = blend.neural.predict_proba(ITEMS)
    assert (probs.argmax(axis=1) == reference.argmax(axis=1)).all()
    assert np.abs(probs - reference).mean() < 0.02


def test_soup_merges_to_the_mean_of_the_runs_weights():
    rng = np.random.default_rng(0)
    runs = [{"lora.0.q.a": rng.normal(size=(4, 6)).astype(np.float32),
             "lora.0.q.b": rng.normal(size=(5, 4)).astype(np.float32),
             "head.weight": rng.normal(size=(3, 5)).astype(np.float32)} for _ in range(3)]
    soup = N._average(runs)
    assert soup["lora.0.q.a"].shape == (12, 6) and soup["lora.0.q.b"].shape == (5, 12)
    merged = soup["lora.0.q.b"].astype(np.float32) @ soup["lora.0.q.a"].astype(np.float32)
    mean = np.mean([r["lora.0.q.b"] @ r["lora.0.q.a"] for r in runs], axis=0)
    assert np.allclose(merged, mean, atol=0.02)
    assert np.allclose(soup["head.weight"], np.mean([r["head.weight"] for r in runs], axis=0),
                       atol=1e-3)
    assert all(v.dtype == np.float16 for v in soup.values())


def test_missing_extra_is_a_numbered_error(monkeypatch):
    monkeypatch.setattr(N, "available", lambda: False)
    with pytest.raises(ImportError, match="E014"):
        EventClassifier.load(neural=True)


def test_weights_of_other_settings_are_refused(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    for name in (N.WEIGHTS_FILE,):
        (folder / name).write_bytes((RESOURCE_DIR / name).read_bytes())
    meta = json.loads((RESOURCE_DIR / N.META_FILE).read_text())
    meta["config"]["lora_rank"] = N.RANK * 2
    (folder / N.META_FILE).write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="E010"):
        N.NeuralHead.load(folder)


def test_classify_cli_neural(tmp_path):
    rows = [{"id": k, "text": t, "source": t[s[0]:s[1]], "target": t[g[0]:g[1]]}
            for k, (t, s, g) in enumerate(ITEMS)]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = CliRunner().invoke(app, ["classify", "--jsonl", str(path), "--neural"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == [0, 1, 2, 3] and out[0]["event"] == "ASSAULT"


@pytest.mark.skipif(not PLV_TRAIN.exists(), reason="../shared/data/plover/PLV_train.tsv absent")
def test_retraining_reproduces_the_shipped_blend(tmp_path):
    """`eventwire train --neural` on PLV_train gives the shipped weights' scores back.

    Float sums may differ across CPUs, so scores are compared to two decimals and predictions
    must agree on nearly every row, rather than bytes.
    """
    items, labels, _, _ = read_rows([str(PLV_TRAIN)])
    shipped = json.loads((RESOURCE_DIR / N.META_FILE).read_text())
    metrics = train([str(PLV_TRAIN)], str(tmp_path / "m"), seed=shipped["seed"], neural=True)
    for key, value in shipped["train_scores"].items():
        assert metrics["train_scores"][key] == pytest.approx(value, abs=0.01), key
    retrained = EventClassifier.load(str(tmp_path / "m"), neural=True).neural
    shipped_head = EventClassifier.load(neural=True).neural
    probe = items + ITEMS  # training rows and sentences it never saw
    ours, theirs = retrained.predict_proba(probe), shipped_head.predict_proba(probe)
    assert np.abs(ours - theirs).mean() < 0.005 and np.abs(ours - theirs).max() < 0.1
    assert np.mean(ours.argmax(axis=1) == theirs.argmax(axis=1)) >= 0.99
    assert score(labels, [retrained.labels[k] for k in ours[: len(items)].argmax(axis=1)])[
        "macro_f1"] >= 0.95
