"""The neural half of the event classifier: marking, shipped weights, blend, retraining, CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.events import neural as N
from eventwire.events.classifier import (
    RESOURCE_DIR,
    EventClassifier,
    data_hash,
    fold_indices,
    read_rows,
    score,
    train,
)

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


# The short retraining check (in CI). One LoRA run, FAST_EPOCHS epochs, on the 211 rows of fold 0
# of the seed-0 CV split (`fold_indices`: stratified, one sentence text per fold), scored on the
# other 839 rows it never saw, int8 encoder forced so the score does not depend on whether the
# CPU has bfloat16 units. Reference measured on the 2-core sandbox (AMD EPYC, AVX2), torch 2.13.0,
# transformers 5.25.0.
FAST_EPOCHS = 4
FAST_ROWS_SHA256 = "caa9a533bcd4"  # data_hash of the 211 training rows, first 12 hex digits
FAST_MACRO_F1 = 0.5548
# Training is bitwise deterministic on one machine, but float sums differ between CPU kinds
# (vector width, BLAS kernels), the runs drift apart, and a different CPU scores a little
# differently (BENCHMARKS.md, "Retraining checks": torch's AVX2 vs scalar kernels moved this
# score by 0.002). The margin is 15 times that; the majority class scores 0.016.
FAST_TOLERANCE = 0.03


@pytest.fixture(scope="module")
def plv():
    if not PLV_TRAIN.exists():
        pytest.skip("../shared/data/plover/PLV_train.tsv absent")
    return read_rows([str(PLV_TRAIN)])


def test_one_short_lora_run_is_deterministic_and_scores_its_reference(monkeypatch, plv):
    """What it proves: (1) on this machine `neural.train_runs` is deterministic, bit for bit
    (seeded initialisation, dropout and batch order, deterministic kernels; checked on a short
    run done twice in one process), which is what lets `eventwire train --neural` rebuild the
    same weights on one machine; (2) training still learns as it did: held-out macro-F1
    within FAST_TOLERANCE of the committed reference.

    What it does not prove: that the shipped weights come back on this CPU. That is the full
    check below (opt-in), which holds only on the kind of CPU that trained them.
    """
    monkeypatch.setenv("EVENTWIRE_NEURAL_PRECISION", "int8")
    items, labels, groups, _ = plv
    held_out, subset = fold_indices(labels, groups, folds=5, seed=0)[0]
    train_items, train_labels = [items[i] for i in subset], [labels[i] for i in subset]
    assert data_hash(train_items, train_labels)[:12] == FAST_ROWS_SHA256, (
        "the fixed subset moved (PLV_train or the CV split changed): re-measure FAST_MACRO_F1")
    names = sorted(set(labels))
    # Determinism on a short run (3 steps) repeated: a kernel or seed that varies shows in the
    # first steps, and repeating the whole run would double the test's time.
    first, second = (N.train_runs(train_items[:48], train_labels[:48], names, seed=0, runs=1,
                                  epochs=1)[0] for _ in range(2))
    assert first.keys() == second.keys()
    assert all(np.array_equal(first[k], second[k]) for k in first), "training is not deterministic"
    run = N.train_runs(train_items, train_labels, names, seed=0, runs=1, epochs=FAST_EPOCHS)[0]
    head = N.NeuralHead(names, N._average([run]), {})
    probs = head.predict_proba([items[i] for i in held_out])
    got = score([labels[i] for i in held_out], [names[k] for k in probs.argmax(axis=1)])
    assert got["macro_f1"] == pytest.approx(FAST_MACRO_F1, abs=FAST_TOLERANCE), got


@pytest.mark.skipif(os.environ.get("EVENTWIRE_FULL_RETRAIN") != "1",
                    reason="full retraining (3 LoRA runs on PLV_train, 10-40 min): set "
                           "EVENTWIRE_FULL_RETRAIN=1")
def test_retraining_reproduces_the_shipped_blend(tmp_path, plv):
    """`eventwire train --neural` on PLV_train gives the shipped weights back (opt-in, not in CI).

    Holds on the kind of CPU that trained the shipped weights (the Xeon sandbox with AVX-512
    and AMX, torch 2.13.0, 2 threads). On another kind the float sums of training differ in the
    last bits, the runs drift apart over their 1,584 steps, and hesitant sentences move: on an
    AMD EPYC (AVX2) the blend differed by 0.0013 on average but up to 0.52 (BENCHMARKS.md,
    "Retraining checks"). Scores are compared to two decimals, predictions on nearly every row.
    """
    items, labels, _, _ = plv
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
