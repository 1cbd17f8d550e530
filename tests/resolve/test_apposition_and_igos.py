"""Actors: an office stated in apposition, and intergovernmental bodies of older news (issue 13,
branch gsr). Names and offices are written for the test."""

from __future__ import annotations

import pytest

from eventwire.data import Actor
from eventwire.resolve.actors import MentionContext


def code(resolver, text, date="1995-06-01") -> tuple:
    actor = resolver.resolve(Actor(text), date=date, context=MentionContext())
    return actor.country, actor.resolved_by


def test_an_office_in_apposition_beats_what_the_kb_says_of_the_name(resolver):
    # Amr Moussa is in the KB as Egypt's foreign minister; the text says what he is now
    assert code(resolver, "Amr Moussa, the Arab League chief", "2005-01-01")[0] == "IGO"
    # an unknown name takes the office the apposition states
    assert code(resolver, "Pedro Quintana, the Chilean foreign minister")[0] == "CHL"
    # an apposition with no body or country of its own changes nothing
    assert code(resolver, "Pedro Quintana, the spokesman")[1] != "apposition"


@pytest.mark.parametrize("name", ["European Community", "the EEC", "the Common Market",
                                  "the Warsaw Pact", "Comecon", "the Nonaligned Movement"])
def test_older_intergovernmental_bodies_are_igos(resolver, name):
    assert code(resolver, name)[0] == "IGO"
