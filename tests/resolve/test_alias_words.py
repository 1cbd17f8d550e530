"""KB names that are ordinary English words (own sentences): a word every text uses names a KB
person or body only where the text marks it as a name; days and months name no one alone; a
word so misread is no antecedent of a pronoun; Phoenix's title-cased acronyms ("Nasa") match
the capitals news writes."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code

from eventwire.data import Actor, Span


@pytest.mark.parametrize("mention,sentence", [
    ("Let", "Let the army go home, the marchers shouted."),
    ("Dip", "Dip in grain prices angers farmers."),
    ("Yes", "Yes, we will march again, the organisers said."),
    ("Friday", "Friday saw the largest rally in a decade."),
    ("May", "May saw the ministry ban three newspapers."),
    ("May", "The ministry banned three newspapers in May."),
    ("Black Friday", "Shoppers queued for Black Friday sales across the country."),
])
def test_an_ordinary_word_unmarked_as_a_name_is_no_actor(resolver, mention, sentence):
    assert code(resolver, mention, sentence=sentence) == (None, None)


@pytest.mark.parametrize("mention,sentence,expected", [
    ("Dip", "Leaders of Dip said they would boycott the vote.", "AZE"),
    ("Yes", "Supporters of Yes rallied outside parliament.", "UKR"),
    ("LeT", "LeT claimed the attack on the camp.", "PAK"),
    ("Mrs May", "Mrs May met the French president.", "GBR"),
    ("Trump", "Trump and Macron agreed to meet again.", "USA"),
])
def test_an_ordinary_word_the_text_marks_as_a_name_still_names(resolver, mention, sentence,
                                                               expected):
    assert code(resolver, mention, date="2019-01-10", sentence=sentence)[0] == expected


def test_a_month_misread_as_a_person_is_no_antecedent(resolver):
    doc = "May brought the heaviest rains in years. She said the harvest was lost."
    context = resolver.document_context(doc, "2019-01-10")
    at = doc.find("She")
    actor = resolver.resolve(Actor("She", span=Span(at, at + 3, "She")), date="2019-01-10",
                             context=context, sentence="She said the harvest was lost.")
    assert actor.country is None


@pytest.mark.parametrize("mention,expected", [
    ("NASA", ("USA", "GOV")),
    ("the EPA", ("USA", "GOV")),
    ("the OMB", ("USA", "GOV")),
    ("the KRG", ("IRQ", "GOV")),
])
def test_a_phoenix_acronym_in_capitals_finds_its_body(resolver, mention, expected):
    assert code(resolver, mention) == expected
