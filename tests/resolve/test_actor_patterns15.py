"""Actor resolution patterns of issue 17's fourteenth round, on made-up mentions (none of
bench/data/actors_own4.tsv's): press trades named by their tool, the bereaved, "general
secretary", a body named after its members' trade, the seats of breakaway governments, a
region two countries name alike, the US parties' adjectives before a title, small towns inside
a longer name."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention", ["a freelance photojournalist", "Cameramen",
                                     "a videographer"])
def test_press_trades_named_by_their_tool_are_the_press(resolver, mention):
    assert code(resolver, mention)[1] == "JRN"


@pytest.mark.parametrize("mention", ["widows of the policemen", "Orphans of the fighters"])
def test_the_bereaved_are_civilians_not_the_trade_of_whom_they_lost(resolver, mention):
    assert code(resolver, mention)[1] == "CVL"


def test_one_widow_of_an_official_stays_an_elite(resolver):
    assert code(resolver, "the widow of the late president")[1] == "ELI"


@pytest.mark.parametrize("mention,expected", [
    ("The general secretary of the National Union of Mineworkers", "LAB"),
    ("the general secretary of the Communist Party", "PTY"),
])
def test_a_general_secretary_is_of_the_body_he_leads(resolver, mention, expected):
    assert code(resolver, mention)[1] == expected


@pytest.mark.parametrize("mention,expected", [
    ("The chairman of the Iraqi Medical Syndicate", ("IRQ", "MED")),
    ("The Lebanese Medical Syndicate", ("LBN", "MED")),
    ("a Thai crime syndicate", ("THA", "CRM")),
])
def test_a_syndicate_is_its_members_trade(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Officials in Sukhumi", ("GEO", "PRE")),
    ("the authorities in Hargeisa", ("SOM", "PRE")),
    ("Stepanakert", ("AZE", "PRE")),
])
def test_a_breakaway_governments_seat_stands_for_it(resolver, mention, expected):
    assert code(resolver, mention, date="2019-06-01") == expected


def test_people_in_a_breakaway_seat_stay_people(resolver):
    assert code(resolver, "Residents of Tiraspol") == ("MDA", "CVL")


@pytest.mark.parametrize("mention,expected", [
    ("Punjab police in Ludhiana", ("IND", "COP")),
    ("Punjab police in Lahore", ("PAK", "COP")),  # the larger namesake, as before
    ("Punjab police", ("PAK", "COP")),
])
def test_a_region_two_countries_name_alike_is_where_its_town_is(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", ["Democratic senator Ann Keller",
                                     "a Republican congressman"])
def test_a_us_partys_adjective_before_a_us_title_is_american(resolver, mention):
    sentence = f"{mention} said China had broken its promises."
    assert code(resolver, mention, sentence=sentence) == ("USA", "LEG")


def test_a_party_adjective_before_a_generic_title_keeps_the_sentence_country(resolver):
    sentence = "Democratic lawmakers in Seoul boycotted the vote."
    assert code(resolver, "Democratic lawmakers", sentence=sentence)[0] == "KOR"


def test_a_small_town_inside_a_longer_name_is_no_seat_of_its_office(resolver):
    # "Reserve" is a small US town: "Reserve police" alone may be its police, not inside a name
    assert code(resolver, "the Northern Reserve Police Brigade")[0] is None
    assert code(resolver, "Reserve police")[0] == "USA"


@pytest.mark.parametrize("mention,expected", [
    ("a Knesset committee", ("ISR", "LEG")),
    ("Duma lawmakers", ("RUS", "LEG")),
])
def test_a_legislature_the_kb_names_keeps_its_country_beside_the_role_word(resolver, mention,
                                                                          expected):
    assert code(resolver, mention) == expected


def test_congress_alone_stays_without_a_country(resolver):
    # Indian news calls its party "Congress": the US legislature's alias is no safe country
    assert code(resolver, "Congress")[0] is None


def test_speaker_before_a_name_is_a_legislator(resolver):
    assert code(resolver, "Speaker Tomas Vela")[1] == "LEG"


def test_a_speaker_alone_is_no_title(resolver):
    assert code(resolver, "the speaker")[1] is None
