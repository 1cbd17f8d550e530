"""Vocabulary and constructions found missing on the NGEC synthetic stories, round 2 (issue 13,
branch `synth2`; misses read on the stories of `bench/synthetic.py --half a --sample 1600` that
are not in `--sample 800` only).

Each rule follows a PLOVER manual or CAMEO definition; every sentence here is made up for the
test (never a story, dataset or manual sentence), and each rule has a sentence it must code and
one it must leave alone.
"""

import pytest
from helpers import emitted

pytestmark = pytest.mark.slow




def coded(coder, sentence):
    return [(c.plover, c.mode, c.cameo) for c in emitted(coder, sentence)]


def types(cands):
    return [c.plover for c in cands]


def test_attacks_halted_by_their_authors_are_a_truce(coder):
    assert coded(coder, "The Tumba rebels suspended their attacks on army posts on Friday.") == [
        ("CONCEDE", None, "08")]
    assert types(emitted(coder, "The Ruritanian army halted its offensive in the valley.")) == ["CONCEDE"]
    # aid halted to fighters stays aid halted; talks suspended stay talks halted
    assert types(emitted(coder, "Denmark halted aid to the rebels fighting the army.")) == ["SANCTION"]
    assert coded(coder, "The junta suspended talks with the Tumba rebels.") == [
        ("SANCTION", "withdraw", "164")]


def test_a_curfew_suspended_or_ended_is_eased(coder):
    assert types(emitted(coder, "The cabinet of Ruritania suspended the curfew in Tumba.")) == ["CONCEDE"]
    assert types(emitted(coder, "The governor scrapped the curfew in Oakvale on Monday.")) == ["CONCEDE"]
    # an isolation ended over a ban eases no ban
    assert "CONCEDE" not in types(emitted(coder, "Ruritania is trying to end its isolation over "
                                                 "the ban on fishing."))
    # a plan to impose one, suspended, is no curfew imposed
    assert types(emitted(coder, "The junta suspended its plans to impose a curfew on Tumba.")) == [
        "CONCEDE"]
    # suspending a newspaper still censors it
    cands = emitted(coder, "The junta suspended the Tumba Herald newspaper.")
    assert [(c.plover, c.mode) for c in cands] == [("COERCE", "censor")]


def test_a_conflictual_act_considered_is_a_warning_a_cooperative_one_nothing(coder):
    assert coded(coder, "Ruritania is considering suspending relations with Borduria.") == [
        ("THREATEN", "relations", "133")]
    assert types(emitted(coder, "The junta is considering banning the Liberty Party.")) == ["THREATEN"]
    # considering a cooperative act is not doing it, nor promising it
    assert emitted(coder, "Norway is considering sending aid to the refugees in Tumba.") == []
    # "considered X a provocation" frames no act
    assert emitted(coder, "The minister considered the visit a mistake.") == []


def test_a_pledged_or_promised_attack_is_a_threat_pledged_aid_a_promise(coder):
    pledged = emitted(coder, "The rebel leaders pledged to attack the capital of Borduria.")
    assert [(c.plover, c.mode) for c in pledged] == [("THREATEN", "violence")]
    assert types(emitted(coder, "The militia promised to attack the army base at Tumba.")) == [
        "THREATEN"]
    assert types(emitted(coder, "The president pledged to send aid to the flood victims.")) == ["AGREE"]


def test_an_armed_unit_disbanded_is_demobilised_a_committee_is_not(coder):
    assert coded(coder, "The rebel group disbanded its armed wing on Monday.") == [
        ("RETREAT", "disarm", "0873")]
    assert emitted(coder, "The party disbanded its youth committee in Tumba.") == []


def test_curfews_enforced_and_martial_law_extended_are_imposed(coder):
    assert coded(coder, "Police began enforcing a nationwide curfew on Monday.") == [
        ("COERCE", "curfew", "1723")]
    assert coded(coder, "The president extended martial law in the south for a month.") == [
        ("COERCE", "martial-law", "1724")]
    # a law enforced is no curfew
    assert emitted(coder, "Police enforced the new traffic law in Oakvale.") == []


def test_a_network_breached_is_a_cyber_attack_barricades_breached_a_riot(coder):
    assert coded(coder, "Hackers breached the defence ministry's network on Friday.") == [
        ("COERCE", "cyber", "17")]
    assert types(emitted(coder, "Protesters breached the barricades outside parliament.")) == [
        "PROTEST"]


def test_expelled_individuals_are_deported_expelled_diplomats_a_sanction(coder):
    assert coded(coder, "The government of Ruritania expelled a human rights activist.") == [
        ("COERCE", "deport", "174")]
    assert coded(coder, "The government of Ruritania expelled the Bordurian ambassador.") == [
        ("SANCTION", "expel", "166")]


def test_the_first_objects_head_word_decides_the_retype(coder):
    # the parser takes the appositive for a second object: the road blocked decides
    cands = coded(coder, "Dock workers blocked the coast highway near Tema, the third "
                         "demonstration this month.")
    assert ("PROTEST", "obstruct", "144") in cands
    assert "COERCE" not in [plover for plover, _, _ in cands]
    # a protest blocked by police is still stopped
    assert types(emitted(coder, "Police blocked the demonstration in Tema.")) == ["COERCE"]


def test_a_frames_infinitive_after_a_time_phrase_is_still_framed(coder):
    refused = emitted(coder, "The army chief of Ruritania declined on Friday to meet the "
                             "Bordurian defence minister.")
    assert [(c.plover, c.mode) for c in refused] == [("REJECT", "meet")]
    assert types(emitted(coder, "The rebel commander vowed on Monday to attack the capital of "
                                "Borduria.")) == ["THREATEN"]
    # a purpose infinitive of another verb stays the act
    assert types(emitted(coder, "The Ruritanian minister flew to Borduria on Monday to meet the "
                                "Bordurian president.")) == ["CONSULT"]


def test_troops_sent_in_the_passive_are_mobilised_not_given(coder):
    cands = emitted(coder, "Two thousand Ruritanian troops are being sent into Borduria.")
    assert [(c.plover, c.mode) for c in cands] == [("MOBILIZE", "troops")]
    # troops sent to a government are military aid
    assert types(emitted(coder, "Ruritania sent 300 troops to the government of Borduria.")) == ["AID"]


def test_diplomatic_relations_opened_are_recognition(coder):
    assert coded(coder, "Ruritania and Borduria opened diplomatic relations on Monday.") == [
        ("SUPPORT", None, "050")]
    assert emitted(coder, "Ruritania opened a new airport in Tumba on Monday.") == []


def test_attacks_stepped_up_are_carried_out(coder):
    assert types(emitted(coder, "The Ruritanian army stepped up its attacks on the rebels in "
                                "Tumba.")) == ["ASSAULT"]
    assert types(emitted(coder, "The rebels intensified the shelling of Tumba on Monday.")) == [
        "ASSAULT"]
    # stepping down is a resignation, not a carried-out event noun
    assert "ASSAULT" not in types(emitted(coder, "The Ruritanian cabinet stepped down on Monday."))


def test_access_limited_is_restricted(coder):
    assert coded(coder, "The Ruritanian government limited access to the port.") == [
        ("COERCE", "restrict", "172")]
    assert [(c.plover, c.mode) for c in emitted(
        coder, "The Tumba militia says it will limit access to the shipping lanes.")] == [
        ("THREATEN", "restrict")]
    assert emitted(coder, "The new rule limits the number of taxis in Oakvale.") == []


def test_sanctions_considered_are_a_warning_unless_denied(coder):
    cands = emitted(coder, "The Ruritanian ministry is considering sanctions against Borduria.")
    assert [(c.plover, c.mode) for c in cands] == [("THREATEN", "restrict")]
    assert emitted(coder, "The Ruritanian ministry is not considering sanctions against "
                          "Borduria.") == []
    assert emitted(coder, "Ruritania is not considering suspending relations with Borduria.") == []


def test_a_curfew_abolished_is_eased(coder):
    assert types(emitted(coder, "The Zambian government abolished the restrictions on ethnic "
                                "associations.")) == ["CONCEDE"]
    assert emitted(coder, "The Zambian government abolished the tax on bread.") == []


def test_disinformation_campaigns_waged_or_spread_are_coerce_misinformation(coder):
    for sentence in ("Ruritania waged a disinformation campaign against the government of Borduria.",
                     "The Ruritanian ministry spread misinformation about the Bordurian election."):
        assert [(c.plover, c.mode) for c in emitted(coder, sentence)] == [
            ("COERCE", "misinformation")], sentence
    # a warning about disinformation is no campaign
    assert emitted(coder, "The Ruritanian minister warned of disinformation online.") == []


def test_trade_resumed_is_economic_cooperation_ties_deepened_diplomatic(coder):
    assert coded(coder, "Ruritania and Borduria resumed their bilateral trade on Thursday.") == [
        ("COOPERATE", None, "061")]
    assert coded(coder, "Ruritania deepened diplomatic relations with Borduria.") == [
        ("SUPPORT", None, "050")]
    # trade figures are no act
    assert emitted(coder, "Trade between Ruritania and Borduria rose by a tenth last year.") == []
