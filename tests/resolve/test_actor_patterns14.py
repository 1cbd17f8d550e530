"""Actor resolution patterns of issue 17's thirteenth round, on made-up mentions (none of
bench/data/actors_own3.tsv's): a name with "and" inside is one actor; unidentified gunmen are
PLOVER's UAF; a rank after a police title is a police rank; a newspaper named after its place
is the press; lawyers' bodies are lawyers."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention,expected", [
    ("the Union Solidarity and Development Party", ("MMR", "PTY")),
    ("Research and Analysis Wing officials", ("IND", "SPY")),
    ("Immigration and Customs Enforcement agents", ("USA", "COP")),
])
def test_a_kb_name_with_and_inside_is_one_actor(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_capitalised_party_name_with_and_inside_is_a_party(resolver):
    assert code(resolver, "the Freedom and Reform Party")[1] == "PTY"


@pytest.mark.parametrize("mention,expected", [
    ("US and British troops", ("USA", "MIL")),
    ("Italy and Spain", ("ITA", "GOV")),
    ("Police and Army officers", (None, "COP")),
    ("The FBI and U.S. Attorney's Office", ("USA", "COP")),
])
def test_coordinated_actors_still_take_the_first(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", ["unidentified gunmen", "Unknown assailants",
                                     "a masked gunman"])
def test_unidentified_gunmen_are_unidentified_armed_forces(resolver, mention):
    assert code(resolver, mention)[1] == "UAF"


@pytest.mark.parametrize("mention,expected", [
    ("unidentified militants", "REB"),  # a militant has a cause (the labels' reading)
    ("unidentified Hamas gunmen", "REB"),  # the group is named
])
def test_named_or_militant_armed_people_keep_their_side(resolver, mention, expected):
    assert code(resolver, mention)[1] == expected


@pytest.mark.parametrize("mention,expected", [
    ("Peruvian police chief Colonel Ana Ruiz", ("PER", "COP")),
    ("police commissioner General Tomas Vela", (None, "COP")),
])
def test_a_rank_after_a_police_title_is_a_police_rank(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_rank_after_an_army_title_stays_military(resolver):
    assert code(resolver, "Army chief General Tomas Vela")[1] == "MIL"


@pytest.mark.parametrize("mention,expected", [
    ("The Bangkok Post", ("THA", "JRN")),
    ("the Hindustan Times", ("IND", "JRN")),
    ("The Manila Times reporters", ("PHL", "JRN")),
])
def test_a_newspaper_named_after_its_place_is_the_press(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_the_place_alone_is_still_its_government(resolver):
    assert code(resolver, "Bangkok") == ("THA", "GOV")


@pytest.mark.parametrize("mention,expected", [
    ("the Kenya Bar Association", ("KEN", "CVL")),
    ("the president of the Pakistan Bar Council", ("PAK", "CVL")),
    ("the Law Society of Scotland", ("GBR", "CVL")),
])
def test_lawyers_bodies_are_lawyers(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_kin_word_inside_a_kb_name_is_part_of_the_name(resolver):
    # a Korean given name "Son" is no son of an official (ELI)
    assert code(resolver, "Sin Son Ho", date="2010-01-01") == ("PRK", "GOV")


def test_a_kin_word_before_an_officials_name_is_still_a_relative(resolver):
    assert code(resolver, "the son of President Hosni Mubarak", date="2010-01-01")[1] == "ELI"


def test_a_malay_name_without_its_patronymic_particle_is_the_same_person(resolver):
    # "Mahathir bin Mohamad" in the KB; news writes "Mahathir Mohamad" (after 2004: no office)
    assert code(resolver, "Mahathir Mohamad", date="2008-01-01") == ("MYS", "ELI")


def test_the_patronymic_variant_applies_to_three_word_names_only():
    from eventwire.knowledge.kb import patronymic_dropped

    assert patronymic_dropped("mahathir bin mohamad") == "mahathir mohamad"
    assert patronymic_dropped("abdallah bin khalid al khalifa") is None
    assert patronymic_dropped("bin laden") is None


@pytest.mark.parametrize("mention,expected", [
    ("Islamic State fighters in Afghanistan", ("AFG", "REB")),
    ("Islamic State militants inside Syria", ("SYR", "REB")),
])
def test_a_transnational_groups_branch_is_coded_where_the_mention_places_it(
        resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_transnational_group_alone_stays_transnational(resolver):
    assert code(resolver, "Islamic State militants")[0] == "IMG"


def test_a_national_group_abroad_keeps_its_country(resolver):
    assert code(resolver, "Hezbollah fighters in Syria")[0] == "LBN"


@pytest.mark.parametrize("mention", ["Representative Ann Lee", "Rep. Ann Lee",
                                     "Councilwoman Joan Brown"])
def test_a_legislators_title_before_a_name_is_a_legislator(resolver, mention):
    assert code(resolver, mention)[1] == "LEG"


@pytest.mark.parametrize("mention", ["a sales rep", "Representative Office"])
def test_the_title_without_a_name_is_no_legislator(resolver, mention):
    assert code(resolver, mention)[1] != "LEG"


# (not Seychelles' or France's capital: the country is the Wikipedia people list's, read only
# when nothing in the mention, a capital included, gave one)
@pytest.mark.parametrize("mention,country", [("Victoria Beckham", "GBR"), ("Paris Hilton", "USA")])
def test_a_capital_that_is_a_given_name_before_a_surname_is_no_capital(resolver, mention,
                                                                       country):
    assert code(resolver, mention)[0] == country


@pytest.mark.parametrize("mention,expected", [
    ("Lima", ("PER", "GOV")),
    ("Victoria Falls", ("ZWE", None)),
])
def test_the_capital_alone_or_in_a_place_name_is_still_the_place(resolver, mention, expected):
    assert code(resolver, mention) == expected
