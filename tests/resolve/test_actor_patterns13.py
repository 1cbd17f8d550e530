"""Actor resolution patterns of issue 17's twelfth round, on made-up mentions: dissidents of an
armed group are its members; a partially recognised state's own adjective makes its officials
PRE; a region named after a country ("Niger State") is the region's country."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention,expected", [
    ("FARC dissidents", ("COL", "REB")),
    ("Hamas dissidents", ("PSE", "REB")),
])
def test_dissidents_of_an_armed_group_are_its_members(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_dissidents_of_a_country_stay_the_opposition(resolver):
    assert code(resolver, "Chinese dissidents") == ("CHN", "OPP")


@pytest.mark.parametrize("mention,expected", [
    ("Turkish Cypriot leader Mehmet Ali", ("CYP", "PRE")),
    ("the Turkish Cypriot authorities", ("CYP", "PRE")),
    ("Somalilander officials", ("SOM", "PRE")),
])
def test_a_breakaway_states_adjective_makes_its_officials_pre(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_breakaway_states_people_are_not_its_government(resolver):
    assert code(resolver, "Turkish Cypriots")[1] != "PRE"


@pytest.mark.parametrize("mention", [
    "officials in Niger State", "the governor of Niger State", "Niger State police",
])
def test_a_region_named_after_a_country_is_the_regions_country(resolver, mention):
    assert code(resolver, mention)[0] == "NGA"


def test_a_sentence_placing_the_actor_in_such_a_region(resolver):
    sentence = "Kidnappers abducted 27 students in Kagara in Niger State."
    assert code(resolver, "Kidnappers", sentence=sentence) == ("NGA", "CRM")


@pytest.mark.parametrize("mention", ["Niger's president", "the Niger government"])
def test_the_country_itself_is_still_the_country(resolver, mention):
    assert code(resolver, mention) == ("NER", "GOV")


@pytest.mark.parametrize("mention,expected", [
    ("Makerere University students", ("UGA", "EDU")),
    ("a lecturer at Jawaharlal Nehru University", ("IND", "EDU")),
])
def test_a_university_the_swot_table_knows_names_its_country(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_the_swot_table_is_built_by_domain_country(tmp_path):
    from helpers import load_script

    script = load_script("scripts/build_swot_universities.py")
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    (vendor / "domains.py").write_text(
        "DOMAINS: dict[str, list[str]] = {\n"
        "    '.kiu.ac.ug': ['Kampala Lakeside University'],\n"  # country-code domain
        "    '.lsu.edu': ['Lakeside Hills University'],\n"  # .edu alone: the USA
        "    '.abc.io': ['Io Coders University'],\n"  # a country code used as a generic one
        "    '.twin.ac.ke': ['Twin Rivers University'],\n"  # one name, two countries
        "    '.twin.ac.tz': ['Twin Rivers University'],\n"
        "    '.unx.edu': ['Lakeside University of Uganda'],\n"  # names another country
        "    '.aul.edu': ['Grand American University of Lagos'],\n"  # .edu with a town abroad
        "    '.ud.ac.ke': ['University of Karibuni', 'Open University'],\n"
        "}\n", encoding="utf-8")
    rows = {row["name"]: row for row in script.build(tmp_path)}
    assert rows["Kampala Lakeside University"]["country"] == "UGA"
    assert rows["Lakeside Hills University"]["country"] == "USA"
    assert rows["University of Karibuni"]["aliases"] == "Karibuni University"
    assert rows["University of Karibuni"]["sector"] == "EDU"
    for left_out in ("Io Coders University", "Twin Rivers University",
                     "Lakeside University of Uganda", "Grand American University of Lagos",
                     "Open University"):
        assert left_out not in rows
