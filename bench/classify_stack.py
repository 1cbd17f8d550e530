"""`eventwire classify` with the coder's decision (issue 13): out-of-fold measurement on PLV_train.

Run from the repository root: `python bench/classify_stack.py [--plv TSV] [--aw TSV] [--folds 5]
[--seed 0] [--cache FILE] [--balance P] [--frozen [--frozen-views V,..] [--frozen-c C]
[--frozen-cache NPZ] [--seeds 0,1,2] [--gold]]`. Each PLV_train fold is classified (linear model) and
coded (the coder, its learned parts refit on the other folds: `stack.refit_folds`, as
`bench/realnews.py --sets plv` does); then prints how often the coder's type on the marked pair is
right where the classifier is wrong and the reverse, and the macro-F1 of the classifier alone, of
"the coder's linked type where there is one, else the classifier", and of the learned combiner in
nested CV (C chosen inside each outer fold). `--cache FILE` keeps the out-of-fold outputs (JSON)
and reads them back on the next run with the same options. `--balance P`: the power of the
combiner's class-balanced row weights (default `stack.BALANCE`; 1 was stop 33's combiner).

`--frozen` (round 3, measured only: `classify` does not read it) adds a third witness to the
combiner, a logistic model over the frozen MiniLM's embeddings of the marked sentence
(`frozen_witness.py`), fit out of fold on the same folds, and prints the combiner's nested CV
without and with it for each seed of `--seeds` (the combiner's outer/inner folds; the out-of-fold
outputs are those of `--seed`), per type. `--gold` then fits both combiners on every row and
scores them on the gold dev records (`bench/plover.py --gold`'s items: all, half a, half b) with
the shipped classifier and coder, the witness fit on all of `--plv`. `--frozen-cache NPZ` keeps
the embeddings (a minute of CPU on PLV_train).
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
import frozen_witness as FW  # noqa: E402  (bench/)
import numpy as np  # noqa: E402

from eventwire.events import classifier as C  # noqa: E402
from eventwire.events import gold_records, stack  # noqa: E402
from eventwire.events import pairs as P  # noqa: E402

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
    p.add_argument("--frozen", action="store_true",
                   help="Also the combiner with the frozen-MiniLM witness (frozen_witness.py).")
    p.add_argument("--frozen-views", default=",".join(FW.VIEWS))
    p.add_argument("--frozen-c", type=float, default=FW.C_REG)
    p.add_argument("--frozen-cache", default=None)
    p.add_argument("--seeds", default=None,
                   help="With --frozen: seeds of the combiner's nested CV (default: --seed).")
    p.add_argument("--gold", action="store_true",
                   help="With --frozen: both combiners on the gold dev records.")
    args = p.parse_args(argv)
    if args.frozen:
        frozen_main(args)
        return
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


def frozen_main(args: argparse.Namespace) -> None:
    """`--frozen`: the combiner's nested CV without and with the frozen-MiniLM witness."""
    from sklearn.metrics import f1_score

    items, gold, groups, _ = C.read_rows([str(args.plv)])
    probs, coded, labels = oof_outputs(args)
    views = [v for v in args.frozen_views.split(",") if v]
    x = FW.inputs(FW.cached_views(items, args.frozen_cache), views)
    witness = FW.out_of_fold(x, gold, groups, labels, folds=args.folds, seed=args.seed,
                             c=args.frozen_c)
    seeds = [int(s) for s in (args.seeds or str(args.seed)).split(",")]
    print(f"PLV_train n={len(gold)}, {args.folds}-fold grouped CV; out-of-fold outputs of seed "
          f"{args.seed}; witness: views {'+'.join(views)}, C {args.frozen_c}")
    print()
    print("| system | macro-F1 | accuracy |")
    print("|---|---:|---:|")
    for name, p_ in (("classifier alone (linear, out of fold)", probs),
                     ("frozen-MiniLM witness alone (out of fold)", witness)):
        sc = C.score(gold, [labels[k] for k in p_.argmax(axis=1)])
        print(f"| {name} | {sc['macro_f1']:.3f} | {sc['accuracy']:.3f} |")
    runs: dict[str, list[dict]] = {"combiner": [], "combiner + witness": []}
    for seed in seeds:
        for name, w in (("combiner", None), ("combiner + witness", witness)):
            runs[name].append(stack.nested_cv(probs, coded, labels, gold, groups, folds=args.folds,
                                              seed=seed, balance=args.balance, witness=w))
    for name, res in runs.items():
        scores = [C.score(gold, r["pred"]) for r in res]
        print(f"| {name}, nested CV, seeds {','.join(map(str, seeds))} | "
              + " / ".join(f"{s_['macro_f1']:.3f}" for s_ in scores) + " | "
              + " / ".join(f"{s_['accuracy']:.3f}" for s_ in scores) + " |")
    print()
    for name, res in runs.items():
        print(f"{name}: nested C per outer fold, by seed:", [r["C"] for r in res])
    types = sorted(set(gold))
    support = Counter(gold)
    print()
    print(f"| type | classifier F1 | witness F1 | combiner F1 | combiner + witness F1 | support |"
          f"  (nested: seed {seeds[0]})")
    print("|---|---:|---:|---:|---:|---:|")
    cols = [f1_score(gold, [labels[k] for k in p_.argmax(axis=1)], labels=types, average=None,
                     zero_division=0) for p_ in (probs, witness)]
    cols += [f1_score(gold, res[0]["pred"], labels=types, average=None, zero_division=0)
             for res in runs.values()]
    for i, t in enumerate(types):
        print(f"| {t} | " + " | ".join(f"{col[i]:.2f}" for col in cols) + f" | {support[t]} |")
    if args.gold:
        print()
        frozen_gold(args, probs, coded, labels, gold, groups, x, witness, views)


def frozen_gold(args: argparse.Namespace, probs: np.ndarray, coded: list[dict],
                labels: list[str], gold: list[str], groups: list[str], x: np.ndarray,
                witness: np.ndarray, views: list[str]) -> None:
    """Both combiners, fit on every out-of-fold row (C by `stack.choose_c`), on the gold dev
    records with the shipped classifier and coder; the witness fit on all of `--plv`."""
    import plover  # bench/: the gold records' items, as `plover.py --gold` scores them
    from sklearn.metrics import accuracy_score, f1_score

    from eventwire.events.coder import EventCoder
    from eventwire.settings import Options

    clf = C.EventClassifier.load(neural=False)
    coder = EventCoder(Options())
    model = FW.fit(x, gold, c=args.frozen_c, seed=args.seed)
    systems: dict[str, object] = {}
    for name, w in (("combiner", None), ("combiner + witness", witness)):
        c, _ = stack.choose_c(probs, coded, labels, gold, groups, folds=args.folds,
                              seed=args.seed, balance=args.balance, witness=w)
        systems[name] = (c, stack.fit(probs, coded, labels, gold, c=c, seed=args.seed,
                                      balance=args.balance, witness=w))
    rows: dict[str, list[str]] = {}
    for half in (None, "a", "b"):
        items, truth = plover.gold_items(Path(GSR), half)
        linear = clf._linear_proba(items)[:, [clf.labels.index(lab) for lab in labels]]
        w = FW.proba(model, FW.inputs(FW.embed_views(items, views), views), labels)
        types = [plover.YIELD_TYPES.get(t, t) for t in truth]
        cells = {"classifier alone (shipped linear)": linear, "witness alone (fit on all rows)": w}
        kinds = stack.code_items(coder, items)
        for name, (c, comb) in systems.items():
            cells[f"{name} (C {c})"] = comb.predict_proba(
                linear, kinds, w if comb.reads_witness else None)
        for name, p_ in cells.items():
            pred = [labels[k] for k in p_.argmax(axis=1)]
            f1 = f1_score(types, pred, labels=sorted(set(types)), average="macro", zero_division=0)
            rows.setdefault(name, []).append(
                f"{f1:.3f} ({accuracy_score(types, pred):.3f}, n={len(types)})")
    print("gold dev records (`bench/plover.py --gold` items): macro-F1 (accuracy, n)")
    print()
    print("| system | all | half a | half b |")
    print("|---|---:|---:|---:|")
    for name, cells_ in rows.items():
        print(f"| {name} | " + " | ".join(cells_) + " |")
    print()
    print("combiner + witness weights:", dict(zip(stack.WITNESS_FEATURES,
                                                  np.round(systems["combiner + witness"][1].coef,
                                                           3).tolist(), strict=True)))


if __name__ == "__main__":
    main()
