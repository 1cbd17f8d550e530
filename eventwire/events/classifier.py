"""Learned PLOVER event-type classifier: TF-IDF views of the actor pair + logistic regression.

The model reads three views of `(sentence, source span, target span)` (see `features.py`): the
sentence with the actors masked, the stretch between the actors, and trigger-lexicon hits. Words
and character n-grams of each view are TF-IDF weighted and fed to one multinomial logistic
regression. Weights are stored as plain arrays (`weights.npz`, `vocab.json`) plus `meta.json`, so
loading needs no pickle and no scikit-learn estimator state.

Training labels follow the PLOVER training set (15 types, CONCEDE and RETREAT merged as YIELD);
at prediction time YIELD is split by a lexical rule (manual 3.4 and 3.7): an immediate withdrawal,
release, ceasefire or resignation is RETREAT, anything else (and any announced or future one) is
CONCEDE.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import Errors
from eventwire.events import features as F
from eventwire.events.codebook import YIELD
from eventwire.events.features import Item

logger = logging.getLogger(__name__)

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "classifier"
FORMAT_VERSION = 1
QUADS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, YIELD: 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # YIELD counts as material cooperation, as the PLOVER training set annotates it
WORD_PATTERN = r"(?u)\b\w+\b"  # keep one-letter words: "a", the "u" of "u.s."
# The stretch between the actors holds the predicate; weighting it above the whole sentence leans
# the model on the event words rather than on the topic around them, which transfers better to
# news it never saw (chosen on PLV CV and the gold check together: BENCHMARKS.md).
BETWEEN_WEIGHT = 1.25
# (name, view index in features.item_views, TfidfVectorizer options, weight in the stacked input)
VIEWS: tuple[tuple[str, int, dict[str, Any], float], ...] = (
    ("masked_words", 0, {"ngram_range": (1, 2), "token_pattern": WORD_PATTERN}, 1.0),
    ("masked_chars", 0, {"analyzer": "char_wb", "ngram_range": (2, 5)}, 1.0),
    ("between_words", 1, {"ngram_range": (1, 2), "token_pattern": WORD_PATTERN}, BETWEEN_WEIGHT),
    ("between_chars", 1, {"analyzer": "char_wb", "ngram_range": (2, 5)}, BETWEEN_WEIGHT),
    ("lexicon", 2, {"token_pattern": WORD_PATTERN}, 0.5),
)
C_REG = 10.0  # inverse L2 strength; chosen once on the first 5-fold split, not per fold
MIN_DF = 2  # terms seen once are dropped: they cannot generalise and would bloat the weights
REQUIRED_LABEL = "gold_root"
RETREAT_RE = re.compile(
    r"\b(?:withdr[ae]w|withdrawn|withdrawing|withdraws|retreat|pull(?:ed|s|ing)? (?:out|back)|"
    r"evacuat|releas|freed|frees|let free|set free|ceasefire|cease-fire|truce|disarm|resign|"
    r"step(?:ped|s)? down|repatriat|hand(?:ed|s)? (?:back|over)|return(?:ed|s)? )"
)
# Announced or future retreats are CONCEDE (manual 3.4.2).
FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|'ll|plans? to|planned to|agree[sd]? to|promis|pledg|vow|announc|"
    r"offer|ready to|willing|intend|decid|to (?:withdraw|pull|release|free|retreat|evacuate))"
)


@dataclass(slots=True)
class Prediction:
    """One classified actor pair."""

    event: str  # PLOVER type; YIELD is split into CONCEDE or RETREAT
    quad: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    score: float  # probability of the chosen type (of YIELD for CONCEDE / RETREAT)
    probs: dict[str, float]  # over the training labels


def split_yield(item: Item) -> str:
    """CONCEDE or RETREAT for a YIELD prediction, by the wording around the actors."""
    masked = F.mask_actors(item)
    for text in (F.between_view(masked), masked):
        if RETREAT_RE.search(text + " "):
            return "CONCEDE" if FUTURE_RE.search(text) else "RETREAT"
    return "CONCEDE"


def check_item(item: Item) -> None:
    """Raise ValueError unless the item is (text, (start, end), (start, end)) with valid spans."""
    text, src, tgt = item
    if not isinstance(text, str):
        raise ValueError(Errors.E010.format(name="sentence", value=text, hint="Give a string."))
    for name, span in (("source span", src), ("target span", tgt)):
        ok = (
            len(span) == 2
            and all(isinstance(v, int | np.integer) for v in span)
            and 0 <= span[0] <= span[1] <= len(text)
        )
        if not ok:
            hint = f"Give (start, end) character offsets within the sentence (0..{len(text)})."
            raise ValueError(Errors.E010.format(name=name, value=span, hint=hint))


def _vectorizer(options: dict[str, Any], vocabulary: dict[str, int] | None = None) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        sublinear_tf=True,
        dtype=np.float32,
        min_df=MIN_DF if vocabulary is None else 1,
        vocabulary=vocabulary,
        **options,
    )


def model_config() -> dict[str, Any]:
    """The feature and regularisation settings that weights depend on, as stored in meta.json."""
    views = [[name, index, {k: list(v) if isinstance(v, tuple) else v for k, v in opts.items()},
              weight] for name, index, opts, weight in VIEWS]
    lexicon = hashlib.sha256(json.dumps(F.TRIGGERS, sort_keys=True).encode()).hexdigest()
    return {"views": views, "C": C_REG, "min_df": MIN_DF, "lexicon_sha256": lexicon[:16]}


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class EventClassifier:
    """PLOVER event type of a (sentence, source, target) triple; load once, predict in batches."""

    def __init__(
        self,
        labels: list[str],
        vectorizers: list[Any],
        coef: np.ndarray,
        intercept: np.ndarray,
        meta: dict[str, Any],
        neural: Any = None,
    ) -> None:
        self.labels = labels
        self.vectorizers = vectorizers
        self.coef = coef
        self.intercept = intercept
        self.meta = meta
        self.neural = neural  # a neural.NeuralHead blended in, or None: linear model only

    @classmethod
    def load(cls, path: str | None = None, *, neural: bool | None = None) -> EventClassifier:
        """Load weights from `path` (a folder written by `train`); None: the shipped model.

        `neural`: also load the fine-tuned MiniLM saved beside them and average the two models'
        probabilities (more accurate, tens of times slower; BENCHMARKS.md). True: the blend, or
        an error where its weights or the base model are missing. False: the linear model
        alone. None (default): the blend where `neural.npz` is beside the weights, else the
        linear model; where the base model is missing, the linear model with a warning (E020).
        """
        folder = Path(path) if path is not None else RESOURCE_DIR
        meta, vocabs, coef, intercept, idfs = F.read_weights(
            folder, format_version=FORMAT_VERSION, config=model_config(),
            views=[name for name, *_ in VIEWS], name="classifier",
            hint="The model was trained with other feature settings; retrain it.")
        vectorizers = [F.load_view(lambda vocab, o=options: _vectorizer(o, vocab), vocabs[name], idf)
                       for (name, _, options, _), idf in zip(VIEWS, idfs, strict=True)]
        head = None
        if neural is not False:
            from eventwire.events import neural as N

            try:
                head = N.NeuralHead.load(folder)
            except (FileNotFoundError, ImportError) as err:
                if neural:
                    raise
                if (folder / N.WEIGHTS_FILE).is_file():  # the blend was asked for by shipping it
                    logger.warning("%s Classifying with the linear model alone.", err)
        return cls(meta["labels"], vectorizers, coef, intercept, meta, head)

    def save(self, out_dir: str | Path) -> None:
        """Write weights.npz, vocab.json and meta.json into `out_dir`."""
        folder = F.write_weights(out_dir, coef=self.coef.astype(np.float32), intercept=self.intercept,
                                 views=[name for name, *_ in VIEWS], vectorizers=self.vectorizers,
                                 meta=self.meta)
        if self.neural is not None:
            from eventwire.events import neural as N

            N.save(folder, self.neural.labels, self.neural.arrays, self.neural.meta)

    def predict_proba(self, items: list[Item], linear: np.ndarray | None = None) -> np.ndarray:
        """Probabilities over `self.labels`, one row per item. `linear`: probabilities that stand
        for the linear half (the stacked combiner's, `stack.py`), blended as it would be."""
        if not items:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        probs = self._linear_proba(items) if linear is None else linear
        if self.neural is not None:
            probs = self._blend(probs, self.neural.predict_proba(items))
        return probs

    def _linear_proba(self, items: list[Item]) -> np.ndarray:
        for item in items:
            check_item(item)
        X = _transform(self.vectorizers, [F.item_views(item) for item in items])
        return softmax(np.asarray(X @ self.coef.T) + self.intercept)

    def _blend(self, linear: np.ndarray, neural: np.ndarray) -> np.ndarray:
        """The two halves' probabilities averaged, `neural`'s columns put in `self.labels` order.
        A plain average: the weight was fixed before any score was seen, not tuned."""
        order = [self.neural.labels.index(label) for label in self.labels]
        return (linear + neural[:, order]) / 2

    def predict(self, items: list[Item]) -> list[Prediction]:
        """Classify a batch of (sentence, source char span, target char span)."""
        return self.predictions(items, self.predict_proba(items))

    def predictions(self, items: list[Item], probs: np.ndarray) -> list[Prediction]:
        """The predictions of a batch whose probabilities over `self.labels` are `probs`."""
        out = []
        for item, row in zip(items, probs, strict=True):
            best = int(row.argmax())
            label = self.labels[best]
            event = split_yield(item) if label == YIELD else label
            out.append(
                Prediction(
                    event=event,
                    quad=QUADS.get(event, 0),
                    score=float(row[best]),
                    probs={lab: float(p) for lab, p in zip(self.labels, row, strict=True)},
                )
            )
        return out


def _transform(vectorizers: list[Any], views: list[tuple[str, str, str]], fit: bool = False):
    """Stack the weighted TF-IDF matrices of every view (fitting the vectorizers if asked)."""
    import scipy.sparse as sp

    blocks = []
    for k, ((_, index, _, weight), vec) in enumerate(zip(VIEWS, vectorizers, strict=True)):
        texts = [v[index] for v in views]
        if fit:  # a view no row gives a term to becomes an EmptyView
            vectorizers[k], block = F.fit_view(vec, texts)
        else:
            block = vec.transform(texts)
        blocks.append(block * weight if weight != 1.0 else block)
    return sp.hstack(blocks, format="csr", dtype=np.float32)


# ---------------------------------------------------------------- training data


def read_rows(tsv_paths: list[str]) -> tuple[list[Item], list[str], list[str], int]:
    """Training rows from PLOVER-format TSVs: (items, labels, group keys, rows skipped).

    A row needs `gold_root` and either `marked_sentence` (<s>..</s>, <t>..</t>) or `sentence`
    with `source` and `target` substrings. Rows whose actors cannot be located, or without a
    label, are skipped; a row of another cell count than the header (E022) or an unknown label
    (E010) raises, naming its line: its cells cannot be trusted, and training without the row
    would silently give another model.
    """
    items: list[Item] = []
    labels: list[str] = []
    groups: list[str] = []
    skipped = 0
    for path in tsv_paths:
        p = Path(path)
        if not p.is_file():
            raise FileNotFoundError(Errors.E001.format(path=path))
        with p.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            cols = set(reader.fieldnames or ())
            has_marked = "marked_sentence" in cols
            has_plain = {"sentence", "source", "target"} <= cols
            if REQUIRED_LABEL not in cols or not (has_marked or has_plain):
                missing = sorted({REQUIRED_LABEL, "marked_sentence or sentence+source+target"}
                                 - cols)
                raise ValueError(Errors.E006.format(path=path, cols=", ".join(missing)))
            for row in reader:
                F.check_cells(row, reader.line_num, path, len(reader.fieldnames or ()))
                item = _row_item(row, has_marked, has_plain)
                label = (row.get(REQUIRED_LABEL) or "").strip().upper()
                if item is None or not label:
                    skipped += 1
                    continue
                if label not in QUADS:
                    hint = f"Use one of: {', '.join(QUADS)}."
                    name = f"gold_root (line {reader.line_num} of '{path}')"
                    raise ValueError(Errors.E010.format(name=name, value=label, hint=hint))
                items.append(item)
                labels.append(label)
                groups.append(item[0])
    return items, labels, groups, skipped


def _row_item(row: dict[str, str], has_marked: bool, has_plain: bool) -> Item | None:
    src = tgt = None
    text = ""
    if has_marked and row.get("marked_sentence"):
        text, src, tgt = F.parse_marked(row["marked_sentence"])
    elif has_plain:
        text = row.get("sentence") or ""
    if has_plain and text:
        src = src or F.find_span(text, row.get("source") or "")
        tgt = tgt or F.find_span(text, row.get("target") or "")
    if not text or (src is None and tgt is None):
        return None
    # A missing actor (some gold rows lack a marked target) becomes an empty span.
    return text, src or (0, 0), tgt or (0, 0)


def data_hash(items: list[Item], labels: list[str]) -> str:
    """SHA-256 over the training rows as the model sees them (text, spans, label), in order."""
    h = hashlib.sha256()
    for (text, src, tgt), label in zip(items, labels, strict=True):
        h.update(f"{text}\t{src[0]},{src[1]}\t{tgt[0]},{tgt[1]}\t{label}\n".encode())
    return h.hexdigest()


# ---------------------------------------------------------------- training and evaluation


def fit(items: list[Item], labels: list[str], *, seed: int = 0,
        neural: bool = False) -> EventClassifier:
    """Fit vectorizers and the logistic regression on in-memory rows (deterministic).

    `neural`: also fine-tune the MiniLM half (`neural.fit`, minutes on a CPU; the `neural`
    extra), predicting with it as `EventClassifier.load` does.
    """
    from sklearn.linear_model import LogisticRegression

    vectorizers = [_vectorizer(options) for _, _, options, _ in VIEWS]
    X = _transform(vectorizers, [F.item_views(item) for item in items], fit=True)
    F.check_fit(labels, X.shape[1], what="event-type classifier",
                hint="Give rows of at least two event types (--data repeats: add "
                     "PLV_train.tsv to yours)")
    # lbfgs is deterministic; random_state only matters for other solvers, set for safety.
    model = LogisticRegression(
        C=C_REG, max_iter=5000, class_weight="balanced", random_state=seed
    )
    model.fit(X, labels)
    label_list = [str(c) for c in model.classes_]
    coef, intercept = model.coef_, model.intercept_
    if len(label_list) == 2:  # scikit-learn keeps one row for two classes: P(second) = sigmoid(row),
        # the softmax of (0, row) that predict_proba takes over every label
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    meta = {"format": FORMAT_VERSION, "labels": label_list, "seed": seed, "config": model_config()}
    head = None
    if neural:
        from eventwire.events import neural as N

        names, arrays = N.fit(items, labels, seed=seed)
        head = N.NeuralHead(names, arrays, {"seed": seed})
    return EventClassifier(
        label_list,
        vectorizers,
        coef.astype(np.float32),
        intercept.astype(np.float32),
        meta,
        head,
    )


def score(gold: list[str], pred: list[str]) -> dict[str, float]:
    """Macro-F1 over the gold labels, accuracy and quad accuracy (YIELD counts as quad 2)."""
    from sklearn.metrics import accuracy_score, f1_score

    quad_gold = [QUADS[g] for g in gold]
    quad_pred = [QUADS.get(p, 0) for p in pred]
    return {
        "macro_f1": round(float(f1_score(gold, pred, labels=sorted(set(gold)), average="macro",
                                         zero_division=0)), 4),
        "accuracy": round(float(accuracy_score(gold, pred)), 4),
        "quad_accuracy": round(float(np.mean(np.equal(quad_gold, quad_pred))), 4),
    }


def _argmax_labels(clf: EventClassifier, items: list[Item]) -> tuple[list[str], np.ndarray]:
    probs = clf.predict_proba(items)
    return [clf.labels[i] for i in probs.argmax(axis=1)], probs


def train(tsv_paths: list[str], out_dir: str, *, seed: int = 0, neural: bool = False,
          extra: list[tuple[Item, str]] | None = None) -> dict:
    """Train on PLOVER TSVs (and `extra` (item, label) rows, e.g. gold records), write weights +
    meta.json to `out_dir`; return training metrics.

    `neural`: also fine-tune and save the MiniLM half; the metrics then score the blend.
    """
    items, labels, _, skipped = read_rows(tsv_paths)
    for item, label in extra or []:
        check_item(item)
        items.append(item)
        labels.append(label)
    if not items:
        raise ValueError(Errors.E010.format(name="training data", value=tsv_paths,
                                            hint="No usable rows were found."))
    clf = fit(items, labels, seed=seed, neural=neural)
    clf.meta.update({"data_sha256": data_hash(items, labels), "n_train": len(items),
                     "n_skipped": skipped})
    if clf.neural is not None:
        clf.neural.meta.update({"data_sha256": clf.meta["data_sha256"]})
    clf.save(out_dir)
    # Score the saved (float32) weights, so the metrics describe exactly what was shipped.
    saved = EventClassifier.load(out_dir, neural=False)
    pred, probs = _argmax_labels(saved, items)
    saved.meta.update({"train_scores": score(labels, pred),
                       "train_probs_sha256": hashlib.sha256(np.round(probs, 4).tobytes()).hexdigest()})
    (Path(out_dir) / "meta.json").write_text(json.dumps(saved.meta, indent=2) + "\n",
                                             encoding="utf-8")
    metrics = {
        "n_train": len(items),
        "n_skipped": skipped,
        "labels": saved.labels,
        "label_counts": dict(sorted(Counter(labels).items())),
        "train_scores": saved.meta["train_scores"],
        "train_probs_sha256": saved.meta["train_probs_sha256"],
        "data_sha256": clf.meta["data_sha256"],
    }
    if neural:
        # The blend's scores go beside the neural weights; meta.json keeps the linear model's.
        from eventwire.events import neural as N

        saved.neural = N.NeuralHead.load(out_dir)
        pred, probs = _argmax_labels(saved, items)
        metrics.update({"linear_train_scores": metrics["train_scores"], "neural": True,
                        "train_scores": score(labels, pred),
                        "train_probs_sha256": hashlib.sha256(np.round(probs, 4).tobytes()).hexdigest()})
        meta_path = Path(out_dir) / N.META_FILE
        info = json.loads(meta_path.read_text(encoding="utf-8"))
        info["train_scores"] = metrics["train_scores"]
        meta_path.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return metrics


def fold_indices(labels: list[str], groups: list[str], *, folds: int = 5,
                 seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """Deterministic stratified folds; rows with the same sentence text share a fold."""
    from sklearn.model_selection import StratifiedGroupKFold

    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    return list(splitter.split(np.zeros(len(labels)), labels, groups))


BLEND_CURVE = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 1.0)  # weights of the neural half, for the record


def _blend_curve(labels: list[str], halves: dict[str, list[tuple[np.ndarray, np.ndarray]]],
                 names: list[str]) -> dict[float, float]:
    """Out-of-fold macro-F1 of (1 - w) * linear + w * neural for each w in BLEND_CURVE. The
    shipped blend is w = 0.5, fixed before any score was seen; this curve is not used to set it."""
    stacked = {}
    for half, parts in halves.items():
        probs = np.zeros((len(labels), len(names)), dtype=np.float32)
        for idx, p in parts:
            probs[idx] = p
        stacked[half] = probs
    curve = {}
    for w in BLEND_CURVE:
        mixed = (1 - w) * stacked["linear"] + w * stacked["neural"]
        curve[w] = score(labels, [names[k] for k in mixed.argmax(axis=1)])["macro_f1"]
    return curve


def cross_validate(tsv_paths: list[str], *, folds: int = 5, seed: int = 0,
                   neural: bool = False) -> dict:
    """Grouped k-fold scores of the model, a majority-class and a lexicon-only baseline.

    `neural`: also the fine-tuned MiniLM alone ("neural") and blended ("ensemble"), the blend
    scored exactly as `EventClassifier.load` predicts by default (numpy encoder on the int8
    base weights; fine-tuning on the float32 ones needs the `neural` extra).
    """
    items, labels, groups, skipped = read_rows(tsv_paths)
    y = np.array(labels, dtype=object)
    systems = ["model", "majority", "lexicon"] + (["neural", "ensemble"] if neural else [])
    pred = {name: np.empty(len(items), dtype=object) for name in systems}
    fold_f1 = []
    fold_f1_ensemble = []
    # Out-of-fold probabilities of each half, in the linear model's label order (all 15 labels
    # are in every fold's training rows), for the blend-weight curve.
    halves: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {"linear": [], "neural": []}
    for train_idx, test_idx in fold_indices(labels, groups, folds=folds, seed=seed):
        train_items = [items[i] for i in train_idx]
        test_items = [items[i] for i in test_idx]
        clf = fit(train_items, list(y[train_idx]), seed=seed, neural=neural)
        # Each half predicts once; the blend is then the one `predict_proba` would compute.
        linear = clf._linear_proba(test_items)
        pred["model"][test_idx] = [clf.labels[k] for k in linear.argmax(axis=1)]
        if clf.neural is not None:
            probs = clf.neural.predict_proba(test_items)
            pred["neural"][test_idx] = [clf.neural.labels[k] for k in probs.argmax(axis=1)]
            blend = clf._blend(linear, probs)
            halves["linear"].append((test_idx, linear))
            halves["neural"].append((test_idx, probs[:, [clf.neural.labels.index(v)
                                                         for v in clf.labels]]))
            pred["ensemble"][test_idx] = [clf.labels[k] for k in blend.argmax(axis=1)]
            fold_f1_ensemble.append(score(list(y[test_idx]),
                                          list(pred["ensemble"][test_idx]))["macro_f1"])
        majority = Counter(y[train_idx]).most_common(1)[0][0]
        pred["majority"][test_idx] = majority
        pred["lexicon"][test_idx] = [F.lexicon_label(it, majority) for it in test_items]
        fold_f1.append(score(list(y[test_idx]), list(pred["model"][test_idx]))["macro_f1"])
    out: dict[str, Any] = {"n": len(items), "n_skipped": skipped, "folds": folds, "seed": seed}
    for name, p in pred.items():
        out[name] = score(labels, list(p))
    out["model"]["fold_macro_f1"] = fold_f1
    if neural:
        out["ensemble"]["fold_macro_f1"] = fold_f1_ensemble
        out["blend_weights"] = _blend_curve(labels, halves, clf.labels)
    from sklearn.metrics import classification_report

    out["per_label"] = classification_report(labels, list(pred["model"]), output_dict=True,
                                             zero_division=0)
    return out
