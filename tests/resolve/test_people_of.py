"""A people "of" a state is coded to that state (issue 13, gold records on unseen text)."""

from __future__ import annotations

from eventwire.data import Actor
from eventwire.resolve.actors import MentionContext


def country(resolver, text) -> str | None:
    return resolver.resolve(Actor(text), date="2001-05-01", context=MentionContext()).country


def test_a_people_of_a_state_belongs_to_that_state(resolver):
    assert country(resolver, "the Albanians of southern Serbia") == "SRB"
    assert country(resolver, "Hungarians of Romania") == "ROU"


def test_a_people_in_a_state_or_a_demonym_alone_keeps_its_own_country(resolver):
    assert country(resolver, "Americans in Iraq") == "USA"  # "in": where they are, not whose
    assert country(resolver, "Albanians") == "ALB"
    # a state's forces "of" a place are still that state's ("Turkish troops of the Syria mission")
    assert country(resolver, "Turkish troops of the mission in Syria") == "TUR"
