"""Actor resolution patterns of issue 17's twentieth round, on made-up mentions and Factbook
pages that are none of bench/data/actors_own9.tsv's: the air force's and navy's higher ranks;
a self-defence force's land, sea and air branches; a foreign legion; intelligence services
named "General Intelligence"; moneylenders and racketeers; a party the Factbook's election
results name whose last word is a legislature's ("... Congress"); a party that lost two
elections in a row is in opposition in the year between; a lower-case "party" after a party's
name; a country's chamber by its own name; a legislator's title before a KB person whose KB
offices all ended."""

from __future__ import annotations

import json

import pytest
from helpers import country_and_sector as code
from helpers import load_script


@pytest.mark.parametrize("mention", ["Air Chief Marshal Ravi Menon", "Air Commodore Sam Obi",
                                     "Air Vice-Marshal Ken Ade"])
def test_higher_air_force_ranks_are_the_military(resolver, mention):
    assert code(resolver, mention)[1] == "MIL"


@pytest.mark.parametrize("mention,expected", [
    ("the Ground Self-Defense Force", (None, "MIL")),
    ("Japan's Air Self-Defence Force", ("JPN", "MIL")),
])
def test_a_self_defence_forces_branches_are_the_military(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_self_defence_forces_alone_stay_the_vigilantes(resolver):
    assert code(resolver, "self-defense forces")[1] != "MIL"


@pytest.mark.parametrize("mention", ["the Foreign Legion", "legionnaires"])
def test_a_foreign_legion_is_the_military(resolver, mention):
    assert code(resolver, mention)[1] == "MIL"


def test_the_american_legion_of_veterans_is_no_army(resolver):
    assert code(resolver, "the American Legion")[1] != "MIL"


@pytest.mark.parametrize("mention,expected", [
    ("Jordan's General Intelligence Department", ("JOR", "SPY")),
    ("the Directorate of General Intelligence", (None, "SPY")),
])
def test_general_intelligence_is_an_intelligence_service(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_a_general_by_rank_stays_the_military(resolver):
    assert code(resolver, "General Ali Smith")[1] == "MIL"


@pytest.mark.parametrize("mention,expected", [
    ("loan sharks in Hong Kong", ("HKG", "CRM")),
    ("racketeers", (None, "CRM")),
    ("money launderers", (None, "CRM")),
])
def test_moneylenders_and_racketeers_are_criminals(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.fixture
def made_up_status(monkeypatch):
    """A made-up party of Ghana that the party-status table names: lost the 2020 election."""
    from eventwire.knowledge import kb

    rows = {"GHA": ((frozenset({"united democratic congress", "udc"}), "2021-01-01",
                     "2024-01-01"),)}
    monkeypatch.setattr(kb, "_party_status_rows", lambda: rows)


@pytest.mark.parametrize("day,sector", [("2022-06-01", "OPP"), ("2025-06-01", "PTY")])
def test_a_party_the_election_results_name_is_no_legislature(resolver, made_up_status, day,
                                                              sector):
    assert code(resolver, "Ghana's United Democratic Congress", date=day) == ("GHA", sector)


@pytest.mark.parametrize("mention,expected", [
    ("Ghana's Parliament", ("GHA", "LEG")),
    ("Peru's Congress", ("PER", "LEG")),
    ("China's National People's Congress", ("CHN", "LEG")),
])
def test_legislatures_stay_legislatures(resolver, mention, expected):
    assert code(resolver, mention) == expected


def _election_page() -> dict:
    return {"Government": {
        "Government type": {"text": "presidential republic"},
        "Executive branch": {
            "head of government": {"text": "President Ann ZOR (since 2022)"},
            "election results": {"text": (
                "<br><em>2022: </em>Ann ZOR elected president; percent of vote - Ann ZOR (ZPP) "
                "55%, Bo KIM (ZLF) 35%, Cy DOE (ZUP) 10%<br><br><em>2017: </em>Cy DOE elected president; percent "
                "of vote - Cy DOE (ZUP) 52%, Bo KIM (ZLF) 30%, Ann ZOR (ZPP) 18%")}},
        "Political parties": {"text": ("Zorland Liberty Front or ZLF<br>Zorland People's Party "
                                       "or ZPP<br>Zorland Union Party or ZUP")}}}


def test_a_party_that_lost_two_elections_in_a_row_is_in_opposition_between_them(tmp_path):
    script = load_script("scripts/build_factbook_kb.py")
    (tmp_path / "region").mkdir()
    # the file name is a FIPS code: "ch" is China (CHN)
    (tmp_path / "region" / "ch.json").write_text(json.dumps(_election_page()), encoding="utf-8")
    spans = {(row["name"], row["start"], row["end"]) for row in script.party_status(tmp_path)}
    assert ("Zorland Liberty Front", "2018-01-01", "2022-01-01") in spans
    assert ("Zorland Liberty Front", "2022-01-01", "") in spans  # all through 2022 too
    # lost once: from the year after its defeat, as before
    assert ("Zorland People's Party", "2018-01-01", "2022-01-01") in spans
    assert ("Zorland Union Party", "2023-01-01", "") in spans  # won in 2017


def test_a_lower_case_party_after_the_name_keeps_the_partys_status(resolver):
    # Peru's Popular Action lost the 2021 presidential election (the Factbook's results)
    assert code(resolver, "Peru's Popular Action party", date="2022-06-01") == ("PER", "OPP")


def test_the_labour_party_in_lower_case_stays_a_party(resolver):
    assert code(resolver, "the Labour party")[1] == "PTY"


def _legislature_page(**fields: dict) -> dict:
    return {"Government": {key: {field: {"text": text} for field, text in value.items()}
                           for key, value in fields.items()}}


def test_a_countrys_chamber_by_its_own_name_is_its_legislature(tmp_path):
    script = load_script("scripts/build_factbook_kb.py")
    (tmp_path / "region").mkdir()
    # "ch" is China (CHN), "hk" Hong Kong (HKG)
    (tmp_path / "region" / "ch.json").write_text(json.dumps(_legislature_page(**{
        "Legislative branch": {"legislature name": "Grand Zorland Hural (Zorhural)"},
        "Legislative branch - lower chamber": {"chamber name": "Zejm"},
        "Legislative branch - upper chamber": {"chamber name": "Zorland Diet"}})),
        encoding="utf-8")
    (tmp_path / "region" / "hk.json").write_text(json.dumps(_legislature_page(**{
        "Legislative branch": {"legislature name": "Diet (Zandtag)"},
        "Legislative branch - upper chamber": {"chamber name": "National Assembly"}})),
        encoding="utf-8")
    rows = {row["name"]: (row["country"], row["sector"]) for row in script.derive(tmp_path)}
    assert rows["Grand Zorland Hural"] == ("CHN", "LEG")
    assert rows["Zejm"] == ("CHN", "LEG")  # one word, the page's own name for it
    assert rows["Zorland Diet"] == ("CHN", "LEG")
    # a native word in brackets ("Zandtag"), a word another page's chamber has ("Diet"), and a
    # name of generic words name no one country
    for name in ("Zorhural", "Zandtag", "Diet", "National Assembly"):
        assert name not in rows


@pytest.mark.parametrize("mention,expected", [
    ("the Dewan Rakyat", ("MYS", "LEG")),
    ("the Jogorku Kenesh", ("KGZ", "LEG")),
])
def test_shipped_chambers_by_their_own_name(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", ["Bunge", "the Landtag"])
def test_one_word_native_names_name_no_legislature(resolver, mention):
    assert code(resolver, mention)[1] != "LEG"


def test_a_legislators_title_before_a_kb_person_past_all_offices(resolver):
    # the KB has him prime minister until 2022: the title the text gives him is the office
    assert code(resolver, "Speaker Boris Johnson", date="2023-06-01") == ("GBR", "LEG")


@pytest.mark.parametrize("mention", ["Boris Johnson", "former Speaker Boris Johnson"])
def test_without_the_title_or_with_former_he_stays_former(resolver, mention):
    assert code(resolver, mention, date="2023-06-01") == ("GBR", "ELI")
