"""Conflict types read the way a new user writes news (issue 13, probe round for ASSAULT, COERCE,
THREATEN, PROTEST, SANCTION, MOBILIZE, REJECT and ACCUSE).

Every sentence here is made up for the test (none is a development item nor a CAMEO example);
each rule has a sentence it must code and, where a near miss exists, one it must leave alone.
"""

import pytest
from helpers import emitted, roles

pytestmark = pytest.mark.slow


def _typed(cands):
    return [(c.plover, c.mode, c.cameo) for c in cands]


def test_people_seized_by_the_state_are_arrested_by_armed_groups_abducted(coder):
    held = emitted(coder, "Coast guards seized five smugglers off the Libyan coast.")
    assert _typed(held) == [("COERCE", "arrest", "173")]
    assert roles(held, "COERCE") == [(["guards"], ["smugglers"])]
    taken = emitted(coder, "Bandits seized two priests on the highway to Kaduna.")
    assert _typed(taken) == [("ASSAULT", "abduct", "181")]
    assert roles(taken, "ASSAULT") == [(["Bandits"], ["priests"])]
    # goods seized stay a confiscation (CAMEO 171)
    goods = emitted(coder, "Customs officers seized 40 kg of heroin at the port.")
    assert _typed(goods) == [("COERCE", "seize", "171")]


def test_a_capture_the_learned_models_code_is_an_arrest_by_soldiers(code):
    events = code("Soldiers captured three suspected militants near the village.")
    assert [(e.event, e.cameo) for e in events] == [("COERCE", "173")]


def test_a_person_named_by_trade_is_the_one_hit_not_the_place(coder):
    cands = emitted(coder, "Kidnappers abducted a pastor in Enugu state on Sunday.")
    assert roles(cands, "ASSAULT") == [(["Kidnappers"], ["pastor"])]
    arrested = emitted(coder, "The photographer was detained at the airport in Minsk.")
    assert [r for _, r in roles(arrested, "COERCE")] == [["photographer"]]
    # lower-cased insurgents named by their movement are the side fired at
    fire = emitted(coder, "the crpf exchanged fire with naxals in bijapur.")
    assert roles(fire, "ASSAULT") == [(["crpf"], ["naxals"])]


def test_an_indirect_question_asserts_nothing(coder):
    assert emitted(coder, "The spokesman would not say whether police would arrest the organisers.") == []
    said = emitted(coder, "The spokesman said police had arrested the organisers.")
    assert _typed(said) == [("COERCE", "arrest", "173")]


def test_people_used_as_human_shields_are_assaulted(coder):
    cands = emitted(coder, "The rebels used civilians as human shields in the town.")
    assert _typed(cands) == [("ASSAULT", "abduct", "184")]
    assert roles(cands, "ASSAULT") == [(["rebels"], ["civilians"])]
    assert [c.cameo for c in emitted(coder, "The rebels used mortars in the assault.")] != ["184"]


def test_a_walkout_protests_walking_out_of_talks_halts_them(coder):
    walkout = emitted(coder, "Opposition senators staged a walkout during the budget debate.")
    assert _typed(walkout) == [("PROTEST", "boycott", "143")]
    talks = emitted(coder, "The government delegation walked out of the negotiations on Friday.")
    assert _typed(talks) == [("SANCTION", "withdraw", "164")]
    assert emitted(coder, "The minister walked out of the building after his speech.") == []


def test_shows_of_force_mobilised_and_alerted(coder):
    assert _typed(emitted(coder, "Armenia mobilised its reserves on Sunday.")) == [
        ("MOBILIZE", "troops", "154")]
    assert _typed(emitted(coder, "Japan raised the alert level of its coast guard.")) == [
        ("MOBILIZE", "troops", "152")]
    assert emitted(coder, "The central bank raised interest rates on Thursday.") == []
    # a force put on alert is the actor of its alert, not the one it is aimed at
    police = emitted(coder, "Riot police were put on alert in the capital.")
    assert [c.plover for c in police] == ["MOBILIZE"]
    assert [a for a, _ in roles(police, "MOBILIZE")] == [["police"]]


def test_frozen_assets_are_a_sanction_frozen_aid_stays_aid_cut(coder):
    assets = emitted(coder, "Britain froze the assets of two Russian oligarchs.")
    assert _typed(assets) == [("COERCE", "restrict", "163")]
    assert [p for p, _, _ in _typed(emitted(coder, "Britain froze its aid to the junta."))] == ["SANCTION"]


def test_revenge_sworn_is_a_threat(coder):
    cands = emitted(coder, "The militia swore revenge for the death of its leader.")
    assert [(c.plover, [t.text for t in c.actors]) for c in cands] == [("THREATEN", ["militia"])]
    assert [c.plover for c in emitted(coder, "The militia swore to protect the villagers.")] != ["THREATEN"]


def test_a_strike_called_for_a_date_is_a_strike_not_a_call(coder):
    cands = emitted(coder, "Transport unions called a nationwide strike for Thursday.")
    assert _typed(cands) == [("PROTEST", "strike", "143")]
    assert [c.plover for c in emitted(coder, "The unions called off the strike on Friday.")] == ["CONCEDE"]


def test_martial_law_imposed_is_martial_law_not_a_restriction(coder):
    assert _typed(emitted(coder, "The junta imposed martial law across the province.")) == [
        ("COERCE", "martial-law", "1724")]
    assert _typed(emitted(coder, "The junta imposed a ban on rallies.")) == [
        ("COERCE", "restrict", "172")]


def test_homes_burned_are_property_destroyed_by_whoever_burned_them(coder):
    cands = emitted(coder, "Militiamen burned dozens of homes in the valley.")
    assert _typed(cands) == [("ASSAULT", "destroy", "1712")]
    assert [a for a, _ in roles(cands, "ASSAULT")] == [["Militiamen"]]
    # crop residue burned is no attack on anyone
    assert not [c for c in emitted(coder, "The farmers burned the stubble in their fields.")
                if c.plover == "ASSAULT"]


def test_violence_a_complaint_is_about_is_not_the_complainer_s(coder):
    cands = emitted(coder, "Seoul protested to Pyongyang over the shelling of the island.")
    assert not [c for c in cands if c.plover == "ASSAULT" and [t.text for t in c.actors] == ["Seoul"]]
    # the shelling itself, with its shooter named, still codes
    named = emitted(coder, "North Korean artillery shelled the island on Tuesday.")
    assert [c.plover for c in named] == ["ASSAULT"]


def test_a_verb_the_rules_coded_gives_its_actor_no_second_event_to_the_place(code):
    # the selector once added PROTEST police -> city beside the coded use of force
    for text, city in (("Police fired tear gas at protesters in Nairobi.", "Nairobi"),
                       ("Police clashed with protesters in Jakarta on Monday.", "Jakarta")):
        events = code(text)
        assert ("ASSAULT", "protesters") in [(e.event, e.recipient and e.recipient.entity_text)
                                             for e in events]
        assert [e for e in events if e.recipient and e.recipient.entity_text == city] == []
