"""Threats and mobilisation worded without their verb (branch threat2; the open classes of probe
rounds 7 and 8): forces said to move in on a condition, a speaker's passive of force on a
condition, a speaker's own forces that could strike, warships ordered somewhere, warplanes
scrambled (passive).

Every sentence is made up for the test (none is a probe sentence or a CAMEO example); each class
has a sentence it must code and a near miss it must leave alone: a forecast or a condition that is
no act of force ("prices could rise if ...", "would resign if ...") is no threat.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow



def test_forces_said_to_move_in_on_a_condition_threaten_force(coder):
    cross = emitted(coder, "Ankara said its troops could cross into northern Iraq if the militants "
                           "kept firing on border posts.")
    assert typed(cross) == [("THREATEN", "138")]
    enter = emitted(coder, "India's army chief said his soldiers would enter Pakistani territory if "
                           "the infiltration did not stop.")
    assert typed(enter) == [("THREATEN", "138")]
    assert roles(enter, "THREATEN")[0][0] == ["soldiers"]
    # the same move done is no threat and no event of its own; unreported, only hypothetical
    assert "THREATEN" not in plovers(emitted(coder, "Turkish troops entered the village on Monday."))
    assert "THREATEN" not in plovers(emitted(coder, "Turkish troops would enter the village if asked."))


def test_the_speakers_own_forces_that_could_strike_threaten(coder):
    bomb = emitted(coder, "Sudan said its jets could bomb the oil fields if South Sudan backed the rebels.")
    assert typed(bomb) == [("THREATEN", "138")]
    # another's forces guessed at by a speaker stay a guess
    assert "THREATEN" not in plovers(emitted(
        coder, "Analysts said Sudanese jets could bomb the oil fields if the talks failed."))


def test_a_speakers_passive_of_force_on_military_targets_is_a_threat(coder):
    destroyed = emitted(coder, "Baku's defence ministry said enemy positions would be destroyed if "
                               "the shelling continued.")
    assert ("THREATEN", "138") in typed(destroyed)
    assert roles(destroyed, "THREATEN")[0][0] == ["ministry"]
    # a harvest destroyed by the weather is no one's threat
    assert "THREATEN" not in plovers(emitted(
        coder, "Farmers said the harvest would be destroyed if the rains failed."))


def test_forecasts_and_conditions_that_are_no_act_of_force_stay_no_threat(coder):
    for sentence in ("Analysts said oil prices could rise if the strait were closed.",
                     "The minister said he would resign if the budget failed.",
                     "Officials said the talks would resume if both sides agreed.",
                     "Economists warned that exports could fall if the currency strengthened.",
                     "The president said elections would be held if the court approved."):
        assert "THREATEN" not in plovers(emitted(coder, sentence)), sentence


def test_warships_ordered_somewhere_are_moved(coder):
    carrier = emitted(coder, "President Biden ordered the aircraft carrier to the eastern "
                             "Mediterranean on Sunday.")
    assert typed(carrier) == [("MOBILIZE", "154")]
    fleet = emitted(coder, "Moscow ordered its Black Sea fleet to the coast of Syria.")
    assert typed(fleet) == [("MOBILIZE", "154")]
    assert roles(fleet, "MOBILIZE")[0][0] == ["Moscow"]
    # inspectors ordered out stay expelled
    assert plovers(emitted(coder, "Baghdad ordered the inspectors to leave the country.")) == ["SANCTION"]


def test_warplanes_scrambled_in_the_passive_are_their_forces_on_alert(coder):
    jets = emitted(coder, "Indian fighter jets were scrambled after the drone sighting near the border.")
    assert typed(jets) == [("MOBILIZE", "152")]
    assert roles(jets, "MOBILIZE") == [(["jets"], [])]
    planes = emitted(coder, "Japanese warplanes were scrambled to intercept Chinese bombers.")
    assert ("MOBILIZE", "152") in typed(planes)
    # eggs scrambled are no force
    assert plovers(emitted(coder, "The eggs were scrambled in the kitchen.")) == []


def test_a_state_name_read_as_an_adverb_before_its_verb_is_its_subject(coder):
    # the parser reads "Turkey" as a noun-phrase adverb of "massed" when a reporting clause follows
    massed = emitted(coder, "Turkey massed tanks and artillery along its border with Syria ahead of "
                            "an expected incursion, Anadolu reported.")
    assert typed(massed) == [("MOBILIZE", "154")]
    assert roles(massed, "MOBILIZE")[0][0] == ["Turkey"]
