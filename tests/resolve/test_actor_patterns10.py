"""Actor resolution patterns of issue 17's eighth round, on made-up mentions: legal filings are
no actors ("a criminal complaint"); an abbreviated member title ("MEP") is the role, not a
party the KB abbreviates so; a body of the opposition is the opposition; a thing named by its
owner ("a house belonging to a doctor") stands for the owner; a nationality's institution
abroad ("the American University in Cairo") is in the place named after it; states named by
their region are multinational; unnamed rights groups are international NGOs unless placed;
a one-word town before a speech verb is a speaker; a member title takes the non-state body the
sentence names after it; "former" before a government body names the government of its time."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code
from helpers import in_document


@pytest.mark.parametrize("mention", [
    "A criminal complaint", "the lawsuit", "an indictment", "a petition",
    "the arrest warrants",
])
def test_legal_filings_are_no_actors(resolver, mention):
    assert code(resolver, mention) == (None, None)


def test_a_member_title_is_the_role_not_a_party_acronym(resolver):
    assert code(resolver, "Estonian MEP") == ("EST", "LEG")
    assert code(resolver, "an MEP") == (None, "LEG")
    assert code(resolver, "Scottish MSPs") == ("GBR", "LEG")


def test_a_body_of_the_opposition_is_the_opposition(resolver):
    sentence = "The opposition coordination council in Minsk said two members were detained."
    assert in_document(resolver, sentence, "The opposition coordination council") \
        == ("BLR", "OPP")
    # a body with no opposition word stays the government's
    assert code(resolver, "the Belarusian security council") == ("BLR", "GOV")


@pytest.mark.parametrize("mention,expected", [
    ("a house belonging to a village doctor in Bihar", ("IND", "MED")),
    ("the home of a Kenyan journalist", ("KEN", "JRN")),
    ("a shop owned by a Pakistani trader", ("PAK", "BUS")),
])
def test_a_thing_named_by_its_owner_stands_for_the_owner(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_home_stands_for_its_household_not_its_accused_owner(resolver):
    sentence = "Troops demolished the home of a Palestinian man suspected of a shooting attack."
    assert in_document(resolver, sentence, "the home of a Palestinian man") == ("PSE", "CVL")


def test_a_nationality_institution_abroad_is_in_its_place(resolver):
    assert code(resolver, "students at the American University in Cairo") == ("EGY", "EDU")
    assert code(resolver, "students of the American University of Beirut") == ("LBN", "EDU")
    # named by itself it is the nationality's
    assert code(resolver, "American University students") == ("USA", "EDU")


@pytest.mark.parametrize("mention,expected", [
    ("The Southeast Asian nations", ("IGO", "GOV")), ("the Arab leaders", ("IGO", "GOV")),
    ("Western governments", ("IGO", "GOV")), ("the Gulf states", ("IGO", "GOV")),
    # no region: no code of several states
    ("world leaders", (None, "GOV")),
])
def test_states_named_by_their_region_are_multinational(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_unnamed_rights_groups_are_international_unless_placed(resolver):
    sentence = "A human rights group said soldiers had burned villages in Rakhine."
    assert in_document(resolver, sentence, "A human rights group") == ("NGO", None)
    sentence = "Human rights groups in Cameroon condemned the arrest."
    assert in_document(resolver, sentence, "Human rights groups") == ("CMR", "SOC")
    sentence = "A local rights group in Kabul said ten people died."
    assert in_document(resolver, sentence, "A local rights group") == ("AFG", "SOC")


def test_a_town_before_a_speech_verb_is_a_speaker(resolver):
    sentence = "Dana said the doctors had given up."
    assert in_document(resolver, sentence, "the doctors") == (None, "MED")
    # a capital that speaks is its government
    sentence = "Damascus said the doctors had fled."
    assert in_document(resolver, sentence, "the doctors") == ("SYR", "MED")


def test_a_member_title_takes_the_body_named_after_it(resolver):
    sentence = ("The Kenyan representatives to the Nairobi Chamber of Commerce met a "
                "delegation on Monday.")
    assert in_document(resolver, sentence, "The Kenyan representatives") == ("KEN", "BUS")
    # a state body after it leaves the title's own sector
    sentence = "Iraqi representatives to the UN spoke on Monday."
    assert in_document(resolver, sentence, "Iraqi representatives")[1] != "BUS"


def test_former_before_a_government_body_is_that_government(resolver):
    assert code(resolver, "South Africa's former apartheid regime") == ("ZAF", "GOV")
    # people who held office stay former officials
    assert code(resolver, "two former government officials")[1] == "ELI"
    sentence = "Nine ex-members of the government in Madrid were charged."
    assert in_document(resolver, sentence, "Nine ex-members of the government")[1] == "ELI"
