"""Why the neural half averages several runs: each run alone, their weight soup, their average.

Run from the repository root: `python bench/plover_soup.py [--seed 1] [--runs 2]` (about 25
minutes for 2 runs on an idle 2-core machine). On the grouped 5-fold split of `--seed`, every
fold trains `--runs` LoRA runs from the same initialisation in different batch orders
(`neural.train_runs`, as `neural.fit` does), then prints out-of-fold macro-F1 of each run, of
the soup (`neural._average`, what `fit` ships) and of the runs' averaged probabilities, each
alone and blended half and half with the TF-IDF LR, as `EventClassifier.load(neural=True)`
blends.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.events import neural as N  # noqa: E402
from eventwire.events.classifier import fit, fold_indices, read_rows, score  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"


def main(argv: list[str] | None = None) -> None:
    """Train, predict out of fold, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)

    items, labels, groups, _ = read_rows([args.data])
    names = sorted(set(labels))
    probs: dict[str, np.ndarray] = {}
    linear = np.zeros((len(items), len(names)))
    for train_idx, test_idx in fold_indices(labels, groups, seed=args.seed):
        train_items = [items[i] for i in train_idx]
        train_labels = [labels[i] for i in train_idx]
        test_items = [items[i] for i in test_idx]
        clf = fit(train_items, train_labels, seed=args.seed)
        # A tiny --data may lack a type in a fold: place the model's columns by label.
        linear[np.ix_(test_idx, [names.index(lab) for lab in clf.labels])] = clf.predict_proba(
            test_items)
        runs = N.train_runs(train_items, train_labels, names, seed=args.seed, runs=args.runs)
        heads = {f"run {k + 1}": N._average([r]) for k, r in enumerate(runs)}
        heads["soup"] = N._average(runs)
        for name, arrays in heads.items():
            p = N.NeuralHead(names, arrays, {}).predict_proba(test_items)
            probs.setdefault(name, np.zeros((len(items), len(names))))[test_idx] = p
    probs["runs' probabilities averaged"] = np.mean(
        [probs[f"run {k + 1}"] for k in range(args.runs)], axis=0)

    def f1(p: np.ndarray) -> float:
        return score(labels, [names[k] for k in p.argmax(axis=1)])["macro_f1"]

    print(f"seed {args.seed}, {args.runs} runs, numpy encoder, LR alone {f1(linear):.3f}")
    print("| MiniLM | alone | blended with the LR |")
    print("|---|---:|---:|")
    for name, p in probs.items():
        print(f"| {name} | {f1(p):.3f} | {f1((p + linear) / 2):.3f} |")


if __name__ == "__main__":
    main()
