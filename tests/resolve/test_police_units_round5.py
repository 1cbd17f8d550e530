"""A force counted in units, fifth IndiaPoliceEvents round (issue 13): "a state reserve police
company", "two crpf companies", "a police battalion" are that force, not a firm or an army.
Sentences made up for the test."""

from eventwire.data import Actor
from eventwire.resolve.actors import MentionContext


def _sector(resolver, text: str) -> str | None:
    return resolver.resolve(Actor(text), date="2002-03-01", context=MentionContext(),
                            sentence=f"{text} was deployed in the town.").sector


def test_a_unit_of_a_police_force_is_the_police(resolver):
    assert _sector(resolver, "a state reserve police company") == "COP"
    assert _sector(resolver, "two crpf companies") == "COP"
    assert _sector(resolver, "a police battalion") == "COP"


def test_a_unit_of_an_army_stays_military_and_a_company_stays_a_firm(resolver):
    assert _sector(resolver, "an army battalion") == "MIL"
    assert _sector(resolver, "the insurance company") == "BUS"
    assert _sector(resolver, "the company") == "BUS"
