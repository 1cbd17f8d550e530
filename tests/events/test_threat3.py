"""Threats and shows of force the coder still missed (branch threat3; probe rounds 8 and 9 and
stop 35's open classes): retaliation promised on a condition, a mobilisation announced, forces
stationed, warplanes that scramble (intransitive), and an active future deployment to open water
(forces moved, MOBILIZE, as the passive form is since audit10).

Every sentence is made up for the test (none is a probe sentence or a CAMEO example); each class
has a near miss it must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow


def test_retaliation_promised_on_a_condition_is_a_threat(coder):
    steps = emitted(coder, "The Kremlin said Moscow would be forced to take retaliatory steps if "
                           "Norway hosted American bombers.")
    assert typed(steps) == [("THREATEN", "130")]
    assert roles(steps, "THREATEN") == [(["Moscow"], ["Norway"])]
    counter = emitted(coder, "Beijing said it would take countermeasures unless Lithuania reversed "
                             "its decision.")
    assert ("THREATEN", "130") in typed(counter)
    # retaliation taken is told, not threatened; steps of another kind on a condition are no threat
    for sentence in ("China took retaliatory measures against Australian wine last year.",
                     "The ministry said it would take reciprocal steps to ease visa rules if the "
                     "talks went well.",
                     "The company said it would take steps to cut costs if sales fell."):
        assert "THREATEN" not in plovers(emitted(coder, sentence)), sentence


def test_a_mobilisation_of_forces_announced_is_made(coder):
    for sentence in ("Armenia announced a general mobilisation of reservists on Sunday.",
                     "Estonia announced the mobilization of 3,000 reservists for a snap exercise."):
        assert typed(emitted(coder, sentence)) == [("MOBILIZE", "154")], sentence
    # a party's mobilisation of its voters is no show of force
    assert "MOBILIZE" not in plovers(emitted(
        coder, "The opposition party announced a mobilisation of its voters ahead of the runoff."))


def test_forces_stationed_are_deployed(coder):
    for sentence in ("Poland has stationed additional troops along its border with Belarus.",
                     "Lithuania stationed more soldiers near its frontier with Russia last week."):
        assert typed(emitted(coder, sentence)) == [("MOBILIZE", "154")], sentence
    # peacekeepers stationed protect (AID 074), as peacekeepers sent do
    assert typed(emitted(coder, "Ireland stationed peacekeeping troops in southern Lebanon.")) == [
        ("AID", "074")]


def test_warplanes_that_scramble_raise_the_alert(coder):
    jets = emitted(coder, "Two Danish jets scrambled to meet the Russian bombers near Bornholm.")
    assert ("MOBILIZE", "152") in typed(jets)
    assert roles(jets, "MOBILIZE")[0][0] == ["jets"]
    # people who scramble for something raise no alert
    assert "MOBILIZE" not in plovers(emitted(coder, "Fans scrambled for tickets to the final."))


def test_an_active_future_deployment_to_open_water_is_forces_moved(coder):
    # one rule for both voices (coder._posted_on_duty): naming no one it is aimed at, a future
    # deployment is forces moved, not a threat
    for sentence in ("Denmark will deploy a frigate to the Baltic Sea next month, the defence "
                     "ministry said.",
                     "Canada will deploy two more destroyers to the Pacific, the minister announced."):
        assert typed(emitted(coder, sentence)) == [("MOBILIZE", "154")], sentence
    assert "THREATEN" not in plovers(emitted(
        coder, "Two more frigates will be deployed to the Baltic Sea, the defence ministry said."))
    # a deployment that names a state stays a threat to it
    along = emitted(coder, "Russia will deploy troops along the border with Ukraine, the Kremlin said.")
    assert plovers(along) == ["THREATEN"]
