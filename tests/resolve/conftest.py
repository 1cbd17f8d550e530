"""Shared fixtures for the resolver tests: one actor resolver over the shipped KB per session."""

import pytest


@pytest.fixture(scope="session")
def resolver():
    """The actor resolver over the shipped knowledge base (test_step overrides it with the step)."""
    from eventwire.knowledge.kb import shipped_kb
    from eventwire.resolve.actors import ActorResolver

    return ActorResolver(shipped_kb())
