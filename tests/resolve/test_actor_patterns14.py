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
