"""Coder rules from probe round 5 of online-news sentences (issue 13: web copy of 2015-2025 in the
AP/Reuters/BBC/Al Jazeera register: reported judgements, warnings of one's own act, arms sent to a
country, shipments halted, diplomats declared persona non grata, withdrawals completed).

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual and the CAMEO
category names (cameo.tsv), never from a development item or a CAMEO example; every sentence here
is made up for the test (none is a probe sentence), and each rule has a sentence it must code and,
where a near miss exists, one it must leave alone.
"""

import pytest
from helpers import emitted, roles, typed

pytestmark = pytest.mark.slow


def test_a_judgement_in_reported_speech_accuses_whoever_did_the_act(coder):
    owner = emitted(coder, "Georgia said Russia's occupation of Abkhazia amounted to annexation "
                           "and a violation of its sovereignty.")
    assert roles(owner, "ACCUSE") == [(["Georgia"], ["Russia"])]
    adjective = emitted(coder, "Kyiv said the Russian shelling of the dam was a war crime.")
    assert roles(adjective, "ACCUSE") == [(["Kyiv"], ["Russian"])]
    agent = emitted(coder, "Qatar said the raid was a blatant breach of international law by Israel.")
    assert roles(agent, "ACCUSE") == [(["Qatar"], ["Israel"])]
    constituted = emitted(coder, "Seoul said the launch constituted an act of aggression.")
    assert [c.plover for c in constituted] == ["ACCUSE"]
    # a judgement that condemns nothing is no accusation
    assert emitted(coder, "Officials said the blaze was an accident.") == []


def test_a_warning_of_the_warners_own_act_is_a_threat(coder):
    pronoun = emitted(coder, "Tehran warned it would retaliate against any Israeli strike.")
    assert [c.plover for c in pronoun] == ["THREATEN"]
    named = emitted(coder, "Russia's defence ministry warned that Russia could target the convoys.")
    assert [c.plover for c in named] == ["THREATEN"]
    measures = emitted(coder, "Beijing warned it would take countermeasures against Manila.")
    assert roles(measures, "THREATEN") == [(["Beijing"], ["Manila"])]
    # what others will do, or a state foreseen, is a warning and no threat
    assert emitted(coder, "The agency warned that the famine would spread to Darfur.") == []
    assert emitted(coder, "The ministry warned it would take months to restore power.") == []


def test_arms_sent_or_promised_go_to_the_country_named_after_to(coder):
    promised = emitted(coder, "Norway will send NASAMS air defence systems to Ukraine.")
    assert roles(promised, "AGREE") == [(["Norway"], ["Ukraine"])]
    donated = emitted(coder, "Denmark said it would donate Leopard tanks to Ukraine.")
    assert [r for _, r in roles(donated, "AGREE")] == [["Ukraine"]]
    rushed = emitted(coder, "Paris rushed a Rafale squadron and munitions to Greece.")
    assert roles(rushed, "AID") == [(["Paris"], ["Greece"])]


def test_shipments_halted_and_participation_frozen_are_sanctions(coder):
    halted = emitted(coder, "Britain halted arms shipments to Israel after the strike on the convoy.")
    assert [c.plover for c in halted] == ["SANCTION"]
    assert roles(halted, "SANCTION") == [(["Britain"], ["Israel"])]
    frozen = emitted(coder, "Belarus froze its participation in the treaty.")
    assert [c.plover for c in frozen] == ["SANCTION"]
    # a shipment delivered is still aid
    delivered = emitted(coder, "Japan delivered a shipment of medicine to Turkey.")
    assert "SANCTION" not in [c.plover for c in delivered]


def test_a_diplomat_declared_persona_non_grata_is_expelled(coder):
    cands = emitted(coder, "Niger declared the French envoy persona non grata.")
    assert typed(cands) == [("SANCTION", "166")]
    assert roles(cands, "SANCTION") == [(["Niger"], ["envoy"])]
    assert emitted(coder, "Mr Stone declared his love for the city.") == []


def test_a_withdrawal_completed_or_begun_is_made(coder):
    done = emitted(coder, "Britain completed the withdrawal of its forces from Basra.")
    assert typed(done) == [("RETREAT", "0872")]
    assert roles(done, "RETREAT") == [(["Britain"], ["Basra"])]
    begun = emitted(coder, "Russia began the pullout of its troops from Armenia.")
    assert [c.plover for c in begun] == ["RETREAT"]
    # a withdrawal only demanded is not made
    assert "RETREAT" not in [c.plover for c in emitted(
        coder, "Kyiv demanded the withdrawal of Russian troops from Crimea.")]


def test_sanctions_announced_or_slapped_are_imposed_by_the_subject(coder):
    announced = emitted(coder, "Beijing condemned the sale and announced sanctions on Raytheon.")
    assert roles(announced, "COERCE") == [(["Beijing"], ["Raytheon"])]
    slapped = emitted(coder, "Washington slapped sanctions on Iranian shipping firms.")
    assert [(c.plover, c.cameo) for c in slapped] == [("COERCE", "163")]
    assert [a for a, _ in roles(slapped, "COERCE")] == [["Washington"]]
    # sanctions called for are a demand, not sanctions imposed
    assert "COERCE" not in [c.plover for c in emitted(
        coder, "Kyiv called for sanctions on Russian banks.")]


def test_a_place_put_under_lockdown_or_curfew_is_restricted(coder):
    cands = emitted(coder, "Authorities in Xinjiang placed the city of Urumqi under a lockdown.")
    assert typed(cands) == [("COERCE", "1723")]
    assert typed(emitted(coder, "The army put the town under curfew.")) == [("COERCE", "1723")]


def test_an_agreement_revoked_or_left_reduces_relations(coder):
    revoked = emitted(coder, "Burkina Faso's junta revoked a military agreement with France.")
    assert [c.plover for c in revoked] == ["SANCTION"]
    assert [r for _, r in roles(revoked, "SANCTION")] == [["France"]]
    left = emitted(coder, "Moscow pulled out of the New START treaty.")
    assert [c.plover for c in left] == ["SANCTION"]
    # troops pulled out of a place still retreat
    troops = emitted(coder, "Russian troops pulled out of Bucha.")
    assert [c.plover for c in troops] == ["RETREAT"]


def test_forces_that_leave_a_country_withdraw_from_it(coder):
    cands = emitted(coder, "The last French soldiers left Niger on Friday.")
    assert typed(cands) == [("RETREAT", "0872")]
    assert [r for _, r in roles(cands, "RETREAT")] == [["Niger"]]
    # a person who leaves a capital travels; troops leaving their barracks withdraw from no one
    assert emitted(coder, "The envoy left Kabul on Sunday.") == []
    assert emitted(coder, "The troops left the barracks at dawn.") == []


def test_a_mobilisation_ordered_is_a_mobilisation(coder):
    cands = emitted(coder, "Kremlin leader Putin ordered a general mobilisation of reservists.")
    assert [c.plover for c in cands] == ["MOBILIZE"]
    assert [a for a, _ in roles(cands, "MOBILIZE")] == [["Putin"]]
    # the noun alone mobilises no forces ("resource mobilisation", a party's cadre mobilisation)
    assert emitted(coder, "The cadre mobilisation has already begun.") == []
