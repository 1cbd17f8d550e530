"""CAMEO families 07, 08, 11, 16 and 17, round 2 (issue 13): classes found with sentences of our
own written from the CAMEO category names in cameo.tsv, never from a manual's example sentence.

Each class has a sentence it must code and one it must leave alone.
"""

import pytest
from helpers import emitted

pytestmark = pytest.mark.slow


def typed(cands):
    return [(c.plover, c.cameo) for c in cands]


def test_aid_reduced_or_withheld_is_aid_cut_not_aid_given(coder):
    cands = emitted(coder, "Japan reduced its economic assistance to Myanmar after the coup.")
    assert typed(cands) == [("SANCTION", "162")]
    assert ("SANCTION", "162") in typed(emitted(
        coder, "Washington slashed its military aid to the junta by half."))
    # reducing something that is no aid is nothing
    assert emitted(coder, "The committee reduced the number of its members to nine.") == []


def test_trade_barriers_placed_or_levied_on_a_country_are_imposed(coder):
    assert ("COERCE", "163") in typed(emitted(coder, "Canada placed an arms embargo on Turkey."))
    assert ("COERCE", "163") in typed(emitted(
        coder, "Washington levied new tariffs on Chinese chip makers."))
    assert emitted(coder, "The minister placed a wreath at the memorial.") == []


def test_computers_attacked_are_a_cyber_attack_bombed_networks_are_not(coder):
    cands = emitted(coder, "North Korean hackers attacked the computer servers of South Korean banks.")
    assert [(c.plover, c.mode) for c in cands] == [("COERCE", "cyber")]
    rail = emitted(coder, "The rebels attacked the rail network and a police station.")
    assert [c.plover for c in rail] == ["ASSAULT"]


def test_a_state_of_emergency_ended_is_eased_as_a_lifted_curfew_is(coder):
    assert ("CONCEDE", "081") in typed(emitted(coder, "Sri Lanka ended the state of emergency."))
    assert ("CONCEDE", "081") in typed(emitted(
        coder, "The junta revoked martial law in the northern provinces."))
    assert emitted(coder, "The festival ended on Sunday in the capital.") == []


def test_negotiators_withdrawn_halt_the_talks(coder):
    assert ("SANCTION", "164") in typed(emitted(coder, "Israel withdrew its negotiators from Doha."))
    assert ("SANCTION", "164") in typed(emitted(
        coder, "The rebels pulled their negotiators out of Geneva."))


def test_money_extended_to_a_country_is_aid(coder):
    cands = emitted(coder, "South Korea extended 5 million dollars in assistance to Myanmar.")
    assert [(c.plover, [t.text for t in c.recipients]) for c in cands] == [("AID", ["Myanmar"])]
    assert emitted(coder, "The minister extended his stay in Paris by two days.") == []
    inquiry = emitted(coder, "The council voted to extend an inquiry into chemical weapons attacks.")
    assert "AID" not in [c.plover for c in inquiry]


def test_peacekeepers_pulled_out_are_withdrawn_troops_pulled_out_retreat(coder):
    assert ("SANCTION", "1661") in typed(emitted(
        coder, "Russia pulled its peacekeepers out of Nagorno-Karabakh."))
    town = emitted(coder, "The army pulled its troops out of the town.")
    assert [c.plover for c in town] == ["RETREAT"]


def test_a_border_crossing_reopened_lets_people_through(coder):
    cands = emitted(coder, "Pakistan reopened the Torkham border crossing with Afghanistan.")
    assert [(c.plover, c.mode) for c in cands] == [("RETREAT", "access")]
    assert emitted(coder, "The minister opened a new road in the capital.") == []


def test_military_goods_supplied_include_boats(coder):
    assert "AID" in [c.plover for c in emitted(
        coder, "Washington supplied the Philippine navy with two patrol boats.")]


def test_anger_voiced_over_a_pact_is_disapproval_not_support(coder):
    cands = emitted(coder, "Malaysia voiced anger at Australia over the new submarine pact.")
    assert typed(cands) == [("ACCUSE", "110")]
    # support voiced for a pact stays support
    backed = emitted(coder, "Malaysia voiced support for the new submarine pact.")
    assert [c.plover for c in backed] == ["SUPPORT"]


def test_staff_ordered_to_leave_are_expelled_residents_are_evacuated(coder):
    cands = emitted(coder, "Ethiopia ordered seven UN officials to leave the country within 72 hours.")
    assert [(c.plover, c.cameo, [t.text for t in c.recipients]) for c in cands] == [
        ("SANCTION", "166", ["officials"])]
    assert ("SANCTION", "166") in typed(emitted(
        coder, "Burundi instructed the foreign journalists to leave."))
    assert emitted(coder, "The governor ordered residents to leave the coast before the storm.") == []
    assert emitted(coder, "The minister ordered officials to prepare a new budget.") == []
