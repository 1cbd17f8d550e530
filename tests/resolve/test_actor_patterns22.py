"""Actor resolution patterns of issue 17's twenty-second round, on made-up mentions that are
none of bench/data/actors_own*.tsv's: a role word that is also an aim ("Justice") inside a
body's name across "and"; a known army's name "of" a region of another country, that region's
rebels; a listed company named without the legal form and share-class marks its listing keeps."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention", ["the Justice and Dignity Movement",
                                     "The Justice and Renewal Movement"])
def test_an_aim_before_and_is_part_of_the_name_not_a_court(resolver, mention):
    assert code(resolver, mention)[1] not in ("JUD", None)


def test_two_roles_joined_by_and_stay_the_first_actor(resolver):
    # "Police" is no aim: "Police and Army officers" stays the police
    assert code(resolver, "Police and Army officers")[1] == "COP"


@pytest.mark.parametrize("mention,country", [
    ("the People's Liberation Army of Assam", "IND"),
    ("the People's Liberation Army of Mindanao", "PHL"),
])
def test_a_state_armys_name_of_a_region_abroad_is_that_regions_rebels(resolver, mention, country):
    assert code(resolver, mention) == (country, "REB")


def test_the_state_army_itself_stays_the_army(resolver):
    assert code(resolver, "the People's Liberation Army") == ("CHN", "MIL")


@pytest.mark.parametrize("mention,expected", [
    ("Husqvarna", ("SWE", "BUS")), ("Getinge", ("SWE", "BUS")),
    ("Clas Ohlson", ("SWE", "BUS")),
])
def test_a_listed_company_without_its_legal_and_share_class_marks(resolver, mention, expected):
    assert code(resolver, mention, sentence=f"{mention} cut its profit forecast.") == expected


@pytest.mark.parametrize("mention", ["Traction", "Investor"])
def test_an_english_word_left_of_a_listing_name_is_no_company(resolver, mention):
    # the listings "Traction AB ser." and "Investor AB ser." (SWE): the short forms are words
    assert code(resolver, mention, sentence=f"{mention} was discussed.")[0] != "SWE"
