"""Actor resolution patterns of issue 17's twenty-eighth round, on made-up mentions and
sentences that are none of bench/data/actors_own*.tsv's: a capitalised name nothing knows
before "clan" is a crime group; the country a sentence writes after the town a mention ends
in is the mention's."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention, sentence", [
    ("The Morvelli clan", "The Morvelli clan ran the protection racket in the port."),
    ("the Dravant Clan", "Police raided homes linked to the Dravant Clan."),
    ("Two Ostrenko clans", "Two Ostrenko clans fought over the smuggling routes."),
])
def test_a_named_clan_nothing_knows_is_a_crime_group(resolver, mention, sentence):
    assert code(resolver, mention, sentence=sentence)[1] == "CRM"


@pytest.mark.parametrize("mention, sentence", [
    ("the Hawiye clan", "Elders of the Hawiye clan met in the town."),
    ("The Habar Gidir clan", "The Habar Gidir clan held talks on the grazing land."),
    ("a Pashtun clan", "Elders of a Pashtun clan met the governor."),
    ("the clan", "Elders of the clan met the governor."),
    ("Clan elders", "Clan elders met the governor."),
])
def test_a_peoples_clan_or_a_bare_clan_stays_civilian(resolver, mention, sentence):
    assert code(resolver, mention, sentence=sentence)[1] == "CVL"


@pytest.mark.parametrize("mention, sentence, country", [
    ("Police in Córdoba", "Police in Córdoba, Argentina, broke up the march of the taxi drivers.",
     "ARG"),
    ("Teachers in Valencia", "Teachers in Valencia, Venezuela walked out over unpaid wages.",
     "VEN"),
    ("Students in Victoria", "Students in Victoria, Canada, marched against the fees.", "CAN"),
])
def test_the_country_written_after_the_town_wins(resolver, mention, sentence, country):
    assert code(resolver, mention, sentence=sentence)[0] == country


@pytest.mark.parametrize("mention, sentence", [
    ("Police in Córdoba", "Police in Córdoba broke up the march of the taxi drivers."),
    ("Police in Córdoba", "Police in Córdoba, the mayor said, broke up the march."),
])
def test_a_town_with_no_country_after_it_keeps_the_gazetteers(resolver, mention, sentence):
    assert code(resolver, mention, sentence=sentence)[0] == "ESP"


@pytest.mark.parametrize("mention, sentence, expected", [
    ("The GIGN", "The GIGN stormed the printing works.", ("FRA", "COP")),
    ("Delta Force operators", "Delta Force operators landed near the border.", ("USA", "MIL")),
    ("The 10th Mountain Division", "The 10th Mountain Division left for Poland.", ("USA", "MIL")),
    ("Soldiers of the Givati Brigade", "Soldiers of the Givati Brigade entered the camp.",
     ("ISR", "MIL")),
    ("Brimob officers", "Brimob officers fired tear gas at the students.", ("IDN", "COP")),
])
def test_a_named_national_unit_is_its_countrys_force(resolver, mention, sentence, expected):
    # the unit's own country, not the country of the place it acts in
    assert code(resolver, mention, sentence=sentence) == expected


def test_another_countrys_namesake_unit_keeps_its_country(resolver):
    mention = "South Korea's 1st Marine Division"
    sentence = "South Korea's 1st Marine Division held drills on the island."
    assert code(resolver, mention, sentence=sentence) == ("KOR", "MIL")


@pytest.mark.parametrize("date, sector", [("2023-05-01", "PTY"), ("2019-05-01", "OPP")])
def test_a_party_the_factbook_lists_by_its_acronym_is_a_party(resolver, date, sector):
    # Zambia's UPND: out of office until its 2021 win, a ruling party (PTY) after it
    sentence = "Zambia's UPND held a rally in Lusaka."
    assert code(resolver, "Zambia's UPND", date=date, sentence=sentence) == ("ZMB", sector)


def test_an_acronym_no_party_table_lists_stays_the_state(resolver):
    sentence = "Zambia's ZNS built the bridge."
    assert code(resolver, "Zambia's ZNS", sentence=sentence)[1] != "PTY"
