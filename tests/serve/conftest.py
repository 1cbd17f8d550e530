"""Fixtures for the API tests: one merged Syria-Russia database shared by the session."""

from __future__ import annotations

import pytest


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

    # The app answers only to its own host names (DNS rebinding): not TestClient's "testserver".
    with TestClient(create_app(served_db, token="secret"), base_url="http://127.0.0.1") as c:
        yield c
