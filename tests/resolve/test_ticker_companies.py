"""Listed companies of issue 17's derived table (ticker_companies.csv, built from pytickersymbols
by scripts/build_ticker_companies.py): a listed company is BUS with its home country; names
that are common words, people's names or generic phrases are left out at build time."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code
from helpers import load_script


@pytest.fixture(scope="module")
def script():
    return load_script("scripts/build_ticker_companies.py")


@pytest.mark.parametrize("mention,sentence,expected", [
    ("Rheinmetall", "Rheinmetall agreed to build an ammunition plant in Ukraine.", ("DEU", "BUS")),
    ("Unilever", "Unilever said it would leave the Russian market.", ("GBR", "BUS")),
    ("Japan Tobacco", "Japan Tobacco denied the accusations.", ("JPN", "BUS")),
])
def test_a_listed_company_is_business_of_its_country(resolver, mention, sentence, expected):
    assert code(resolver, mention, sentence=sentence) == expected


def test_the_table_is_below_the_curated_rows(resolver):
    from eventwire.knowledge.kb import shipped_kb

    kb = shipped_kb()
    assert {o.source for o in kb.lookup("Rheinmetall")} == {"ticker"}
    # a company the curated tables know keeps their row
    assert "ticker" not in {o.source for o in kb.lookup("Shell")}


@pytest.mark.parametrize("mention,sentence", [
    ("next week", "The talks resume next week."),
    ("a block of flats", "Soldiers searched a block of flats."),  # "Block Inc." is listed
    ("a target", "The depot was a target of the strikes."),
])
def test_a_common_word_is_no_company(resolver, mention, sentence):
    assert code(resolver, mention, sentence=sentence)[1] != "BUS"


def test_name_forms_strip_legal_words_one_at_a_time(script):
    assert script.name_forms("Palomar Holdings, Inc.") == [
        "Palomar Holdings Inc.", "Palomar Holdings", "Palomar"]
    assert script.name_forms("The Hershey Company") == ["The Hershey Company", "Hershey Company",
                                                        "Hershey"]
    assert script.name_forms("Kwindle") == ["Kwindle"]


INDICES = """INDICES = {'TEST': {'name': 'TEST', 'companies': [
    {'name': 'Zorblax Industries, Inc.', 'country': 'Austin, Texas'},
    {'name': 'Kwindle AG', 'country': 'Germany', 'isins': ['DE0000000001']},
    {'name': 'Next plc', 'country': 'United Kingdom', 'isins': ['GB0000000001']},
    {'name': 'Target Corporation', 'country': 'Minneapolis, Minnesota'},
    {'name': 'Mispla KK', 'country': 'United Kingdom', 'isins': ['JP0000000001'],
     'metadata': {'headquarters': 'Chiyoda, Tokyo , Japan'}},
    {'name': 'Quarrel Corp', 'country': 'Russia', 'isins': ['DE0000000002']},
    {'name': 'Home Depot', 'country': 'Atlanta, Georgia'},
    {'name': 'Frobnic SA', 'isins': ['FR0000000001']},
    {'name': 'Nowhere Ltd'},
]}, 'OTHER': {'name': 'OTHER', 'companies': [
    {'name': 'Kwindle AG', 'country': 'Germany', 'isins': ['DE0000000001']},
]}}
"""


def test_the_table_is_built_with_its_filters(script, tmp_path):
    from eventwire.knowledge.kb import shipped_kb

    (tmp_path / "indices_data.py").write_text(INDICES, encoding="utf-8")
    common = frozenset({"next", "target", "home", "depot", "corporation"})
    rows = {row["name"]: row for row in script.build(tmp_path, common=common, kb=shipped_kb())}
    # "City, State" is the USA (not Georgia the country); a legal word is stripped
    assert rows["Zorblax Industries"]["country"] == "USA"
    assert rows["Zorblax Industries"]["aliases"] == "Zorblax Industries Inc."
    assert rows["Kwindle"]["country"] == "DEU"
    assert rows["Kwindle"]["sector"] == "BUS" and rows["Kwindle"]["kind"] == "company"
    assert "OTHER" in rows["Kwindle"]["notes"] and "TEST" in rows["Kwindle"]["notes"]
    assert "DE0000000001" in rows["Kwindle"]["notes"]
    # an English word alone is no name; with its legal word it is
    assert "Next" not in rows and rows["Next plc"]["country"] == "GBR"
    assert "Target" not in rows and rows["Target Corporation"]["country"] == "USA"
    # the ISIN and the headquarters outvote a wrong country field
    assert rows["Mispla"]["country"] == "JPN"
    # the ISIN alone gives the country where the field is missing
    assert rows["Frobnic"]["country"] == "FRA"
    for left_out in ("Quarrel", "Quarrel Corp",  # two signals disagree
                     "Home Depot",  # a phrase of English words
                     "Nowhere", "Nowhere Ltd"):  # no country at all
        assert left_out not in rows


# investpy's stocks.csv columns (made-up rows): a company's listings on several markets
STOCKS = """country,name,full_name,tag,isin,id,currency,symbol
colombia,Quindor,Quindor SA,q,COC00QUIND01,1,COP,QND
united states,Quindor ADR,Quindor SA ADR,q,US0000QUIN02,2,USD,QNDY
germany,Blentrix,Blentrix AG,b,DE000BLENTR3,3,EUR,BLX
united states,Zappix Tech,Zappix Technologies Holdings,z,US000ZAPPIX4,4,USD,ZPX
hong kong,Zappix Tech,Zappix Technologies Holdings,z,KYG00ZAPPIX5,5,HKD,2345
norway,Fjordal,Fjordal ASA,f,NO000FJORDA6,6,NOK,FJD
sweden,Fjordal,Fjordal ASA,f,NO000FJORDA6,7,SEK,FJD
"""


def test_cross_listed_companies_from_investpy_take_their_home_listings_country(script, tmp_path):
    from eventwire.knowledge.kb import shipped_kb

    (tmp_path / "indices_data.py").write_text(INDICES, encoding="utf-8")
    (tmp_path / "stocks.csv").write_text(STOCKS, encoding="utf-8")
    common = frozenset({"next", "target", "home", "depot", "corporation"})
    rows = {row["name"]: row for row in script.build(
        tmp_path, common=common, kb=shipped_kb(), stocks=tmp_path / "stocks.csv")}
    # home listing in Colombia; the receipt traded in New York counts as a market, not a home
    assert rows["Quindor"]["country"] == "COL" and "investpy" in rows["Quindor"]["notes"]
    # one ISIN on two markets
    assert rows["Fjordal"]["country"] == "NOR"
    assert "Blentrix" not in rows  # one market only
    assert "Zappix Technologies" not in rows  # shares under ISINs of two countries
    assert rows["Kwindle"]["country"] == "DEU"  # the indices' rows are unchanged


def test_one_company_spelt_in_two_cases_by_the_two_sources_is_one_row(script, tmp_path):
    # an index's "Glorbix plc" and investpy's "Glorbix PLC" (one ISIN) were shipped as two rows
    from eventwire.knowledge.kb import shipped_kb

    (tmp_path / "indices_data.py").write_text(
        "INDICES = {'FTSE': {'name': 'FTSE', 'companies': ["
        "{'name': 'Glorbix plc', 'country': 'United Kingdom', 'isins': ['GB00GLORBIX1']}]}}\n",
        encoding="utf-8")
    (tmp_path / "stocks.csv").write_text(
        "country,name,full_name,tag,isin,id,currency,symbol\n"
        "united kingdom,Glorbix PLC,Glorbix PLC,g,GB00GLORBIX1,1,GBP,GLX\n"
        "united states,Glorbix PLC,Glorbix PLC ADR,g,US00GLORBIX2,2,USD,GLXY\n", encoding="utf-8")
    rows = script.build(tmp_path, common=frozenset({"glorbix"}), kb=shipped_kb(),
                        stocks=tmp_path / "stocks.csv")
    glorbix = [row for row in rows if row["name"].lower().startswith("glorbix")]
    assert [row["name"] for row in glorbix] == ["Glorbix plc"]
    assert glorbix[0]["country"] == "GBR" and "FTSE" in glorbix[0]["notes"]
