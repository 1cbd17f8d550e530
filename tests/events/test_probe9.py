"""Coder rules from probe round 9 (issue 13: news-wire sentences of 1990-2025 written by PLOVER
type, `bench/data/probe9.tsv`): a protest at another state's embassy, an attack on held ground,
aid that arrives on a carrier of relief goods with no verb of giving, a border reinforced.

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual, never from
a development item or a CAMEO example; every sentence here is made up for the test (none is a
probe sentence), and each rule has a sentence it must code and, where a near miss exists, one it
must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow


def test_a_protest_at_a_states_embassy_is_aimed_at_that_state(coder):
    rallied = emitted(coder, "Students rallied outside the Russian embassy in Helsinki on Saturday.")
    assert roles(rallied, "PROTEST") == [(["Students"], ["embassy"])]
    front = emitted(coder, "Several hundred Mongolians protested in front of the embassy of China "
                           "in Ulaanbaatar.")
    assert roles(front, "PROTEST") == [(["Mongolians"], ["China"])]
    # a mission no state marks names no recipient
    unmarked = emitted(coder, "Farmers marched to the embassy in the capital on Monday.")
    assert all(r == [] for _, r in roles(unmarked, "PROTEST"))


def test_an_attack_on_held_ground_is_armed_not_verbal(coder):
    hit = emitted(coder, "Rebel fighters attacked army positions near the airport at dawn.")
    assert plovers(hit) == ["ASSAULT"]
    # a stance attacked stays a verbal attack
    spoken = emitted(coder, "The senator attacked the party's positions on trade.")
    assert plovers(spoken) == ["ACCUSE"]


def test_relief_goods_carried_to_a_place_are_aid(coder):
    landed = emitted(coder, "A Japanese transport plane carrying blankets and tents landed in "
                            "Kathmandu on Monday.")
    assert typed(landed) == [("AID", "073")]
    assert roles(landed, "AID") == [(["plane"], ["Kathmandu"])]
    sent = emitted(coder, "Qatar dispatched a cargo plane loaded with medicine to Sudan.")
    assert typed(sent) == [("AID", "073")]
    assert roles(sent, "AID") == [(["Qatar"], ["Sudan"])]
    # goods carried in trade are no aid
    assert emitted(coder, "A freighter carrying Brazilian soybeans docked in Shanghai on Friday.") == []


def test_a_border_reinforced_is_a_show_of_force(coder):
    border = emitted(coder, "Guatemala reinforced its frontier with Belize after the shooting.")
    assert typed(border) == [("MOBILIZE", "154")]


def test_exports_resumed_are_trade_resumed(coder):
    resumed = emitted(coder, "Kazakhstan resumed wheat exports to Tajikistan after a two-month ban.")
    assert typed(resumed) == [("COOPERATE", "061")]
    assert roles(resumed, "COOPERATE") == [(["Kazakhstan"], ["Tajikistan"])]


def test_an_approval_refused_is_a_rejection(coder):
    refused = emitted(coder, "The Greek prime minister said Athens would not approve North "
                             "Macedonia's membership bid.")
    assert plovers(refused) == ["REJECT"]
    # an approval given is no rejection
    assert "REJECT" not in plovers(emitted(coder, "The Greek parliament approved North Macedonia's "
                                                  "membership bid on Friday."))


def test_talks_reopened_are_talks_resumed(coder):
    reopened = emitted(coder, "Guyana's president said his government was willing to reopen "
                              "negotiations with Suriname over the New River triangle.")
    assert typed(reopened) == [("AGREE", "036")]
    assert roles(reopened, "AGREE") == [(["government"], ["Suriname"])]


def test_an_invitation_to_visit_is_an_intent_to_meet(coder):
    invited = emitted(coder, "The Chilean president invited his Peruvian counterpart to visit "
                             "Santiago in March.")
    assert ("AGREE", "036") in typed(invited)
    assert (["president"], ["counterpart"]) in roles(invited, "AGREE")
    made = emitted(coder, "Norway's king invited the Icelandic president to make a state visit.")
    assert ("AGREE", "036") in typed(made)
    # an invitation to something else is no visit
    assert ("AGREE", "036") not in typed(emitted(coder, "The mayor invited residents to a "
                                                        "concert in the park."))


def test_a_demand_dropped_is_a_concession(coder):
    dropped = emitted(coder, "Chile dropped its demand that Bolivian lorries be inspected at the "
                             "border, the ministry said.")
    assert typed(dropped) == [("CONCEDE", "08")]
    # bombs dropped stay an air strike
    assert plovers(emitted(coder, "Sudanese aircraft dropped bombs on the village.")) == ["ASSAULT"]


def test_a_vessel_rammed_or_sunk_is_attacked(coder):
    rammed = emitted(coder, "A Sri Lankan navy craft rammed an Indian trawler near the island.")
    assert typed(rammed) == [("ASSAULT", "190")]
    assert roles(rammed, "ASSAULT") == [(["craft"], ["trawler"])]
    sunk = emitted(coder, "Two Somali skiffs were sunk by a Spanish frigate off the coast.")
    assert plovers(sunk) == ["ASSAULT"]
    # a ship that sinks by itself is no attack
    assert emitted(coder, "The ferry sank off the coast of Sulawesi on Sunday.") == []


def test_a_migrant_caravan_broken_up_is_coerced(coder):
    broken = emitted(coder, "Mexican police broke up a caravan of Cuban migrants near Tapachula.")
    assert typed(broken) == [("COERCE", "170")]
    # a caravan of vehicles is no crowd
    assert emitted(coder, "The storm broke the caravan's windows near the border.") == []
