"""Actor resolution patterns of issue 17's twenty-ninth round, on made-up mentions that are none
of bench/data/actors_own*.tsv's: a chamber's floor leaders are legislators; an army's regional
and theatre commands are military; medical specialists are medics; kin heading "of the ..." are
civilians, not the people they are kin to; investigation agencies are police; the UN's agencies
and programmes are international bodies; a Turkish listing is known by the name before its
"Sanayi ve Ticaret"."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention", ["the Senate minority leader", "the House majority whip",
                                     "House Minority Leader Hakeem Jeffries"])
def test_a_chambers_floor_leader_is_a_legislator(resolver, mention):
    assert code(resolver, mention, date="2023-06-01")[1] == "LEG"


@pytest.mark.parametrize("mention, expected", [
    ("Pakistan's Southern Command", ("PAK", "MIL")),
    ("China's Western Theatre Command", ("CHN", "MIL")),
    ("Nigeria's Eastern Command", ("NGA", "MIL")),
])
def test_an_armys_regional_command_is_military(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_crime_group_named_command_stays_a_crime_group(resolver):
    # "command" alone is no military word: the First Capital Command is Brazil's prison gang
    assert code(resolver, "The First Capital Command") == ("BRA", "CRM")


@pytest.mark.parametrize("mention", ["rheumatologists", "Two endocrinologists",
                                     "the pulmonologists", "the neonatologists"])
def test_medical_specialists_are_medics(resolver, mention):
    assert code(resolver, mention)[1] == "MED"


@pytest.mark.parametrize("mention", ["the cousins of the kidnapped soldiers",
                                     "fathers of the detained students",
                                     "the siblings of two police officers"])
def test_kin_heading_of_the_are_civilians(resolver, mention):
    assert code(resolver, mention)[1] == "CVL"


def test_the_muslim_brothers_are_no_kin(resolver):
    assert code(resolver, "the Muslim Brothers")[1] != "CVL"


@pytest.mark.parametrize("mention, expected", [
    ("India's National Investigation Agency", ("IND", "COP")),
    ("the state investigation agency", (None, "COP")),
])
def test_an_investigation_agency_is_police(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_an_intelligence_agency_stays_intelligence(resolver):
    assert code(resolver, "Nigeria's National Intelligence Agency") == ("NGA", "SPY")


@pytest.mark.parametrize("mention", ["the World Intellectual Property Organization", "UNODC",
                                     "UNAIDS", "the International Telecommunication Union"])
def test_the_uns_agencies_are_international_bodies(resolver, mention):
    assert code(resolver, mention) == ("IGO", None)


@pytest.mark.parametrize("mention", ["Vestel", "Izocam"])
def test_a_turkish_listing_is_known_by_its_own_name(resolver, mention):
    assert code(resolver, mention) == ("TUR", "BUS")


def test_a_name_of_another_listing_is_not_made_turkish(resolver):
    # "Ford Otomotiv Sanayi" is Turkish; "Ford" alone must not become it
    assert code(resolver, "Ford")[0] != "TUR"


def test_a_two_letter_name_is_no_listing_cut_at_its_and(resolver):
    # "LU-VE" is an Italian listing: cutting its "ve" ("and" in Turkish) would leave "Lu"
    assert code(resolver, "Lu")[0] != "ITA"
