"""Actor resolution patterns of issue 17's fourth round, on made-up mentions: an unknown name's
office stated in apposition, "the agency" and its kin as anaphors, country words sharing one
head, places held by a role, collective heads, official news agencies, the recasing of a
lower-cased copy, and the learned sector of a mention's words."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code
from helpers import in_document

from eventwire.resolve.mention_sectors import load_model, mention_features


@pytest.mark.parametrize("sentence,name,expected", [
    ("Tomas Ferreira, a suspected militant, was detained in Afghanistan.", "Tomas Ferreira",
     ("AFG", "REB")),
    ("The head of the rebel Unity Front, Joao Makwena, told reporters in Mozambique that the "
     "hostages were freed.", "Joao Makwena", ("MOZ", "REB")),
    ("Peter Lindqvist, a Stockholm patrol officer, was shot.", "Peter Lindqvist",
     ("SWE", "COP")),
])
def test_an_unknown_name_is_the_office_its_sentence_states(resolver, sentence, name, expected):
    assert in_document(resolver, sentence, name) == expected


def test_the_stated_office_ends_before_a_relative_clause(resolver):
    # "the rebels have held" is what happened to him, not what he is
    sentence = ("The rebels said they will release Ramon Quintero, a former Colombian "
                "congressman the rebels have held since April.")
    assert in_document(resolver, sentence, "Ramon Quintero") == ("COL", "ELI")


def test_a_name_with_no_stated_office_gets_none(resolver):
    sentence = "Tomas Ferreira arrived in Kabul on Monday."
    assert in_document(resolver, sentence, "Tomas Ferreira")[1] is None


@pytest.mark.parametrize("document,mention,expected", [
    ("Officials say the CIA asked for the list after the agency was contacted by the Russian "
     "government.", "the agency", ("USA", "SPY")),
    ("Officials say the CIA asked for the list after the agency was contacted by the Russian "
     "government.", "agency", ("USA", "SPY")),
])
def test_the_agency_is_the_state_body_named_last(resolver, document, mention, expected):
    assert in_document(resolver, document, mention) == expected


def test_the_group_still_skips_state_bodies(resolver):
    document = "Human Rights Watch criticised the FBI, and the group said it would appeal."
    assert in_document(resolver, document, "the group")[1] != "COP"


@pytest.mark.parametrize("text,expected", [
    ("U.S. and British troops", ("USA", "MIL")),
    ("French and German diplomats", ("FRA", "GOV")),
    ("Italy and Spain", ("ITA", "GOV")),  # no shared head: the first country, its government
])
def test_coordinated_country_words_share_their_head(resolver, text, expected):
    assert code(resolver, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("key rebel-held villages", "REB"),
    ("government-controlled areas", "GOV"),
])
def test_a_place_held_by_a_role_stands_for_that_role(resolver, text, expected):
    assert code(resolver, text)[1] == expected


@pytest.mark.parametrize("text,expected", [
    ("mobs of looters", "CRM"),
    ("a crowd of students", "EDU"),
    ("bands of gunmen", "UAF"),
    ("a crowd", "CVL"),  # no "of": the crowd itself
])
def test_a_collective_head_takes_the_role_after_of(resolver, text, expected):
    assert code(resolver, text)[1] == expected


@pytest.mark.parametrize("text,expected", [
    ("Baku's official news agency", ("AZE", "JRN")),
    ("Japan's ruling coalition", ("JPN", "PTY")),
    ("former Spain defender Carlos Ruiz", ("ESP", "CVL")),  # a footballer: no former official
    ("Major US insurance group Northcap", ("USA", "BUS")),
])
def test_role_words_of_this_round(resolver, text, expected):
    assert code(resolver, text) == expected


def test_recasing_a_lower_cased_mention_capitalises_whole_words_only(resolver):
    # the sentence's only capital is its first letter, so the resolver treats it as a
    # lower-cased copy; "Indonesian" must not become "INdonesian" (IN, Indiana)
    sentence = "Indonesian courts have handed out severe sentences for arms dealers."
    assert resolver._recase(sentence, mention=False).startswith("Indonesian ")


def test_a_document_with_one_capital_is_no_lower_cased_copy(resolver):
    # the document read first says the news is cased, so the mention is not recased ("Drug"
    # would be a town in India)
    document = "Indonesian courts have handed out severe sentences for drug smugglers."
    assert in_document(resolver, document, "drug smugglers") == ("IDN", "CRM")


def test_mention_features_read_common_words_only():
    assert mention_features("a tiny island nation") == ["h=nation", "w=tiny", "w=island"]
    assert mention_features("members of the teachers union") == ["h=members", "a=teachers",
                                                                 "a=union"]
    # capitalised words are names for the KB, not words for the model
    assert mention_features("the Pirmasens Municipal Museum") == []
    assert mention_features("Parts of Kashmir") == []


def test_the_shipped_mention_model_is_confident_only_on_seen_heads():
    model = load_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert model.predict("a zorblax of quuxes") is None  # an unseen head noun
    sector, prob = model.predict("the government office")
    assert sector == "GOV" and prob >= model.threshold


def test_the_resolver_runs_without_the_mention_model():
    from eventwire.knowledge.kb import KnowledgeBase
    from eventwire.resolve.actors import ActorResolver

    bare = ActorResolver(KnowledgeBase.load(), mention_model=False)
    assert bare.mention_model is None
    assert code(bare, "Israeli troops") == ("ISR", "MIL")


@pytest.mark.parametrize("sentence,mention,expected", [
    ("A court in Lagos on Friday convicted a Ghanaian man for smuggling gold.",
     "a Ghanaian man", "CRM"),
    ("Police have arrested two Kenyan women suspected of fraud.", "two Kenyan women", "CRM"),
    # not accused: people as the sentence has them
    ("Two Kenyan women were injured in the blast.", "Two Kenyan women", "CVL"),
    # a role word keeps its own sector, accused or not
    ("Police arrested 40 Kenyan protesters in Nairobi.", "40 Kenyan protesters", "CVL"),
])
def test_people_a_sentence_accuses_are_suspects(resolver, sentence, mention, expected):
    assert code(resolver, mention, sentence=sentence)[1] == expected


def test_the_office_the_text_calls_former_is_over(resolver):
    # the KB has Putin in office in 2019, but the text says the office is over
    assert code(resolver, "former President Vladimir Putin", date="2019-06-01") == ("RUS", "ELI")
    assert code(resolver, "President Vladimir Putin", date="2019-06-01") == ("RUS", "GOV")
    # in 2010 Putin was prime minister: a former president in another office keeps it
    assert code(resolver, "former President Vladimir Putin", date="2010-06-01") == ("RUS", "GOV")
