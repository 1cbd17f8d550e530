"""A bounded, seeded fuzz round of the main job (`bench/fuzz.py` runs the long one): hostile
inputs of every kind the readers accept, among good articles, into one database."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from eventwire.api import run
from eventwire.settings import Options

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import fuzz  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("seed", [0, 1])
def test_a_fuzz_round_finishes_and_loses_nothing(tmp_path, seed):
    good, bad = fuzz.write_round(tmp_path / "in", random.Random(seed), n_bad=30, n_good=6,
                                 start=seed * 100, big=False)
    db = str(tmp_path / "fuzz.duckdb")
    summary = run([str(tmp_path / "in")], Options(db=db, progress=False))
    assert summary.counts["read"] >= len(good) + len(bad) - sum(1 for p in bad if p.suffix in (".jsonl", ".warc", ".gz"))
    assert fuzz.check_round(db, good, bad) == {"unaccounted": 0, "good_lost": 0}
