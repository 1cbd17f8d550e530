"""The analyst commands through Typer's runner: merge, dyad, export."""

from __future__ import annotations

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def test_merge_then_up_to_date(syria_db):
    first = runner.invoke(app, ["merge", "--db", syria_db])
    assert first.exit_code == 0 and "happenings: 7" in first.output
    again = runner.invoke(app, ["merge", "--db", syria_db])
    assert again.exit_code == 0 and "up to date" in again.output


def test_dyad_table_and_chart(syria_db, tmp_path):
    chart = tmp_path / "rus-syr.svg"
    result = runner.invoke(app, ["dyad", "RUS", "SYR", "--by", "month", "--chart", str(chart), "--db", syria_db])
    assert result.exit_code == 0, result.output
    for word in ("humanitarian", "economic", "security", "diplomatic", "2026-03"):
        assert word in result.output
    assert chart.exists() and b"<svg" in chart.read_bytes()


def test_dyad_json(syria_db):
    result = runner.invoke(app, ["dyad", "ISR", "SYR", "--json", "--db", syria_db])
    assert result.exit_code == 0
    assert '"material_conflict": 1' in result.output


def test_dyad_bad_period_exits_2(syria_db):
    result = runner.invoke(app, ["dyad", "RUS", "SYR", "--by", "decade", "--db", syria_db])
    assert result.exit_code == 2
    assert "E010" in result.output


def test_export_gdelt_file(syria_db, tmp_path):
    out = tmp_path / "g.tsv"
    result = runner.invoke(app, ["export", "--format", "gdelt", "--out", str(out), "--db", syria_db])
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert len(lines) == 7 and all(len(line.split("\t")) == 61 for line in lines)


def test_export_unknown_format_exits_2(syria_db):
    result = runner.invoke(app, ["export", "--format", "xml", "--db", syria_db])
    assert result.exit_code == 2 and "E012" in result.output
