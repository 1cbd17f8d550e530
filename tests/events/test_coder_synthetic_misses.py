"""Vocabulary and constructions found missing on the NGEC synthetic stories (issue 13, branch
`synth`; misses read on half a of `bench/synthetic.py` only).

Each rule follows a PLOVER manual or CAMEO definition; every sentence here is made up for the
test (never a story, dataset or manual sentence), and each rule has a sentence it must code and
one it must leave alone.
"""

import pytest
from helpers import emitted

pytestmark = pytest.mark.slow




def types(cands):
    return [c.plover for c in cands]


def test_a_hyphenated_ceasefire_is_the_ceasefire_declared(coder):
    for sentence in ("The Karen army declared a cease-fire in the hills on Monday.",
                     "The Karen army declared a ceasefire in the hills on Monday."):
        assert types(emitted(coder, sentence)) == ["CONCEDE"], sentence
    # a fire declared is no yield
    assert "CONCEDE" not in types(emitted(coder, "The mayor declared a fire emergency in Oakvale."))


def test_cyber_attacks_and_hacking_are_coerce_cyber_not_assault(coder):
    cands = emitted(coder, "Hackers launched a cyber attack on the Estonian tax office on Friday.")
    assert [(c.plover, c.mode) for c in cands] == [("COERCE", "cyber")]
    assert ("COERCE", "cyber") in [(c.plover, c.mode) for c in emitted(
        coder, "Militants carried out a ransomware attack on the port authority.")]
    hacked = emitted(coder, "A unit of the Ruritanian army hacked the Borduria election "
                            "commission's website.")
    assert [(c.plover, c.mode) for c in hacked] == [("COERCE", "cyber")]
    # an attack with no cyber word stays an attack; hacking to death stays a killing
    assert types(emitted(coder, "Rebels launched an attack on the garrison at Tumba.")) == ["ASSAULT"]
    assert types(emitted(coder, "A mob hacked two farmers to death near Kisumu.")) == ["ASSAULT"]


def test_internet_cut_off_is_withheld_aid_cut_off_is_a_sanction(coder):
    cands = emitted(coder, "The authorities in Dushanbe cut off the internet in the eastern province.")
    assert [(c.plover, c.mode) for c in cands] == [("COERCE", "withhold")]
    shut = emitted(coder, "The junta shut down mobile internet across the delta region.")
    assert [(c.plover, c.mode) for c in shut] == [("COERCE", "withhold")]
    aid = emitted(coder, "Denmark cut off aid to the Ruritanian government in May.")
    assert types(aid) == ["SANCTION"]


def test_concessions_made_are_a_yield_offered_ones_an_offer(coder):
    cands = emitted(coder, "The ruling party made several concessions to the striking dockers.")
    assert [(c.plover, c.cameo) for c in cands] == [("CONCEDE", "080")]
    assert types(emitted(coder, "The ministry offered concessions to the striking dockers.")) == ["AGREE"]
    # a mining concession is no yield
    assert emitted(coder, "The copper concession in Kolwezi belongs to a Belgian firm.") == []


def test_complying_with_demands_accedes_to_them(coder):
    cands = emitted(coder, "The provincial governor complied with the teachers' demands on Friday.")
    assert [(c.plover, c.cameo) for c in cands] == [("CONCEDE", "083")]
    # complying with a law is no concession
    assert emitted(coder, "The company complied with the new labour law in Kenya.") == []


def test_removing_a_curfew_eases_it_removing_sanctions_is_a_retreat(coder):
    assert types(emitted(coder, "The Tongan cabinet removed the curfew on Nuku'alofa.")) == ["CONCEDE"]
    assert types(emitted(coder, "Canada removed its sanctions on Belarusian potash firms.")) == ["RETREAT"]
    # removing rubble or an official is neither
    assert emitted(coder, "Volunteers removed the rubble from the market in Goma.") == []


def test_a_conflictual_act_reported_as_possible_is_a_threat(coder):
    cands = emitted(coder, "Norway could suspend all relations with Ruritania over the vote, "
                           "the foreign minister said.")
    assert [(c.plover, c.mode) for c in cands] == [("THREATEN", "relations")]
    might = emitted(coder, "The minister said Ruritania might expel the Bordurian ambassador.")
    assert types(might) == ["THREATEN"]
    # unreported, or negated, or about a hazard, it stays hypothetical
    assert emitted(coder, "Ruritania could expel the Bordurian ambassador next year.") == []
    assert emitted(coder, "The minister said Ruritania could not expel the ambassador.") == []
    assert emitted(coder, "Experts said the drought could kill thousands in the Sahel.") == []
    # a guess by someone who does not speak for the actor is no threat
    assert emitted(coder, "Analysts said Ruritania could expel the Bordurian ambassador.") == []
    assert emitted(coder, "Bordurian officials said Ruritania might expel the ambassador.") == []
    assert types(emitted(coder, "Ruritania said it might expel the Bordurian ambassador.")) == ["THREATEN"]
    # a possible cooperative act is no promise
    assert emitted(coder, "The minister said Norway could send aid to the refugees.") == []


def test_readiness_to_act_against_someone_is_a_threat_a_plan_is_not(coder):
    cands = emitted(coder, "The minister said the Ruritanian army was prepared to use force "
                           "against the rebels.")
    assert types(cands) == ["THREATEN"]
    assert types(emitted(coder, "The junta is ready to ban the Liberty Party.")) == ["THREATEN"]
    assert emitted(coder, "The rebel group plans to attack the capital of Borduria.") == []
    # readiness to cooperate stays a promise
    assert types(emitted(coder, "Kenya is ready to send aid to Somalia.")) == ["AGREE"]


def test_a_labour_strike_is_a_protest_a_military_strike_an_attack(coder):
    joined = emitted(coder, "Railway workers joined a nationwide strike on Wednesday.")
    assert [(c.plover, c.mode) for c in joined] == [("PROTEST", "strike")]
    walked = emitted(coder, "Dock workers in Tema walked off the job on Monday.")
    assert [(c.plover, c.mode) for c in walked] == [("PROTEST", "strike")]
    nurses = emitted(coder, "Nurses at the Eldoret hospital will strike on Monday.")
    assert [(c.plover, c.mode) for c in nurses] == [("THREATEN", "restrict")]
    # jets and air forces still strike as attacks
    assert types(emitted(coder, "Jets carried out a strike on the rebel camp near Tumba.")) == ["ASSAULT"]
    air = emitted(coder, "The air force will strike the rebel bases near Tumba on Monday.")
    assert [(c.plover, c.mode) for c in air] == [("THREATEN", "violence")]
    # a speaker who walked off a stage stopped no work
    assert emitted(coder, "The singer walked off the stage in Accra.") == []


def test_inked_agreements_are_signed_inked_maps_are_not(coder):
    cands = emitted(coder, "Peru and Fiji inked a fisheries agreement on Friday.")
    assert [(c.plover, c.cameo) for c in cands] == [("SUPPORT", "057")]
    assert emitted(coder, "The cartographer inked the new map of Lima.") == []


def test_joint_ventures_and_operations_are_cooperation(coder):
    venture = emitted(coder, "The Tongan company formed a joint venture with a Fijian mining firm.")
    assert [(c.plover, c.cameo) for c in venture] == [("COOPERATE", "061")]
    operation = emitted(coder, "Ruritanian and Bordurian troops carried out a joint operation "
                               "against the smugglers.")
    assert [(c.plover, c.cameo) for c in operation] == [("COOPERATE", "062")]
    # a committee formed is no venture
    assert emitted(coder, "The council formed a committee on roads in Suva.") == []


def test_forces_pulled_from_a_place_are_withdrawn(coder):
    cands = emitted(coder, "The Ruritanian army pulled all its forces from the Tumba valley.")
    assert [(c.plover, c.mode) for c in cands] == [("RETREAT", "withdraw")]
    assert emitted(coder, "The mayor pulled the plug on the Tumba festival.") == []


def test_an_attack_named_as_the_agent_of_a_passive_happened(coder):
    cands = emitted(coder, "The Ruritanian tax ministry was hit by a cyberattack on Monday.")
    assert [(c.plover, c.mode, c.unnamed, [t.text for t in c.recipients]) for c in cands] == [
        ("COERCE", "cyber", True, ["ministry"])]
    assert types(emitted(coder, "The fuel depot in Tumba was hit by an airstrike on Monday.")) == [
        "ASSAULT"]
    # an attack the verb is not said to do to anyone ("blamed for") is no attack reported here
    assert "ASSAULT" not in types(emitted(
        coder, "The Ruritanian tax ministry was blamed by the press for the attack."))
