"""`eventwire classify` round 3, measured only: the combiner (events/stack.py) with a third witness,
a logistic model over the frozen MiniLM's embeddings (`bench/frozen_witness.py`,
`bench/classify_stack.py --frozen`). The product does not read the witness (it lowered the gold
records' half b); these tests pin the bench's pieces."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from eventwire.events import stack as S

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import frozen_witness as FW  # noqa: E402

LABELS = ["ACCUSE", "ASSAULT", "CONSULT"]


def _rows(n: int = 150, seed: int = 0):
    """Linear probabilities that say nothing (uniform), no coded events, and a witness whose
    probabilities put 0.7 on the true label."""
    rng = np.random.default_rng(seed)
    gold = [LABELS[k] for k in rng.integers(0, len(LABELS), n)]
    probs = np.full((n, len(LABELS)), 1 / len(LABELS))
    witness = np.full((n, len(LABELS)), 0.15)
    for i, g in enumerate(gold):
        witness[i, LABELS.index(g)] = 0.7
    coded = [{g: [] for g in S.GROUPS} for _ in range(n)]
    return probs, coded, gold, witness


def test_combiner_reads_the_witness():
    """Where only the witness knows the type, the combiner fit with it learns a positive weight
    for it and gets the rows right; without it, it cannot."""
    probs, coded, gold, witness = _rows()
    with_w = S.fit(probs, coded, LABELS, gold, c=1.0, witness=witness)
    without = S.fit(probs, coded, LABELS, gold, c=1.0)
    assert with_w.reads_witness and not without.reads_witness
    assert with_w.coef[-1] > 0.5
    right = (np.array(LABELS)[with_w.predict_proba(probs, coded, witness).argmax(1)]
             == np.array(gold)).mean()
    assert right == 1.0
    chance = (np.array(LABELS)[without.predict_proba(probs, coded).argmax(1)]
              == np.array(gold)).mean()
    assert chance < 0.6


def test_witness_is_one_more_feature():
    """The witness adds its clipped log-probability as the last feature; the others are the
    combiner's features as before."""
    probs, coded, _, witness = _rows(10)
    coded[0]["linked"] = ["ASSAULT"]
    base = S.features(probs, coded, LABELS)
    more = S.features(probs, coded, LABELS, witness)
    assert base.shape[-1] == len(S.FEATURES)
    assert more.shape[-1] == len(S.WITNESS_FEATURES) == len(S.FEATURES) + 1
    np.testing.assert_array_equal(more[..., :-1], base)
    np.testing.assert_allclose(more[..., -1], np.log(witness))


def test_combiner_asks_for_the_witness_it_was_fit_with(tmp_path: Path):
    """A combiner fit with the witness wants it at prediction, one fit without refuses it; such a
    combiner is saved with its feature names, and `Combiner.load` (what `classify` reads)
    refuses it: nothing in the product can feed it the witness."""
    probs, coded, gold, witness = _rows(30)
    with_w = S.fit(probs, coded, LABELS, gold, c=1.0, witness=witness)
    without = S.fit(probs, coded, LABELS, gold, c=1.0)
    with pytest.raises(ValueError):
        with_w.predict_proba(probs, coded)
    with pytest.raises(ValueError):
        without.predict_proba(probs, coded, witness)
    with_w.save(tmp_path)
    assert '"log_p_frozen"' in (tmp_path / S.WEIGHTS_FILE).read_text(encoding="utf-8")
    with pytest.raises(ValueError):
        S.Combiner.load(tmp_path)


def test_nested_cv_with_the_witness():
    """The nested CV passes each fold's witness rows along: with an informative witness the
    combiner's out-of-fold predictions are right, without it they are near chance."""
    probs, coded, gold, witness = _rows(60, seed=1)
    groups = [str(i) for i in range(len(gold))]
    with_w = S.nested_cv(probs, coded, LABELS, gold, groups, folds=3, witness=witness)
    without = S.nested_cv(probs, coded, LABELS, gold, groups, folds=3)
    assert with_w["macro_f1"] == 1.0
    assert without["macro_f1"] < 0.6


def test_witness_out_of_fold_never_sees_its_fold():
    """Each group has its own feature and a label no other group predicts: a model that had seen
    a row would know its label; out of fold, every row of a fold gets the same probabilities
    (its feature unseen, only the intercept speaks)."""
    n_groups, per = 20, 3
    labels = [LABELS[g % 3] for g in range(n_groups) for _ in range(per)]
    groups = [f"s{g}" for g in range(n_groups) for _ in range(per)]
    x = np.zeros((len(labels), n_groups))
    for i, g in enumerate(groups):
        x[i, int(g[1:])] = 1.0
    oof = FW.out_of_fold(x, labels, groups, LABELS, folds=5, seed=0, c=10.0)
    np.testing.assert_allclose(oof.sum(1), 1.0)
    from eventwire.events.classifier import fold_indices

    for _, test in fold_indices(labels, groups, folds=5, seed=0):
        np.testing.assert_allclose(oof[test], np.broadcast_to(oof[test[0]], oof[test].shape))
    in_sample = FW.proba(FW.fit(x, labels, c=10.0), x, LABELS)
    assert (np.array(LABELS)[in_sample.argmax(1)] == np.array(labels)).all()


def test_frozen_views_are_unit_vectors_that_batching_does_not_move():
    """Each view is a unit-length 384-vector per item, and an item's vectors do not depend on
    the other (longer) sentences of its batch (padding is masked)."""
    short = ("Kenya accused Somalia.", (0, 5), (14, 21))
    text = "France held long talks with Mali on the border, trade and the refugees on Sunday."
    long = (text, (0, 6), (text.index("Mali"), text.index("Mali") + 4))
    both = FW.embed_views([short, long])
    alone = FW.embed_views([short])
    for view in FW.VIEWS:
        assert both[view].shape == (2, 384)
        np.testing.assert_allclose(np.linalg.norm(both[view], axis=1), 1.0, rtol=1e-6)
        np.testing.assert_allclose(both[view][0], alone[view][0], atol=1e-4)
    # the two marker vectors read different tokens
    assert not np.allclose(both["marked_source"], both["marked_target"])
