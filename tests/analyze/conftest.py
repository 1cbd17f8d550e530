"""Fixtures for the analysis tests: the Syria-Russia event database, written via Store.write_batch."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

FIXTURE_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "events.py"


def load_fixture_module():
    """tests/fixtures/events.py, loaded by path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("eventwire_test_fixture_events", FIXTURE_FILE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fixture_events():
    """The fixture module (documents, specs, write_syria_db)."""
    return load_fixture_module()


@pytest.fixture(scope="session")
def syria_template(tmp_path_factory, fixture_events) -> str:
    """The fixture database written once per session (copied for each test)."""
    return fixture_events.write_syria_db(str(tmp_path_factory.mktemp("template") / "syria.duckdb"))


@pytest.fixture()
def syria_db(tmp_path, syria_template) -> str:
    """A fresh copy of the Syria-Russia fixture database, not yet merged."""
    path = tmp_path / "syria.duckdb"
    shutil.copyfile(syria_template, path)
    return str(path)
