"""PLOVER event-type classifier benchmark: grouped 5-fold CV on PLV_train, baselines, speed.

Run from the repository root: `python bench/plover.py [--data PATH] [--folds 5] [--seed 0]
[--neural] [--speed-only] [--gold [PATH]] [--half a|b]`.
Prints macro-F1 over the 15 training types, accuracy and quad accuracy for the model, a
majority-class baseline and a lexicon-only baseline (same folds), then the speed of the shipped
model in classified sentences per second on one core. `--gold` instead scores the shipped models
on real news they were never trained on: the PLOVER gold-standard dev records whose source and
target texts are both in the sentence (a transfer check; PLV_train's CV overestimated held-out
PLV_test). `--half a|b` keeps the records of one hash half (`bench/realnews.py --half`'s): once the
shipped training takes half a (`scripts/train_coder.py --gold`), only half b is a transfer check.
"""

from __future__ import annotations

import os

# One core for the speed figure: set before numpy/scipy load their thread pools.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.events import gold_records  # noqa: E402
from eventwire.events.classifier import (  # noqa: E402
    EventClassifier,
    cross_validate,
    read_rows,
)
from eventwire.events.codebook import OLD_TYPE_NAMES, YIELD_TYPES  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "plover-gsr-dev" / "records.jsonl"


def measure_speed(items: list, *, batch_size: int = 64, rounds: int = 3,
                  neural: bool = False, coder: bool = False) -> float:
    """Best-of-`rounds` sentences/s of the shipped model over `items`, in batches (`neural`:
    the blend, else the linear model alone; `coder`: with the coder's decision stacked on, as
    `eventwire classify` runs it)."""
    if coder:
        from eventwire.cli.classify import load_classifier

        clf = load_classifier(None, neural, True)
    else:
        clf = EventClassifier.load(neural=neural)
    clf.predict(items[:batch_size])  # warm-up
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for i in range(0, len(items), batch_size):
            clf.predict(items[i : i + batch_size])
        best = max(best, len(items) / (time.perf_counter() - start))
    return best


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--neural", action="store_true",
                        help="Also the fine-tuned MiniLM, alone and blended (the default of "
                             "`eventwire classify`; fine-tuning needs the neural extra: 5 folds "
                             "x SOUP runs, 11 to 35 minutes on a 2-core machine).")
    parser.add_argument("--speed-only", action="store_true",
                        help="Skip the CV and time the shipped models only (with --neural, "
                             "the blend too).")
    parser.add_argument("--gold", nargs="?", const=str(DEFAULT_GOLD), default=None,
                        help="Skip the CV and score the shipped linear model and blend on the "
                             "gold records (default path: the shared dev half).")
    parser.add_argument("--half", choices=gold_records.HALVES, default=None,
                        help="With --gold: only the records of this hash half (b: the half no "
                             "shipped model trains on).")
    args = parser.parse_args(argv)
    if args.gold:
        print_gold(Path(args.gold), args.data, folds=args.folds, seed=args.seed, half=args.half)
        return
    if args.speed_only:
        print_speed(args.data, neural=args.neural)
        return

    start = time.perf_counter()
    cv = cross_validate([args.data], folds=args.folds, seed=args.seed, neural=args.neural)
    cv_s = time.perf_counter() - start
    print(f"PLOVER classifier, {cv['folds']}-fold CV grouped by sentence (seed {cv['seed']}), "
          f"n={cv['n']}, {len(cv['model']['fold_macro_f1'])} folds in {cv_s:.0f} s")
    print()
    print("| system | macro-F1 | accuracy | quad accuracy |")
    print("|---|---:|---:|---:|")
    systems = [("majority", "majority class"), ("lexicon", "lexicon only"),
               ("model", "TF-IDF views + lexicon + LR")]
    if args.neural:
        from eventwire.events import neural as N

        systems += [("neural", f"fine-tuned MiniLM (soup of {N.SOUP} LoRA runs, numpy encoder)"),
                    ("ensemble", "TF-IDF LR + fine-tuned MiniLM, probabilities averaged")]
    for name, title in systems:
        s = cv[name]
        print(f"| {title} | {s['macro_f1']:.3f} | {s['accuracy']:.3f} | "
              f"{s['quad_accuracy']:.3f} |")
    print()
    print("per-fold macro-F1:", ", ".join(f"{v:.3f}" for v in cv["model"]["fold_macro_f1"]))
    if args.neural:
        print("per-fold macro-F1, ensemble:",
              ", ".join(f"{v:.3f}" for v in cv["ensemble"]["fold_macro_f1"]))
        print("out-of-fold macro-F1 by weight of the MiniLM half (shipped: 0.5, not set from "
              "this):", ", ".join(f"{w:.1f} {f1:.3f}" for w, f1 in cv["blend_weights"].items()))
    print()
    print("| label | precision | recall | F1 | support |")
    print("|---|---:|---:|---:|---:|")
    for label, s in cv["per_label"].items():
        if isinstance(s, dict) and label not in ("macro avg", "weighted avg"):
            print(f"| {label} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1-score']:.2f} | "
                  f"{int(s['support'])} |")
    print(flush=True)  # the scores are out before the speed runs load the shipped model

    print_speed(args.data, neural=args.neural)


def gold_items(path: Path, half: str | None = None) -> tuple[list, list[str]]:
    """(text, source span, target span) and the 15-type label of every gold record (of one hash
    half, if given) whose first source and first target actor texts (different ones) occur in
    its text."""
    items, labels = [], []
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        if half is not None and gold_records.half_of(str(record.get("id"))) != half:
            continue
        text = record["text"]
        spans = []
        for side in ("source", "target"):
            actors = record.get(side) if isinstance(record.get(side), list) else []
            found = [a["actorText"] for a in actors if a.get("actorText") and a["actorText"] in text]
            spans.append(found[0] if found else None)
        source, target = spans
        if source is None or target is None or source == target:
            continue
        s, t = text.index(source), text.index(target)
        items.append((text, (s, s + len(source)), (t, t + len(target))))
        event = OLD_TYPE_NAMES.get(record["event"], record["event"])
        labels.append(YIELD_TYPES.get(event, event))
    return items, labels


def print_gold(path: Path, data: str, *, folds: int = 5, seed: int = 0,
               half: str | None = None) -> None:
    """Macro-F1 (over the types present) and accuracy on the gold records: of the shipped models,
    then of the linear model as this code fits it on `data` (alone and blended with the shipped
    MiniLM half), beside that model's grouped CV on `data`, so a change of the linear model's
    settings is judged on both without retraining the shipped weights or the MiniLM."""
    from sklearn.metrics import accuracy_score, f1_score

    from eventwire.events import classifier as C

    items, labels = gold_items(path, half)
    types = sorted(set(labels))

    def scores(predicted: list[str]) -> str:
        predicted = [YIELD_TYPES.get(p, p) for p in predicted]
        return (f"{f1_score(labels, predicted, labels=types, average='macro'):.3f} | "
                f"{accuracy_score(labels, predicted):.3f}")

    print(f"PLOVER gold records with both actor texts in the sentence"
          f"{f' (half {half})' if half else ''}: n={len(items)}, {len(types)} types")
    print()
    print("| system | macro-F1 | accuracy |")
    print("|---|---:|---:|")
    try:
        shipped = EventClassifier.load(neural=None)
        linear_alone = EventClassifier.load(neural=False)
    except (ValueError, FileNotFoundError) as err:  # missing, or made with other settings
        print(f"| shipped models | not loadable: {str(err).splitlines()[0]} | |")
    else:
        print(f"| shipped linear (`--no-coder --linear`) | "
              f"{scores([p.event for p in linear_alone.predict(items)])} |")
        if shipped.neural is not None:
            print(f"| shipped blend (the default with `--no-coder`) | "
                  f"{scores([p.event for p in shipped.predict(items)])} |")
        print_gold_stacked(items, linear_alone, shipped, scores)
    # The linear half as the code's settings fit it on `data` (seconds), then blended with the
    # shipped MiniLM: the MiniLM is not refit, so a setting is checked without the fine-tuning.
    rows, row_labels, _, _ = C.read_rows([data])
    fitted = C.fit(rows, row_labels, seed=seed)
    linear = fitted._linear_proba(items)
    print(f"| linear fit by this code on {Path(data).name} | "
          f"{scores([fitted.labels[k] for k in linear.argmax(axis=1)])} |")
    curve = {}
    try:
        from eventwire.events import neural as N

        head = N.NeuralHead.load(C.RESOURCE_DIR)
    except (FileNotFoundError, ImportError):
        head = None
    if head is not None:
        minilm = head.predict_proba(items)[:, [head.labels.index(v) for v in fitted.labels]]
        blended = (linear + minilm) / 2  # as EventClassifier._blend averages the two halves
        print(f"| that linear fit + shipped MiniLM, averaged | "
              f"{scores([fitted.labels[k] for k in blended.argmax(axis=1)])} |")
        for w in C.BLEND_CURVE:
            mixed = (1 - w) * linear + w * minilm
            curve[w] = scores([fitted.labels[k] for k in mixed.argmax(axis=1)]).split(" |")[0]
    cv = C.cross_validate([data], folds=folds, seed=seed)
    print()
    print(f"the same linear settings, {folds}-fold grouped CV on {Path(data).name} (seed {seed}): "
          f"macro-F1 {cv['model']['macro_f1']:.3f}, accuracy {cv['model']['accuracy']:.3f}")
    if curve:
        print("gold macro-F1 by weight of the MiniLM half (shipped: 0.5, not set from this):",
              ", ".join(f"{w:.1f} {f1}" for w, f1 in curve.items()))


def print_gold_stacked(items: list, linear: EventClassifier, blend: EventClassifier,
                       scores: Any) -> None:
    """The gold rows of the shipped models with the coder's decision stacked on (the shipped
    combiner, `events/stack.py`): over the linear model, `eventwire classify`'s default where the
    combiner is shipped, and over the blend (`--neural`)."""
    from eventwire.events import stack as S
    from eventwire.events.coder import EventCoder
    from eventwire.settings import Options

    try:
        combiner = S.Combiner.load()
    except (FileNotFoundError, ValueError) as err:
        print(f"| with the coder's decision | no combiner: {str(err).splitlines()[0]} | |")
        return
    coder = EventCoder(Options())
    print(f"| shipped linear + coder, combined (the default) | "
          f"{scores([p.event for p in S.StackedClassifier(linear, combiner, coder).predict(items)])} |")
    if blend.neural is not None:
        stacked = S.StackedClassifier(blend, combiner, coder)
        print(f"| shipped blend + coder, combined (`--neural`) | "
              f"{scores([p.event for p in stacked.predict(items)])} |")


def print_speed(data: str, *, neural: bool) -> None:
    """Sentences/s of the shipped linear model on one thread; with `neural`, of the blend too
    (numpy encoder, one BLAS thread)."""
    items = read_rows([data])[0]
    speed = measure_speed(items)
    speed_one = measure_speed(items[:300], batch_size=1, rounds=1)
    print(f"speed (shipped linear model, 1 thread): {speed:.0f} sentences/s in batches of 64, "
          f"{speed_one:.0f} sentences/s one at a time")
    from eventwire.events import stack as S

    if (S.RESOURCE_DIR / S.WEIGHTS_FILE).is_file():
        # The coder parses every sentence: its cost dwarfs the linear model's.
        speed_stacked = measure_speed(items[:512], batch_size=256, rounds=1, coder=True)
        print(f"speed (shipped linear + coder, combined: the default, 1 thread): {speed_stacked:.0f} "
              f"sentences/s in batches of 256", flush=True)
    if not neural:
        return
    # Batches of 64, and of 256 as `eventwire classify` sends them: the encoder sorts each
    # batch by length, so bigger batches carry less padding.
    speed_blend = measure_speed(items, rounds=2, neural=True)
    speed_blend_256 = measure_speed(items, batch_size=256, rounds=2, neural=True)
    print(f"speed (shipped blend, 1 thread): {speed_blend:.0f} sentences/s in batches of 64, "
          f"{speed_blend_256:.0f} in batches of 256", flush=True)
    if (S.RESOURCE_DIR / S.WEIGHTS_FILE).is_file():
        speed_both = measure_speed(items[:512], batch_size=256, rounds=1, neural=True, coder=True)
        print(f"speed (shipped blend + coder, combined, 1 thread): {speed_both:.0f} "
              f"sentences/s in batches of 256", flush=True)


if __name__ == "__main__":
    main()
