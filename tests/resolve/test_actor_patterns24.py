"""Actor resolution patterns of issue 17's twenty-fourth round, on made-up mentions that are
none of bench/data/actors_own*.tsv's: a land named after a river or lake that a country's name
is also the name of ("the Niger Delta") names no such country; a country's possessive before a
party the Factbook's election results name is that party, not the state; a party whose sentence
has it act against the government is in opposition; a listed company named without its trade
words; an unknown named group that acts armed is a rebel group."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention", ["Niger Delta militants", "youths from the Niger Delta"])
def test_the_niger_delta_is_nigerias_not_niger(resolver, mention):
    assert code(resolver, mention)[0] == "NGA"


@pytest.mark.parametrize("mention", ["the Congo Basin", "Chad Basin herders"])
def test_a_basin_named_after_a_country_names_no_country(resolver, mention):
    assert code(resolver, mention)[0] is None


def test_niger_itself_and_niger_state_keep_their_countries(resolver):
    assert code(resolver, "the Niger government") == ("NER", "GOV")
    assert code(resolver, "the Niger State governor")[0] == "NGA"


def test_a_possessive_country_before_a_factbook_party_is_that_party(resolver):
    # the Patriotic Front's candidate lost Zambia's 2021 presidential election
    assert code(resolver, "Zambia's Patriotic Front", date="2024-02-01") == ("ZMB", "OPP")
    assert code(resolver, "Zambia's Patriotic Front", date="2019-02-01") == ("ZMB", "PTY")


def test_a_possessive_country_before_no_party_stays_the_state(resolver):
    assert code(resolver, "Zambia's foreign policy", date="2024-02-01") == ("ZMB", "GOV")


@pytest.mark.parametrize("sentence", [
    "The Sweden Democrats accused the government of wasting the surplus.",
    "The Sweden Democrats again called for early elections.",
    "The Sweden Democrats tried to impeach the prime minister over the scandal.",
])
def test_a_party_that_acts_against_the_government_is_in_opposition(resolver, sentence):
    assert code(resolver, "The Sweden Democrats", sentence=sentence) == ("SWE", "OPP")


@pytest.mark.parametrize("sentence", [
    "The Sweden Democrats praised the government for its plan.",
    "The Sweden Democrats said the Greens had called for early elections in the region.",
])
def test_a_party_that_does_no_such_act_itself_stays_a_party(resolver, sentence):
    assert code(resolver, "The Sweden Democrats", sentence=sentence) == ("SWE", "PTY")


def test_a_ruling_party_is_never_read_as_the_opposition(resolver):
    sentence = "The ruling Sweden Democrats accused the government's critics of lying."
    assert code(resolver, "The ruling Sweden Democrats", sentence=sentence)[1] != "OPP"


@pytest.mark.parametrize("mention,expected", [
    ("Teck", ("CAN", "BUS")), ("Aalberts", ("NLD", "BUS")), ("Amerigo", ("CAN", "BUS")),
])
def test_a_listed_company_without_its_trade_words(resolver, mention, expected):
    # listed as "Teck Resources", "Aalberts Industries NV", "Amerigo Resources Ltd."
    assert code(resolver, mention, sentence=f"{mention} cut its profit forecast.") == expected


def test_a_groups_arm_abroad_lends_the_group_no_country(resolver):
    # "BYD Electronic International" is a Hong Kong listing of one of the group's arms
    assert code(resolver, "BYD", sentence="BYD raised its car prices.")[0] != "HKG"


@pytest.mark.parametrize("mention,sentence,country", [
    ("The Dawla group", "The Dawla group ambushed a convoy near Mosul.", "IRQ"),
    ("the Hasm faction", "The Hasm faction has attacked a checkpoint in Giza.", "EGY"),
])
def test_an_unknown_named_group_that_acts_armed_is_a_rebel_group(resolver, mention, sentence,
                                                                  country):
    assert code(resolver, mention, sentence=sentence) == (country, "REB")


def test_an_unknown_named_group_that_does_no_armed_act_stays_unknown(resolver):
    sentence = "The Dawla group met reporters in Mosul."
    assert code(resolver, "The Dawla group", sentence=sentence)[1] != "REB"


def test_a_countrys_unknown_name_that_joins_the_opposition_is_in_opposition(resolver):
    sentence = "Slovakia's Zvolnik joined the opposition bloc against the coalition."
    assert code(resolver, "Slovakia's Zvolnik", sentence=sentence) == ("SVK", "OPP")


def test_a_countrys_office_that_accuses_the_government_stays_the_state(resolver):
    # "Home Office" is two English words: a state body, whatever its sentence says
    sentence = "Britain's Home Office accused the government of Rwanda of delays."
    assert code(resolver, "Britain's Home Office", sentence=sentence) == ("GBR", "GOV")
