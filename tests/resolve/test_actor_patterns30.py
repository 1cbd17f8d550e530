"""Actor resolution patterns of issue 17's thirtieth round, on made-up mentions and sentences
that are none of bench/data/actors_own*.tsv's: letters the accent fold dropped; ruling
communist parties are parties; crime bodies named with a lower-case noun, and named crime
groups; company groups no listing names; an international post before an apposition of a
past office or a trade."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code

from eventwire.knowledge.kb import fold


@pytest.mark.parametrize("written, folded", [
    ("Støre", "Store"),
    ("Łódź", "Lodz"),
    ("Kılıçdaroğlu", "Kilicdaroglu"),
    ("Đukanović", "Dukanovic"),
    ("Ærø", "Aero"),
])
def test_letters_with_no_decomposition_fold_to_their_ascii_spelling(written, folded):
    assert fold(written) == folded


@pytest.mark.parametrize("mention, sentence, country", [
    ("President Milo Đukanović", "President Milo Đukanović welcomed the delegation.", "MNE"),
    ("Mariusz Błaszczak", "Mariusz Błaszczak inspected the new howitzers.", "POL"),
])
def test_a_name_with_such_a_letter_reaches_its_kb_entry(resolver, mention, sentence, country):
    assert code(resolver, mention, sentence=sentence)[0] == country


@pytest.mark.parametrize("mention, sentence, country", [
    ("The Communist Party of Cuba", "The Communist Party of Cuba expelled two members.", "CUB"),
    ("The Chinese Communist Party", "The Chinese Communist Party marked its anniversary.", "CHN"),
    ("The Workers' Party of Korea", "The Workers' Party of Korea held a plenary meeting.", "PRK"),
])
def test_a_ruling_communist_party_is_a_party(resolver, mention, sentence, country):
    assert code(resolver, mention, sentence=sentence) == (country, "PTY")


def test_a_states_officials_stay_its_government(resolver):
    assert code(resolver, "Chinese officials", sentence="Chinese officials denied the report.") \
        == ("CHN", "GOV")


@pytest.mark.parametrize("mention, sentence, expected", [
    # KB names whose crime noun news writes in lower case
    ("the Kinahan cartel", "Detectives said the Kinahan cartel ran the gym.", ("IRL", "CRM")),
    ("the Haqqani network", "The Haqqani network claimed the attack.", ("AFG", "REB")),
    # named crime groups (curated rows)
    ("Members of the Latin Kings", "Members of the Latin Kings were charged in Chicago.",
     ("USA", "CRM")),
    ("The Rumba network", "The Rumba network was blamed for the bombing in Uppsala.",
     ("SWE", "CRM")),
    ("Sun Yee On", "Sun Yee On controlled the gambling dens.", ("HKG", "CRM")),
])
def test_a_named_crime_group_is_its_countrys_crime_group(resolver, mention, sentence, expected):
    date = "2019-06-01"  # the Haqqani network's row before it joined the Taliban government
    assert code(resolver, mention, date=date, sentence=sentence) == expected


@pytest.mark.parametrize("mention, sentence, expected", [
    ("King Charles", "King Charles opened parliament.", "GBR"),
    ("The kings of Jordan and Morocco", "The kings of Jordan and Morocco met in Rabat.", "JOR"),
])
def test_kings_outside_a_gangs_name_stay_kings(resolver, mention, sentence, expected):
    assert code(resolver, mention, sentence=sentence)[0] == expected
    assert code(resolver, mention, sentence=sentence)[1] != "CRM"


def test_an_unnamed_gang_keeps_no_country(resolver):
    assert code(resolver, "A local gang", sentence="A local gang robbed the bank.") \
        == (None, "CRM")


@pytest.mark.parametrize("mention, sentence, expected", [
    ("Zorvane Holdings", "Zorvane Holdings bought the port.", (None, "BUS")),
    ("Trelmax Group", "Trelmax Group opened a cement plant.", (None, "BUS")),
    ("Kenya's Zorvane Holdings", "Kenya's Zorvane Holdings bought the port.", ("KEN", "BUS")),
    ("The Nigerian Zorvane Group", "The Nigerian Zorvane Group bought the port.",
     ("NGA", "BUS")),
])
def test_an_unlisted_company_group_is_a_company(resolver, mention, sentence, expected):
    assert code(resolver, mention, sentence=sentence) == expected


@pytest.mark.parametrize("mention, sentence, expected", [
    ("The Maute Group", "The Maute Group seized the town.", (None, "REB")),
    ("Kenya's government", "Kenya's government raised taxes.", ("KEN", "GOV")),
    ("The Working Group", "The Working Group met in Geneva.", (None, None)),
])
def test_armed_groups_states_and_phrases_are_no_company_group(resolver, mention, sentence,
                                                             expected):
    assert code(resolver, mention, sentence=sentence) == expected


def test_the_lima_group_is_no_company(resolver):
    assert code(resolver, "The Lima Group", sentence="The Lima Group met in Ottawa.")[1] != "BUS"


@pytest.mark.parametrize("mention, sentence", [
    ("The UN envoy, a former Swedish diplomat,",
     "The UN envoy, a former Swedish diplomat, met the rebels."),
    ("The IMF chief, a Bulgarian economist,", "The IMF chief, a Bulgarian economist, visited Kyiv."),
    ("The NATO chief, a former Dutch prime minister,",
     "The NATO chief, a former Dutch prime minister, visited Kyiv."),
])
def test_an_international_post_wins_over_a_past_office_or_trade_after_it(resolver, mention,
                                                                         sentence):
    assert code(resolver, mention, sentence=sentence) == ("IGO", None)


@pytest.mark.parametrize("mention, sentence, expected", [
    ("The envoy, a former Swedish diplomat,", "The envoy, a former Swedish diplomat, met the rebels.",
     ("SWE", "GOV")),
    ("Carl Bildt, a former Swedish prime minister,",
     "Carl Bildt, a former Swedish prime minister, met the rebels.", ("SWE", "ELI")),
    ("Kenzo Oshima, the UN relief coordinator,",
     "Kenzo Oshima, the UN relief coordinator, visited Darfur.", ("IGO", None)),
])
def test_an_apposition_after_no_international_post_still_counts(resolver, mention, sentence,
                                                                expected):
    assert code(resolver, mention, sentence=sentence) == expected
