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


@pytest.fixture(scope="session")
def coded_sectors():
    """(event type, CAMEO code, actor text, actor sector) of each event of a text, as `eventwire
    code` gives them (coder and resolver), dated in IndiaPoliceEvents' year."""
    from eventwire.data import Document
    from eventwire.pipeline import CODE, run_steps, worker_stages
    from eventwire.settings import Options

    stages = worker_stages(CODE, Options())

    def run(text: str) -> list[tuple[str, str, str, str | None]]:
        docs, _ = run_steps(stages, [Document(source_path="t", id="t", text=text,
                                              published="2002-03-10")])
        return [(e.event, e.cameo or "", e.actor.entity_text if e.actor else "",
                 e.actor.sector if e.actor else None) for e in docs[0].events]

    return run
