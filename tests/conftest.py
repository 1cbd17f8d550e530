import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def syria_sample() -> Path:
    path = SHARED / "samples" / "syria-moscow-scrape.txt"
    if not path.exists():
        pytest.skip("../shared/samples/syria-moscow-scrape.txt is not present")
    return path


@pytest.fixture(scope="session")
def fixture_events():
    """tests/fixtures/events.py: a Syria-Russia event database written through Store.write_batch."""
    import importlib

    return importlib.import_module("fixtures.events")
