"""Actor resolution patterns of issue 17's seventh round, on made-up mentions: an armed word
before a people names its armed part; a town with its kind of district after it ("... Local
Government Area") is that place; a country the sentence opposes ("against Iraq") is no home of
its roles while the sentence names another; the course of an event and a time off are no actors
("a continuation of student-led protests", "their children's school vacations"); an office
stated around an unknown name without an article ("X, manager of Y") or after a possessive name
("Tsarnaev's lawyer, X,"); a role word in the possessive before another ("Workers' Party") is
no head; a university system's acronym hyphenated to a town ("UNC-Charlotte") is its campus;
a role word written as a name after a rank ("Gen. Ngo Xuan Lich") is that name; role words of whole classes (elders,
defendants, the coastguard, the monarchy ...)."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code
from helpers import in_document


@pytest.mark.parametrize("mention,expected", [
    ("Turkey's rebel Kurds", ("TUR", "REB")), ("militant Tamils", (None, "REB")),
    ("Iraqi Kurds", ("IRQ", "CVL")), ("Kurds", (None, "CVL")),
])
def test_an_armed_word_before_a_people_names_its_armed_part(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_town_with_its_kind_of_district_is_that_place(resolver):
    document = ("A cultist was set ablaze by a mob in Ekuigbo community, Ughelli North Local "
                "Government Area of Delta State on Wednesday.")
    mention = "Ughelli North Local Government Area of Delta State"
    assert in_document(resolver, document, mention) == ("NGA", None)
    assert code(resolver, "residents of Ughelli Local Government Area") == ("NGA", "CVL")
    assert code(resolver, "Ikeja LGA") == ("NGA", None)
    # the district's council is a government; an event named after a town is no actor
    assert code(resolver, "Ughelli North Local Government") == ("NGA", "GOV")
    assert code(resolver, "the Quetta bombing") == (None, None)


def test_a_country_opposed_is_no_home_while_another_is_named(resolver):
    sentence = ("Judicial Watch represents 14 survivors and victims' relatives who have filed a "
                "federal lawsuit against Iraq in Washington.")
    assert in_document(resolver, sentence, "14 survivors") == ("USA", "CVL")
    # the only country named stays: rebels against their own government
    sentence = "Rebels fighting against the Syrian government seized a town."
    assert in_document(resolver, sentence, "Rebels") == ("SYR", "REB")


@pytest.mark.parametrize("mention", [
    "a continuation of student-led protests", "their children's school vacations",
    "the resumption of attacks by rebels", "a spate of kidnappings",
])
def test_the_course_of_an_event_and_a_time_off_are_no_actors(resolver, mention):
    assert code(resolver, mention) == (None, None)


@pytest.mark.parametrize("sentence,name,expected", [
    ("Prosecutors called David Dalbino, manager of the restaurant at the time, who testified.",
     "David Dalbino", (None, "BUS")),
    # (her country is the Wikipedia people list's: an American lawyer)
    ("Dzhokhar Tsarnaev's lawyer, Judy Clarke, told the jury on Wednesday.", "Judy Clarke",
     ("USA", "CVL")),
    ("Iran's deputy foreign minister, Hossein Karimi, said on Monday.", "Hossein Karimi",
     ("IRN", "GOV")),
])
def test_an_office_stated_without_an_article_or_after_a_possessive(resolver, sentence, name,
                                                                    expected):
    assert in_document(resolver, sentence, name) == expected


def test_a_list_of_names_states_no_office(resolver):
    sentence = "Mary Jones, Peter Brown and Tom Lee were arrested."
    assert in_document(resolver, sentence, "Mary Jones") == (None, None)


def test_a_possessive_role_word_before_another_is_no_head(resolver):
    document = "Warplanes bombed targets of the banned Kurdish Workers' Party in the mountains."
    assert in_document(resolver, document, "targets of the banned Kurdish Workers' Party")[1] \
        == "PTY"


@pytest.mark.parametrize("mention,expected", [
    ("Hundreds of UNC-Charlotte students", ("USA", "EDU")), ("UW-Madison students", ("USA", "EDU")),
    ("UN-Habitat", ("IGO", None)), ("UNC", ("COD", "PTY")),
])
def test_a_university_acronym_hyphenated_to_a_town_is_its_campus(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_role_word_written_as_a_name_after_a_rank_is_that_name(resolver):
    assert code(resolver, "Vietnamese defense chief Gen. Ngo Xuan Lich") == ("VNM", "MIL")
    # the acronym itself stays a role, and a title after a rank stays a title
    assert code(resolver, "Hungarian NGOs")[1] == "SOC"
    assert code(resolver, "Lt. Commander John Smith")[1] == "MIL"


@pytest.mark.parametrize("mention,sector", [
    ("tribal elders", "CVL"), ("church elders", "REL"), ("hunger strikers", "CVL"),
    ("expatriates", "CVL"), ("the diaspora", "CVL"), ("the defendant", "CRM"),
    ("The accused", "CRM"), ("the coastguard", "MIL"), ("the monarchy", "GOV"),
    ("the ombudsman", "GOV"),
])
def test_role_words_of_whole_classes(resolver, mention, sector):
    sentence = f"{mention[0].upper()}{mention[1:]} said on Monday."
    assert in_document(resolver, sentence, mention[0].upper() + mention[1:])[1] == sector
