"""Actor resolution patterns of issue 17's twenty-fifth round, on made-up mentions that are
none of bench/data/actors_own*.tsv's: a KB name spelt with a possessive inside two words or a
lower-case word hyphened at its end reaches its row; a regional body's full name is the body,
not the regional adjective its first two words also are; a company listed under a longer form
ending in its brand in capitals is known by the brand alone."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention", ["Lions' Den gunmen", "a Lions’ Den commander"])
def test_a_two_word_name_with_a_possessive_reaches_its_row(resolver, mention):
    assert code(resolver, mention, date="2023-03-01") == ("PSE", "REB")


@pytest.mark.parametrize("mention", ["members of the Inagawa-kai", "a Yamaguchi-gumi leader"])
def test_a_name_ending_in_a_hyphened_lower_case_word_reaches_its_row(resolver, mention):
    assert code(resolver, mention, date="2019-05-01") == ("JPN", "CRM")


def test_a_possessive_before_a_name_no_row_spells_so_stays_the_owner(resolver):
    # "Russia's Gazprom" is Gazprom of Russia, not a two-word name with a possessive
    assert code(resolver, "Russia's Gazprom")[0] == "RUS"
    assert code(resolver, "Japan's yakuza-run gambling dens")[0] == "JPN"


@pytest.mark.parametrize("mention", ["the Southern African Development Community summit",
                                     "Central American Integration System envoys",
                                     "ministers of the Southern African Development Community"])
def test_a_regional_bodys_full_name_is_the_body(resolver, mention):
    assert code(resolver, mention)[0] == "IGO"


@pytest.mark.parametrize("mention", ["Southern African farmers", "Central American migrants"])
def test_a_regional_adjective_without_a_body_name_still_names_no_country(resolver, mention):
    assert code(resolver, mention)[0] is None


@pytest.mark.parametrize("mention", ["Rafamet", "The Pepees"])
def test_a_brand_in_capitals_that_ends_a_longer_listed_name_is_that_company(resolver, mention):
    # listed as "Fabryka Obrabiarek RAFAMET", "Przemyslu Spozywczego PEPEES"
    assert code(resolver, mention) == ("POL", "BUS")


def test_a_legal_form_in_capitals_ending_several_listings_is_no_company(resolver):
    # "SOCIMI" ends many Spanish property listings: a legal form, not a brand
    assert code(resolver, "Socimi") == (None, None)
