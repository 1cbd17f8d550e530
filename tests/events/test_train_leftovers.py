"""`eventwire train`'s loose ends (issue 13, branch leftovers): a malformed `--aw` row stops the
training with the numbered error naming its line, as a malformed PLOVER row does (E022), and a
refused or failed training leaves the model folder as it was (the parts are written beside it
and moved in only once every part trained)."""

from __future__ import annotations

import pytest
from helpers import assert_clean_error, train_cli, write_plv_rows

from eventwire import api
from eventwire.events import model_folder as M

# Written for this test (never from a manual), as test_train3's rows.
NO_LEXICON = [("{a} shadowed {b} on Monday.", "ASSAULT"),
              ("{a} serenaded {b} on Monday.", "CONSULT")]
ACTORS = [("Norway", "Sweden"), ("Chile", "Peru"), ("Kenya", "Uganda"), ("Japan", "Korea"),
          ("Egypt", "Libya"), ("Ghana", "Togo")]

AW_HEADER = "uid\tmarked_sentence\tevent_type\n"
# Written for this test: ACE-typed sentences with a marked pair, as AW_train.tsv has them.
AW_GOOD = ("1\t<s>The rebels</s> stormed <t>the garrison</t> at dawn.\tConflict:Attack\n"
           "2\t<s>The envoy</s> met <t>the ministers</t> in the capital.\tContact:Meet\n")


def files_of(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("bad, n", [("3\t<s>The army</s> shelled <t>the town</t>.\n", 2),
                                    ("3\t<s>The army</s> shelled <t>the town</t>.\t"
                                     "Conflict:Attack\tnote\n", 4)])
def test_a_malformed_aw_row_is_e022_naming_its_line(tmp_path, bad, n):
    rows = write_plv_rows(tmp_path / "rows.tsv", NO_LEXICON, ACTORS)
    aw = tmp_path / "aw.tsv"
    aw.write_text(AW_HEADER + AW_GOOD + bad, encoding="utf-8")
    out = tmp_path / "m"
    result = train_cli("--data", str(rows), "--aw", str(aw), "--out", str(out), "--no-coder")
    assert_clean_error(result, "E022 Line 4 of training file", str(aw),
                       f"has {n} tab-separated cells, its header 3")
    assert not out.exists()


def test_an_aw_file_without_its_columns_is_e006(tmp_path):
    rows = write_plv_rows(tmp_path / "rows.tsv", NO_LEXICON, ACTORS)
    aw = tmp_path / "aw.tsv"
    aw.write_text("uid\tsentence\n1\tThe rebels stormed the garrison.\n", encoding="utf-8")
    result = train_cli("--data", str(rows), "--aw", str(aw), "--out", str(tmp_path / "m"),
                       "--no-coder")
    assert_clean_error(result, "E006", str(aw), "event_type", "marked_sentence")


def test_well_formed_aw_rows_still_train(tmp_path):
    rows = write_plv_rows(tmp_path / "rows.tsv", NO_LEXICON, ACTORS)
    aw = tmp_path / "aw.tsv"
    aw.write_text(AW_HEADER + AW_GOOD, encoding="utf-8")
    out = tmp_path / "m"
    result = train_cli("--data", str(rows), "--aw", str(aw), "--out", str(out), "--no-coder")
    assert result.exit_code == 0, result.output
    M.check(out)


def test_a_refused_training_leaves_the_model_folder_as_it_was(tmp_path):
    """The pair model refuses these rows (E023) after the classifier trained: nothing of that
    classifier may reach the folder, nor any temporary folder stay beside it."""
    out = tmp_path / "m"
    good = write_plv_rows(tmp_path / "good.tsv", NO_LEXICON, ACTORS)
    assert train_cli("--data", str(good), "--out", str(out), "--no-coder").exit_code == 0
    before = files_of(out)
    bare = write_plv_rows(tmp_path / "bare.tsv", [("{a} attacked {b}.", "ASSAULT"),
                                                  ("{a} met {b}.", "CONSULT")], ACTORS)
    result = train_cli("--data", str(bare), "--out", str(out), "--no-coder")
    assert_clean_error(result, "E023", "pair model")
    assert files_of(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bare.tsv", "good.tsv", "m"]


def test_any_failure_leaves_no_partial_folder(tmp_path, monkeypatch):
    from eventwire.events import selector

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(selector, "train", broken)
    rows = write_plv_rows(tmp_path / "rows.tsv", NO_LEXICON, ACTORS)
    out = tmp_path / "m"
    with pytest.raises(RuntimeError, match="disk full"):
        api.train([str(rows)], out, combiner=False)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.tsv"]


def test_files_of_a_part_the_training_did_not_write_stay(tmp_path):
    """Training the linear classifier into a folder keeps the neural half that sits beside it."""
    out = tmp_path / "m"
    (out / "classifier").mkdir(parents=True)
    (out / "classifier" / "neural.json").write_text("{}\n", encoding="utf-8")
    (out / "classifier" / "weights.npz").write_bytes(b"old")
    rows = write_plv_rows(tmp_path / "rows.tsv", NO_LEXICON, ACTORS)
    summary = api.train([str(rows)], out, combiner=False)
    assert summary["out"] == str(out.resolve())
    assert (out / "classifier" / "neural.json").read_text(encoding="utf-8") == "{}\n"
    assert (out / "classifier" / "weights.npz").read_bytes() != b"old"
    M.check(out)
