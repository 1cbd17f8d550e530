"""Actor resolution patterns of issue 17's twenty-third round, on made-up mentions that are
none of bench/data/actors_own*.tsv's: scientists named by their discipline, parents, police
bodies named after criminal investigation, makers named by their goods, a state's development
fund, a lawyers' body named after a court, a breakaway state's separatist leader, and a
one-word KB surname that is the given name of a person the Wikipedia people list knows."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention,expected", [
    ("Chilean seismologists", ("CHL", "EDU")),
    ("An Icelandic volcanologist", ("ISL", "EDU")),
    ("German virologists", ("DEU", "EDU")),
])
def test_scientists_named_by_their_discipline_are_experts(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_parents_are_civilians(resolver):
    assert code(resolver, "Kenyan parents") == ("KEN", "CVL")


def test_a_parent_company_stays_a_firm(resolver):
    assert code(resolver, "the Dutch parent company") == ("NLD", "BUS")


@pytest.mark.parametrize("mention,expected", [
    ("Sri Lanka's Criminal Investigation Department", ("LKA", "COP")),
    ("Uganda's Criminal Investigations Directorate", ("UGA", "COP")),
])
def test_a_police_body_named_after_criminal_investigation_is_police(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_criminal_gangs_stay_criminals(resolver):
    assert code(resolver, "Ugandan criminal gangs") == ("UGA", "CRM")


@pytest.mark.parametrize("mention,expected", [
    ("Cambodian garment makers", ("KHM", "BUS")),
    ("Taiwanese chipmakers", ("TWN", "BUS")),
])
def test_makers_named_by_their_goods_are_business(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_states_development_fund_is_its_government(resolver):
    assert code(resolver, "The Abu Dhabi Fund for Development") == ("ARE", "GOV")


def test_a_bar_named_after_a_court_is_the_lawyers(resolver):
    mention = "The head of the Islamabad High Court Bar Association"
    assert code(resolver, mention, sentence=f"{mention} called a strike.") == ("PAK", "CVL")


def test_the_court_itself_stays_the_judiciary(resolver):
    assert code(resolver, "The chief justice of the Lahore High Court")[1] == "JUD"


def test_a_breakaway_states_separatist_leader_is_that_entity(resolver):
    assert code(resolver, "Abkhazia's separatist leader") == ("GEO", "PRE")


def test_a_breakaway_states_separatist_fighters_stay_rebels(resolver):
    assert code(resolver, "Abkhaz separatist fighters") == ("GEO", "REB")


def test_a_surname_of_the_kb_is_a_given_name_before_a_listed_persons_surname(resolver):
    from eventwire.knowledge.kb import name_key
    from eventwire.knowledge.people import listed_country

    # the KB knows a Nepali "Mohammed Mohsin"; the people list knows "Mohsin Hamid" whole
    listed = listed_country(name_key("Mohsin Hamid"))
    assert listed is not None and listed != "NPL"
    mention = "Writer Mohsin Hamid"
    assert code(resolver, mention, sentence=f"{mention} spoke.")[0] == listed


@pytest.mark.parametrize("mention,expected", [
    ("The United Wa State Army", ("MMR", "REB")),
    ("Guerreros Unidos", ("MEX", "CRM")),
    ("Jaysh al-Adl", ("IRN", "REB")),
])
def test_armed_groups_crime_groups_and_bodies_the_kb_lacked(resolver, mention, expected):
    assert code(resolver, mention, sentence=f"{mention} issued a statement.") == expected


def test_the_eus_police_agency_is_an_international_police_body(resolver):
    country, sector = code(resolver, "Europol", sentence="Europol issued a statement.")
    assert country in ("EUR", "IGO") and sector == "COP"
