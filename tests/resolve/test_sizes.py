"""PLOVER `size` from a sentence's counts: dead, injured, arrested, participants of a protest."""

from __future__ import annotations

import pytest

from eventwire.data import Actor, Document, Event, Span
from eventwire.resolve.quantities import extract_sizes
from eventwire.resolve.step import Resolver
from eventwire.settings import Options


@pytest.mark.parametrize(("sentence", "event", "size"), [
    ("Police fired on the crowd, killing one person and arresting 12.", "COERCE",
     {"dead": 1, "arrested": 12}),
    ("At least 12 people were killed and 30 wounded in the attack on Monday.", "ASSAULT",
     {"dead": 12, "injured": 30}),
    ("Two soldiers died and five others were injured near Idlib.", "ASSAULT",
     {"dead": 2, "injured": 5}),
    # A total and its breakdown: the total.
    ("The strike killed 5 civilians, including 3 children.", "ASSAULT", {"dead": 5}),
    ("Thousands of protesters marched in Tehran; police detained 40.", "PROTEST",
     {"arrested": 40, "participants": 2000}),
    # Participants only for protests; dates, years and tonnes are no sizes.
    ("Thousands of protesters marched in Tehran on 4 October 2024.", "COERCE", {}),
    ("Russia delivered 200 tonnes of aid on 12 March.", "AID", {}),
    ("The death toll rose to 27 on Tuesday.", "ASSAULT", {"dead": 27}),
    # One person with an article and a passive or intransitive verb; an active verb says no number.
    ("A Palestinian prisoner died in Israeli police custody.", "ASSAULT", {"dead": 1}),
    ("A prominent journalist has been killed in a car bomb explosion.", "ASSAULT", {"dead": 1}),
    ("An Israeli air strike killed civilians in Gaza.", "ASSAULT", {}),
])
def test_extract_sizes(sentence, event, size):
    assert extract_sizes(sentence, event) == size


def test_resolver_puts_the_size_on_the_event():
    sentence = "Security forces opened fire on protesters in Homs, killing one person and arresting 12."
    actor = "Security forces"
    ev = Event(doc_id="d", sentence_index=0, text=sentence, event="COERCE",
               actor=Actor(entity_text=actor, span=Span(0, len(actor), actor)),
               sentence_span=Span(0, len(sentence), sentence), trigger=Span(30, 34, "fire"))
    doc = Document(source_path="x", text=sentence, published="2025-03-14", events=[ev])
    Resolver(Options()).resolve_document(doc)
    assert ev.metadata["size"] == {"dead": 1, "arrested": 12}
