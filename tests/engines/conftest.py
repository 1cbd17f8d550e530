from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib adds no test folder

from scale_helpers import build_corpus, opts, snapshot  # noqa: E402

from eventwire.api import ingest


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> list[str]:
    """Two WARC and two JSONL shards, about 290 inputs (built once per session)."""
    return build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def baseline(corpus, tmp_path_factory) -> dict:
    """Tables of an uninterrupted one-process local run of the corpus, documents only."""
    tmp = tmp_path_factory.mktemp("baseline")
    ingest(corpus, opts(tmp), code=False)
    return snapshot(str(tmp / "ew.duckdb"))


@pytest.fixture(scope="session")
def ray_local():
    """A local Ray instance with 2 CPUs, shared by the Ray tests."""
    ray = pytest.importorskip("ray", reason="ray is not installed (pip install 'eventwire[ray]')")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()
