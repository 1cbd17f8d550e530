"""The coder's loose ends, round 2 (branch leftovers2, issue 13): the side forced to retreat is the
retreat's actor, "pull back" is a retreat, an act noun "by X" met with force is a threat to X, and
and a compound demonym ("Greek Cypriot") names the state its people live in
(tests/resolve/test_compound_demonyms.py).

Every sentence is made up for the test (none is a leftovers2 or threat4 row, nor a CAMEO example);
each class has a near miss it must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow


def test_the_side_forced_to_retreat_is_the_retreats_actor(coder):
    forced = emitted(coder, "Rebel columns reached the outskirts at noon, but government soldiers "
                            "forced them to withdraw.")
    assert "RETREAT" in plovers(forced)
    assert roles(forced, "RETREAT")[0][0] == ["columns"]
    # the forcer named in a phrase after the subject ("shots from X") is no antecedent either
    shots = emitted(coder, "Militiamen crossed the bridge, but volleys from police units forced "
                           "them to retreat.")
    assert roles(shots, "RETREAT")[0][0] != ["units"]


def test_troops_pulled_back_retreat_and_diplomats_pulled_back_are_recalled(coder):
    pulled = emitted(coder, "Serbian troops pulled back from the boundary line on Sunday.")
    assert ("RETREAT", "0872") in typed(pulled)
    assert roles(pulled, "RETREAT")[0][0] == ["troops"]
    recalled = emitted(coder, "Italy pulled back its ambassador from Cairo after the trial.")
    assert "RETREAT" not in plovers(recalled)
    assert ("SANCTION", "161") in typed(recalled)


def test_an_act_by_a_named_doer_met_with_force_threatens_the_doer(coder):
    met = emitted(coder, "Algeria warned that any incursion by Moroccan units would be met with "
                         "force.")
    assert "THREATEN" in plovers(met)
    assert (["Algeria"], ["units"]) in roles(met, "THREATEN")
    # a body led by someone, met by others, is a meeting, not a threat
    led = emitted(coder, "A delegation led by the Kenyan minister was met by Ugandan officials.")
    assert "THREATEN" not in plovers(led)


def test_a_companys_delivery_is_a_sale_not_aid(coder):
    for sentence in ("Bombardier Inc delivered six regional jets to Air Baltic last month.",
                     "Ericsson supplied radio equipment to Vodafone under the new contract."):
        assert "AID" not in plovers(emitted(coder, sentence)), sentence
    # a state's delivery stays aid, and a company's delivery to a state is left to the models
    assert "AID" in plovers(emitted(coder, "Canada delivered armoured vehicles to Ukraine."))


def test_a_states_own_act_promised_on_a_condition_is_a_threat(coder):
    forced = emitted(coder, "Georgia will respond militarily if Abkhaz units advance past the "
                            "river, the Georgian defence minister said.")
    assert ("THREATEN", "138") in typed(forced)
    assert (["Georgia"], ["units"]) in roles(forced, "THREATEN")
    blocked = emitted(coder, "Austria will block Serbia's accession if Belgrade refuses the "
                             "sanctions, the Austrian chancellor said.")
    assert ("THREATEN", "130") in typed(blocked)
    assert (["Austria"], ["Belgrade"]) in roles(blocked, "THREATEN")
    # a reply promised on a condition, with no force, is no threat
    reply = emitted(coder, "The ministry will respond to the petition if the students send it, "
                           "the spokesman said.")
    assert "THREATEN" not in plovers(reply)


def test_a_bare_would_of_a_pledge_in_a_main_clause_is_a_reported_intent(coder):
    pledged = emitted(coder, "The teachers' union would abide by the court's ruling.")
    assert "AGREE" in plovers(pledged)
    # with a condition it stays hypothetical
    conditioned = emitted(coder, "The teachers' union would abide by the ruling if the court "
                                 "heard its appeal.")
    assert "AGREE" not in plovers(conditioned)
