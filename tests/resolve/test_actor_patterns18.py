"""Actor resolution patterns of issue 17's seventeenth round, on made-up mentions and KB rows
that are none of bench/data/actors_own7.tsv's: a criminal or armed body named after its home
town with a capital ("the Tijuana Cartel"); an armed group of Phoenix's named after a region
of one country (no international group); a state's formal name the country tables lack; a
country's dotted abbreviation read as an organisation's acronym; a Phoenix body past its last
record (no former official); an army named after a region, not a state."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention,expected", [
    ("the Tijuana Cartel", ("MEX", "CRM")),
    ("The Cali Cartel", ("COL", "CRM")),
    ("the Kolkata Mafia", ("IND", "CRM")),
])
def test_a_body_named_after_its_home_town_is_of_that_country(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_name_before_a_cartel_that_is_no_place_gives_no_country(resolver):
    assert code(resolver, "the Beltrán-Leyva Cartel") == (None, "CRM")


@pytest.mark.parametrize("mention,expected", [
    ("the Pattani United Liberation Organization", ("THA", "REB")),
    ("the National Liberation Front of Tripura", ("IND", "REB")),
    ("the Free Papua Movement", ("IDN", "REB")),
])
def test_an_armed_group_named_after_a_region_is_of_its_country(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", ["the Abu Nidal Organization", "the Islamic State of Iraq"])
def test_an_armed_group_named_after_no_region_stays_international(resolver, mention):
    assert code(resolver, mention)[0] == "IMG"


@pytest.mark.parametrize("mention,expected", [
    ("the Federal Democratic Republic of Nepal", ("NPL", "GOV")),
    ("The Co-operative Republic of Guyana", ("GUY", "GOV")),
    ("the Republic of the Union of Burma", ("MMR", "GOV")),
])
def test_a_formal_state_name_is_the_state(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", ["IOM staff", "An IOM official"])
def test_an_acronym_spelled_like_a_dotted_country_abbreviation_is_no_country(resolver,
                                                                             mention):
    assert code(resolver, mention)[0] != "IMN"


def test_the_country_whose_abbreviation_was_dropped_still_reads(resolver):
    assert code(resolver, "the Isle of Man") == ("IMN", "GOV")


@pytest.mark.parametrize("mention,expected", [
    ("the Syrian National Council", ("SYR", "OPP")),
    ("the Kurdish Democratic Union Party", ("SYR", "REB")),
])
def test_a_phoenix_body_past_its_last_record_keeps_its_sector(resolver, mention, expected):
    # Phoenix stops in 2014; a body is no former official (ELI) years later
    assert code(resolver, mention, date="2020-06-01") == expected


def test_a_phoenix_person_past_the_last_record_is_a_former_official(resolver):
    assert code(resolver, "David Petraeus", date="2022-06-01") == ("USA", "ELI")


@pytest.mark.parametrize("mention,expected", [
    ("the Shan State Army", ("MMR", "REB")),
    ("the Tigray Army", ("ETH", "REB")),
])
def test_an_army_named_after_a_region_is_a_rebel_army(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("the Royal Thai Army", ("THA", "MIL")),
    ("the Indian Army", ("IND", "MIL")),
])
def test_an_army_named_after_its_state_is_the_military(resolver, mention, expected):
    assert code(resolver, mention) == expected
