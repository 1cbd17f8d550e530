"""Actor resolution patterns of issue 17's fifth round, on made-up mentions: officials still in
office ("outgoing", "acting"), a surname that spells a capital after a first name, a colonial
power and a sponsor that are no country of the actor, lines of business, an international
body's inspectors, roles above states, a span cut before a state's act, the lead's first
country for a role nothing else places, and guards units."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code
from helpers import in_document


@pytest.mark.parametrize("text,expected", [
    ("the outgoing government of Argentina", ("ARG", "GOV")),
    ("Peru's acting president", ("PER", "GOV")),
    ("the interim prime minister of Mali", ("MLI", "GOV")),
    ("a former prime minister of Mali", ("MLI", "ELI")),  # "former" still ends the office
])
def test_officials_still_in_office_are_no_former_officials(resolver, text, expected):
    assert code(resolver, text) == expected


def test_a_capital_after_a_first_name_is_a_surname(resolver):
    sentence = "Interior Minister Joseph Muscat told reporters in Valletta that Malta would act."
    assert in_document(resolver, sentence, "Interior Minister Joseph Muscat") == ("MLT", "GOV")
    # a first name before an institution's word or a compass word keeps the place
    assert code(resolver, "George Washington University")[0] == "USA"
    assert code(resolver, "rebels in Northwest Syria")[0] == "SYR"


def test_a_colonial_power_and_a_sponsor_are_not_the_actors_country(resolver):
    sentence = "Protesters marched in the capital of the former Belgian colony on Monday."
    assert in_document(resolver, sentence, "Protesters")[0] != "BEL"
    sentence = "The militants backed by Ankara took two villages near Afrin on Sunday."
    assert in_document(resolver, sentence, "The militants") == ("SYR", "REB")


def test_a_line_of_business_after_a_countrys_possessive(resolver):
    assert code(resolver, "Kenya's Mwangi Capital Investment Group") == ("KEN", "BUS")
    assert code(resolver, "North Korea's denuclearisation")[1] == "GOV"  # no modifier: the state


def test_inspectors_of_an_international_body_are_no_police(resolver):
    country, sector = code(resolver, "inspectors for the International Atomic Energy Agency")
    assert country in {"IGO", "UNO"} and sector is None
    assert code(resolver, "Kenyan police inspectors") == ("KEN", "COP")


def test_roles_above_states_take_no_country_from_their_document(resolver):
    sentence = "Singapore welcomed support from world leaders and Western diplomats."
    assert in_document(resolver, sentence, "world leaders") == (None, "GOV")
    assert in_document(resolver, sentence, "Western diplomats")[0] is None


def test_a_nationality_cut_before_a_states_act(resolver):
    sentence = "A reporter was wounded by Israeli fire near the border on Monday."
    assert in_document(resolver, sentence, "Israeli") == ("ISR", "MIL")
    sentence = "Israeli officials said on Monday the border was closed."
    assert in_document(resolver, sentence, "Israeli")[1] != "MIL"


def test_a_role_takes_the_leads_first_country_of_a_tie(resolver):
    document = ("Police fired tear gas at protesters in the capital of Saint Lucia. "
                "Students at the local university joined them, a witness said. "
                "Guyana offered help.")
    sentence = "Students at the local university joined them, a witness said."
    assert in_document(resolver, document, "the local university", sentence) == ("LCA", "EDU")


@pytest.mark.parametrize("text", ["Republican Guard units", "the presidential guard",
                                  "Revolutionary Guards"])
def test_guards_units_are_the_military(resolver, text):
    assert code(resolver, text)[1] == "MIL"


@pytest.mark.parametrize("text,sector", [
    ("Somali hijackers", "CRM"), ("a fugitive", "CRM"), ("Kenyan midwives", "MED"),
    ("Greek seafarers", "LAB"), ("a Nigerian singer", "CVL"), ("Catholic cardinals", "REL"),
])
def test_role_words_of_whole_classes(resolver, text, sector):
    assert code(resolver, text)[1] == sector


def test_a_number_word_at_the_start_of_a_sentence_names_no_body(resolver):
    """"Twelve people" are people: no alias of the knowledge base may be a bare number word
    ("the Twelve" once named the European Community)."""
    assert code(resolver, "Twelve people") == (None, "CVL")


def test_a_small_town_after_an_article_is_a_common_noun(resolver):
    """"in the forest" is no visit to Forest, Belgium; a big city or a region keeps its name."""
    assert code(resolver, "security forces",
                sentence="security forces exchanged fire with militants in the forest.")[0] is None
    assert code(resolver, "Police", sentence="Police clashed with protesters in the Bronx.")[0] == "USA"
    assert code(resolver, "Militants",
                sentence="Militants attacked a checkpoint in the Donbas.")[0] == "UKR"
