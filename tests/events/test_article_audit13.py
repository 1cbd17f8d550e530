"""Classes of error seen on the twelfth whole-article page set (branch audit13, lower-cased Indian
news): a protest "taken out" in the passive given to no one, a meeting called or convened read as
nothing (or as a meeting asked for), and a charge "with" a gerund (the act the accused is said to
have done) read as nothing. The sentences are this round's own, not the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_a_protest_taken_out_in_the_passive_is_its_agents(code):
    got = coded(code, "a protest march was taken out by the teachers in the city on tuesday.")
    assert ("PROTEST", "teachers", "") in got, got
    # a loan taken out is still no protest
    assert "PROTEST" not in events(code, "a loan was taken out by the trader last year.")


def test_a_meeting_called_is_held_by_its_caller(code):
    got = coded(code, "the chief minister called a meeting of senior officials on sunday.")
    assert any(t == "CONSULT" and a == "chief minister" for t, a, _r in got), got
    # with no caller named, the body whose meeting it is meets
    got = coded(code, "a meeting of the cabinet has been called for monday.")
    assert any(t == "CONSULT" and a == "cabinet" for t, a, _r in got), got
    # a meeting called for is asked for, not held; a naming calls none
    assert "CONSULT" not in events(code, "the opposition called for a meeting of the house.")
    assert "CONSULT" not in events(code, "they called the decision a betrayal.")


def test_a_charge_with_a_gerund_accuses(code):
    got = coded(code, "the spokesman charged the government with neglecting the farmers.")
    assert ("ACCUSE", "spokesman", "government") in got, got
    got = coded(code, "the union leader charged the management with hiding the accounts.")
    assert any(t == "ACCUSE" and a == "union leader" for t, a, _r in got), got
    # a charge with batons is no accusation
    assert "ACCUSE" not in events(code, "the police charged the crowd with batons.")
