"""Coder rules from probe round 6 (issue 13: news-wire sentences of 2000-2025 written by PLOVER
type, `bench/data/probe6.tsv`): "neither ... nor" denials, telling an actor to act, held people
handed back, information passed to another side, rallies with a protest purpose, mobilisations
declared, fighter jets scrambled, closures of missions ordered, consultations, laws repealed,
protests against another's act.

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual and the
CAMEO category names (cameo.tsv), never from a development item or a CAMEO example; every
sentence here is made up for the test (none is a probe sentence), and each rule has a sentence
it must code and, where a near miss exists, one it must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow



def test_neither_nor_denies_both_verbs(coder):
    denied = emitted(coder, "Caracas said it would neither accept nor endorse the panel's findings.")
    assert "REJECT" in plovers(denied)
    assert "AGREE" not in plovers(denied) and "SUPPORT" not in plovers(denied)
    # an acceptance said plainly is no refusal
    assert "REJECT" not in plovers(emitted(coder, "Peru said it would accept the panel's findings."))


def test_telling_an_actor_to_act_is_a_request_and_the_act_only_asked(coder):
    told = emitted(coder, "Ottawa told New Delhi to withdraw dozens of its diplomats.")
    assert roles(told, "REQUEST") == [(["Ottawa"], ["Delhi"])]
    assert "RETREAT" not in plovers(told) and "SANCTION" not in plovers(told)
    # telling reporters what happened reports it: the withdrawal stands, no one is asked
    report = emitted(coder, "The minister told reporters that the army had withdrawn from the town.")
    assert "REQUEST" not in plovers(report) and "RETREAT" in plovers(report)


def test_held_people_handed_back_are_released(coder):
    handed = emitted(coder, "The militia handed back the abducted Turkish engineers on Monday.")
    assert typed(handed) == [("RETREAT", "0841")]


def test_information_passed_to_another_side_is_shared(coder):
    passed = emitted(coder, "Algerian intelligence passed information to Italian police about the network.")
    assert typed(passed) == [("COOPERATE", "064")]
    assert roles(passed, "COOPERATE") == [(["intelligence"], ["police"])]
    assert "COOPERATE" not in plovers(emitted(coder, "The senate passed the budget on Friday."))


def test_a_rally_with_a_protest_purpose_is_a_protest(coder):
    rally = emitted(coder, "Thousands of Chileans rallied in Santiago demanding a new constitution.")
    assert "PROTEST" in plovers(rally)
    assert "PROTEST" not in plovers(emitted(coder, "Shares rallied in Tokyo, lifting the index."))


def test_a_mobilisation_declared_and_jets_scrambled_mobilize(coder):
    declared = emitted(coder, "Serbia declared a general mobilisation after the border clashes.")
    assert typed(declared) == [("MOBILIZE", "154")]
    scrambled = emitted(coder, "Japan scrambled fighter jets after Chinese bombers approached Okinawa.")
    assert ("MOBILIZE", "152") in typed(scrambled)
    assert "MOBILIZE" not in plovers(emitted(coder, "Officials scrambled to contain the outbreak."))


def test_the_closure_of_a_mission_ordered_reduces_relations(code):
    # through the word prefilter too: "ordered" alone does not let the sentence in
    closed = code("Norway ordered the closure of the Iranian embassy in Oslo.")
    assert [(e.event, e.cameo) for e in closed] == [("SANCTION", "161")]
    assert closed[0].recipient is not None and closed[0].recipient.entity_text == "Iranian embassy"
    assert [e.event for e in code("Exiles criticised the closure of the Iranian embassy in Oslo.")
            if e.event == "SANCTION"] == []


def test_consultations_held_are_talks(coder):
    held = emitted(coder, "The Chilean foreign minister held consultations with his Peruvian "
                          "counterpart in Lima.")
    assert "CONSULT" in plovers(held)
    travelled = emitted(coder, "The Chilean foreign minister flew to Lima for consultations with "
                               "the Peruvian president.")
    assert "CONSULT" in plovers(travelled)
    # a consultation with no one named is advice taken, no meeting
    assert "CONSULT" not in plovers(emitted(coder, "After legal consultation, Santiago concluded "
                                                   "that the border treaty was valid."))


def test_a_law_repealed_is_a_concession(coder):
    repealed = emitted(coder, "The Greek government repealed the property tax law after months of protests.")
    assert ("CONCEDE", "0832") in typed(repealed)


def test_a_protest_against_anothers_act_is_aimed_at_its_owner(coder):
    marched = emitted(coder, "Hundreds of Bangladeshis marched in Dhaka against India's new citizenship law.")
    assert roles(marched, "PROTEST") == [(["Bangladeshis"], ["India"])]
