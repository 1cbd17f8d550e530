"""Coder rules from a probe round of made-up news sentences for the cooperative types (issue 13:
AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE/RETREAT, REQUEST).

Each rule comes from a class of errors the probe showed and from the PLOVER manual or CAMEO
category names, not from a development item; every sentence here is made up for the test (none
is a probe sentence), and each rule has a sentence it must code and one it must leave alone.
"""

import pytest
from helpers import emitted, roles

pytestmark = pytest.mark.slow


def test_a_mediator_acts_on_the_sides_it_mediates_between(coder):
    # CAMEO 045: the mediators are the actors, the parties the recipients; the parser hangs
    # coordinated subjects of a progressive on "are"
    cands = emitted(coder, "Switzerland and Norway are mediating between Armenia and Azerbaijan.")
    assert roles(cands, "CONSULT") == [(["Switzerland", "Norway"], ["Armenia", "Azerbaijan"])]
    one = emitted(coder, "Kenya mediated between the Ethiopian government and the rebels.")
    assert roles(one, "CONSULT") == [(["Kenya"], ["government", "rebels"])]
    # two sides that meet have no third party: the first is coded to the other (PLV's pairs)
    met = emitted(coder, "Armenia and Azerbaijan held talks in Almaty on Monday.")
    assert roles(met, "CONSULT") == [(["Armenia"], ["Azerbaijan"])]


def test_the_british_spelling_of_recognise_grants_recognition(coder):
    cands = emitted(coder, "Ireland recognised Palestine on Wednesday.")
    assert roles(cands, "SUPPORT") == [(["Ireland"], ["Palestine"])]
    # what is recognised must be an actor or a status (REQUIRED_OBJECTS)
    assert roles(emitted(coder, "The minister recognised the problem."), "SUPPORT") == []


def test_a_vote_in_favour_backs_the_measure(coder):
    cands = emitted(coder, "Brazil voted in favour of the ceasefire resolution.")
    assert [(c.plover, [t.text for t in c.actors]) for c in cands] == [("SUPPORT", ["Brazil"])]
    assert roles(emitted(coder, "Brazil voted on the ceasefire resolution."), "SUPPORT") == []


def test_condolences_sent_are_support_not_aid(coder):
    cands = emitted(coder, "Japan sent condolences to Morocco after the earthquake.")
    assert [(c.plover, [t.text for t in c.actors], [t.text for t in c.recipients])
            for c in cands] == [("SUPPORT", ["Japan"], ["Morocco"])]
    tents = emitted(coder, "Japan sent tents to Morocco after the earthquake.")
    assert [c.plover for c in tents] == ["AID"]


def test_an_approved_bailout_is_economic_aid(coder):
    cands = emitted(coder, "The European Union approved a bailout for Greece.")
    assert roles(cands, "AID") == [(["Union"], ["Greece"])]
    # a bailout only discussed gives nothing
    assert roles(emitted(coder, "The ministers discussed a bailout for Greece."), "AID") == []


def test_whoever_arrives_on_a_visit_visits_the_place(coder):
    cands = emitted(coder, "The Qatari emir arrived in Paris on a three-day state visit.")
    assert [(c.plover, c.mode, [t.text for t in c.actors], [t.text for t in c.recipients])
            for c in cands] == [("CONSULT", "visit", ["emir"], ["Paris"])]
    assert emitted(coder, "The tanker arrived in Rotterdam for repairs.") == []


def test_a_side_ready_for_talks_intends_to_meet(coder):
    cands = emitted(coder, "The opposition said on Friday it was ready for negotiations.")
    assert [(c.plover, c.cameo) for c in cands] == [("AGREE", "036")]
    assert [t.text for c in cands for t in c.actors] == ["opposition"]


def test_troops_promised_to_an_ally_are_aid_promised_not_a_threat(coder):
    cands = emitted(coder, "Britain promised to send 500 troops to Estonia.")
    assert [(c.plover, c.cameo) for c in cands] == [("AGREE", "0332")]
    assert roles(cands, "AGREE") == [(["Britain"], ["Estonia"])]
    # a vow is not a promise to a beneficiary: troops vowed to a front stay a show of force
    vowed = emitted(coder, "Russia vowed to send more troops to the border.")
    assert roles(vowed, "AGREE") == []


def test_a_headline_verb_tagged_as_a_plural_noun_still_triggers(coder):
    cands = emitted(coder, "EU chief calls for restraint in Kosovo")
    assert [(c.plover, [t.text for t in c.actors]) for c in cands] == [("REQUEST", ["chief"])]
    # a plural noun with no subject of its own is no verb
    assert roles(emitted(coder, "More calls for restraint in Kosovo"), "REQUEST") == []


def test_a_headline_joins_two_subjects_with_a_comma(coder):
    cands = emitted(coder, "Chile, Peru sign border accord")
    assert roles(cands, "SUPPORT") == [(["Chile"], ["Peru"])]
    # a body sentence (closing stop) keeps the parser's one subject
    body = emitted(coder, "Chile, Peru signed the accord.")
    assert all(len(a) == 1 for a, _ in roles(body, "SUPPORT"))
