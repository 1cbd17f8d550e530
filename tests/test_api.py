"""The Python API a notebook uses, the `code` command, and where options come from."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import eventwire
from eventwire.cli import app
from eventwire.settings import Options, load_options

SENTENCE = ("Russian President Vladimir Putin met Syrian President Ahmad al-Sharaa in Moscow on "
            "Wednesday.")


def consult(events: list[dict]) -> dict:
    (ev,) = [e for e in events if e["event"] == "CONSULT"]
    return ev


@pytest.mark.slow
def test_code_text_resolves_actors_date_and_place():
    doc = eventwire.code_text(SENTENCE, published="2025-10-17")
    ev = consult([e.to_dict() for e in doc.events])
    assert (ev["actor"]["country"], ev["actor"]["sector"]) == ("RUS", "GOV")
    assert (ev["recipient"]["country"], ev["recipient"]["sector"]) == ("SYR", "GOV")
    assert ev["date"] == "2025-10-15"  # the Wednesday before Friday 17 October
    assert ev["location"]["name"] == "Moscow"


@pytest.mark.slow
def test_code_command_prints_the_same_resolved_event():
    result = CliRunner().invoke(app, ["code", "--text", SENTENCE, "--published", "2025-10-17"])
    assert result.exit_code == 0, result.output
    ev = consult(json.loads(result.output.splitlines()[-1])["events"])
    assert ev == consult([e.to_dict() for e in eventwire.code_text(SENTENCE, published="2025-10-17").events])


@pytest.mark.slow
def test_code_frame_gives_one_row_per_event():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"story": ["a", "b"], "body": [SENTENCE, "Nothing happened today."],
                       "day": pd.to_datetime(["2025-10-17", "2025-10-18"])})
    out = eventwire.code_frame(df, text_col="body", date_col="day", id_col="story")
    assert list(out.columns)[:3] == ["id", "doc_id", "sentence_index"]
    consults = out[out["event"] == "CONSULT"]
    assert consults[["doc_id", "actor_country", "recipient_country", "date"]].values.tolist() == [
        ["a", "RUS", "SYR", "2025-10-15"]]
    assert "b" not in set(out["doc_id"])
    with pytest.raises(KeyError, match="E017"):
        eventwire.code_frame(df, text_col="text")


def test_options_are_validated_when_built():
    for bad in ({"workers": 0}, {"batch_size": "64"}, {"lsh_threshold": 1.5}, {"progress": 1},
                {"engine": "spark"}):
        with pytest.raises(ValueError, match=r"E008|E016"):
            Options(**bad)


def test_file_values_win_over_defaults_and_flags_over_the_file(tmp_path, monkeypatch):
    config = tmp_path / "ew.toml"
    config.write_text('db = "from-file.duckdb"\nworkers = 2\nprogress = false\nbatch_size = 8\n')
    o = load_options(config)
    assert (o.db, o.workers, o.progress, o.batch_size) == ("from-file.duckdb", 2, False, 8)
    o = load_options(config, db="flag.duckdb", workers=None, progress=None)
    assert (o.db, o.workers, o.progress) == ("flag.duckdb", 2, False)

    # The CLI: flags not given leave the file's values; given flags replace them.
    seen = {}

    def fake_ingest(paths, options, on_batch=None):
        seen["options"] = options
        return eventwire.Summary(stages=())

    monkeypatch.setattr(eventwire.api, "ingest", fake_ingest)
    (tmp_path / "a.txt").write_text("text")
    CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--config", str(config)])
    assert (seen["options"].db, seen["options"].workers, seen["options"].progress) == ("from-file.duckdb", 2, False)
    CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--config", str(config), "--db",
                             "flag.duckdb", "--workers", "1"])
    assert (seen["options"].db, seen["options"].workers) == ("flag.duckdb", 1)
    CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt")])
    assert seen["options"] == Options()


def test_kb_add_writes_where_run_reads(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["kb", "add", "--name", "Jane Example", "--country", "FRA",
                                      "--sector", "GOV", "--role", "minister", "--start", "2024-01-01"])
    assert result.exit_code == 0, result.output
    from eventwire.resolve.step import user_kb_path

    assert user_kb_path(Options()) == Options().kb_path
    assert "Jane Example" in (tmp_path / Options().kb_path).read_text()


def test_train_needs_an_output_folder():
    result = CliRunner().invoke(app, ["train", "--data", "x.tsv"])
    assert result.exit_code == 2 and "--out" in result.output


def test_clean_reports_a_missing_file_without_a_traceback(tmp_path):
    result = CliRunner().invoke(app, ["clean", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "E001" in result.output and "Traceback" not in result.output


def test_clean_reads_file_urls_like_ingest(tmp_path):
    (tmp_path / "a.txt").write_text(" ".join(["The minister spoke to reporters."] * 12))
    result = CliRunner().invoke(app, ["clean", "--json", f"file://{tmp_path / 'a.txt'}"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[0])["status"] == "ok"
