"""Classes of error seen on the ninth whole-article page set (branch audit10, lower-cased Indian
news) and the older sets' misses: forces to be posted read as a threat, criticism by verbs the
lexicon lacked, support extended, a failure a speaker reports. The sentences are this
round's own, not the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_a_future_deployment_naming_no_target_is_a_mobilisation_not_a_threat(code):
    got = events(code, "Over 1,200 policemen will be deployed at the counting centres.")
    assert "MOBILIZE" in got and "THREATEN" not in got, got
    got = events(code, "The commissioner said that additional forces would be deployed in full strength.")
    assert "MOBILIZE" in got and "THREATEN" not in got, got
    # forces to be sent against someone named stay a show of force
    assert "THREATEN" in events(code, "Troops will be deployed along the border with Ukraine.")


def test_haranguing_and_resenting_an_actor_or_its_curbs_are_criticism(code):
    got = coded(code, "Several senators harangued the president on Thursday.")
    assert ("ACCUSE", "several senators", "president") in got, got
    got = events(code, "Several senators said they greatly resented the curbs placed on the protesters.")
    assert "ACCUSE" in got, got
    # resenting what happened to oneself names no one
    assert "ACCUSE" not in events(code, "The minister said he resented being left out of the talks.")


def test_support_extended_to_an_actor_is_support(code):
    got = coded(code, "The Left parties extended their support to the coalition government.")
    assert ("SUPPORT", "left parties", "coalition government") in got, got
    assert "SUPPORT" in events(code, "The union extended its backing to the striking teachers.")
    # an agreement extended is prolonged, not supported
    assert "SUPPORT" not in events(code, "The two sides extended the ceasefire agreement by a week.")


def test_a_failure_a_speaker_reports_is_criticism_of_who_failed(code):
    got = coded(code, "The delegation said the government had failed to contain the violence.")
    assert ("ACCUSE", "delegation", "government") in got, got
    got = coded(code, "The union leader said the first step would be the dismissal of the state "
                      "government, which has miserably failed in upholding its duty.")
    assert ("ACCUSE", "union leader", "state government") in got, got
    got = coded(code, "The bishops said the interior minister and the governor should resign as "
                      "they have failed to contain the violence.")
    assert ("ACCUSE", "bishops", "interior minister and the governor") in got, got
    assert any(e == "REQUEST" for e, _a, _r in got), got  # the demand stays
    # a failure told by the page, one denied, one's own, or a failed attack is no criticism
    assert "ACCUSE" not in events(code, "The police failed to stop the mob.")
    assert "ACCUSE" not in events(code, "The opposition said the government had not failed to act.")
    assert "ACCUSE" not in events(code, "The senator said he had failed to persuade the committee.")
    assert "ACCUSE" not in events(code, "Officials said the rebels failed to capture the town.")
