"""Classes of error seen on the eighth whole-article page set (branch audit9, lower-cased Indian
news) and the older sets' misses: a demand told to an addressee about "he" or "him", a demand
whose speech verb the parser hangs on the obligation, a wish that another actor act, a grievance
dismissed, an actor's conduct questioned. The sentences are this round's own, not the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_an_obligation_told_to_an_addressee_about_he_is_a_demand_of_the_addressee(code):
    got = coded(code, "The president then told the governor that he should raise funds from private donors.")
    assert ("REQUEST", "president", "governor") in got, got
    # a counterfactual about oneself, told to reporters, demands nothing
    assert "REQUEST" not in events(code, "The minister told reporters that he should have acted sooner.")


def test_an_obligation_with_the_speech_verb_in_between_is_a_demand(code):
    got = coded(code, "The governor should take confidence-building measures, the president said, "
                      "by building houses for the victims.")
    assert any(e == "REQUEST" and r == "governor" for e, _a, r in got), got
    # an obligation of no actor is no demand
    assert "REQUEST" not in events(code, "It is hot, he said, and the river should rise.")


def test_wanting_another_actor_to_act_is_demanding_it(code):
    got = coded(code, "The president wants the governor to resign.")
    assert ("REQUEST", "president", "governor") in got, got
    assert "RETREAT" not in {e for e, _a, _r in got}, got  # the resignation is only wished for
    got = coded(code, "The prime minister told the chief minister that he wanted the state "
                      "government to prepare a relief plan.")
    assert any(e == "REQUEST" and r == "state government" for e, _a, r in got), got
    # a wish to act oneself, or one denied, demands nothing of anyone
    assert "REQUEST" not in events(code, "The minister wants to thank the donors.")
    assert "REQUEST" not in events(code, "The president did not want the army to intervene.")


def test_an_expectation_told_to_an_addressee_about_him_is_a_demand(code):
    got = coded(code, "The president told the governor he expected him to build new homes.")
    assert ("REQUEST", "president", "governor") in got, got
    got = coded(code, "Officials said that when the president told the governor he expected him "
                      "to build homes for the flood victims, the latter said he had no money.")
    assert ("REQUEST", "president", "governor") in got, got
    # an expectation that is a prediction is no demand
    assert "REQUEST" not in events(code, "The government expects the rebels to attack the town.")


def test_a_grievance_dismissed_is_rejected(code):
    got = coded(code, "The president also dismissed the governor's complaint that the reports were exaggerated.")
    assert ("REJECT", "president", "governor") in got, got


def test_an_actors_conduct_questioned_is_criticism(code):
    got = coded(code, "The senator questioned the government's handling of the crisis.")
    assert ("ACCUSE", "senator", "government") in got, got
    got = events(code, "Some state units questioned the leadership's growing closeness to the opposition party.")
    assert "ACCUSE" in got and "AID" not in got, got


def test_opposing_misconduct_is_disapproval_not_rejection(code):
    got = events(code, "The foreign minister said Japan firmly opposes intimidation in the region.")
    assert "ACCUSE" in got and "REJECT" not in got, got
    got = events(code, "We strongly oppose violations of human rights by the junta, the ambassador said.")
    assert "ACCUSE" in got and "REJECT" not in got, got
    # opposing a bill or a plan stays its rejection
    assert "REJECT" in events(code, "The senator opposes the new tax plan.")


def test_a_refusal_answered_in_the_negative_or_owned_as_reluctance(code):
    got = coded(code, "The prime minister replied in the negative.")
    assert any(e == "REJECT" and a == "prime minister" for e, a, _r in got), got
    got = coded(code, "Washington's reluctance to roll back tariffs angered Beijing.")
    assert any(e == "REJECT" and a == "washington" for e, a, _r in got), got


def test_armed_forces_that_arrive_are_deployed(code):
    assert "MOBILIZE" in events(code, "Two army columns arrived in the city on Friday.")
    assert "MOBILIZE" in events(code, "Five companies of paramilitary forces had also arrived on Saturday.")
    assert "MOBILIZE" in events(code, "Troops arrived in the town after the clashes.")
    # the police at the spot, a delegation or a governor arriving are no deployment
    assert "MOBILIZE" not in events(code, "The police arrived at the spot an hour later.")
    assert "MOBILIZE" not in events(code, "A delegation of the commission arrived in the state on Monday.")
    assert "MOBILIZE" not in events(code, "The governor arrived in the capital on Sunday.")
