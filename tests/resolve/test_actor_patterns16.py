"""Actor resolution patterns of issue 17's fifteenth round, on made-up mentions (none of
bench/data/actors_own5.tsv's): prosecutors called attorneys, a security service, muftis, a
congress of members, national airlines, a company's name as a place, listed multinationals'
home countries, Spanish names without the mother's surname."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code
from helpers import load_script


@pytest.mark.parametrize("mention,expected", [
    ("Brooklyn District Attorney Eric Gonzalez", ("USA", "JUD")),
    ("the state's attorney", (None, "JUD")),
    ("an assistant district attorney", (None, "JUD")),
])
def test_a_prosecutor_called_attorney_is_the_judiciary(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_an_attorney_alone_stays_counsel(resolver):
    assert code(resolver, "an attorney for the family")[1] == "CVL"


@pytest.mark.parametrize("mention,expected", [
    ("the Belarusian security service", ("BLR", "SPY")),
    ("Kazakhstan's security service", ("KAZ", "SPY")),
])
def test_a_security_service_is_intelligence(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Lebanon's grand mufti", ("LBN", "REL")),
    ("the mufti of Jerusalem", (None, "REL")),
])
def test_a_mufti_is_clergy(resolver, mention, expected):
    sector = code(resolver, mention)[1]
    assert sector == expected[1]


@pytest.mark.parametrize("mention,expected", [
    ("the Congress of South African Students", ("ZAF", "EDU")),
    ("the chairman of the Congress of Zambian Trade Unions", ("ZMB", "LAB")),
])
def test_a_congress_of_members_is_their_trade(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("the Congress of the Philippines", ("PHL", "LEG")),
    ("Leaders of the Union of Teachers", (None, "LAB")),
])
def test_a_legislature_and_a_union_keep_their_sector(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("Air Tanzania", ("TZA", "BUS")),
    ("Air Canada", ("CAN", "BUS")),
])
def test_a_national_airline_is_a_business_of_its_country(resolver, mention, expected):
    assert code(resolver, mention) == expected


def test_an_air_force_stays_the_military(resolver):
    assert code(resolver, "India's air force") == ("IND", "MIL")


def test_a_companys_name_after_in_the_is_a_place(resolver):
    country, sector = code(resolver, "villagers in the Amazon")
    assert country != "MNC" and sector == "CVL"


def test_the_company_named_alone_stays_the_company(resolver):
    assert code(resolver, "Amazon")[1] == "BUS"


@pytest.mark.parametrize("mention,expected", [
    ("Tata Motors", ("IND", "BUS")),
    ("Goldman Sachs", ("USA", "BUS")),
])
def test_a_listed_multinational_takes_its_home_country(resolver, mention, expected):
    assert code(resolver, mention) == expected


# investpy's stocks.csv columns (made-up rows)
STOCKS = """country,name,full_name,tag,isin,id,currency,symbol
india,Korvada,Korvada Industries Ltd,k,INE00KORVAD1,1,INR,KRV
united states,Plimsett,Plimsett Corporation,p,US000PLIMS02,2,USD,PLM
canada,Plimsett,Plimsett Corporation,p,CA000PLIMS03,3,CAD,PLM
"""


def test_phoenix_multinationals_homes_are_built_from_listings(monkeypatch, tmp_path):
    import eventwire.knowledge.kb as kb_module
    from eventwire.knowledge.kb import shipped_kb

    script = load_script("scripts/build_ticker_companies.py")
    (tmp_path / "stocks.csv").write_text(STOCKS, encoding="utf-8")
    rows = ({"person": "Korvada Industries", "country": "MNC"},
            {"person": "Plimsett Corp", "country": "MNC"},  # shares under two countries' ISINs
            {"person": "Korvada Industries Ltd", "country": "IND"})  # not filed as MNC
    monkeypatch.setattr(kb_module, "_phoenix_rows", lambda: rows)
    homes = {row["name"]: row for row in script.phoenix_company_homes(
        tmp_path / "stocks.csv", kb=shipped_kb())}
    assert homes["Korvada Industries"]["country"] == "IND"
    assert "investpy" in homes["Korvada Industries"]["notes"]
    assert set(homes) == {"Korvada Industries"}


@pytest.mark.parametrize("mention,date,expected", [
    ("Carlos Lage", "2005-01-01", ("CUB", "GOV")),
])
def test_a_spanish_name_without_the_mothers_surname(resolver, mention, date, expected):
    assert code(resolver, mention, date=date) == expected


@pytest.mark.parametrize("mention", ["Jose Lopez", "Jose Antonio"])
def test_a_common_surname_or_two_given_names_name_no_one(resolver, mention):
    assert code(resolver, mention, date="2010-01-01")[0] is None


@pytest.mark.parametrize("mention,expected", [
    ("The Corsican Mafia", ("FRA", "CRM")),
    ("a Sinaloan Cartel", ("MEX", "CRM")),
])
def test_a_regions_adjective_before_a_capitalised_role_is_the_region(resolver, mention,
                                                                   expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", ["a schoolgirl", "Schoolboys"])
def test_schoolgirls_and_schoolboys_are_pupils(resolver, mention):
    assert code(resolver, mention)[1] == "EDU"


@pytest.mark.parametrize("mention,date,expected", [
    ("Turkey's Republican People's Party", "2020-03-01", ("TUR", "OPP")),
    ("Mexico's National Action Party", "2020-03-01", ("MEX", "OPP")),
])
def test_a_party_that_lost_the_last_election_of_the_executive_is_opposition(
        resolver, mention, date, expected):
    assert code(resolver, mention, date=date) == expected


@pytest.mark.parametrize("mention,date", [
    ("Brazil's Workers' Party", "2023-06-01"),  # its candidate won in 2022
    ("Turkey's ruling Republican People's Party", "2020-03-01"),  # the mention's own word
])
def test_a_party_in_power_or_called_ruling_stays_a_party(resolver, mention, date):
    assert code(resolver, mention, date=date)[1] == "PTY"


def _page(kind, head, results):
    return {"Government": {"Government type": {"text": kind}, "Executive branch": {
        "head of government": {"text": head}, "election results": {"text": results}}}}


def test_losers_of_elections_of_the_executive_are_read_from_the_factbook():
    script = load_script("scripts/build_factbook_kb.py")
    presidential = _page("presidential republic", "President Ana LIMA (since 1 January 2023)",
                         "<em>2022:</em> Ana LIMA elected president; percent of vote - Ana LIMA "
                         "(PQ) 51.2%, Rui COSTA (PZ) 48.8% <em>2018:</em> Rui COSTA elected "
                         "president; percent of vote - Rui COSTA (PZ) 55%, Ana LIMA (PQ) 45%")
    assert script.election_losers(presidential) == [(2018, ["PQ"]), (2022, ["PZ"])]
    # a parliamentary republic's president is no head of government; the chancellor is
    ceremonial = _page("federal parliamentary republic", "Chancellor Jan BERG (since 2021)",
                       "2022: Eva ROTH reelected president; Federal Convention vote - Eva ROTH "
                       "(SPX) 1,045, Max OTT (CDX) 140")
    assert script.election_losers(ceremonial) == []
    semi = _page("semi-presidential republic", "Prime Minister Lu MAN (since 2020)",
                 "2021: Ida VOSS elected president; percent of vote - Ida VOSS (PA) 60%, "
                 "Ole DAHL (PB) 40%")
    assert script.election_losers(semi) == []  # a prime minister of another party may govern
    independent = _page("presidential republic", "President Ida VOSS",
                        "2021: Ida VOSS elected president; percent of vote - Ida VOSS "
                        "(independent) 60%, Ole DAHL (PB) 40%")
    assert script.election_losers(independent) == []
