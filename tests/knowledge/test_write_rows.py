"""The build scripts write shipped KB tables through `kb.write_rows`: what it writes must be the
tables' exact form, so that rebuilding a table from the same rows changes no byte."""

import csv

import pytest

from eventwire.knowledge.kb import SHIPPED_DIR, read_rows, write_rows


@pytest.mark.parametrize("table", ["ticker_companies.csv", "swot_universities.csv",
                                   "factbook_organizations.csv", "territories.csv"])
def test_a_shipped_table_written_again_from_its_rows_is_the_same_bytes(tmp_path, table):
    src = SHIPPED_DIR / table
    with open(src, newline="", encoding="utf-8") as fh:
        fields = csv.DictReader(fh).fieldnames
    rows = read_rows(src)
    out = tmp_path / table
    assert write_rows(out, rows, fields) == len(rows) > 0
    assert out.read_bytes() == src.read_bytes()


def test_written_rows_read_back_with_commas_quotes_and_accents(tmp_path):
    rows = [{"name": 'Société "Générale", SA', "country": "FRA"}, {"name": "", "country": ""}]
    out = tmp_path / "t.csv"
    write_rows(out, rows, ("name", "country"))
    assert read_rows(out) == rows
    assert out.read_bytes().count(b"\r") == 0
