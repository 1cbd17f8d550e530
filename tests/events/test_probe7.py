"""Coder rules from probe round 7 (issue 13: news-wire sentences of 1998-2025 written by PLOVER
type, `bench/data/probe7.tsv`): goods dispatched, trade and supplies halted, diplomatic presence
downgraded, recognition switched, data exchanged, decrees withdrawn, warships of a kind sent,
talks spanning days, giving in to protests, working together, troops ordered into positions, the
owner of a plan backed.

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual and the
CAMEO category names, never from a development item or a CAMEO example; every sentence here is
made up for the test (none is a probe sentence), and each rule has a sentence it must code and,
where a near miss exists, one it must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow



def test_aid_goods_dispatched_are_aid_and_forces_dispatched_are_not(coder):
    sent = emitted(coder, "Ghana dispatched 20 tonnes of rice and blankets to Togo after the floods.")
    assert "AID" in plovers(sent)
    assert roles(sent, "AID") == [(["Ghana"], ["Togo"])]
    troops = emitted(coder, "Ghana dispatched 300 troops to the northern border.")
    assert "AID" not in plovers(troops) and "MOBILIZE" in plovers(troops)


def test_trade_or_supplies_halted_reduce_relations(coder):
    halted = emitted(coder, "Uzbekistan halted exports of cotton to Turkmenistan on Monday.")
    assert "SANCTION" in plovers(halted)
    supplies = emitted(coder, "Kyiv suspended electricity supplies to Moldova after the dispute.")
    assert "SANCTION" in plovers(supplies)
    # a ban on imports stays the restriction it was (COERCE), supplies delivered stay aid
    assert "SANCTION" not in plovers(emitted(coder, "Ghana delivered medical supplies to Togo."))


def test_a_diplomatic_presence_downgraded_reduces_relations(coder):
    down = emitted(coder, "Paraguay downgraded its diplomatic representation in Venezuela.")
    assert typed(down) == [("SANCTION", "161")]
    assert roles(down, "SANCTION") == [(["Paraguay"], ["Venezuela"])]


def test_recognition_switched_away_breaks_relations_with_the_state_left(coder):
    switched = emitted(coder, "Malawi switched its diplomatic recognition from Taipei to Beijing.")
    assert typed(switched) == [("SANCTION", "161")]
    assert roles(switched, "SANCTION")[0][1][0] == "Taipei"
    assert "SANCTION" not in plovers(emitted(coder, "The broadcaster switched channels on Sunday."))


def test_data_exchanged_with_another_side_is_shared(coder):
    exchanged = emitted(coder, "Ecuador exchanged satellite data with Colombia on drug flights.")
    assert typed(exchanged) == [("COOPERATE", "064")]
    assert roles(exchanged, "COOPERATE") == [(["Ecuador"], ["Colombia"])]


def test_a_decree_or_bill_withdrawn_is_a_concession_troops_withdrawn_a_retreat(coder):
    decree = emitted(coder, "Bolivia's government withdrew the decree that had raised fuel prices.")
    assert typed(decree) == [("CONCEDE", "0832")]
    scrapped = emitted(coder, "The cabinet scrapped the controversial media bill.")
    assert typed(scrapped) == [("CONCEDE", "0832")]
    troops = emitted(coder, "Uganda withdrew its troops from the town.")
    assert "RETREAT" in plovers(troops) and "CONCEDE" not in plovers(troops)


def test_aircraft_carriers_sent_are_a_show_of_force_not_aid(coder):
    carriers = emitted(coder, "Washington sent two aircraft carriers to the Sea of Japan.")
    assert "MOBILIZE" in plovers(carriers) and "AID" not in plovers(carriers)
    # aircraft given to a state stay aid
    planes = emitted(coder, "Washington sent four transport aircraft to Kenya's air force.")
    assert "MOBILIZE" not in plovers(planes)


def test_talks_spanning_days_after_a_travel_verb_are_held_by_the_traveller(coder):
    talks = emitted(coder, "Nepal's foreign minister flew to New Delhi for three days of talks with "
                           "Indian officials.")
    assert "CONSULT" in plovers(talks)
    assert roles(talks, "CONSULT")[0][0] == ["minister"]


def test_giving_in_to_protests_is_a_concession(coder):
    bowed = emitted(coder, "Bowing to weeks of protests, Panama's government agreed to suspend the "
                           "mining contract.")
    assert "CONCEDE" in plovers(bowed)
    caved = emitted(coder, "The Serbian government caved in to the strikers on Friday.")
    assert "CONCEDE" in plovers(caved)
    # bowing to a crowd's applause yields to no one
    assert "CONCEDE" not in plovers(emitted(coder, "The singer bowed to the audience."))


def test_working_together_or_teaming_up_is_cooperation(coder):
    together = emitted(coder, "Malian and Nigerien soldiers are working together to secure the "
                              "border.")
    assert "COOPERATE" in plovers(together)
    teamed = emitted(coder, "Tanzanian police teamed up with Kenyan detectives to trace the suspects.")
    assert roles(teamed, "COOPERATE") == [(["police"], ["detectives"])]


def test_troops_ordered_into_positions_are_put_on_alert(coder):
    ordered = emitted(coder, "Eritrea ordered its troops into defensive positions along the border.")
    assert typed(ordered) == [("MOBILIZE", "152")]
    # ordered to a task is no show of force
    assert "MOBILIZE" not in plovers(emitted(coder, "The court ordered the company into liquidation."))


def test_the_owner_of_a_plan_backed_is_the_recipient_not_what_it_is_for(coder):
    backed = emitted(coder, "France backed Germany's proposal for Ukraine as a basis for talks.")
    assert roles(backed, "SUPPORT")[0][1] == ["Germany"]
    # without an owner the "for" object stays the recipient
    plain = emitted(coder, "France backed a proposal for Ukraine.")
    assert roles(plain, "SUPPORT") != [(["France"], ["Germany"])]


def test_a_diplomat_given_days_to_leave_is_expelled(coder):
    given = emitted(coder, "Quito gave the Mexican ambassador 72 hours to leave the country.")
    assert typed(given) == [("SANCTION", "166")]
    assert roles(given, "SANCTION") == [(["Quito"], ["ambassador"])]
    # time given for another task expels no one
    assert "SANCTION" not in plovers(emitted(coder, "The referee gave the players two minutes to leave "
                                                    "the pitch."))


def test_coordinated_signatories_are_each_others_recipient_not_a_place_in_the_treaty(coder):
    signed = emitted(coder, "Benin and Togo signed an accord on the joint management of the Mono "
                            "river.")
    assert roles(signed, "SUPPORT") == [(["Benin"], ["Togo"])]
    # one signatory alone keeps what the treaty is of
    alone = emitted(coder, "Benin signed an accord on the management of the Mono river.")
    assert roles(alone, "SUPPORT") != [(["Benin"], [])]


def test_sitting_down_for_talks_is_holding_them(coder):
    sat = emitted(coder, "Eritrean and Djiboutian negotiators sat down for a second round of talks "
                         "in Doha.")
    assert "CONSULT" in plovers(sat)
    # sitting for an exam meets no one
    assert "CONSULT" not in plovers(emitted(coder, "The minister sat for an exam in Doha."))
