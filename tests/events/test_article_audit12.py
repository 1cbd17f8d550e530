"""Classes of error seen on the eleventh whole-article page set (branch audit12, lower-cased Indian
news): a protest "taken out" read as nothing, and the act for which a passive's subject was
arrested given to no one or to the arresting police. The sentences are this round's own, not the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_a_protest_taken_out_is_held(code):
    got = coded(code, "the farmers took out a march through the town on monday.")
    assert any(t == "PROTEST" and a == "farmers" for t, a, _r in got), got
    got = coded(code, "the students took out a rally through the main market.")
    assert any(t == "PROTEST" and a == "students" for t, a, _r in got), got
    # a loan taken out is no protest
    assert "PROTEST" not in events(code, "the trader took out a loan from the bank.")


def test_the_reason_of_a_passive_is_its_subjects_act(code):
    got = coded(code, "the workers were arrested by the police for blocking the highway.")
    assert any(t == "PROTEST" and a == "workers" for t, a, _r in got), got
    assert not any(t == "PROTEST" and a == "police" for t, a, _r in got), got
    got = coded(code, "over 50 students were detained for staging a protest near the assembly.")
    assert any(t == "PROTEST" and "students" in a for t, a, _r in got), got
    # an active verb's object still does what it is blamed for
    got = coded(code, "the minister criticised the police for opening fire on the crowd.")
    assert any(t == "ASSAULT" and a == "police" for t, a, _r in got), got
