"""Actor resolution patterns of issue 17's sixteenth round, on made-up mentions (none of
bench/data/actors_own6.tsv's): a national army called a "Defence Force" in the singular, a
prosecuting authority, national police forces named in their own language, listed companies
named by one word, a given name before another surname, and companies named by an industry
prefix joined to their country's name; the country of "his Chinese counterpart" as no home of
the sentence's other actors; a KB body's name of English words ending a longer name;
separatist leaders of a region a breakaway state is named after; a prime minister out of office
between or before terms."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention,expected", [
    ("the National Defence Force", (None, "MIL")),
    ("the Lesotho Defence Force", ("LSO", "MIL")),
])
def test_a_defence_force_in_the_singular_is_the_army(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Zimbabwe's National Prosecuting Authority", ("ZWE", "JUD")),
    ("the prosecuting authorities", (None, "JUD")),
])
def test_a_prosecuting_authority_is_the_judiciary(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_authorities_alone_stay_the_government(resolver):
    assert code(resolver, "Zimbabwean authorities") == ("ZWE", "GOV")


@pytest.mark.parametrize("mention,expected", [
    ("the Carabineros", (None, "COP")),
    ("Italy's Carabinieri", ("ITA", "COP")),
])
def test_a_police_force_named_in_its_own_language_is_the_police(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Novartis", ("CHE", "BUS")),
    ("Vodafone", ("GBR", "BUS")),
    ("Panasonic", ("JPN", "BUS")),
    ("Novartis' chief executive", ("CHE", "BUS")),
])
def test_a_listed_company_named_by_one_word_is_that_company(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_listed_company_name_that_is_an_english_word_stays_unread(resolver):
    # Phoenix's "Chevron" is a listed company too, and a word of the dictionary
    assert code(resolver, "Chevron") == (None, None)


@pytest.mark.parametrize("mention", ["Pastor Johnson Okafor", "Johnson Okafor"])
def test_a_given_name_before_another_surname_is_no_namesake(resolver, mention):
    # "Johnson" is Boris Johnson's surname and other people's given name
    assert code(resolver, mention)[0] is None


@pytest.mark.parametrize("mention", ["Prime Minister Johnson", "Johnson Says"])
def test_a_surname_after_a_title_or_before_a_verb_still_names(resolver, mention):
    assert code(resolver, mention, date="2020-06-01")[0] == "GBR"


@pytest.mark.parametrize("mention,expected", [
    ("Petroperú", ("PER", "BUS")),
    ("Aeroméxico", ("MEX", "BUS")),
])
def test_an_industry_prefix_joined_to_a_country_names_its_company(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Vietnam", ("VNM", "GOV")),
    ("Petrograd", ("RUS", None)),
])
def test_a_country_or_a_place_stays_itself(resolver, mention, expected):
    assert code(resolver, mention) == expected


def _in_sentence(resolver, mention, sentence):
    context = resolver.document_context(sentence, "2021-10-01")
    return code(resolver, mention, date="2021-10-01", context=context, sentence=sentence)


def test_the_country_of_a_counterpart_is_no_home_of_the_others(resolver):
    sentence = "Foreign Minister Ana Ruiz met his Chinese counterpart."
    assert _in_sentence(resolver, "Foreign Minister Ana Ruiz", sentence)[0] is None
    assert _in_sentence(resolver, "his Chinese counterpart", sentence) == ("CHN", "GOV")


def test_a_country_named_otherwise_still_places_the_sentence(resolver):
    sentence = "Foreign Minister Ana Ruiz met Chinese officials."
    assert _in_sentence(resolver, "Foreign Minister Ana Ruiz", sentence)[0] == "CHN"


@pytest.mark.parametrize("mention,expected", [
    ("the Karenni National Liberation Army", (None, "REB")),
    ("The Uganda People's Defence Force", ("UGA", "MIL")),
])
def test_a_generic_kb_name_ending_a_longer_name_is_no_namesake(resolver, mention, expected):
    # the KB's "National Liberation Army" is Colombia's ELN, "People's Defence Force" Myanmar's
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("the National Liberation Army", ("COL", "REB")),
    ("the Colombian National Liberation Army", ("COL", "REB")),
    ("Myanmar's People's Defence Force", ("MMR", "REB")),
])
def test_a_generic_kb_name_alone_or_after_its_country_is_the_body(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", ["Donetsk separatist leader Ivan Petrov",
                                     "Luhansk separatist authorities"])
def test_separatist_leaders_of_a_breakaway_region_are_its_self_proclaimed_state(resolver, mention):
    assert code(resolver, mention) == ("UKR", "PRE")


@pytest.mark.parametrize("mention,expected", [
    ("Donetsk separatist fighters", ("UKR", "REB")),
    ("the Donetsk regional governor", ("UKR", "GOV")),
])
def test_separatist_fighters_and_regional_officials_stay_themselves(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_separatist_leaders_of_a_region_with_no_breakaway_state_are_no_state(resolver):
    assert code(resolver, "Catalan separatist leader Jordi Sala")[1] != "PRE"


@pytest.mark.parametrize("mention,date", [("Shinzo Abe", "2010-01-01"),
                                          ("Nawaz Sharif", "2010-01-01")])
def test_a_prime_minister_between_terms_is_in_opposition(resolver, mention, date):
    assert code(resolver, mention, date=date)[1] == "OPP"


@pytest.mark.parametrize("mention,date", [
    ("Nawaz Sharif", "2019-01-01"),  # no later term: a former official
    ("Donald Trump", "2022-11-15"),  # a president between terms: no opposition leader
    ("Former Japanese prime minister Shinzo Abe", "2010-01-01"),  # the text says former
])
def test_a_former_official_with_no_parliamentary_term_ahead_stays_former(resolver, mention, date):
    assert code(resolver, mention, date=date)[1] == "ELI"
