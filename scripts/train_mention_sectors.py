"""Train the mention-sector classifier (eventwire/resolve/mention_sectors.py) and write
eventwire/resources/mention_sectors/model.json.

Run from the repository root: `python scripts/train_mention_sectors.py [--check]`.

Training data: the hand-labelled actor mentions of bench/data (actors.tsv: PLV_train spans;
actors_fresh.tsv ... actors_fresh4.tsv; actors_own.tsv) and the actor texts of the PLOVER gold
dev records with a sector (../shared/data/plover-gsr-dev; a record with none gives no sector
to score, so it is left out). Never trained on: actors_fresh5.tsv and actors_fresh6.tsv, the
sets its effect is measured on. A labelled mention with no sector (no actor, a UN body, "parts
of Kashmir") is the class "": no sector.

The confidence the model fires at is chosen by leave-one-set-out: each training set is
predicted by a model fitted on the others, and the threshold is the lowest on a fixed grid at
which those held-out predictions are right at least TARGET_PRECISION of the time. `--check`
prints that estimate and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import actors as bench  # noqa: E402

from eventwire.resolve.mention_sectors import MODEL_PATH, mention_features  # noqa: E402

TRAIN_SETS = {"plv": bench.LABELS, "fresh1": bench.FRESH, "fresh2": bench.FRESH2,
              "fresh3": bench.FRESH3, "fresh4": bench.FRESH4, "own": bench.OWN}
TARGET_PRECISION = 0.85
THRESHOLDS = [round(0.3 + 0.05 * k, 2) for k in range(14)]  # 0.30 ... 0.95
C = 1.0  # inverse L2 strength (sklearn's default)
MIN_HEAD_COUNT = 2  # a head word seen once is no evidence


def examples() -> dict[str, list[tuple[list[str], str]]]:
    """Per training set: (features, class) of each usable mention."""
    sets: dict[str, list[dict[str, str]]] = {name: bench.read_labels(path)
                                             for name, path in TRAIN_SETS.items()}
    sets["gsr"] = [row for row in bench.read_gsr(bench.GSR) if row["gold_sector"]]
    out: dict[str, list[tuple[list[str], str]]] = {}
    for name, rows in sets.items():
        out[name] = []
        for row in rows:
            feats = mention_features(row["mention"])
            if feats:
                out[name].append((feats, row["gold_sector"]))
    return out


def fit(data: list[tuple[list[str], str]]) -> tuple[DictVectorizer, LogisticRegression, set]:
    heads: dict[str, int] = {}
    for feats, _ in data:
        heads[feats[0]] = heads.get(feats[0], 0) + 1
    known = {h for h, n in heads.items() if n >= MIN_HEAD_COUNT}
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _ in data])
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(x, [y for _, y in data])
    return vec, model, known


def held_out(sets: dict[str, list[tuple[list[str], str]]]) -> list[tuple[str, float, str]]:
    """(predicted, probability, gold) of every mention whose head word the other sets know,
    predicted by a model fitted on the other sets."""
    out = []
    for name, rows in sets.items():
        train = [ex for other, exs in sets.items() if other != name for ex in exs]
        vec, model, known = fit(train)
        for feats, gold in rows:
            if feats[0] not in known:
                continue
            probs = model.predict_proba(vec.transform([dict.fromkeys(feats, 1)]))[0]
            best = int(probs.argmax())
            out.append((model.classes_[best], float(probs[best]), gold))
    return out


def choose_threshold(preds: list[tuple[str, float, str]]) -> float:
    for t in THRESHOLDS:
        fired = [(p, g) for p, prob, g in preds if prob >= t]
        if fired and sum(p == g for p, g in fired) / len(fired) >= TARGET_PRECISION:
            return t
    return THRESHOLDS[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the estimate only")
    args = parser.parse_args()
    sets = examples()
    preds = held_out(sets)
    threshold = choose_threshold(preds)
    n = sum(map(len, sets.values()))
    fired = [(p, g) for p, prob, g in preds if prob >= threshold]
    right = sum(p == g for p, g in fired)
    print(f"{n} training mentions in {len(sets)} sets; leave-one-set-out: head word known for "
          f"{len(preds)}, fired at {threshold} on {len(fired)} ({len(fired) / n:.1%} of all), "
          f"right {right} ({right / max(len(fired), 1):.1%})")
    if args.check:
        return
    vec, model, known = fit([ex for exs in sets.values() for ex in exs])
    names = vec.get_feature_names_out()
    keep = [i for i, f in enumerate(names) if not f.startswith("h=") or f in known]
    payload = {
        "about": "mention-sector classifier, built by scripts/train_mention_sectors.py",
        "trained_on": sorted(sets), "threshold": threshold,
        "classes": [str(c) for c in model.classes_],
        "features": [str(names[i]) for i in keep],
        "coef": np.round(model.coef_.T[keep], 4).tolist(),
        "intercept": np.round(model.intercept_, 4).tolist(),
    }
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(keep)} features, "
          f"{len(payload['classes'])} classes")


if __name__ == "__main__":
    main()
