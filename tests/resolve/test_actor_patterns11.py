"""Actor resolution patterns of issue 17's tenth round, on made-up mentions: legal cases,
clothes and decades head no actor; a possessive's opposition to something is a stance; CAMEO's
international militarized groups keep their fighters' and media arm's sector; coordinated names
and modifiers share the head noun after them; a span cut right before a body's name is that
body; a leader of a body the KB gives no sector takes the role word after its name; a
headline's topic before a colon places the clause's roles; a land named by its status is the
land named before it."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code
from helpers import in_document


@pytest.mark.parametrize("mention", [
    "a criminal case", "the corruption cases", "his school uniforms", "their clothes",
    "the late 1960s", "the early 2000s",
])
def test_cases_clothes_and_decades_are_no_actors(resolver, mention):
    assert code(resolver, mention) == (None, None)


def test_the_late_president_stays_a_former_official(resolver):
    # "late" before a person still means the person is gone (ELI); only a decade is a time
    assert code(resolver, "the late president")[1] == "ELI"


def test_a_possessive_opposition_to_something_is_a_stance(resolver):
    sentence = "Kenya has dropped its opposition to the border plan."
    assert code(resolver, "its opposition", sentence=sentence) == (None, None)
    # without "to" after it, the opposition is the actor it names
    sentence = "The government jailed its opposition after the vote."
    assert code(resolver, "its opposition", sentence=sentence)[1] == "OPP"


@pytest.mark.parametrize("mention,expected", [
    ("Jemaah Islamiyah militants", ("IMG", "REB")),
    ("the ISIS-linked news agency", ("IMG", "JRN")),
    ("the leader of the Jemaah Islamiyah militant network", ("IMG", "REB")),
])
def test_an_international_militarized_group_keeps_its_fighters_and_media(resolver, mention,
                                                                           expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("the AU and UN security forces", ("IGO", "MIL")),
    ("the US and British forces", ("USA", "MIL")),
    ("local and foreign journalists", (None, "JRN")),
    ("state and federal officials", (None, "GOV")),
])
def test_coordinated_words_share_the_head_after_them(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_second_name_is_no_shared_head(resolver):
    assert code(resolver, "The FBI and U.S. Attorney's Office") == ("USA", "COP")


def test_a_span_cut_before_a_body_name_is_that_body(resolver):
    document = "Israeli aircraft struck the militant group Hamas in Gaza on Monday."
    assert in_document(resolver, document, "the militant group") == ("PSE", "REB")
    # a capitalised word that names no body leaves the span as it was
    document = "The group Monday said it would leave the zone."
    assert in_document(resolver, document, "The group") == (None, None)


def test_a_headline_topic_places_the_clause_roles(resolver):
    sentence = "Sudan coup: Washington halts aid and the US targets army generals"
    assert code(resolver, "army generals", sentence=sentence) == ("SDN", "MIL")


@pytest.mark.parametrize("sentence,mention,expected", [
    ("Chad, a former French colony, said it would expel the envoy.", "a former French colony",
     ("TCD", "GOV")),
    ("Peru is a former Spanish colony with close ties to Bolivia.", "a former Spanish colony",
     ("PER", "GOV")),
])
def test_a_land_named_by_its_status_is_the_land_named_before_it(resolver, sentence, mention,
                                                                 expected):
    assert code(resolver, mention, sentence=sentence) == expected


def test_a_land_status_alone_is_no_former_official(resolver):
    assert code(resolver, "a former British overseas territory") == (None, None)
