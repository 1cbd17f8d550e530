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


def test_an_extradition_cooperates_with_where_the_person_is_sent(coder):
    cands = emitted(coder, "Colombia extradited a former army colonel to the United States.")
    assert roles(cands, "COOPERATE") == [(["Colombia"], ["States"])]
    # with no destination named, the one extradited stays the recipient
    alone = emitted(coder, "Colombia extradited the rebel commander on Friday.")
    assert roles(alone, "COOPERATE") == [(["Colombia"], ["commander"])]


def test_people_the_text_marks_as_held_can_be_released(coder):
    cands = emitted(coder, "Pirates released the abducted fishermen on Thursday.")
    assert [(c.plover, c.mode) for c in cands] == [("RETREAT", "release")]
    # a thing released is no release of captives ("released a report")
    assert emitted(coder, "The ministry released the annual fishing figures on Thursday.") == []


def test_a_resignation_tendered_is_a_resignation(coder):
    cands = emitted(coder, "The defence minister submitted his resignation on Friday.")
    assert [(c.plover, c.mode) for c in cands] == [("RETREAT", "resign")]
    # demanded, it is the demand's (REQUEST), not a resignation
    demanded = emitted(coder, "The opposition demanded the resignation of the defence minister.")
    assert "RETREAT" not in [c.plover for c in demanded]


def test_regret_expressed_concedes_concern_expressed_disapproves(coder):
    cands = emitted(coder, "Seoul expressed regret over the collision at sea.")
    assert [(c.plover, [t.text for t in c.actors]) for c in cands] == [("CONCEDE", ["Seoul"])]
    concern = emitted(coder, "Seoul expressed concern over the collision at sea.")
    assert [c.plover for c in concern] == ["ACCUSE"]


def test_a_ratified_accession_is_a_ratification(coder):
    cands = emitted(coder, "Hungary ratified Finland's accession to the alliance.")
    assert [c.plover for c in cands] == ["SUPPORT"]
    assert emitted(coder, "Hungary ratified the budget on Monday.") == []


def test_aid_announced_is_aid_promised(coder):
    cands = emitted(coder, "Canada announced new humanitarian aid for Sudan on Monday.")
    assert [(c.plover, [t.text for t in c.actors]) for c in cands] == [("AGREE", ["Canada"])]
    assert emitted(coder, "Canada announced new rules for banks on Monday.") == []


def test_an_act_someone_stops_doing_is_not_asserted(coder):
    cands = emitted(coder, "The militia said it would stop releasing captured soldiers.")
    assert "RETREAT" not in [c.plover for c in cands]
    done = emitted(coder, "The militia released two captured soldiers on Monday.")
    assert [c.plover for c in done] == ["RETREAT"]


def test_weapons_sent_are_the_means_and_whoever_they_go_to_the_recipient(coder):
    cands = emitted(coder, "Poland is sending Leopard tanks to Ukraine.")
    assert roles(cands, "AID") == [(["Poland"], ["Ukraine"])]
    # nothing that is aid is sent: no aid
    assert roles(emitted(coder, "Poland sent a letter to Ukraine."), "AID") == []


def test_a_meeting_due_or_scheduled_is_a_future_one(coder):
    # manual 3.2.1: references to future meetings and visits are AGREE
    cands = emitted(coder, "The Indian foreign minister is due to visit Dhaka next week.")
    assert [(c.plover, c.cameo, [t.text for t in c.actors]) for c in cands] == [("AGREE", "036", ["minister"])]
    expected = emitted(coder, "Erdogan is expected to meet Putin in Sochi.")
    assert roles(expected, "AGREE") == [(["Erdogan"], ["Putin"])]
    # a conflictual act only scheduled stays a prospect
    assert emitted(coder, "The rebels are expected to attack the town.") == []



def test_the_city_an_agreement_was_signed_in_is_its_venue_not_its_partner(code):
    # the parser hangs "in Paris" on the agreement, not on the verb
    events = code("The leaders signed an agreement in Paris.")
    assert [e.event for e in events] == ["SUPPORT"]
    assert [e.recipient for e in events] == [None]
    # an actor the place hangs on stays the one visited
    visit = code("The minister visited the Iranian embassy in Tehran.")
    assert [e.recipient.entity_text for e in visit if e.recipient] == ["Iranian embassy"]


def test_what_is_discussed_is_no_partner_of_the_talks(code):
    # the selector named a place inside the topic as the one consulted
    topic = code("The delegations discussed a proposal to guarantee safe passage for ships leaving "
                 "Ukrainian ports.")
    assert [(e.event, e.recipient) for e in topic] == [("CONSULT", None)]
    partner = code("The ministers discussed trade with Chinese officials.")
    assert [(e.event, e.recipient.entity_text) for e in partner] == [
        ("CONSULT", "Chinese officials")]


def test_delegates_are_actors(coder):
    cands = emitted(coder, "The delegates discussed the proposal.")
    assert roles(cands, "CONSULT") == [(["delegates"], [])]
