"""The shipped tables are built with the cycle collector paused, and its state comes back."""

from __future__ import annotations

import gc

import pytest

from eventwire.knowledge import kb, places
from eventwire.knowledge.loading import long_lived_tables


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with long_lived_tables():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled_and_errors_restore_it() -> None:
    gc.disable()
    try:
        with long_lived_tables():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ValueError), long_lived_tables():
        raise ValueError("a broken table file")
    assert gc.isenabled()


@pytest.mark.parametrize("loader", [kb.KnowledgeBase, places.Gazetteer], ids=["kb", "gazetteer"])
def test_the_shipped_loads_run_without_the_collector(monkeypatch, loader) -> None:
    """Each shipped load builds its tables with the collector off (they are read-only later)."""
    seen: list[bool] = []
    if loader is kb.KnowledgeBase:
        monkeypatch.setattr(kb.KnowledgeBase, "load", classmethod(lambda cls: seen.append(gc.isenabled())))
        call, cache = kb.shipped_kb, kb.shipped_kb
    else:
        monkeypatch.setattr(places.Gazetteer, "from_files",
                            classmethod(lambda cls, *a: seen.append(gc.isenabled())))
        call, cache = places._load_shipped, places._load_shipped
    cache.cache_clear()
    try:
        call()
    finally:
        cache.cache_clear()  # the next caller loads the real tables again
    assert seen == [False]
    assert gc.isenabled()
