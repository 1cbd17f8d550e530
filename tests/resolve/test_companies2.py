"""Companies from every investpy listing (listed_companies.csv.gz, built by
scripts/build_ticker_companies.py --every): a company listed on its home market only is BUS of
that market's country; one-market names that are English words, share classes, funds, or a
subsidiary's copy of its parent's name are left out; an unmarked US receipt (a five-letter
symbol ending in Y or F) is no home listing."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code
from helpers import load_script


@pytest.fixture(scope="module")
def script():
    return load_script("scripts/build_ticker_companies.py")


@pytest.mark.parametrize("mention,sentence,expected", [
    # listed on one market each (Nairobi, Lagos, Moscow, Riyadh): no KB table knew them
    ("Safaricom", "Safaricom raised the price of mobile data.", ("KEN", "BUS")),
    ("Dangote Cement", "Dangote Cement halted exports at the border.", ("NGA", "BUS")),
    ("Aeroflot", "Aeroflot suspended all international flights.", ("RUS", "BUS")),
    ("Almarai", "Almarai said it would stop buying milk from the farms.", ("SAU", "BUS")),
    # cross-listed, once left out because a US receipt (YARIY) counted as a US home listing
    ("Yara International", "Yara International cut its ammonia output.", ("NOR", "BUS")),
])
def test_a_company_of_one_listing_is_business_of_its_country(resolver, mention, sentence,
                                                              expected):
    assert code(resolver, mention, sentence=sentence) == expected


@pytest.mark.parametrize("mention,sentence", [
    ("the summit", "Leaders met at the summit in Geneva."),
    ("Life", "Life returned to normal in the town after the curfew."),
    ("Orange", "Orange smoke rose over the square."),
    ("Total", "Total casualties rose to forty."),
    # a Thai company "Floyd PCL" is listed: a first name is no one-market company's name
    ("George Floyd", "Protesters marched after the death of George Floyd in Minneapolis."),
])
def test_a_common_word_stays_no_company(resolver, mention, sentence):
    assert code(resolver, mention, sentence=sentence)[1] != "BUS"


# investpy's stocks.csv columns (made-up firms): listings on one market each
STOCKS = """country,name,full_name,tag,isin,id,currency,symbol
germany,Blentrix,Blentrix AG,b,DE000BLENTR3,3,EUR,BLX
kenya,Quambi,Quambi Ltd,q,KE000QUAMBI1,8,KES,QMB
vietnam,Hoa Vrell Water,Hoa Vrell Water Supply JSC,h,VN000HOAVRL1,9,VND,HVW
australia,Summit,Summit Ltd,s,AU000SUMMIT1,10,AUD,SMT
malaysia,Asia Pacific Wire,Asia Pacific Wire Bhd,a,MY000APWIRE1,11,MYR,APW
united kingdom,Grelbo Fund,Grelbo Fund plc,g,GB000GRELBO1,12,GBP,GRF
canada,Zyx,Zyx Inc,z,CA0000000ZYX,13,CAD,ZYX
oman,Quorrel,Quorrel SAOG,q,OM000QUORR01,14,OMR,QRL
dubai,Quorrel Telecom,Quorrel QSC,q,QA000QUORR02,15,AED,QRL
united states,Vantrex Corp,Vantrex Corp Ltd,v,US000VANTRX1,16,USD,VNTXY
israel,Vantrex Israel,Vantrex Israel Corp Ltd,v,IL000VANTRX2,17,ILS,VNTX
thailand,Floyd,Floyd PCL,f,TH000FLOYD01,18,THB,FLOYD
"""


def test_every_listing_adds_one_market_companies_under_stricter_names(script, tmp_path):
    from eventwire.knowledge.kb import shipped_kb

    (tmp_path / "indices_data.py").write_text("INDICES = {}\n", encoding="utf-8")
    (tmp_path / "stocks.csv").write_text(STOCKS, encoding="utf-8")
    common = frozenset({"summit", "asia", "pacific", "wire", "water", "supply", "fund"})
    kb = shipped_kb()
    rows = {row["name"]: row for row in script.build(
        tmp_path, common=common, kb=kb, stocks=tmp_path / "stocks.csv", every=True,
        first_names=frozenset({"floyd"}))}
    assert rows["Blentrix"]["country"] == "DEU" and "1 market" in rows["Blentrix"]["notes"]
    assert "DE000BLENTR3" in rows["Blentrix"]["notes"]  # the row keeps its source
    assert rows["Quambi"]["country"] == "KEN"
    # a market's legal form is stripped; the full listed name is the one alias
    assert rows["Hoa Vrell Water Supply"]["country"] == "VNM"
    assert rows["Hoa Vrell Water Supply"]["aliases"] == "Hoa Vrell Water Supply JSC"
    for left_out in ("Summit", "Summit Ltd",  # an English word
                     "Asia Pacific Wire", "Asia Pacific Wire Bhd",  # English words only
                     "Grelbo Fund", "Grelbo",  # a fund
                     "Zyx",  # one short word
                     "Quorrel",  # the parent (Qatar ISIN) is listed abroad under that name
                     "Floyd",  # a first name, and a surname ("George Floyd")
                     "Vantrex Corp"):  # a US receipt (VNTXY) is no US company
        assert left_out not in rows
    assert rows["Vantrex Israel"]["country"] == "ISR"
    # without --every the one-market firms stay out
    rows = script.build(tmp_path, common=common, kb=kb, stocks=tmp_path / "stocks.csv")
    assert not any(row["name"] in {"Blentrix", "Quambi"} for row in rows)


def test_first_names_are_read_from_gender_guessers_table(script, tmp_path):
    path = tmp_path / "nam_dict.txt"
    path.write_text("# comment line\nM  Floyd                        4\n"
                    "F  Wilhelmina                   1\nM  Jean+Pierre                  1\n",
                    encoding="iso-8859-1")
    assert script.read_first_names(path) == {"floyd", "wilhelmina"}


def test_a_gzip_table_is_written_as_read_and_the_same_twice(tmp_path):
    from eventwire.knowledge.kb import _read_csv, write_rows

    rows = [{"name": "Quambi", "country": "KEN"}, {"name": "Blentrix", "country": "DEU"}]
    path = tmp_path / "t.csv.gz"
    write_rows(path, rows, ("name", "country"))
    first = path.read_bytes()
    assert list(_read_csv(path)) == rows
    write_rows(path, rows, ("name", "country"))
    assert path.read_bytes() == first  # no timestamp: a rebuild of the same rows is no diff
