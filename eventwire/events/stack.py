"""The coder's decision as evidence for `eventwire classify` (issue 13): a stacked combiner.

`eventwire classify` types a marked (source, target) pair with the linear classifier (and the
MiniLM half blended in). The rule coder (`EventCoder`, rules + learned pair/selector models) reads
the same sentence and often codes an event on exactly that pair, and where it does its type is
right more often than the classifier's. The combiner is a small conditional logit (`Combiner`)
over the classifier's linear probabilities plus what the coder coded in the sentence:

* `linked`: types of the coder's events whose actor overlaps the marked source and whose
  recipient overlaps the marked target (the coder's answer for the pair);
* `partial`: types of events with only one side on the pair (actor on the source, or recipient
  on the target, or the pair reversed);
* `other`: types of the sentence's other events;

each a flag per label (CONCEDE / RETREAT count as YIELD), with weights shared by all labels. It
is fit on out-of-fold outputs: each PLV_train fold is coded and classified by
models refit on the other folds (`refit_folds`, which `bench/realnews.py`'s PLV run also uses),
so the combiner learns how far to trust each source on sentences neither has seen. Its
regularisation is chosen by grouped cross-validation on those outputs (`choose_c`); weights are
plain lists in `resources/stack/combiner.json`, written by `scripts/train_coder.py`.

The combined probabilities stand for the linear half (`StackedClassifier`): `eventwire classify`
gives them alone by default, and with `--neural` averages them with the MiniLM half as
`EventClassifier._blend` does the linear half's (`cli/classify.py`, `load_classifier`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.events.classifier import softmax
from eventwire.events.codebook import YIELD_TYPES
from eventwire.events.features import Item

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "stack"
WEIGHTS_FILE = "combiner.json"
FORMAT_VERSION = 1
GROUPS = ("linked", "partial", "other")
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 10.0)  # inverse L2 strengths tried by `choose_c`
PROB_FLOOR = 1e-4  # log-probabilities are clipped here so one confident zero cannot dominate
# Power of the class-balanced row weights in `fit` (0: every row counts once; 1: scikit-learn's
# class_weight="balanced"). Balanced weights gave PLV_train's 15-row types large biases, so the
# combiner called COOPERATE / MOBILIZE where neither the classifier nor the coder did; nested
# grouped CV prefers 0 (BENCHMARKS.md, "classify round 2").
BALANCE = 0.0
FOLDS = 5  # grouped folds of the out-of-fold outputs and of the choice of C


def _overlaps(span: Any, gold: tuple[int, int]) -> bool:
    return span is not None and gold[0] < gold[1] and span.start < gold[1] and gold[0] < span.end


def coder_types(events: Sequence[Any], item: Item) -> dict[str, list[str]]:
    """The types of a sentence's coded events by how they sit on the marked pair (see GROUPS)."""
    _, src, tgt = item
    out: dict[str, list[str]] = {g: [] for g in GROUPS}
    for e in events:
        actor = e.actor.span if e.actor is not None else None
        recipient = e.recipient.span if e.recipient is not None else None
        on_src, on_tgt = _overlaps(actor, src), _overlaps(recipient, tgt)
        reversed_pair = _overlaps(actor, tgt) and _overlaps(recipient, src)
        group = ("linked" if on_src and on_tgt
                 else "partial" if on_src or on_tgt or reversed_pair else "other")
        out[group].append(YIELD_TYPES.get(e.event, e.event))
    return out


def features(probs: np.ndarray, coded: Sequence[dict[str, list[str]]],
             labels: Sequence[str]) -> np.ndarray:
    """The combiner's input, one row of FEATURES per item and label (n, labels, features): the
    classifier's clipped log-probability of the label, whether each group (GROUPS) holds the
    label, and the log-probability again where the coder linked any event to the pair (so the
    classifier can count for less where the coder has answered)."""
    index = {lab: k for k, lab in enumerate(labels)}
    logp = np.log(np.clip(np.asarray(probs, dtype=np.float64), PROB_FLOOR, 1.0))
    x = np.zeros((len(coded), len(labels), len(FEATURES)), dtype=np.float64)
    x[:, :, 0] = logp
    for row, types in enumerate(coded):
        for g, group in enumerate(GROUPS, 1):
            for t in types.get(group, ()):
                if t in index:
                    x[row, index[t], g] = 1.0
        if types.get("linked"):
            x[row, :, len(GROUPS) + 1] = logp[row]
    return x


FEATURES = ("log_p", *GROUPS, "log_p_where_linked")


class Combiner:
    """A conditional logit: the score of label k is `coef` . features[k] + `intercept`[k], the
    weights shared by all labels (few parameters: PLV_train's rarer types have 15 rows)."""

    def __init__(self, labels: list[str], coef: np.ndarray, intercept: np.ndarray,
                 meta: dict[str, Any]) -> None:
        self.labels = labels
        self.coef = coef
        self.intercept = intercept
        self.meta = meta

    def predict_proba(self, probs: np.ndarray, coded: Sequence[dict[str, list[str]]]) -> np.ndarray:
        if len(coded) == 0:
            return np.zeros((0, len(self.labels)))
        return softmax(features(probs, coded, self.labels) @ self.coef + self.intercept)

    def save(self, out_dir: str | Path) -> Path:
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        data = {**self.meta, "format": FORMAT_VERSION, "labels": self.labels,
                "features": list(FEATURES), "coef": np.round(self.coef, 6).tolist(),
                "intercept": np.round(self.intercept, 6).tolist()}
        path = folder / WEIGHTS_FILE
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path | None = None) -> Combiner:
        """The combiner saved in folder `path` (None: the shipped one); FileNotFoundError if none."""
        folder = Path(path) if path is not None else RESOURCE_DIR
        data = json.loads((folder / WEIGHTS_FILE).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT_VERSION or data.get("features") != list(FEATURES):
            raise ValueError(f"{folder / WEIGHTS_FILE} was written by another version; "
                             "retrain it with scripts/train_coder.py.")
        return cls(data["labels"], np.asarray(data["coef"]), np.asarray(data["intercept"]), data)


def fit(probs: np.ndarray, coded: Sequence[dict[str, list[str]]], labels: Sequence[str],
        gold: Sequence[str], *, c: float, seed: int = 0, balance: float = BALANCE) -> Combiner:
    """A combiner fit on (out-of-fold) classifier probabilities and coder types: the
    log-likelihood, each row weighted by (its class's balanced weight) ** `balance` (the weights
    scaled to sum to the number of rows), with an L2 penalty of 1 / (2 `c`), by L-BFGS from zero
    (deterministic; `seed` is recorded only)."""
    from scipy.optimize import minimize

    x = features(probs, coded, labels)
    n, k, d = x.shape
    y = np.array([list(labels).index(g) for g in gold])
    counts = np.bincount(y, minlength=k).astype(np.float64)
    weight = ((n / (k * np.maximum(counts, 1.0))) ** balance)[y]  # 1: sklearn's "balanced"
    weight *= n / weight.sum()
    hot = np.zeros((n, k))
    hot[np.arange(n), y] = 1.0

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:d], theta[d:]
        z = x @ w + b
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        p = np.exp(logp)
        nll = -(weight * logp[np.arange(n), y]).sum() + (theta @ theta) / (2 * c)
        r = weight[:, None] * (p - hot)
        grad = np.concatenate([np.einsum("nk,nkd->d", r, x), r.sum(axis=0)]) + theta / c
        return float(nll), grad

    res = minimize(loss, np.zeros(d + k), jac=True, method="L-BFGS-B",
                   options={"maxiter": 2000})
    return Combiner(list(labels), res.x[:d], res.x[d:],
                    {"C": c, "balance": balance, "groups": list(GROUPS), "seed": seed})


def _macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, labels=sorted(set(gold)), average="macro", zero_division=0))


def choose_c(probs: np.ndarray, coded: Sequence[dict[str, list[str]]], labels: Sequence[str],
             gold: Sequence[str], groups: Sequence[str], *, folds: int = FOLDS, seed: int = 0,
             balance: float = BALANCE) -> tuple[float, dict[float, float]]:
    """The C of C_GRID with the best grouped-CV macro-F1 on these rows (ties: the smaller C)."""
    from eventwire.events.classifier import fold_indices

    curve = {}
    y = np.asarray(gold, dtype=object)
    splits = fold_indices(list(gold), list(groups), folds=folds, seed=seed)
    for c in C_GRID:
        pred = np.empty(len(gold), dtype=object)
        for tr, te in splits:
            m = fit(probs[tr], [coded[i] for i in tr], labels, list(y[tr]), c=c, seed=seed,
                    balance=balance)
            pred[te] = [labels[k] for k in m.predict_proba(probs[te], [coded[i] for i in te])
                        .argmax(axis=1)]
        curve[c] = round(_macro_f1(gold, list(pred)), 4)
    best = max(C_GRID, key=lambda c: (curve[c], -c))
    return best, curve


def nested_cv(probs: np.ndarray, coded: Sequence[dict[str, list[str]]], labels: Sequence[str],
              gold: Sequence[str], groups: Sequence[str], *, folds: int = 5, seed: int = 0,
              balance: float = BALANCE) -> dict[str, Any]:
    """Out-of-fold predictions of the combiner with C chosen inside each outer training part."""
    from eventwire.events.classifier import fold_indices

    y = np.asarray(gold, dtype=object)
    pred = np.empty(len(gold), dtype=object)
    chosen = []
    for tr, te in fold_indices(list(gold), list(groups), folds=folds, seed=seed):
        c, _ = choose_c(probs[tr], [coded[i] for i in tr], labels, list(y[tr]),
                        [groups[i] for i in tr], folds=folds, seed=seed, balance=balance)
        chosen.append(c)
        m = fit(probs[tr], [coded[i] for i in tr], labels, list(y[tr]), c=c, seed=seed,
                balance=balance)
        pred[te] = [labels[k] for k in m.predict_proba(probs[te], [coded[i] for i in te])
                    .argmax(axis=1)]
    return {"pred": list(pred), "macro_f1": round(_macro_f1(gold, list(pred)), 4), "C": chosen}


# -- out-of-fold outputs ----------------------------------------------------------------------
REFIT_PARTS = ("classifier", "pairs", "selector")


def refit_folds(coder: Any, items: list[Item], labels: list[str], groups: list[str], golds: list,
                extra_for: dict[str, list], *, folds: int = FOLDS, seed: int = 0,
                keep: set[int] | None = None, refit: Sequence[str] = REFIT_PARTS,
                nlp: Any = None) -> Iterator[tuple[np.ndarray, list[int]]]:
    """For each grouped fold (`classifier.fold_indices`), refit the coder's learned parts (type
    classifier, pair model, selector: those it has and `refit` names; the classifier always) on
    the other folds plus `extra_for[part]` gold rows whose sentence is not in the fold, then yield
    (test indices, those kept); the shipped parts are put back at the end. `golds`: the
    pair/selector training pairs (PLV + AW). A part left out of `refit` codes every fold as
    loaded (`api.train`, behind `eventwire train` and `scripts/train_coder.py`, refits all).
    `nlp`: what parses the training sentences (`pairs.Parses`, to reuse the parses the parts'
    own training made), default `coder.nlp`."""
    from eventwire.events import classifier as C
    from eventwire.events import pairs as P
    from eventwire.events import selector as S

    shipped, shipped_pairs, shipped_selector = coder.classifier, coder.pairs, coder.selector
    if "pairs" not in refit:
        shipped_pairs = None
    if "selector" not in refit:
        shipped_selector = None
    pair_rows, selector_rows = [], []
    nlp = coder.nlp if nlp is None else nlp
    if shipped_pairs is not None:  # every candidate of the training sentences, parsed once
        pair_rows = P.training_rows(golds + extra_for.get("pairs", []), nlp)
    if shipped_selector is not None:
        selector_rows = S.training_rows(golds + extra_for.get("selector", []), nlp)
    gold_items = [((g.text, g.source, g.target), g.label) for g in extra_for.get("classifier", [])]
    try:
        for train_idx, test_idx in C.fold_indices(labels, groups, folds=folds, seed=seed):
            test = [int(i) for i in test_idx if keep is None or int(i) in keep]
            if not test:
                continue
            held = {items[i][0] for i in test_idx}
            if shipped is not None:
                fold_gold = [(it, lab) for it, lab in gold_items if it[0] not in held]
                coder.classifier = C.fit([items[i] for i in train_idx] + [it for it, _ in fold_gold],
                                         [labels[i] for i in train_idx] + [lab for _, lab in fold_gold],
                                         seed=seed)
            if shipped_pairs is not None:
                rows = [r for r in pair_rows if r[0] not in held]
                coder.use_pair_model(P.fit([r[1] for r in rows], [r[2] for r in rows], seed=seed))
            if shipped_selector is not None:
                rows = [r for r in selector_rows if r[0] not in held]
                coder.selector = S.fit([r[1] for r in rows], [r[2] for r in rows], seed=seed)
            yield test_idx, test
    finally:
        coder.classifier = shipped
        if shipped_selector is not None:
            coder.selector = shipped_selector
        if shipped_pairs is not None:
            coder.use_pair_model(shipped_pairs)


def code_items(coder: Any, items: Sequence[Item]) -> list[dict[str, list[str]]]:
    """`coder_types` of each item's text as the coder codes it (the product path: no resolver)."""
    from eventwire.data import Document

    docs = [Document(source_path="classify", id=str(k), text=text)
            for k, (text, _, _) in enumerate(items)]
    coder.code_documents(docs)
    return [coder_types(d.events, item) for d, item in zip(docs, items, strict=True)]


def out_of_fold(coder: Any, items: list[Item], labels: list[str], groups: list[str], golds: list,
                extra_for: dict[str, list], *, folds: int = FOLDS, seed: int = 0,
                refit: Sequence[str] = REFIT_PARTS, nlp: Any = None,
                ) -> tuple[np.ndarray, list[dict[str, list[str]]], list[str]]:
    """(classifier linear probabilities, coder types, label order) of every item, each from
    models refit without its fold (`refit_folds`, `nlp` as it takes it)."""
    label_order = sorted(set(labels))
    probs = np.zeros((len(items), len(label_order)))
    coded: list[dict[str, list[str]]] = [{} for _ in items]
    for _, test in refit_folds(coder, items, labels, groups, golds, extra_for,
                               folds=folds, seed=seed, refit=refit, nlp=nlp):
        clf = coder.classifier
        fold_items = [items[i] for i in test]
        # a label no training row of the fold has (a small user set) gets probability 0
        fold_probs = clf._linear_proba(fold_items)
        for k, lab in enumerate(label_order):
            if lab in clf.labels:
                probs[test, k] = fold_probs[:, clf.labels.index(lab)]
        for i, types in zip(test, code_items(coder, fold_items), strict=True):
            coded[i] = types
    return probs, coded, label_order


def train(coder: Any, tsv_paths: list[str], out_dir: str | Path, *, golds: list | None = None,
          extra_for: dict[str, list] | None = None, seed: int = 0,
          refit: Sequence[str] = REFIT_PARTS, nlp: Any = None) -> dict[str, Any]:
    """Fit and save (in `out_dir`) the combiner for `coder` and the rows of `tsv_paths`, on
    out-of-fold outputs: each fold classified and coded by `coder` with its parts named in
    `refit` refit on the other folds (`out_of_fold`; `golds` / `extra_for` as `refit_folds`
    takes them); C by grouped CV on those outputs (`choose_c`). The one fitting that
    `scripts/train_coder.py` (the shipped combiner) and `eventwire train` (a user's) run.
    Minutes on PLV_train: every fold refits. `nlp`: as `refit_folds` takes it. Rows too few
    for the folds raise ValueError (E023). Returns the summary saved in the file's meta."""
    from eventwire.events import classifier as C

    items, labels, groups, _ = C.read_rows(tsv_paths)
    check_folds(labels, groups, seed=seed)
    probs, coded, order = out_of_fold(coder, items, labels, groups, golds or [], extra_for or {},
                                      seed=seed, refit=refit, nlp=nlp)
    c, curve = choose_c(probs, coded, order, labels, groups, seed=seed)
    model = fit(probs, coded, order, labels, c=c, seed=seed)
    model.meta.update({"n_train": len(items), "refit": list(refit),
                       "cv_macro_f1_by_C": {str(k): v for k, v in curve.items()},
                       "outputs_sha256": outputs_hash(probs, coded)})
    path = model.save(out_dir)
    return {"C": c, "cv_macro_f1_by_C": model.meta["cv_macro_f1_by_C"],
            "outputs_sha256": model.meta["outputs_sha256"], "path": str(path)}


def check_folds(labels: list[str], groups: list[str], *, seed: int = 0) -> None:
    """Raise ValueError (E023) where the rows cannot make the combiner's FOLDS grouped folds, or
    a fold's other rows, which refit the classifier, hold one type only (a user's small set)."""
    from eventwire.errors import Errors
    from eventwire.events import classifier as C

    hint = ("Give more sentences of each type, or train with --no-coder (`classify --model` then "
            "runs the classifier alone)")
    if len(set(labels)) < 2:
        return  # rows of one type: the classifier's own refusal (E023) says so, --no-coder or not
    n = len(set(groups))
    if n < FOLDS:
        why = f"it is fit on {FOLDS} folds of distinct sentences and the rows hold {n}"
        raise ValueError(Errors.E023.format(what="combiner", why=why, hint=hint))
    for k, (train_idx, _) in enumerate(C.fold_indices(labels, groups, folds=FOLDS, seed=seed)):
        kinds = {labels[i] for i in train_idx}
        if len(kinds) < 2:
            why = (f"the rows outside fold {k + 1} of {FOLDS}, that refit the classifier for it, "
                   f"are all of one type ({min(kinds)})")
            raise ValueError(Errors.E023.format(what="combiner", why=why, hint=hint))


def outputs_hash(probs: np.ndarray, coded: Sequence[dict[str, list[str]]]) -> str:
    """SHA-256 of the out-of-fold outputs, so two trainings can be compared."""
    h = hashlib.sha256(np.round(probs, 4).tobytes())
    h.update(json.dumps([{g: sorted(c.get(g, [])) for g in GROUPS} for c in coded]).encode())
    return h.hexdigest()


# -- prediction ---------------------------------------------------------------------------------
class StackedClassifier:
    """`EventClassifier.predict` with the coder's decision: the coder codes each item's text, the
    combiner turns (linear probabilities, coder types) into the linear half's probabilities, and
    the classifier blends those with its MiniLM half where it has one."""

    def __init__(self, classifier: Any, combiner: Combiner, coder: Any) -> None:
        if sorted(combiner.labels) != sorted(classifier.labels):
            raise ValueError("The combiner was trained for other labels than the classifier's; "
                             "retrain both with scripts/train_coder.py.")
        self.classifier = classifier
        self.combiner = combiner
        self.coder = coder
        self._order = [combiner.labels.index(lab) for lab in classifier.labels]

    def predict(self, items: list[Item]) -> list[Any]:
        if not items:
            return []
        clf = self.classifier
        linear = clf._linear_proba(items)
        back = [clf.labels.index(lab) for lab in self.combiner.labels]
        combined = self.combiner.predict_proba(linear[:, back], code_items(self.coder, items))
        return clf.predictions(items, clf.predict_proba(items, linear=combined[:, self._order]))
