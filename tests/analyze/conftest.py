"""Fixtures for the analysis tests: the Syria-Russia event database, written via Store.write_batch."""

from __future__ import annotations

import shutil

import pytest


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
