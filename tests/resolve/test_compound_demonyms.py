"""Compound demonyms (branch leftovers2, issue 13): "Greek Cypriot" names Cyprus, not Greece; the
first word alone keeps its own state. Mentions made up for the test."""

import pytest
from helpers import country_and_sector

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("mention,country", [
    ("the Greek Cypriot foreign minister", "CYP"),
    ("Greek Cypriot negotiators", "CYP"),
    ("Crimean Tatar activists", "UKR"),
])
def test_a_compound_demonym_names_the_state_its_people_live_in(resolver, mention, country):
    assert country_and_sector(resolver, mention)[0] == country


def test_a_demonym_alone_keeps_its_own_state(resolver):
    assert country_and_sector(resolver, "the Greek foreign minister")[0] == "GRC"
