"""Actor resolution patterns of issue 17's twenty-first round, on made-up mentions that are
none of bench/data/actors_own10.tsv's: clergy below the bishops, port labour and allied health
trades by their names, national security bureaus; a company group named by its own name and a
group word, in the one country of the listed companies whose names begin so (arms abroad left
out); central banks known by their own names; named crime syndicates; an army no state keeps,
named by its aim or by a people that is no country, and the state armies that stay MIL."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention,sector", [
    ("a curate", "REL"), ("the prison chaplains", "REL"), ("longshoremen", "LAB"),
    ("striking dockers", "LAB"), ("sonographers", "MED"), ("two physiotherapists", "MED"),
    ("the National Security Bureau", "SPY"),
])
def test_clergy_port_and_care_trades_and_security_bureaus(resolver, mention, sector):
    assert code(resolver, mention)[1] == sector


@pytest.mark.parametrize("mention,expected", [
    ("Godrej Group", ("IND", "BUS")),
    ("the Hinduja Group", ("IND", "BUS")),
    ("Aboitiz Group", ("PHL", "BUS")),
    ("the Salim Group", ("IDN", "BUS")),
])
def test_a_company_group_is_the_country_of_its_listed_companies(resolver, mention, expected):
    assert code(resolver, mention, sentence=f"{mention} announced a new plant.") == expected


def test_a_group_whose_listings_are_arms_abroad_gets_no_country_from_them(resolver):
    # Ecobank's listings are named by their countries ("Ecobank Nigeria", "Ecobank Ghana"):
    # none of them is the group's home (round 30: an unlisted company group is BUS, with no
    # country)
    assert code(resolver, "Ecobank Group", sentence="Ecobank Group announced a new plant.") \
        == (None, "BUS")


@pytest.mark.parametrize("mention,expected", [
    ("the Riksbank", ("SWE", "GOV")), ("Norges Bank", ("NOR", "GOV")),
    ("the governor of Bank Negara", ("MYS", "GOV")),
])
def test_central_banks_known_by_their_own_names(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("the Mexican Mafia", ("USA", "CRM")), ("the Red Command", ("BRA", "CRM")),
])
def test_named_crime_syndicates(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", ["the Lahu Democratic Salvation Army", "the Lisu Army"])
def test_an_army_no_state_keeps_is_rebels(resolver, mention):
    assert code(resolver, mention)[1] == "REB"


@pytest.mark.parametrize("mention", ["the Eighth Army", "the Royal Army", "the Continental Army",
                                     "the Syrian Army", "the Algerian People's National Army"])
def test_state_armies_stay_the_military(resolver, mention):
    assert code(resolver, mention)[1] == "MIL"
