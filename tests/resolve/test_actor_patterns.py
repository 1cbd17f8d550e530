"""Actor resolution on unseen mentions (issue 17, third round): organisations by their head
noun, refugees and one-country peoples, surnames inside other names, currency words, the
document's one named country, former titles of people in office, legislators' titles."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("text,expected", [
    ("Brazil's Defence Ministry", ("BRA", "MIL")),
    ("the Nigerian Ministry of Defence", ("NGA", "MIL")),
    ("the Kenyan press corps", ("KEN", "JRN")),
    ("Ukrainian army corps", ("UKR", "MIL")),
    ("the Catholic archdiocese of Manila", ("PHL", "REL")),
])
def test_an_organisation_takes_the_sector_of_its_head_noun(resolver, text, expected):
    assert code(resolver, text) == expected


def test_a_chief_executive_is_business_not_government(resolver):
    assert code(resolver, "Chief executive Maria Lindqvist",
                sentence="Chief executive Maria Lindqvist told investors in Stockholm.") \
        == ("SWE", "BUS")


def test_a_member_takes_the_unit_the_sentence_names(resolver):
    sentence = "A member of Peru's Special Corps was wounded near the border."
    assert code(resolver, "A member", sentence=sentence) == ("PER", "MIL")


def test_fleeing_and_displaced_people_are_refugees(resolver):
    assert code(resolver, "Fleeing Rohingya") == ("MMR", "REF")
    assert code(resolver, "displaced villagers",
                sentence="Displaced villagers in Mali said the camps were full.") \
        == ("MLI", "REF")
    # a people of one country, not displaced: civilians of that country
    assert code(resolver, "Uighurs") == ("CHN", "CVL")
    # people with no such word stay civilians
    assert code(resolver, "villagers", sentence="Villagers in Mali said the well was dry.") \
        == ("MLI", "CVL")


def test_a_kb_surname_inside_another_name_is_no_match(resolver):
    # "Cruz" is the surname of Cuba's prime minister; "Santa Cruz Barillas" is a Guatemalan town
    country, _ = code(resolver, "Santa Cruz Barillas", date="2022-05-01")
    assert country != "CUB"
    # the person's own name, a title before the surname, a country word before it still match
    assert code(resolver, "Manuel Marrero Cruz", date="2022-05-01") == ("CUB", "GOV")
    assert code(resolver, "Prime Minister Marrero Cruz", date="2022-05-01") == ("CUB", "GOV")
    assert code(resolver, "Russian Putin", date="2022-05-01") == ("RUS", "GOV")


def test_a_currency_names_no_country(resolver):
    sentence = "The judge ordered him to pay a fine of 50,000 rupees (about 870 US dollars)."
    assert code(resolver, "The judge", sentence=sentence)[0] != "USA"
    # a country named as a place still counts
    assert code(resolver, "The judge", sentence="The judge in Kenya ordered a fine.") \
        == ("KEN", "JUD")


def test_the_one_country_a_document_names_places_its_roles(resolver):
    document = ("Protesters marched through the old town on Sunday. Later, Bolivian officials "
                "said ten people were hurt.")
    context = resolver.document_context(document, "2021-06-01")
    assert context.document_country is None  # named once: not the document's country
    assert code(resolver, "Protesters", context=context,
                sentence="Protesters marched through the old town on Sunday.") == ("BOL", "CVL")
    # two countries named as often: the first named (issue 17, fifth round: right on every
    # mention of the actor sets it changed, wrong on none)
    document = ("Protesters marched through the old town on Sunday. Bolivian and Peruvian "
                "officials said ten people were hurt.")
    context = resolver.document_context(document, "2021-06-01")
    assert code(resolver, "Protesters", context=context,
                sentence="Protesters marched through the old town on Sunday.") == ("BOL", "CVL")
    # Peru named twice: Peru
    document = ("Protesters marched through the old town on Sunday. Bolivian and Peruvian "
                "officials said ten people were hurt in Peru.")
    context = resolver.document_context(document, "2021-06-01")
    assert code(resolver, "Protesters", context=context,
                sentence="Protesters marched through the old town on Sunday.") == ("PER", "CVL")


def test_a_former_title_keeps_the_office_the_person_holds_that_day(resolver):
    mention = "Former Pakistani prime minister Imran Khan"
    # after April 2022 the KB shows him as opposition leader
    assert code(resolver, mention, date="2023-05-09") == ("PAK", "OPP")
    # a former title with no office held that day is a former official
    assert code(resolver, "former prime minister Nawaz Sharif", date="2019-01-01") \
        == ("PAK", "ELI")


def test_a_legislators_title_over_the_kbs_government_code(resolver):
    assert code(resolver, "Senator John McCain", date="2010-03-01") == ("USA", "LEG")


def test_a_breakaway_state_with_a_possessive_in_its_name(resolver):
    assert code(resolver, "the Donetsk People's Republic", date="2022-06-01") == ("UKR", "PRE")
    assert code(resolver, "Luhansk People's Republic leader Leonid Pasechnik",
                date="2022-06-01") == ("UKR", "PRE")


@pytest.mark.parametrize("text,expected", [
    ("Iran's ballistic missiles", ("IRN", "MIL")),
    ("Russian drones", ("RUS", "MIL")),
    ("Japan's missile defence system", ("JPN", "MIL")),
    ("North Korea's denuclearisation", ("PRK", "GOV")),  # no weapon, no military modifier
])
def test_a_countrys_weapons_are_its_military(resolver, text, expected):
    assert code(resolver, text) == expected


def test_a_number_with_a_thousands_comma_stays_in_the_head(resolver):
    assert code(resolver, "Some 12,000 Sudanese") == ("SDN", "CVL")
    assert code(resolver, "Almost 15,000 Egyptians") == ("EGY", "CVL")


def test_a_town_named_before_its_kind_places_a_role(resolver):
    sentence = "Militants attacked a checkpoint in the Tillia area on Monday."
    assert code(resolver, "Militants", sentence=sentence) == ("NER", "REB")
    # without a settlement noun after it, "the" + name is not read as a town
    sentence = "Militants attacked a checkpoint in the Tillia on Monday."
    assert code(resolver, "Militants", sentence=sentence) == (None, "REB")


@pytest.mark.parametrize("text,expected", [
    ("a murderer", ("KEN", "CRM")),       # singular of a listed plural
    ("a trade unionist", ("KEN", "LAB")),
    ("a witness", ("KEN", "CVL")),         # "-es" plural
    ("a fisherman", ("KEN", "AGR")),       # "-men" plural
    ("a teenager", ("KEN", "CVL")),
    ("a Pashtun activist", ("KEN", "CVL")),  # a people's singular stays an adjective
])
def test_singular_role_words(resolver, text, expected):
    assert code(resolver, text, sentence=f"{text} spoke to reporters in Kenya.") == expected


def test_plurals_whose_singular_is_something_else(resolver):
    from eventwire.resolve.roles import singular
    assert singular("drug lords") == "drug lord" and singular("militias") == "militia"
    assert singular("churches") == "church" and singular("fishermen") == "fisherman"
    assert singular("strikers") is None and singular("forces") is None
    assert singular("thieves") is None  # irregular: listed by hand


def test_a_spokesman_for_a_body_takes_its_sector(resolver):
    sentence = "A spokesman for the army said in Nairobi that two soldiers died."
    assert code(resolver, "A spokesman for the army", sentence=sentence) == ("KEN", "MIL")
    sentence = "A spokesman for the rebels said in Nairobi that two fighters died."
    assert code(resolver, "A spokesman for the rebels", sentence=sentence) == ("KEN", "REB")


@pytest.mark.parametrize("text,date,expected", [
    ("Yugoslavia", "1991-06-01", ("SRB", "GOV")),
    ("Czechoslovak troops", "1968-08-21", ("CZE", "MIL")),
    ("the East German government", "1985-06-01", ("DEU", "GOV")),
])
def test_former_states_are_coded_to_their_successor(resolver, text, date, expected):
    # as the Soviet Union is Russia (countries.csv notes): ISO has no code for them
    assert code(resolver, text, date=date) == expected


def test_the_opposition_before_a_known_party_is_opp(resolver):
    assert code(resolver, "the opposition Democratic Alliance") == ("ZAF", "OPP")
    assert code(resolver, "the Democratic Alliance") == ("ZAF", "PTY")


def test_march_is_a_month_or_a_protest_not_a_town(resolver):
    sentence = "Thousands of activists joined the March for Life in Washington on Friday."
    assert code(resolver, "Thousands of activists", sentence=sentence)[0] == "USA"


def test_a_hyphenated_given_name_is_part_of_the_name(resolver):
    assert code(resolver, "Kim Jong-un", date="2019-06-01") == ("PRK", "GOV")
    assert code(resolver, "Moon Jae-in", date="2019-06-01") == ("KOR", "GOV")
    # an English word after the hyphen stays one: the Saudi-led coalition is Saudi Arabia's
    assert code(resolver, "The Saudi-led coalition", date="2019-06-01")[0] == "SAU"


def test_a_capitalised_party_word_before_a_leader_title(resolver):
    assert code(resolver, "Labour leader Keir Starmer", date="2022-06-01") == ("GBR", "PTY")
    # lower-case, the same word is the labour movement's
    assert code(resolver, "labour leaders",
                sentence="Labour leaders in Kenya called a strike.")[1] == "LAB"

