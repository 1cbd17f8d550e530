"""One command retrains every learned part of the coder from a user's rows (`eventwire train`,
`api.train`), and `code`, `run` and `classify` decide with the folder it writes (`--model`,
`Options.model`); a folder missing a part is a numbered error that says how to make it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import load_script, write_plv_rows
from typer.testing import CliRunner

from eventwire import api
from eventwire.cli import app
from eventwire.events import model_folder as M
from eventwire.settings import Options

# Written for this test (never from a manual). The first verb of each type is none of the
# rules' trigger words (the shipped coder codes nothing on it), so an event on such a sentence
# can only come from parts trained on these rows; the second is a trigger of its
# type (the classifier's lexicon view needs some). The context is the same for every type, so
# the verb is what the pair model learns (a verb it learns opens the coder's parse to it).
TEMPLATES = [
    ("{a} shadowed {b} on Monday.", "ASSAULT"),
    ("{a} attacked {b} on Monday.", "ASSAULT"),
    ("{a} serenaded {b} on Monday.", "CONSULT"),
    ("{a} met {b} on Monday.", "CONSULT"),
    ("{a} pestered {b} on Monday.", "ACCUSE"),
    ("{a} accused {b} on Monday.", "ACCUSE"),
]
ACTORS = [("Norway", "Sweden"), ("Chile", "Peru"), ("Kenya", "Uganda"), ("Japan", "Korea"),
          ("Egypt", "Libya"), ("Ghana", "Togo"), ("Poland", "Belarus")]
UNSEEN = "Portugal pestered Spain about the unpaid debts."  # a trained verb; all else unseen


def write_rows(path: Path) -> Path:
    return write_plv_rows(path, TEMPLATES, ACTORS)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """(size, mtime) of every file under `folder`: any write shows."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A model folder written by `eventwire train` on the rows above; the shipped resources are
    checked untouched."""
    before = snapshot(M.SHIPPED_DIR)
    tmp = tmp_path_factory.mktemp("train2")
    rows = write_rows(tmp / "rows.tsv")
    out = tmp / "model"
    result = CliRunner().invoke(app, ["train", "--data", str(rows), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert snapshot(M.SHIPPED_DIR) == before
    return rows, out


def events_of(result) -> list[tuple[str, str, str | None]]:
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.splitlines()[-1])
    return [(e["event"], e["actor"]["entity_text"],
             (e.get("recipient") or {}).get("entity_text"))
            for e in row["events"]]


def test_train_writes_every_part_from_the_users_rows(trained):
    from eventwire.events.classifier import EventClassifier
    from eventwire.events.pairs import PairModel
    from eventwire.events.selector import PairSelector
    from eventwire.events.stack import WEIGHTS_FILE, Combiner

    _, out = trained
    assert M.PARTS["stack"][1] == (WEIGHTS_FILE,)  # the file the check asks for is the one read
    M.check(out, tuple(M.PARTS))
    want = ["ACCUSE", "ASSAULT", "CONSULT"]
    assert EventClassifier.load(M.part_path(out, "classifier")).labels == want
    assert set(PairModel.load(M.part_path(out, "pairs")).labels) - {"NONE"} == set(want)
    combiner = Combiner.load(M.part_path(out, "stack"))
    assert sorted(combiner.labels) == want
    # the combiner's folds refit every part (no part that saw the fold codes it)
    assert combiner.meta["refit"] == ["classifier", "pairs", "selector"]
    assert PairSelector.load(M.part_path(out, "selector")).meta["n_positive"] >= len(ACTORS) * 6


def test_code_with_the_model_decides_with_the_trained_parts(trained):
    _, out = trained
    shipped = events_of(CliRunner().invoke(app, ["code", "--text", UNSEEN]))
    mine = events_of(CliRunner().invoke(app, ["code", "--text", UNSEEN, "--model", str(out)]))
    assert ("ACCUSE", "Portugal", "Spain") in mine
    assert not any(kind == "ACCUSE" for kind, _, _ in shipped)
    # the same through the Python API, with the options object carrying the folder
    doc = api.code_text(UNSEEN, options=Options(model=str(out), progress=False))
    assert [(e.event, e.actor.entity_text) for e in doc.events] == [(k, a) for k, a, _ in mine]


def test_run_stores_the_events_the_model_codes(trained, tmp_path):
    _, out = trained
    article = tmp_path / "article.txt"
    article.write_text("Border watch\n\n" + UNSEEN + " Officials in Lisbon said the patrol "
                       "had been planned for weeks and would continue through the winter, "
                       "while the government in Madrid declined to comment on Tuesday.\n",
                       encoding="utf-8")
    db = tmp_path / "run.duckdb"
    result = CliRunner().invoke(app, ["run", str(article), "--db", str(db), "--model", str(out),
                                      "--quiet"])
    assert result.exit_code == 0, result.output
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        stored = {r[0] for r in con.execute("SELECT event FROM events").fetchall()}
    assert "ACCUSE" in stored


def test_a_folder_missing_a_part_is_a_numbered_error_naming_it(trained, tmp_path):
    _, out = trained
    broken = tmp_path / "broken"
    shutil.copytree(out, broken)
    shutil.rmtree(broken / "selector")
    with pytest.raises(FileNotFoundError, match=r"E020 No pair selector .*selector.*eventwire train"):
        Options(model=str(broken))  # validated when the options are built
    result = CliRunner().invoke(app, ["code", "--text", UNSEEN, "--model", str(broken)])
    assert result.exit_code == 2 and "E020" in result.output and "selector" in result.output
    result = CliRunner().invoke(app, ["run", "--sample", "--db", str(tmp_path / "x.duckdb"),
                                      "--model", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "E020" in result.output and "classifier" in result.output
    assert not (tmp_path / "x.duckdb").exists()
    # classify asks for the combiner only where it stacks the coder on the classifier
    (broken / "stack" / "combiner.json").unlink()
    rows = tmp_path / "in.jsonl"
    rows.write_text(json.dumps({"id": 1, "text": UNSEEN, "source": "Portugal",
                                "target": "Spain"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["classify", "--jsonl", str(rows), "--model", str(broken),
                                      "--coder"])
    assert result.exit_code == 1 and "E020 No combiner" in result.output


def test_training_is_deterministic_and_the_script_runs_the_same_training(trained, tmp_path):
    rows, out = trained
    script = load_script("scripts/train_coder.py")
    again = tmp_path / "again"
    script.main(["--plover", str(rows), "--aw", "none", "--gold", "none", "--out", str(again)])
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for name in files:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name
