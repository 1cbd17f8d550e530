"""Actor resolution patterns of issue 17's eleventh round, on made-up mentions: a head noun
that makes an idiom with "of" heads no actor; a lower-case Arabic article before a name is the
name's; an organisation's multi-word Arabic name is known without its article; the suspects
or operatives an armed group's name stands before are its members; "local" before a body word
says where, not what; airline staff are a business's; compound compass points in a lower-cased
text are no places; a state described, not named, is the country the sentence named before."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code
from helpers import in_document


@pytest.mark.parametrize("mention", [
    "the wake of a Syrian army offensive", "the heels of a Kenyan court ruling",
    "a lack of Iraqi government funding", "the eve of the Nigerian election",
])
def test_an_idiom_with_of_is_no_actor(resolver, mention):
    assert code(resolver, mention) == (None, None)


def test_a_leader_of_a_body_is_still_that_body(resolver):
    # only the idiom nouns give way; a role before "of" keeps what follows
    assert code(resolver, "the leader of the Kenyan opposition")[0] == "KEN"


@pytest.mark.parametrize("mention,expected", [
    ("al-Qaida militants", ("IMG", "REB")),
    ("the fighters of the Aqsa Martyrs Brigades", ("PSE", "REB")),
    ("gunmen from the Aqsa Martyrs Brigades", ("PSE", "REB")),
])
def test_arabic_article_spellings(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("al-Shabaab suspects", ("SOM", "REB")),
    ("Hamas suspects", ("PSE", "REB")),
    ("Hamas operatives", ("PSE", "REB")),
])
def test_suspects_named_by_an_armed_group_are_its_members(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_plain_suspects_stay_criminals(resolver):
    assert code(resolver, "two suspects")[1] == "CRM"


@pytest.mark.parametrize("mention,sector", [
    ("the director of the local hospital", "MED"),
    ("the leader of the local council", "GOV"),
    ("local residents", "CVL"),
])
def test_local_says_where_the_body_is(resolver, mention, sector):
    assert code(resolver, mention)[1] == sector


@pytest.mark.parametrize("mention,sector", [
    ("airline pilots", "BUS"), ("two airline pilots", "BUS"), ("fighter pilots", "MIL"),
])
def test_airline_staff_are_a_business(resolver, mention, sector):
    assert code(resolver, mention)[1] == sector


@pytest.mark.parametrize("mention", ["southwest teachers", "northeast teachers"])
def test_a_compass_point_in_a_lower_cased_text_is_no_place(resolver, mention):
    sentence = f"{mention} were fired for stripping down."
    assert code(resolver, mention, sentence=sentence) == (None, "EDU")


@pytest.mark.parametrize("sentence,mention,expected", [
    ("Officials in Moldova said the former Soviet republic would hold elections.",
     "the former Soviet republic", ("MDA", "GOV")),
    ("Protesters in Bahrain and Qatar met, and the Gulf kingdom said it would respond.",
     "the Gulf kingdom", ("QAT", "GOV")),
])
def test_a_described_state_is_the_country_named_before(resolver, sentence, mention, expected):
    assert code(resolver, mention, sentence=sentence) == expected


@pytest.mark.parametrize("sentence,mention,expected", [
    ("Slovakia and the Czech Republic signed a treaty.", "the Czech Republic", ("CZE", "GOV")),
    ("Haiti and the Dominican Republic agreed.", "the Dominican Republic", ("DOM", "GOV")),
])
def test_a_named_republic_is_itself(resolver, sentence, mention, expected):
    assert code(resolver, mention, sentence=sentence) == expected


@pytest.mark.parametrize("sentence,mention,country", [
    ("Russian officials denied that jets hit a humanitarian aid convoy near Kandahar.",
     "a humanitarian aid convoy", "AFG"),
    ("Looters raided the Tamba area of Lusenge near Goma, officials said.",
     "the Tamba area of Lusenge", "COD"),
])
def test_a_town_named_near_the_mention_places_it(resolver, sentence, mention, country):
    assert code(resolver, mention, sentence=sentence)[0] == country


def test_a_country_named_near_the_mention_is_not_its_own(resolver):
    sentence = "Turkish officials said gunmen hit a humanitarian aid convoy near the Syrian border."
    assert code(resolver, "a humanitarian aid convoy", sentence=sentence)[0] != "SYR"


def test_an_appositive_is_the_country_of_the_person_named_before_it(resolver):
    document = ("Peruvian Interior Minister Carlos Moran met Chilean officials in Santiago on "
                "Monday. \"We will act now,\" said Moran, a retired Communist guerrilla commander.")
    assert in_document(resolver, document, "a retired Communist guerrilla commander",
                       sentence=document.split(". ", 1)[1]) == ("PER", "ELI")
