"""Actor resolution patterns of issue 17's sixth round, on made-up mentions: regions named with
their kind ("X Oblast"), a place fronted before the clause, a town named with its region, a
body based in a town, roles above states, relatives after "ex-", armed opposition and rebel
troops, state bodies and central banks, ranks before an appositive name, a title that says an
undated office is held, surnames read as given names, company suffixes, lower-case "islands",
and a span cut inside a longer name."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code
from helpers import in_document

from eventwire.data import Actor, Span


@pytest.mark.parametrize("region,country", [
    ("Kharkiv Oblast", "UKR"), ("Aichi Prefecture", "JPN"), ("Krasnodar Krai", "RUS"),
    ("Idlib Governorate", "SYR"), ("Kiambu County", "KEN"),
])
def test_a_region_named_with_its_kind_places_its_people(resolver, region, country):
    sentence = f"Residents of {region} protested on Monday."
    assert in_document(resolver, sentence, "Residents") == (country, "CVL")
    assert code(resolver, region)[0] == country


def test_a_place_fronted_before_the_clause_places_its_roles(resolver):
    sentence = ("In Lebanon, hundreds of students gathered calling for the ouster of US "
                "President George W. Bush and British Prime Minister Tony Blair.")
    assert in_document(resolver, sentence, "hundreds of students") == ("LBN", "EDU")
    # without the fronted place, a sentence naming three countries places them nowhere
    sentence = ("Hundreds of students gathered calling for the ouster of US President George "
                "W. Bush, British Prime Minister Tony Blair and Lebanon's president.")
    assert in_document(resolver, sentence, "Hundreds of students")[0] is None


def test_a_town_named_with_its_region_is_in_the_regions_country(resolver):
    document = ("Two patients were taken to hospital after a chemical incident at a school in "
                "Old Hall Road in Sale, Greater Manchester.")
    assert in_document(resolver, document, "a school") == ("GBR", "EDU")
    assert resolver.document_country("Police in Paris, Texas, said on Monday. "
                                     "Police in Paris, Texas, arrested two men.") == "USA"


def test_a_body_based_in_a_town_is_coded_there(resolver):
    assert code(resolver, "a Kharkiv-based charity")[0] == "UKR"
    assert code(resolver, "a London-based charity")[0] == "GBR"
    assert code(resolver, "a charity")[0] == "NGO"  # no place: the non-state code


def test_an_international_gang_takes_no_country_from_its_document(resolver):
    document = ("Polish border guards have detained 34 people from the Middle East. The event "
                "is linked to a known international gang involved in illegal migration.")
    assert in_document(resolver, document, "a known international gang") == (None, "CRM")


def test_a_former_spouse_is_no_former_official(resolver):
    sentence = "The gunman also shot his ex-wife over a child support dispute."
    assert in_document(resolver, sentence, "his ex-wife")[1] == "CVL"
    assert code(resolver, "a former minister of Mali") == ("MLI", "ELI")


@pytest.mark.parametrize("text", ["more than 70 armed opposition forces", "rebel troops",
                                  "rebel soldiers"])
def test_armed_opposition_and_rebel_troops_are_rebels(resolver, text):
    sentence = f"In South Sudan, {text} surrendered to the army."
    assert in_document(resolver, sentence, text) == ("SSD", "REB")


def test_state_bodies_and_central_banks(resolver):
    assert code(resolver, "The United States Treasury") == ("USA", "GOV")
    assert code(resolver, "the Bank of Russia") == ("RUS", "GOV")
    assert code(resolver, "the Bank of England") == ("GBR", "GOV")
    assert code(resolver, "the Bank of Tokyo-Mitsubishi")[1] == "BUS"
    assert code(resolver, "the Bank of China")[1] == "BUS"  # a commercial namesake
    assert code(resolver, "the service chiefs")[1] == "MIL"


def test_a_rank_between_an_apposition_and_the_name(resolver):
    sentence = "A British Army officer, Major Jeremy Snow, was shot on New Lodge Road."
    assert in_document(resolver, sentence, "Jeremy Snow") == ("GBR", "MIL")


def test_an_undated_title_says_the_office_is_held(resolver):
    sentence = "Chirac said Israeli Prime Minister Ariel Sharon would not be welcome."
    at = sentence.find("Israeli")
    mention = "Israeli Prime Minister Ariel Sharon"
    context = resolver.document_context(sentence, None)
    actor = resolver.resolve(Actor(mention, span=Span(at, at + len(mention), mention)),
                             date=None, context=context, sentence=sentence)
    assert (actor.country, actor.sector) == ("ISR", "GOV")
    actor = resolver.resolve(Actor("former Prime Minister Ariel Sharon"), date=None,
                             context=context, sentence=sentence)
    assert actor.sector == "ELI"


def test_a_surname_before_another_kb_surname_is_a_given_name(resolver):
    sentence = "A drone strike killed Qassem Soleimani at Baghdad airport."
    assert in_document(resolver, sentence, "Qassem Soleimani")[0] != "LBN"


def test_company_suffixes_written_as_such(resolver):
    sentence = "The explosion occurred at Applied Metal Precision Technology Co, said police."
    assert in_document(resolver, sentence, "Applied Metal Precision Technology Co")[1] == "BUS"
    assert code(resolver, "the co-founder of the charity")[1] != "BUS"


def test_a_country_name_ending_in_lower_case_islands(resolver):
    document = ("The port's chief executive said the talks went well. Workers pledged higher "
                "wages for supervisors in the Faroe islands.")
    assert in_document(resolver, document, "The port's chief executive") == ("FRO", "BUS")


def test_a_span_cut_inside_a_longer_name(resolver):
    sentence = ("The United Nations Office for the Coordination of Humanitarian Affairs "
                "announced more aid to Kyrgyzstan.")
    country, sector = in_document(resolver, sentence, "the Coordination of Humanitarian Affairs")
    assert country in {"IGO", "UNO"} and sector is None


def test_a_civil_body_named_above_states_is_an_international_ngo(resolver):
    document = ("The European Human Rights Information Network is urging the Dominican "
                "Government to release a prisoner.")
    mention = "The European Human Rights Information Network"
    assert in_document(resolver, document, mention) == ("NGO", None)
    assert code(resolver, "Kenyan rights groups") == ("KEN", "SOC")  # a state's own
