"""CASE-style snippets (issue 13, case8): storms as doers, gunfights, human chains, damage tours.

Found by the written sets `bench/data/case_probe.tsv` and `bench/data/case_disaster.tsv`
(natural-disaster snippets must yield no event). Sentences are written for this round (never a
dataset row nor one of those sets); each rule has sentences it must code and ones it must leave
alone.
"""

import pytest

pytestmark = pytest.mark.slow


def _events(code, text):
    return [(e.event, e.cameo, e.actor.entity_text if e.actor else None,
             e.recipient.entity_text if e.recipient else None) for e in code(text)]


def _types(code, text):
    return [e[0] for e in _events(code, text)]


def test_a_storm_by_its_name_does_nothing(code):
    # the parser tags the storm's name a person: the name after its kind is still the storm
    for text in ("Hurricane Otis slammed into Acapulco early on Wednesday, killing at least 27 people.",
                 "Typhoon Mawar lashed the island overnight, tearing off roofs and injuring nine residents."):
        assert _types(code, text) == [], text
    # a person who slams someone still accuses
    assert "ACCUSE" in _types(code, "President Ruto slammed the opposition for the violent protests.")


def test_wind_as_the_doer_does_nothing(code):
    for text in ("Strong winds and heavy rain destroyed standing crops in three districts of Sindh.",
                 "Gale-force winds destroyed dozens of fishing boats in Chittagong port."):
        assert _types(code, text) == [], text
    # people who destroy the same boats still attack
    assert "ASSAULT" in _types(code, "Gunmen destroyed dozens of fishing boats in the port.")


def test_killed_in_a_gunfight_or_a_bombardment_is_an_attack(code):
    assert "ASSAULT" in _types(code, "Two gunmen were killed in a gunfight in Pulwama on Friday, police said.")
    assert "ASSAULT" in _types(code, "Eleven civilians died in the bombardment of Ariha on Sunday.")
    # dying of an illness stays no event
    assert _types(code, "Eleven people died of cholera in the camp on Sunday.") == []


def test_forming_a_human_chain_is_a_protest(code):
    assert "PROTEST" in _types(code, "Nurses formed a human chain outside the hospital against unpaid wages.")
    assert "PROTEST" not in _types(code, "The carbon atoms formed a long chain in the experiment.")


def test_a_tour_of_stricken_areas_is_no_meeting(code):
    assert "CONSULT" not in _types(
        code, "The chief minister visited the flood-hit villages of Jalpaiguri on Monday.")
    assert "CONSULT" not in _types(
        code, "The prime minister visited the quake-affected districts of Kahramanmaras on Tuesday.")
    # a state visited by name after a disaster still hosts the visit
    assert "CONSULT" in _types(code, "The Indian foreign minister visited quake-hit Nepal on Monday.")
