"""Coder rules from probe round 10 (issue 13: news-wire sentences of 1976-2025 written by PLOVER
type, `bench/data/probe10.tsv`): a curfew ordered or declared, a verb's own particle before a
preposition, armed units withdrawn from a multinational body, displaced people taken in.

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual, never from
a development item or a CAMEO example; every sentence here is made up for the test (none is a
probe sentence), and each rule has a sentence it must code and, where a near miss exists, one it
must leave alone.
"""

import pytest
from helpers import emitted, plovers, typed

pytestmark = pytest.mark.slow


def test_a_curfew_ordered_or_declared_is_imposed(coder):
    ordered = emitted(coder, "The provincial governor ordered a curfew in Lahore after the riots.")
    assert typed(ordered) == [("COERCE", "1723")]
    declared = emitted(coder, "Authorities declared a curfew across the northern districts.")
    assert typed(declared) == [("COERCE", "1723")]
    # anything else ordered is no measure imposed
    assert emitted(coder, "The court ordered a review of the verdict.") == []


def test_a_verbs_own_particle_makes_the_phrasal(coder):
    called_up = emitted(coder, "Armenia called up 3,000 reservists for two weeks of exercises.")
    assert plovers(called_up) == ["MOBILIZE"]
    # with no particle of its own, "called for" is still a demand
    called_for = emitted(coder, "The union called for a strike on Monday.")
    assert plovers(called_for) == ["REQUEST"]


def test_armed_units_withdrawn_from_a_body_retreat(coder):
    pulled = emitted(coder, "Nigeria pulled its battalion out of the regional force in Gambia.")
    assert plovers(pulled) == ["RETREAT"]
    withdrawn = emitted(coder, "Burundi withdrew its contingent from the African Union mission.")
    assert plovers(withdrawn) == ["RETREAT"]
    # a state leaving the body itself still reduces relations
    left = emitted(coder, "Qatar pulled out of the coalition.")
    assert plovers(left) == ["SANCTION"]
    # soldiers out of a peacekeeping mission are peacekeepers withdrawn (SANCTION 1661)
    kept = emitted(coder, "Fiji pulled its soldiers out of the peacekeeping mission in Lebanon.")
    assert plovers(kept) == ["SANCTION"]


def test_displaced_people_taken_in_are_sheltered(coder):
    sheltered = emitted(coder, "Jordan took in thousands of Syrian refugees last year.")
    assert typed(sheltered) == [("AID", "073")]
    offered = emitted(coder, "Chile offered to take in 200 refugees from the camps.")
    assert plovers(offered) == ["AGREE"]
    # a view taken in is nothing
    assert emitted(coder, "The visitors took in the view from the tower.") == []
