"""Actor resolution patterns of issue 17's twenty-sixth round, on made-up mentions that are
none of bench/data/actors_own*.tsv's: scholars, medical specialists, grandparents and
transport crews named by their trade; the bodies that govern the judges; listed companies
named without the goods word their listing keeps, or with another trade word; the head of a
listed company; a university listed with its town after its name; and a name that goes on
as "son of" another person's."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention,expected", [
    ("Peruvian archaeologists", ("PER", "EDU")),
    ("Brazilian paediatricians", ("BRA", "MED")),
    ("Kenyan radiologists", ("KEN", "MED")),
    ("Argentine grandmothers", ("ARG", "CVL")),
    ("Italian air traffic controllers", ("ITA", "LAB")),
])
def test_people_named_by_their_trade_or_kin(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", [
    "Ukraine's High Council of Justice",
    "The head of Kenya's Judicial Service Commission",
])
def test_the_bodies_that_govern_the_judges_are_the_judiciary(resolver, mention):
    assert code(resolver, mention)[1] == "JUD"


def test_generals_stay_the_military(resolver):
    assert code(resolver, "Egyptian generals") == ("EGY", "MIL")


def test_a_listed_company_without_its_goods_word(resolver):
    # listed as "Engro Foods Ltd"
    assert code(resolver, "Engro", sentence="Engro raised the price of its milk.") \
        == ("PAK", "BUS")


def test_a_listed_company_with_another_trade_word(resolver):
    # listed as "Fortescue Metals Group Ltd"
    assert code(resolver, "Fortescue Energy", sentence="Fortescue Energy opened a plant.") \
        == ("AUS", "BUS")


def test_the_head_of_a_listed_company_is_in_its_country(resolver):
    # listed as "Electrolux AB ser. B": the company alone resolved before, its head did not
    mention = "The chief executive of Electrolux"
    assert code(resolver, mention, sentence=f"{mention} resigned.") == ("SWE", "BUS")


@pytest.mark.parametrize("mention,expected", [
    ("Jagiellonian University", ("POL", "EDU")),  # listed with "Krakow" after it
    ("Students at Brunel University", ("GBR", "EDU")),
    ("Students at De Montfort University", ("GBR", "EDU")),
])
def test_a_university_listed_with_its_town(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_generic_university_name_stays_unplaced(resolver):
    assert code(resolver, "Medical University")[0] is None


def test_a_name_going_on_as_son_of_another_is_that_person(resolver):
    mention = "Foreign Minister Abdullah bin Zayed Al Nahyan"
    assert code(resolver, mention, date="2015-06-01") == ("ARE", "GOV")


def test_a_son_of_name_nothing_knows_keeps_the_title_and_name_match(resolver):
    mention = "Energy Minister Prince Abdulaziz bin Salman"
    assert code(resolver, mention, date="2022-06-01") == ("SAU", "GOV")
