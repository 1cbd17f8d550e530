"""Coder rules written from the misses of the PLOVER gold records and CASE 2021 (issue 13).

Every sentence here is written for the test (none is taken from a development set); each rule
has a sentence it must code and one it must leave alone.
"""

import pytest
from helpers import emitted

pytestmark = pytest.mark.slow




def summary(cands):
    return [(c.plover, c.cameo, [t.text for t in c.actors], [t.text for t in c.recipients])
            for c in cands]


def test_asylum_granted_is_aid_and_an_amnesty_a_concession(coder):
    asylum = emitted(coder, "Kenya granted asylum to 40 Somali journalists last week.")
    assert summary(asylum) == [("AID", "075", ["Kenya"], ["journalists"])]
    amnesty = emitted(coder, "The president granted an amnesty to the striking miners.")
    assert [(c.plover, c.cameo) for c in amnesty] == [("CONCEDE", "081")]
    assert emitted(coder, "The bank granted a mortgage to the young couple.") == []


def test_diplomatic_ties_established_are_support(coder):
    ties = emitted(coder, "Bhutan established diplomatic relations with Chile on Monday.")
    assert [(c.plover, c.cameo, [t.text for t in c.actors]) for c in ties] == [
        ("SUPPORT", "050", ["Bhutan"])]
    assert emitted(coder, "The family established a small bakery in the old town.") == []


def test_denied_permits_are_rejections_denied_charges_are_not(coder):
    permit = emitted(coder, "The city council denied a building permit to the church.")
    assert [(c.plover, [t.text for t in c.actors]) for c in permit] == [("REJECT", ["council"])]
    assert emitted(coder, "The minister denied the corruption charges on Friday.") == []


def test_demobilized_fighters_are_a_retreat_with_an_unnamed_actor(coder):
    cands = emitted(coder, "Two thousand militiamen have been demobilized since the truce.")
    assert [(c.plover, c.unnamed) for c in cands] == [("RETREAT", True)]


def test_a_mediation_effort_is_made_by_a_third_party(coder):
    cands = emitted(coder, "The Norwegian envoy launched a mediation effort between Peru and "
                           "Ecuador on Sunday.")
    assert summary(cands) == [("CONSULT", "045", ["envoy"], ["Peru", "Ecuador"])]
    # plain "mediation" in a list of topics is no event
    assert emitted(coder, "The report covers trade, security and mediation in the region.") == []


def test_coming_under_attack_is_an_assault_on_the_subject(coder):
    shelled = emitted(coder, "A Kurdish convoy came under heavy fire near the border.")
    assert [(c.plover, c.unnamed, [t.text for t in c.recipients]) for c in shelled
            if c.how.endswith("under")] == [("ASSAULT", True, ["convoy"])]
    by = emitted(coder, "Government troops came under attack from Islamist militants.")
    assert [([t.text for t in c.actors], [t.text for t in c.recipients]) for c in by
            if "+under" in c.how] == [(["militants"], ["troops"])]
    assert emitted(coder, "The new law came under scrutiny from the opposition.") == []


def test_setting_off_a_bomb_is_a_bombing_not_a_recipient(coder):
    cands = emitted(coder, "Insurgents set off a roadside bomb near the police station.")
    assert summary(cands) == [("ASSAULT", "183", ["Insurgents"], [])]
    assert emitted(coder, "The singer set off on a world tour in May.") == []


def test_sexual_violence_by_an_armed_force(coder):
    cands = emitted(coder, "Sexual violence by the militia against displaced women has risen.")
    assert [(c.plover, c.cameo, [t.text for t in c.actors]) for c in cands] == [
        ("ASSAULT", "1821", ["militia"])]


def test_offers_and_future_aid_name_who_receives_them(coder):
    offered = emitted(coder, "Egypt offered its troops to the Sudanese president.")
    assert [(c.plover, [t.text for t in c.recipients]) for c in offered] == [
        ("AGREE", ["president"])]
    aid = emitted(coder, "Japan will provide food aid to displaced families in Chad.")
    assert [(c.plover, [t.text for t in c.recipients]) for c in aid] == [("AGREE", ["families"])]


def test_light_verb_protests_take_the_verbs_against(coder):
    cands = emitted(coder, "Farmers staged rallies in Lagos against the governor on Monday.")
    assert summary(cands) == [("PROTEST", "141", ["Farmers"], ["governor"])]


def test_a_stopped_protest_names_its_protesters(coder):
    cands = emitted(coder, "Police blocked the march organised by nurses outside the hospital.")
    coerce = [c for c in cands if c.plover == "COERCE"]
    assert [([t.text for t in c.actors], [t.text for t in c.recipients]) for c in coerce] == [
        (["Police"], ["nurses"])]
    assert [t.text for c in cands if c.plover == "PROTEST" for t in c.actors] == ["nurses"]


def test_the_withdrawal_of_forces_is_demanded_of_those_forces(coder):
    cands = emitted(coder, "The ministers demanded the withdrawal of Rwandan troops from Goma.")
    assert summary(cands) == [("REQUEST", "1056", ["ministers"], ["troops"])]


def test_the_owner_of_a_rejected_proposal_is_the_recipient(coder):
    appeal = emitted(coder, "Ankara rejected a European Union proposal for new border checks.")
    assert [(c.plover, [t.text for t in c.recipients]) for c in appeal] == [("REJECT", ["Union"])]
    owned = emitted(coder, "Tokyo condemned Beijing's decision to expand the air zone.")
    assert [(c.plover, [t.text for t in c.recipients]) for c in owned
            if c.plover == "ACCUSE"] == [("ACCUSE", ["Beijing"])]


def test_a_demand_that_is_the_purpose_of_a_protest_is_that_protest(coder):
    cands = emitted(coder, "Teachers began a hunger strike to demand the resignation of the "
                           "education minister.")
    assert summary(cands) == [("PROTEST", "142", ["Teachers"], ["minister"])]
    alone = emitted(coder, "The teachers' union demanded the resignation of the minister.")
    assert [(c.plover, [t.text for t in c.recipients]) for c in alone] == [
        ("REQUEST", ["minister"])]


def test_an_accusation_with_no_accuser_named_has_an_unnamed_actor(coder):
    cands = emitted(coder, "The mayor was accused of rigging the tender.")
    assert [(c.plover, c.unnamed, [t.text for t in c.recipients]) for c in cands] == [
        ("ACCUSE", True, ["mayor"])]
    assert emitted(coder, "Nobody was accused of wrongdoing.") == []


def test_a_speaker_misparsed_as_a_participle_clause(coder):
    cands = emitted(coder, "The Red Crescent operating in Gaza said Israeli forces must allow "
                           "fuel deliveries.")
    assert summary(cands) == [("REQUEST", "100", ["Crescent"], ["forces"])]


def test_a_formula_accepted_is_an_agreement(coder):
    cands = emitted(coder, "The union accepted a formula for ending the pay dispute.")
    assert [(c.plover, [t.text for t in c.actors]) for c in cands] == [("AGREE", ["union"])]


def test_cameo_words_of_disapproval_and_indictment(coder):
    deplored = emitted(coder, "Norway deplored the execution of the two activists by Iran.")
    assert [(c.plover, c.cameo, [t.text for t in c.actors]) for c in deplored] == [
        ("ACCUSE", "111", ["Norway"])]
    indicted = emitted(coder, "A federal court indicted the former governor on fraud charges.")
    assert [(c.plover, c.cameo, [t.text for t in c.recipients]) for c in indicted] == [
        ("ACCUSE", "115", ["governor"])]


def test_aid_given_or_cut_and_ties_cut(coder):
    given = emitted(coder, "Qatar gave emergency aid to the flood victims in Sudan.")
    assert [(c.plover, [t.text for t in c.actors]) for c in given] == [("AID", ["Qatar"])]
    cut = emitted(coder, "Washington cut military aid to Egypt after the coup.")
    assert [(c.plover, c.cameo, [t.text for t in c.recipients]) for c in cut] == [
        ("SANCTION", "162", ["Egypt"])]
    ties = emitted(coder, "Morocco cut diplomatic ties with Iran on Tuesday.")
    assert [(c.plover, c.cameo, [t.text for t in c.recipients]) for c in ties] == [
        ("SANCTION", "161", ["Iran"])]
    assert emitted(coder, "The company cut prices and gave discounts to students.") == []


def test_a_raid_by_an_armed_group_is_an_attack_a_police_raid_a_search(coder):
    raid = emitted(coder, "Dozens of insurgents raided an army post near the border.")
    assert [(c.plover, c.cameo) for c in raid] == [("ASSAULT", "190")]
    police = emitted(coder, "Police raided a warehouse near the border.")
    assert [(c.plover, c.cameo) for c in police] == [("COERCE", "171")]


def test_an_emergency_declared_over_a_hazard_is_no_coercion(coder):
    assert emitted(coder, "The governor declared a state of emergency as the floods spread.") == []
    unrest = emitted(coder, "The junta declared a state of emergency after the protests.")
    assert [(c.plover, c.cameo) for c in unrest] == [("COERCE", "1724")]
