"""`eventwire train` on any user's rows (issue 13, round 3): rows without a trigger-lexicon word
train; rows that cannot train a part, and malformed rows, are numbered errors (the malformed
ones naming their line) that end the command with status 1, never a traceback; and one training
run parses each sentence once, however many parts read it."""

from __future__ import annotations

import json

import pytest
from helpers import assert_clean_error, train_cli, write_plv_rows

from eventwire import api
from eventwire.events import model_folder as M
from eventwire.events import pairs as P

# Written for this test (never from a manual). No word of these sentences starts with a stem of
# the classifier's trigger lexicon (features.TRIGGERS), so its lexicon view learns no term.
NO_LEXICON = [("{a} shadowed {b} on Monday.", "ASSAULT"),
              ("{a} serenaded {b} on Monday.", "CONSULT")]
LEXICON = [("{a} attacked {b} on Monday.", "ASSAULT"), ("{a} met {b} on Monday.", "CONSULT")]
ACTORS = [("Norway", "Sweden"), ("Chile", "Peru"), ("Kenya", "Uganda"), ("Japan", "Korea"),
          ("Egypt", "Libya"), ("Ghana", "Togo")]
HEADER = "sentence\tsource\ttarget\tgold_root\n"


def test_rows_without_a_lexicon_word_train_every_part(tmp_path):
    from eventwire.events import features as F
    from eventwire.events.classifier import EventClassifier

    rows = write_plv_rows(tmp_path / "rows.tsv", NO_LEXICON, ACTORS)
    for text, _ in NO_LEXICON:
        assert not any(F.lexicon_hits(text.format(a="X", b="Y")).values())
    out = tmp_path / "model"
    # the combiner (no view of its own) on these rows: test_one_training_run_parses_...
    result = train_cli("--data", str(rows), "--out", str(out), "--no-coder")
    assert result.exit_code == 0, result.output
    M.check(out)
    vocab = json.loads((out / "classifier" / "vocab.json").read_text(encoding="utf-8"))
    assert vocab["lexicon"] == [] and vocab["masked_words"]  # the empty view, saved as such
    clf = EventClassifier.load(M.part_path(out, "classifier"))
    text = "Chile shadowed Peru on Monday."
    assert clf.predict([(text, (0, 5), (15, 19))])[0].event == "ASSAULT"
    P.PairModel.load(M.part_path(out, "pairs"))  # loads, its own views intact


def test_rows_of_one_type_are_a_numbered_error(tmp_path):
    rows = write_plv_rows(tmp_path / "one.tsv", [NO_LEXICON[0]], ACTORS)
    result = train_cli("--data", str(rows), "--out", str(tmp_path / "m"), "--no-coder")
    assert_clean_error(result, "E023", "event-type classifier", "one label (ASSAULT)",
                       "PLV_train.tsv")


def test_sentences_of_the_marked_pair_alone_are_a_numbered_error(tmp_path):
    """'A attacked B.' offers the pair model no candidate off the marked pair: no NONE row."""
    rows = write_plv_rows(tmp_path / "bare.tsv", [("{a} attacked {b}.", "ASSAULT"),
                                                  ("{a} met {b}.", "CONSULT")], ACTORS)
    result = train_cli("--data", str(rows), "--out", str(tmp_path / "m"), "--no-coder")
    assert_clean_error(result, "E023", "pair model", "learns no NONE")


def test_rows_too_few_for_the_combiner_are_a_numbered_error_before_any_part(tmp_path):
    rows = write_plv_rows(tmp_path / "few.tsv", NO_LEXICON, ACTORS[:2])  # 4 sentences
    out = tmp_path / "m"
    result = train_cli("--data", str(rows), "--out", str(out))
    assert_clean_error(result, "E023", "combiner", "--no-coder")
    assert not out.exists()  # refused before training anything
    # a type all of whose rows fall in one fold leaves that fold's refit one type only
    lopsided = tmp_path / "lopsided.tsv"
    lopsided.write_text(HEADER + "".join(
        f"{a} shadowed {b} on Monday.\t{a}\t{b}\tASSAULT\n" for a, b in ACTORS)
        + "Chile serenaded Peru on Monday.\tChile\tPeru\tCONSULT\n", encoding="utf-8")
    assert_clean_error(train_cli("--data", str(lopsided), "--out", str(out)),
                       "E023", "combiner", "fold")


def test_rows_missing_a_span_train_and_a_row_with_neither_is_skipped(tmp_path):
    rows = tmp_path / "spans.tsv"
    lines = [f"{a} attacked {b} on Monday.\t{a}\t{b}\tASSAULT" for a, b in ACTORS]
    lines += [f"{a} met {b} today.\t{a}\t{b}\tCONSULT" for a, b in ACTORS]
    lines += ["Kenya attacked Uganda at dawn.\t\tUganda\tASSAULT",  # no source
              "Japan met officials.\tJapan\t\tCONSULT",  # no target
              "Egypt met Libya again.\tEgypt\tTunisia\tCONSULT",  # a target not in the text
              "Nobody met anybody.\t\t\tCONSULT"]  # neither: skipped
    rows.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    summary = api.train([str(rows)], tmp_path / "m", combiner=False)
    assert summary["classifier"]["n_train"] == 2 * len(ACTORS) + 3
    assert summary["classifier"]["n_skipped"] == 1
    M.check(tmp_path / "m")


@pytest.mark.parametrize("bad, n", [("Chile met Peru.\tChile\tCONSULT", 3),
                                    ("Chile met Peru.\tChile\tPeru\tCONSULT\tnote", 5)])
def test_a_row_of_another_cell_count_is_e022_naming_its_line(tmp_path, bad, n):
    rows = tmp_path / "bad.tsv"
    good = "".join(f"{a} attacked {b}.\t{a}\t{b}\tASSAULT\n" for a, b in ACTORS)
    rows.write_text(HEADER + good + bad + "\n", encoding="utf-8")
    result = train_cli("--data", str(rows), "--out", str(tmp_path / "m"), "--no-coder")
    assert_clean_error(result, f"E022 Line {len(ACTORS) + 2} of training file", str(rows),
                       f"has {n} tab-separated cells, its header 4")
    assert not (tmp_path / "m").exists()


def test_an_unknown_type_is_e010_naming_its_line(tmp_path):
    rows = tmp_path / "bad.tsv"
    rows.write_text(HEADER + "Chile met Peru.\tChile\tPeru\tCONSULT\n"
                    "Chile hugged Peru.\tChile\tPeru\tHUGGING\n", encoding="utf-8")
    result = train_cli("--data", str(rows), "--out", str(tmp_path / "m"), "--no-coder")
    assert_clean_error(result, "E010", "line 3 of", "'HUGGING'", "ASSAULT")


def test_one_training_run_parses_each_sentence_once(tmp_path, monkeypatch):
    """The pair model, the selector and the combiner's refits of both read one parse."""
    from spacy.language import Language

    parsed: list[str] = []
    real_pipe = Language.pipe

    def counting_pipe(self, texts, *args, **kwargs):
        texts = list(texts)
        parsed.extend(texts)
        return real_pipe(self, texts, *args, **kwargs)

    monkeypatch.setattr(Language, "pipe", counting_pipe)
    rows = write_plv_rows(tmp_path / "rows.tsv", LEXICON, ACTORS)
    api.train([str(rows)], tmp_path / "m", combiner=True)  # every part, the combiner too
    M.check(tmp_path / "m", tuple(M.PARTS))
    sentences = [t.format(a=a, b=b) for a, b in ACTORS for t, _ in LEXICON]
    assert {t: parsed.count(t) for t in sentences} == dict.fromkeys(sentences, 1)


def test_shared_parses_give_the_rows_of_parsing_each_time(tmp_path):
    from eventwire.events import selector as S
    from eventwire.nlp.pipeline import load_nlp
    from eventwire.settings import Options

    nlp = load_nlp(Options().spacy_model)
    rows = write_plv_rows(tmp_path / "rows.tsv", NO_LEXICON, ACTORS)
    golds = P.read_plover_tsv(rows)
    parses = P.Parses(nlp)
    assert P.training_rows(golds, parses) == P.training_rows(golds, nlp)
    assert S.training_rows(golds[::-1], parses) == S.training_rows(golds[::-1], nlp)
    assert set(parses.docs) == {g.text for g in golds}
