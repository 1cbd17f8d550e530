"""Classes of error seen on the thirteenth whole-article page set (branch audit14, lower-cased
Indian news): a demonstration "at" a place, a climb-down, a signature campaign, a speech or a
sit-in (dharna) disrupted, a felicitation, displeasure the parser reads as a passive ("was irked with"),
and a strike named by a curly-apostrophe possessive of truckers. The sentences are this round's
own, not the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_a_demonstration_at_a_place_is_a_protest(code):
    got = coded(code, "the party legislators demonstrated at the gate of the secretariat.")
    assert any(t == "PROTEST" and a == "party legislators" for t, a, _r in got), got
    # a thing or a fact demonstrated somewhere is shown, not protested
    assert "PROTEST" not in events(code, "the company demonstrated its new car at the motor show.")
    assert "PROTEST" not in events(code, "the engineer demonstrated in the lab how the pump works.")


def test_climbing_down_from_a_demand_concedes(code):
    got = coded(code, "the union climbed down from its demand for a wage hike.")
    assert any(t == "CONCEDE" and a == "union" for t, a, _r in got), got


def test_a_signature_campaign_is_a_protest(code):
    got = coded(code, "the teachers launched a signature campaign against the transfer policy.")
    assert any(t == "PROTEST" and a == "teachers" for t, a, _r in got), got
    # another campaign is none
    assert "PROTEST" not in events(code, "the party launched its election campaign in the state.")


def test_a_speech_or_a_sit_in_disrupted_is_obstruction(code):
    got = coded(code, "opposition members disrupted the chief minister's speech in the house.")
    assert any(t == "PROTEST" and a == "opposition members" for t, a, _r in got), got
    got = coded(code, "a dharna of the nurses was disrupted by a crowd of youths on friday.")
    assert any(t == "PROTEST" and "youths" in a for t, a, _r in got), got
    # traffic or supplies disrupted are no one's protest
    assert not events(code, "heavy rain disrupted traffic in the city on monday.")


def test_a_felicitation_praises(code):
    got = coded(code, "the mayor felicitated the police officers on sunday.")
    assert ("SUPPORT", "mayor", "police officers") in got, got


def test_displeasure_read_as_a_passive_participle_disapproves(code):
    got = coded(code, "the party was irked with the government for its silence.")
    assert ("ACCUSE", "party", "government") in got, got
    got = coded(code, "the allies were annoyed with the minister over his remarks.")
    assert ("ACCUSE", "allies", "minister") in got, got


def test_a_truckers_strike_with_a_curly_apostrophe_is_a_labour_strike(code):
    got = events(code, "a truckers\u2019 strike hit the supply of vegetables to the city.")
    assert "PROTEST" in got and "ASSAULT" not in got, got
