"""`eventwire export --format plover` on the real Syria-Moscow sample: every record follows the manual."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from eventwire.analyze.export import plover_schema
from eventwire.cli import app

pytestmark = pytest.mark.slow
SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "samples" / "syria-moscow-scrape.txt"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> list[dict]:
    if not SAMPLE.exists():
        pytest.skip("../shared/samples/syria-moscow-scrape.txt is not present")
    tmp = tmp_path_factory.mktemp("plover")
    db, out = str(tmp / "s.duckdb"), tmp / "events.jsonl"
    runner = CliRunner()
    result = runner.invoke(app, ["run", str(SAMPLE), "--db", db])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["export", "--format", "plover", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_every_record_validates(exported):
    assert len(exported) >= 8
    validator = jsonschema.Draft202012Validator(plover_schema())
    for record in exported:
        validator.validate(record)


def test_the_visit(exported):
    (visit,) = [r for r in exported if r["event"] == ["CONSULT"] and r["mode"] == ["visit"]]
    assert visit["actor"][0]["code"] == "SYR" and visit["actor"][0]["sector"] == "GOV"
    assert visit["recipient"][0]["code"] == "RUS"
    loc = visit["event_loc"]
    assert loc["resolved_place"] == "Moscow" and loc["country_code"] == "RUS"
    assert loc["geonameid"] == 524901 and loc["resolution"] == 4
    assert visit["text"] in Path(SAMPLE).read_text(encoding="utf-8")
