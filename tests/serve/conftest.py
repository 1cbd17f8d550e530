"""Fixtures for the API tests: one merged Syria-Russia database shared by the session."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

FIXTURE_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "events.py"


def load_fixture_module():
    """tests/fixtures/events.py, loaded by path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("eventwire_test_fixture_events_serve", FIXTURE_FILE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fixture_events():
    """The fixture module (documents, specs, write_syria_db)."""
    return load_fixture_module()


@pytest.fixture(scope="session")
def served_db(tmp_path_factory, fixture_events) -> str:
    """The fixture database, merged once (read-only tests share it)."""
    from eventwire.analyze.merge import merge_db

    path = fixture_events.write_syria_db(str(tmp_path_factory.mktemp("serve") / "syria.duckdb"),
                                         with_duplicate=True)
    merge_db(path)
    return path


@pytest.fixture(scope="session")
def client(served_db):
    """A TestClient over the app, submissions enabled with token 'secret'."""
    from fastapi.testclient import TestClient

    from eventwire.serve.app import create_app

    with TestClient(create_app(served_db, token="secret")) as c:
        yield c
