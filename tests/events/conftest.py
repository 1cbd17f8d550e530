"""Shared fixtures for the event tests: one EventCoder (one spaCy load) per session."""

import pytest

from eventwire.settings import Options


@pytest.fixture(scope="session")
def coder():
    from eventwire.events.coder import EventCoder

    return EventCoder(Options())


@pytest.fixture(scope="session")
def code(coder):
    """Code one text and return its events."""

    def run(text: str):
        return coder.code_text(text, doc_id="t")

    return run
