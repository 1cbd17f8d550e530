"""A third witness for the `eventwire classify` combiner, measured only: a logistic model over the
frozen all-MiniLM-L6-v2's sentence embeddings (issue 13, round 3; `bench/classify_stack.py
--frozen`).

The published all-MiniLM-L6-v2 (the int8 weights every install has, run by `minilm.py`) was never
trained on PLOVER data, so its embeddings are a fixed input and a logistic model on them can be
fit inside each grouped fold exactly as the linear TF-IDF model is (unlike the fine-tuned
`neural.npz`, trained on all of PLV_train). Its out-of-fold log-probabilities are one more
feature of the combiner (`stack.features(..., witness=)`). It raised nested PLV CV on every
seed and lowered the gold records' half b (BENCHMARKS.md, "classify round 3"), so `classify`
does not read it.

Views of a (sentence, source, target) item (`VIEWS`), each a unit-length vector from the last
hidden layer, as the published sentence model scales its mean pooling:

* `marked_mean`: mean over the tokens of the sentence with the source in square and the target
  in curly brackets (`neural.mark`, the fine-tuned half's input);
* `marked_source`, `marked_target`: the hidden state at the opening "[" and "{" markers (the
  fine-tuned half's pooling: `neural.NeuralHead.predict_proba`);
* `between_mean`: mean over the tokens of the stretch between the actors, masked
  (`features.between_view`, the linear model's predicate view).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from eventwire.events import classifier as C
from eventwire.events import features as F
from eventwire.events import minilm
from eventwire.events import neural as N
from eventwire.events.features import Item

VIEWS = ("marked_mean", "marked_source", "marked_target", "between_mean")
MARKED_VIEWS = VIEWS[:3]  # one forward pass (the marked sentence) gives these three
C_REG = 3.0  # inverse L2 strength: the best mean nested CV of the grid tried (BENCHMARKS.md)
BATCH = 32


def _hidden(encoder: minilm.Encoder, texts: list[str]) -> tuple[list[list[int]], list[np.ndarray]]:
    """Token ids and last hidden states (tokens, HIDDEN) of each text, batched by length as
    `NeuralHead.predict_proba` batches (padding changes no real token's numbers)."""
    encoded = minilm.encode(texts)
    out: list[np.ndarray] = [np.zeros((0, minilm.HIDDEN), dtype=np.float32)] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
    for k in range(0, len(order), BATCH):
        rows = order[k : k + BATCH]
        ids, mask = N._pad_numpy([encoded[i] for i in rows])
        hidden = encoder(ids, mask)
        for r, i in enumerate(rows):
            out[i] = hidden[r, : len(encoded[i])]
    return encoded, out


def _unit(rows: list[np.ndarray]) -> np.ndarray:
    x = np.stack(rows).astype(np.float64) if rows else np.zeros((0, minilm.HIDDEN))
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def embed_views(items: Sequence[Item], views: Sequence[str] = VIEWS,
                encoder: minilm.Encoder | None = None) -> dict[str, np.ndarray]:
    """{view: (n, HIDDEN) unit-length embeddings} of the named views of each item (the frozen
    int8 model unless `encoder` is given)."""
    encoder = encoder if encoder is not None else minilm.Encoder(minilm.int8_weights())
    out = {}
    if any(v in MARKED_VIEWS for v in views):
        ids, hidden = _hidden(encoder, [N.mark(it) for it in items])
        out["marked_mean"] = _unit([h.mean(0) for h in hidden])
        for name, side in (("marked_source", 0), ("marked_target", 1)):
            out[name] = _unit([h[N._positions(t)[side]] for t, h in zip(ids, hidden, strict=True)])
    if "between_mean" in views:
        _, hidden = _hidden(encoder, [F.between_view(F.mask_actors(it)) for it in items])
        out["between_mean"] = _unit([h.mean(0) for h in hidden])
    return {v: out[v] for v in views}


def cached_views(items: Sequence[Item], cache: str | Path | None) -> dict[str, np.ndarray]:
    """`embed_views` of every view, read from / written to the npz `cache` (keyed by the items'
    hash) where given. Prints the embedding speed when it embeds."""
    key = hashlib.sha256(repr(list(items)).encode()).hexdigest()[:16]
    path = Path(cache) if cache else None
    if path is not None and path.is_file():
        with np.load(path) as data:
            if str(data["key"]) == key:
                return {v: data[v] for v in VIEWS}
    encoder = minilm.Encoder(minilm.int8_weights())
    start = time.process_time()
    views = embed_views(items, VIEWS, encoder)
    spent = time.process_time() - start
    print(f"frozen MiniLM: {len(items)} items embedded ({len(VIEWS)} views, 2 forward passes "
          f"each) in {spent:.0f} CPU-s: {len(items) / max(spent, 1e-9):.1f} items per CPU-second",
          flush=True)
    if path is not None:
        np.savez(path, key=np.array(key), **views)
    return views


def inputs(views: dict[str, np.ndarray], names: Sequence[str] = VIEWS) -> np.ndarray:
    """The logistic model's input: the named views side by side."""
    return np.concatenate([views[v] for v in names], axis=1)


def fit(x: np.ndarray, labels: Sequence[str], *, c: float = C_REG, seed: int = 0):
    """The witness: a multinomial logistic regression with the linear model's balanced class
    weights (deterministic lbfgs)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced",
                              random_state=seed).fit(x, list(labels))


def proba(model, x: np.ndarray, label_order: Sequence[str]) -> np.ndarray:
    """The model's probabilities in `label_order` (0 for a label it never saw)."""
    out = np.zeros((len(x), len(label_order)))
    classes = [str(k) for k in model.classes_]
    p = model.predict_proba(x)
    for k, lab in enumerate(label_order):
        if lab in classes:
            out[:, k] = p[:, classes.index(lab)]
    return out


def out_of_fold(x: np.ndarray, labels: list[str], groups: list[str], label_order: Sequence[str],
                *, folds: int = 5, seed: int = 0, c: float = C_REG) -> np.ndarray:
    """Each row's witness probabilities from a model fit on the other grouped folds: the folds
    `stack.out_of_fold` classifies and codes by (`classifier.fold_indices`, same seed)."""
    out = np.zeros((len(labels), len(label_order)))
    y = np.asarray(labels, dtype=object)
    for train_idx, test_idx in C.fold_indices(labels, groups, folds=folds, seed=seed):
        out[test_idx] = proba(fit(x[train_idx], y[train_idx], c=c, seed=seed), x[test_idx],
                              label_order)
    return out
