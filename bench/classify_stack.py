"""`eventwire classify` with the coder's decision (issue 13): out-of-fold measurement on PLV_train.

Run from the repository root: `python bench/classify_stack.py [--plv TSV] [--aw TSV] [--folds 5]
[--seed 0] [--cache FILE] [--balance P] [--seeds 0,1,2] [--gold]`. Each PLV_train fold is classified (linear model) and
coded (the coder, its learned parts refit on the other folds: `stack.refit_folds`, as
`bench/realnews.py --sets plv` does); then prints how often the coder's type on the marked pair is
right where the classifier is wrong and the reverse, and the macro-F1 of the classifier alone, of
"the coder's linked type where there is one, else the classifier", and of the learned combiner in
nested CV (C chosen inside each outer fold). `--cache FILE` keeps the out-of-fold outputs (JSON)
and reads them back on the next run with the same options. `--balance P`: the power of the
combiner's class-balanced row weights (default `stack.BALANCE`; 1 was stop 33's combiner).
`--seeds 0,1,2`: the nested CV again with the combiner's outer/inner folds drawn by each seed (the
out-of-fold outputs stay those of `--seed`), one line a seed. `--gold`: the combiner fit on every
out-of-fold row (C by `choose_c`, as `stack.train` fits it) scored on the PLOVER gold dev records
(all, half a, half b) with the shipped classifier and coder as `eventwire classify` runs them;
with the shipped combiner's outputs it gives `python bench/plover.py --gold`'s figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realnews  # noqa: E402  (sets the one-thread environment before numpy loads; the data paths)

# isort: split
import numpy as np  # noqa: E402

from eventwire.events import classifier as C  # noqa: E402
from eventwire.events import gold_records, stack  # noqa: E402
from eventwire.events import pairs as P  # noqa: E402
from eventwire.events.codebook import YIELD_TYPES  # noqa: E402

PLV, AW, GSR = realnews.PLV, realnews.AW, realnews.GSR


def oof_outputs(args: argparse.Namespace) -> tuple[np.ndarray, list[dict], list[str]]:
    from eventwire.events.coder import EventCoder
    from eventwire.settings import Options

    key = {"plv": str(args.plv), "aw": str(args.aw), "folds": args.folds, "seed": args.seed,
           "gold_in": list(gold_records.TRAIN_PARTS)}
    if args.cache and Path(args.cache).is_file():
        data = json.loads(Path(args.cache).read_text(encoding="utf-8"))
        if data["key"] == key:
            return np.asarray(data["probs"]), data["coded"], data["labels"]
    items, labels, groups, _ = C.read_rows([str(args.plv)])
    golds = P.read_plover_tsv(args.plv) + P.read_aw_tsv(args.aw)
    extra = gold_records.read_gold_records(GSR, "a") * gold_records.TRAIN_WEIGHT
    extra_for = {p: extra if p in gold_records.TRAIN_PARTS else [] for p in gold_records.PARTS}
    coder = EventCoder(Options())
    start = time.perf_counter()
    probs, coded, order = stack.out_of_fold(coder, items, labels, groups, golds, extra_for,
                                            folds=args.folds, seed=args.seed)
    print(f"out-of-fold outputs in {time.perf_counter() - start:.0f} s", flush=True)
    if args.cache:
        Path(args.cache).write_text(json.dumps({"key": key, "probs": probs.tolist(),
                                                "coded": coded, "labels": order}),
                                    encoding="utf-8")
    return probs, coded, order


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--plv", type=Path, default=PLV)
    p.add_argument("--aw", type=Path, default=AW)
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--cache", default=None)
    p.add_argument("--balance", type=float, default=stack.BALANCE)
    p.add_argument("--seeds", default=None, help="comma-separated seeds of the combiner's folds")
    p.add_argument("--gold", action="store_true", help="also score the gold dev records")
    args = p.parse_args(argv)
    items, gold, groups, _ = C.read_rows([str(args.plv)])
    probs, coded, labels = oof_outputs(args)
    clf = [labels[k] for k in probs.argmax(axis=1)]
    linked = [c["linked"] for c in coded]
    n = len(gold)
    has = sum(bool(t) for t in linked)
    first = [t[0] if t else None for t in linked]
    coder_right = sum(f == g for f, g in zip(first, gold, strict=True))
    both = sum(f == g == c for f, g, c in zip(first, gold, clf, strict=True))
    coder_only = sum(f == g != c for f, g, c in zip(first, gold, clf, strict=True))
    clf_only = sum(c == g != f and f is not None for f, g, c in zip(first, gold, clf, strict=True))
    print(f"PLV_train n={n}, {args.folds}-fold grouped CV (seed {args.seed})")
    print(f"coder links the marked pair on {has} ({has / n:.1%}); its first linked type right on "
          f"{coder_right} ({coder_right / max(has, 1):.1%} of linked)")
    print(f"where linked: both right {both}, coder right and classifier wrong {coder_only}, "
          f"classifier right and coder wrong {clf_only}")
    print(f"sentences with no event at all: {sum(not any(c.values()) for c in coded)}")
    simple = [f if f is not None else c for f, c in zip(first, clf, strict=True)]
    res = stack.nested_cv(probs, coded, labels, gold, groups, folds=args.folds, seed=args.seed,
                          balance=args.balance)
    c_all, curve = stack.choose_c(probs, coded, labels, gold, groups, folds=args.folds,
                                  seed=args.seed, balance=args.balance)
    print()
    print("| system | macro-F1 | accuracy |")
    print("|---|---:|---:|")
    for name, pred in (("classifier alone (linear, out of fold)", clf),
                       ("coder's linked type, else the classifier", simple),
                       ("combiner, nested CV (C chosen per outer fold)", res["pred"])):
        sc = C.score(gold, pred)
        print(f"| {name} | {sc['macro_f1']:.3f} | {sc['accuracy']:.3f} |")
    print()
    print(f"class weights balanced ** {args.balance}")
    print("nested C per outer fold:", res["C"], "; C on all rows:", c_all, "curve:", curve)
    from sklearn.metrics import f1_score

    types = sorted(set(gold))
    a = f1_score(gold, clf, labels=types, average=None, zero_division=0)
    b = f1_score(gold, res["pred"], labels=types, average=None, zero_division=0)
    support = Counter(gold)
    print()
    print("| type | classifier F1 | combiner F1 | support |")
    print("|---|---:|---:|---:|")
    for t, x, y in zip(types, a, b, strict=True):
        print(f"| {t} | {x:.2f} | {y:.2f} | {support[t]} |")
    if args.seeds:
        print()
        for seed in [int(v) for v in args.seeds.split(",")]:
            r = stack.nested_cv(probs, coded, labels, gold, groups, folds=args.folds, seed=seed,
                                balance=args.balance)
            sc = C.score(gold, r["pred"])
            print(f"nested CV, combiner folds seed {seed}: macro-F1 {sc['macro_f1']:.3f}, "
                  f"accuracy {sc['accuracy']:.3f}, C per outer fold {r['C']}")
    if args.gold:
        print_gold(stack.fit(probs, coded, labels, gold, c=c_all, seed=args.seed,
                             balance=args.balance))


def print_gold(combiner: stack.Combiner) -> None:
    """Macro-F1 and accuracy of `combiner` over the shipped linear model and coder on the gold
    dev records (all, half a, half b; `bench/plover.py`'s items and scoring)."""
    import plover
    from sklearn.metrics import accuracy_score, f1_score

    from eventwire.events.classifier import EventClassifier
    from eventwire.events.coder import EventCoder
    from eventwire.settings import Options

    stacked = stack.StackedClassifier(EventClassifier.load(neural=False), combiner,
                                      EventCoder(Options()))
    print()
    print("| gold dev records, this combiner over the shipped linear model and coder | n | "
          "macro-F1 | accuracy |")
    print("|---|---:|---:|---:|")
    for half in (None, "a", "b"):
        items, labels = plover.gold_items(plover.DEFAULT_GOLD, half)
        pred = [YIELD_TYPES.get(p.event, p.event) for p in stacked.predict(items)]
        f1 = f1_score(labels, pred, labels=sorted(set(labels)), average="macro")
        print(f"| {'all' if half is None else 'half ' + half} | {len(items)} | {f1:.3f} | "
              f"{accuracy_score(labels, pred):.3f} |")


if __name__ == "__main__":
    main()
