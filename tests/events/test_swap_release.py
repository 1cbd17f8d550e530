"""Swapping held people is releasing them (RETREAT, CAMEO 0841); swapping things is no event."""

from __future__ import annotations

from eventwire.api import code_text


def test_swapped_prisoners_are_released() -> None:
    events = code_text("The militia swapped twelve prisoners for the bodies of its fighters.").events
    assert any(e.event == "RETREAT" and e.cameo == "0841" for e in events)


def test_swapped_things_are_no_release() -> None:
    events = code_text("The ministry swapped its old software for a new system.").events
    assert not any(e.event == "RETREAT" for e in events)
