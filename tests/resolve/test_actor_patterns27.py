"""Actor resolution patterns of issue 17's twenty-seventh round, on made-up mentions and
sentences that are none of bench/data/actors_own*.tsv's: a short word in capitals is an acronym,
not a small town the gazetteer knows by those letters; a boss of a named body or of crime is
that body's or a criminal; the pontiff is clergy and the cjm a magistrate; a name nothing
knows that its sentence describes as a company is one."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention", ["LURD rebels", "LURD fighters"])
def test_an_acronym_in_capitals_is_no_small_town(resolver, mention):
    # the gazetteer knows a small French town Lurd: the Liberian rebels are no French ones
    assert code(resolver, mention, date="2003-07-20") == (None, "REB")


def test_a_city_in_a_datelines_capitals_still_names_its_country(resolver):
    assert code(resolver, "CAIRO police")[0] == "EGY"


@pytest.mark.parametrize("mention, expected", [
    ("a senior Camorra boss", ("ITA", "CRM")),
    ("two Mungiki bosses", ("KEN", "CRM")),
    ("a Hezbollah boss", ("LBN", "REB")),
])
def test_a_boss_of_a_named_body_is_that_bodys(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", ["the crime boss", "Mob boss Arturo Fenelli",
                                     "two drug bosses", "an underworld boss"])
def test_a_boss_of_crime_is_a_criminal(resolver, mention):
    assert code(resolver, mention)[1] == "CRM"


@pytest.mark.parametrize("mention", ["the company's boss", "the BHP boss"])
def test_a_boss_with_no_crime_or_other_body_stays_a_business(resolver, mention):
    assert code(resolver, mention)[1] == "BUS"


@pytest.mark.parametrize("mention, sector", [("the pontiff", "REL"), ("the Coptic pontiff", "REL"),
                                             ("the cjm", "JUD"), ("the acjm of the town", "JUD")])
def test_a_religious_head_and_a_magistrate_by_their_titles(resolver, mention, sector):
    assert code(resolver, mention)[1] == sector


@pytest.mark.parametrize("mention, sentence, expected", [
    ("Zorvatel", "Zorvatel, the Turkish mobile operator, reported a loss for the year.",
     ("TUR", "BUS")),
    ("Kelvaro", "Kelvaro, a Chilean copper miner, laid off two hundred workers.",
     ("CHL", "BUS")),
    ("Vendrix", "The Danish wind-farm developer Vendrix scrapped its plans.", ("DNK", "BUS")),
    ("Quarnet", "Shares of Quarnet fell sharply on Monday.", (None, "BUS")),
    ("Quarnet", "Quarnet's chief executive resigned after the audit.", (None, "BUS")),
])
def test_a_name_its_sentence_describes_as_a_company_is_one(resolver, mention, sentence,
                                                          expected):
    assert code(resolver, mention, sentence=sentence) == expected


@pytest.mark.parametrize("mention, sentence", [
    ("Kelvaro", "Kelvaro, the jihadist group, claimed the attack."),
    ("Kelvaro", "Kelvaro, the far-right party, demanded a referendum."),
    ("Kelvaro", "Kelvaro said the mine would stay shut."),
])
def test_a_name_described_as_no_company_stays_unknown(resolver, mention, sentence):
    assert code(resolver, mention, sentence=sentence) == (None, None)


@pytest.mark.parametrize("mention, country", [("Speaker Rebecca Kadaga", "UGA"),
                                              ("Representative Pramila Jayapal", "USA")])
def test_a_legislators_title_is_no_part_of_the_name_the_people_list_keeps(resolver, mention,
                                                                          country):
    assert code(resolver, mention, date="2019-03-01") == (country, "LEG")


@pytest.mark.parametrize("mention, sentence", [
    ("the Speaker", "The Speaker adjourned the House until Monday after the walkout."),
    ("The Speaker", None)])
def test_the_speaker_by_the_title_alone_is_a_legislator(resolver, mention, sentence):
    assert code(resolver, mention, sentence=sentence)[1] == "LEG"


@pytest.mark.parametrize("mention, sentence", [
    ("a speaker", "At the Oxford rally, Jane Smith and a speaker thanked the volunteers."),
    ("the speaker", "At the Oxford rally, Jane Smith and the speaker thanked the volunteers.")])
def test_one_who_speaks_is_no_speaker_of_a_house(resolver, mention, sentence):
    assert code(resolver, mention, sentence=sentence)[1] is None


@pytest.mark.parametrize("mention, country", [("Israel Adesanya", "NGA"), ("Chad Le Clos", "MUS")])
def test_a_countrys_name_opening_a_listed_persons_name_is_a_given_name(resolver, mention,
                                                                      country):
    assert code(resolver, mention)[0] == country


@pytest.mark.parametrize("mention, country", [("Israel Defense Forces", "ISR"),
                                              ("Jordan's foreign minister", "JOR"),
                                              ("Chad's army", "TCD")])
def test_a_countrys_name_before_no_listed_person_stays_the_country(resolver, mention, country):
    assert code(resolver, mention)[0] == country


@pytest.mark.parametrize("mention", ["Georgia Governor Hal Brennan", "the Georgia governor",
                                     "Georgia's lieutenant governor"])
def test_a_title_only_a_region_has_after_a_countrys_name_is_the_regions(resolver, mention):
    # Georgia is also one of the United States: a governor is the state's, not Tbilisi's
    assert code(resolver, mention) == ("USA", "GOV")


@pytest.mark.parametrize("mention, country", [("Georgia's central bank governor", "GEO"),
                                              ("Georgia's president", "GEO"),
                                              ("the Gaza governor", "PSE")])
def test_a_countrys_own_offices_stay_the_countrys(resolver, mention, country):
    # a word between the name and "governor", or a country whose own region has the name
    assert code(resolver, mention)[0] == country
