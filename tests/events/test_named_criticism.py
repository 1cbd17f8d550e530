"""Naming someone's act with a word of condemnation is criticism (ACCUSE 111)."""

from __future__ import annotations

import pytest

from eventwire.api import code_text


def types(text: str) -> set[str]:
    return {e.event for e in code_text(text).events}


@pytest.mark.parametrize("text", [
    "The ministry called the court's decision a sham.",
    "The rebel council called it an \"extremely hostile act\".",
    "Opposition leaders branded the election a farce.",
    "The governor described the new tax as unconstitutional.",
])
def test_condemning_name_is_accuse(text: str) -> None:
    assert "ACCUSE" in types(text)


@pytest.mark.parametrize("text", [
    "The president called the summit a success.",
    "The committee described the plan as ambitious.",
])
def test_neutral_name_is_no_accuse(text: str) -> None:
    assert "ACCUSE" not in types(text)
