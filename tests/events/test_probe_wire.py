"""Coder rules from a probe round of wire-service sentences (issue 13, round 3: short reports in
the Reuters/AFP/AP register of the 1990s-2000s, for REJECT, THREATEN, ACCUSE, REQUEST, SANCTION,
COERCE, CONCEDE/RETREAT and AID).

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual and the CAMEO
category names (CAMEO2PLOVER), never from a development item or a CAMEO example; every sentence
here is made up for the test (none is a probe sentence), and each rule has a sentence it must code
and, where a near miss exists, one it must leave alone.
"""

import pytest
from helpers import emitted, roles, typed

pytestmark = pytest.mark.slow


def test_titles_and_investigators_head_actor_phrases(coder):
    emir = emitted(coder, "The emir called for calm in the region.")
    assert [c.plover for c in emir] == ["REQUEST"]
    assert [a for a, _ in roles(emir, "REQUEST")] == [["emir"]]
    sultan = emitted(coder, "The sultan appealed to the navy to resume the search.")
    assert [c.plover for c in sultan] == ["REQUEST"]
    assert roles(sultan, "REQUEST") == [(["sultan"], ["navy"])]
    probe = emitted(coder, "Investigators questioned the pilot for six hours.")
    assert [a for a, _ in roles(probe, "ACCUSE")] == [["Investigators"]]


def test_a_leadership_named_by_its_side_acts(coder):
    led = emitted(coder, "The Kurdish leadership turned down the offer.")
    assert [c.plover for c in led] == ["REJECT"]
    assert [a for a, _ in roles(led, "REJECT")] == [["leadership"]]
    rebels = emitted(coder, "The proposal was rejected by the guerrilla leadership.")
    assert [a for a, _ in roles(rebels, "REJECT")] == [["leadership"]]
    assert emitted(coder, "Under the leadership of the mayor, the port grew quickly.") == []


def test_going_on_hunger_strike_is_a_hunger_strike(coder):
    cands = emitted(coder, "Jailed activists went on hunger strike in Tehran.")
    assert typed(cands) == [("PROTEST", "142")]
    assert [a for a, _ in roles(cands, "PROTEST")] == [["activists"]]
    assert typed(emitted(coder, "Dock workers went on strike in Antwerp.")) == [("PROTEST", "143")]


def test_diplomats_withdrawn_reduce_relations_troops_withdrawn_retreat(coder):
    envoy = emitted(coder, "Canada withdrew its envoy from Riyadh.")
    assert typed(envoy) == [("SANCTION", "161")]
    assert roles(envoy, "SANCTION") == [(["Canada"], ["Riyadh"])]
    pulled = emitted(coder, "Italy pulled its diplomats out of Sudan.")
    assert typed(pulled) == [("SANCTION", "161")]
    troops = emitted(coder, "Moscow withdrew its troops from the border.")
    assert [c.plover for c in troops] == ["RETREAT"]


def test_a_state_protesting_complains_officially(coder):
    to = emitted(coder, "Seoul protested to Tokyo over the new textbooks.")
    assert typed(to) == [("ACCUSE", "114")]
    assert roles(to, "ACCUSE") == [(["Seoul"], ["Tokyo"])]
    ministry = emitted(coder, "The foreign ministry protested against the visit.")
    assert typed(ministry) == [("ACCUSE", "114")]
    nurses = emitted(coder, "Nurses protested against the pay freeze.")
    assert [c.plover for c in nurses] == ["PROTEST"]


def test_an_act_pressed_or_appealed_for_is_asked_not_done(coder):
    pressed = emitted(coder, "London pressed Tehran to free the sailors.")
    assert [c.plover for c in pressed] == ["REQUEST"]
    assert roles(pressed, "REQUEST") == [(["London"], ["Tehran"])]
    appeal = emitted(coder, "The bishop appealed to the gunmen to release the bus passengers.")
    assert [c.plover for c in appeal] == ["REQUEST"]
    assert roles(appeal, "REQUEST") == [(["bishop"], ["gunmen"])]
    # pressed to do what no rule codes: still asked
    plain = emitted(coder, "Paris pressed Algiers to respect the election timetable.")
    assert [c.plover for c in plain] == ["REQUEST"]
    assert roles(plain, "REQUEST") == [(["Paris"], ["Algiers"])]
    # pressing with no one pressed to act asks nothing
    assert [c.plover for c in emitted(coder, "Police pushed the protesters back.")] != ["REQUEST"]


def test_cooperation_frozen_and_weapons_decommissioned(coder):
    frozen = emitted(coder, "Ankara froze its military cooperation with Israel.")
    assert [c.plover for c in frozen] == ["SANCTION"]
    assert roles(frozen, "SANCTION") == [(["Ankara"], ["Israel"])]
    arms = emitted(coder, "The militia began decommissioning its arms.")
    assert [(c.plover, c.mode) for c in arms] == [("RETREAT", "disarm")]
    assert emitted(coder, "The navy decommissioned the old frigate.") == []


def test_saying_no_to_a_plan_rejects_it(coder):
    cands = emitted(coder, "The rebels said no to the power-sharing plan.")
    assert typed(cands) == [("REJECT", "120")]
    assert [a for a, _ in roles(cands, "REJECT")] == [["rebels"]]
    assert emitted(coder, "The officer said no shots were fired.") == []


def test_force_not_ruled_out_is_threatened_ruled_out_refused(coder):
    threat = emitted(coder, "Britain has not ruled out military strikes against the militia.")
    assert [(c.plover, c.cameo) for c in threat] == [("THREATEN", "138")]
    assert roles(threat, "THREATEN") == [(["Britain"], ["militia"])]
    refused = emitted(coder, "Britain ruled out military strikes against the militia.")
    assert [c.plover for c in refused] == ["REJECT"]  # and no strike asserted
    assert emitted(coder, "The central bank did not rule out another rate cut.") == []


def test_a_speaker_laying_blame_for_a_harm_accuses(coder):
    behind = emitted(coder, "Ankara said Kurdish rebels were behind the ambush.")
    assert [c.plover for c in behind] == ["ACCUSE"]
    assert roles(behind, "ACCUSE") == [(["Ankara"], ["rebels"])]
    held = emitted(coder, "Lima said the guerrillas were responsible for the car bombing.")
    assert [r for p, r in roles(held, "ACCUSE")] == [["guerrillas"]]
    # a duty is no blame, a denial none either
    assert "ACCUSE" not in [c.plover for c in emitted(
        coder, "The minister said the ministry was responsible for the highways.")]
    assert "ACCUSE" not in [c.plover for c in emitted(
        coder, "Police said the gang was not behind the robbery.")]


def test_an_accusation_is_cameo_112_an_official_complaint_114(coder):
    accused = emitted(coder, "Kyiv accused Moscow of choking off its exports.")
    assert typed(accused) == [("ACCUSE", "112")]
    complained = emitted(coder, "Chile complained to Peru about the border fence.")
    assert [c.cameo for c in complained if c.plover == "ACCUSE"] == ["114"]


def test_a_specific_code_is_refined_by_its_context(coder):
    # "accused" (112) of an attack is an accusation of aggression (1123), not a sibling code
    shelled = emitted(coder, "Armenia accused Azerbaijan of shelling border villages.")
    assert typed(shelled) == [("ACCUSE", "1123")]
