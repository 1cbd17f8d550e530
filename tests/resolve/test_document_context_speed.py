"""`document_context` searches a sentence for a name and its bracketed acronym only where the
sentence has a bracket (branch speed6); the acronym is still remembered. Own texts."""

from __future__ import annotations

import pytest

from eventwire.data import Actor, Span
from eventwire.knowledge.kb import shipped_kb
from eventwire.resolve import actors as A
from eventwire.resolve.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(shipped_kb())


class CountingPattern:
    """Stands in for ACRONYM_RE and keeps the sentences it is searched in."""

    def __init__(self, pattern) -> None:
        self.pattern = pattern
        self.searched: list[str] = []

    def finditer(self, text: str):
        self.searched.append(text)
        return self.pattern.finditer(text)


DOCUMENT = ("Soldiers of the Nigerian Army (NGAX) reached Maiduguri on Monday. "
            "Residents said the town was calm. "
            "A spokesman for NGAX said patrols would go on.")


def test_only_a_sentence_with_a_bracket_is_searched_for_an_acronym(resolver, monkeypatch):
    counting = CountingPattern(A.ACRONYM_RE)
    monkeypatch.setattr(A, "ACRONYM_RE", counting)
    resolver.document_context(DOCUMENT, "2024-05-06")
    assert counting.searched == ["Soldiers of the Nigerian Army (NGAX) reached Maiduguri on Monday."]


def test_the_acronym_after_a_name_is_still_remembered(resolver):
    context = resolver.document_context(DOCUMENT, "2024-05-06")
    at = DOCUMENT.rfind("NGAX")
    actor = resolver.resolve(Actor("NGAX", span=Span(at, at + 4, "NGAX")), date="2024-05-06",
                             context=context,
                             sentence="A spokesman for NGAX said patrols would go on.")
    assert (actor.country, actor.sector) == ("NGA", "MIL")
