"""PLOVER event-type classifier: text views, YIELD split, shipped model, save/load, classify CLI."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.events import features as F
from eventwire.events.classifier import (
    QUADS,
    EventClassifier,
    Prediction,
    fit,
    split_yield,
)


def item(text: str, source: str, target: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    s, t = F.find_span(text, source), F.find_span(text, target)
    assert s is not None and t is not None
    return text, s, t


@pytest.fixture(scope="module")
def shipped() -> EventClassifier:
    return EventClassifier.load(neural=False)  # the linear model; test_neural.py has the blend


def test_parse_marked_returns_plain_text_and_spans():
    text, src, tgt = F.parse_marked("Yesterday <s>Iran</s> condemned <t>the U.S. strikes</t>.")
    assert text == "Yesterday Iran condemned the U.S. strikes."
    assert text[src[0] : src[1]] == "Iran"
    assert text[tgt[0] : tgt[1]] == "the U.S. strikes"


def test_parse_marked_without_target_gives_none():
    text, src, tgt = F.parse_marked("<s>Workers</s> went on strike.")
    assert text == "Workers went on strike." and src == (0, 7) and tgt is None


def test_views_mask_actors_and_keep_the_stretch_between():
    it = item("On Monday France sharply criticised Italy over migrants at sea.", "France", "Italy")
    masked, between, lexicon = F.item_views(it)
    assert masked == "on monday srcx sharply criticised tgtx over migrants at sea."
    assert between.startswith("srcx sharply criticised tgtx")
    assert "lexb_accuse" in lexicon.split()


def test_overlapping_spans_keep_the_first():
    text = "The Iraqi army attacked."
    assert F.mask_actors((text, (4, 15), (10, 15))) == "the srcx attacked."


def test_lexicon_label_falls_back_to_default():
    assert F.lexicon_label(item("Germany and Chile, yes.", "Germany", "Chile"), "X") == "X"
    it = item("Rebels attacked a convoy of the army.", "Rebels", "a convoy")
    assert F.lexicon_label(it, "X") == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "source", "target", "expected"),
    [
        ("Libya freed 37 prisoners on Tuesday.", "Libya", "37 prisoners", "RETREAT"),
        ("The army withdrew its troops from the town.", "The army", "the town", "RETREAT"),
        ("The minister resigned after the vote.", "The minister", "the vote", "RETREAT"),
        ("The government announced it would withdraw troops from the border.",
         "The government", "the border", "CONCEDE"),
        ("The governor lifted the curfew in the city.", "The governor", "the city", "CONCEDE"),
        ("The court pardoned the journalists.", "The court", "the journalists", "CONCEDE"),
    ],
)
def test_split_yield(text: str, source: str, target: str, expected: str):
    assert split_yield(item(text, source, target)) == expected


def test_load_missing_folder_raises_e005(tmp_path):
    with pytest.raises(FileNotFoundError, match="E005"):
        EventClassifier.load(str(tmp_path / "nothing-here"))


def test_shipped_model_predictions_are_consistent(shipped):
    items = [
        item("Russian troops attacked Ukrainian positions with artillery.", "Russian troops",
             "Ukrainian positions"),
        item("The foreign minister condemned Israel for the raid.", "The foreign minister",
             "Israel"),
        item("Chinese President Xi Jinping met his French counterpart in Beijing.",
             "Chinese President Xi Jinping", "his French counterpart"),
    ]
    preds = shipped.predict(items)
    assert [p.event for p in preds] == ["ASSAULT", "ACCUSE", "CONSULT"]
    for p in preds:
        assert isinstance(p, Prediction)
        assert len(p.probs) == 15 and "YIELD" in p.probs
        assert sum(p.probs.values()) == pytest.approx(1.0, abs=1e-4)
        assert p.score == pytest.approx(max(p.probs.values()))
        assert p.quad == QUADS[p.event]
    # A batch gives the same answer as one item at a time.
    # (pytest >= 9 refuses approx over a list of dicts, so each item's dict is compared alone.)
    singles = [shipped.predict([it])[0] for it in items]
    assert len(singles) == len(preds)
    for one, batched in zip(singles, preds, strict=True):
        assert one.probs == pytest.approx(batched.probs)


def test_shipped_model_splits_yield(shipped):
    it = item("The Iranian authorities freed 11 political prisoners on Wednesday.",
              "The Iranian authorities", "11 political prisoners")
    p = shipped.predict([it])[0]
    assert p.event == "RETREAT" and p.quad == 2
    assert p.score == pytest.approx(p.probs["YIELD"])


def test_predict_rejects_bad_spans_and_accepts_empty_batch(shipped):
    assert shipped.predict([]) == []
    with pytest.raises(ValueError, match="E010"):
        shipped.predict([("Short text.", (0, 50), (0, 5))])
    with pytest.raises(ValueError, match="E010"):
        shipped.predict([("Short text.", (6, 2), (0, 5))])


SMALL = [
    ("{a} attacked {b} with rockets.", "ASSAULT"),
    ("{a} bombed {b} overnight.", "ASSAULT"),
    ("{a} condemned {b} for the decision.", "ACCUSE"),
    ("{a} accused {b} of lying.", "ACCUSE"),
    ("{a} met {b} for talks.", "CONSULT"),
    ("{a} held talks with {b} in Geneva.", "CONSULT"),
]
ACTORS = [("France", "Mali"), ("The army", "the rebels"), ("Kenya", "Somalia"),
          ("Police", "the protesters"), ("Japan", "China")]


def small_rows() -> tuple[list, list[str]]:
    items, labels = [], []
    for a, b in ACTORS:
        for template, label in SMALL:
            text = template.format(a=a, b=b)
            items.append(item(text, a, b))
            labels.append(label)
    return items, labels


def test_save_load_roundtrip_keeps_probabilities(tmp_path):
    items, labels = small_rows()
    clf = fit(items, labels)
    clf.save(tmp_path / "m")
    again = EventClassifier.load(str(tmp_path / "m"))
    assert again.labels == ["ACCUSE", "ASSAULT", "CONSULT"]
    np.testing.assert_allclose(again.predict_proba(items), clf.predict_proba(items), atol=1e-6)
    new = item("Ghana attacked Togo with rockets.", "Ghana", "Togo")
    assert again.predict([new])[0].event == "ASSAULT"


def test_two_types_train_a_classifier_that_tells_them_apart():
    # scikit-learn keeps one coefficient row for two classes; read as two rows it made every
    # prediction the first label
    items, labels = small_rows()
    two = [(i, lab) for i, lab in zip(items, labels, strict=True) if lab != "CONSULT"]
    clf = fit([i for i, _ in two], [lab for _, lab in two])
    assert clf.labels == ["ACCUSE", "ASSAULT"]
    preds = [p.event for p in clf.predict([i for i, _ in two])]
    assert preds == [lab for _, lab in two]
    probs = clf.predict_proba([i for i, _ in two])
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-6)


def test_load_refuses_weights_of_other_feature_settings(tmp_path):
    items, labels = small_rows()
    fit(items, labels).save(tmp_path / "m")
    meta_path = tmp_path / "m" / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["config"]["C"] = 0.001
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="retrain"):
        EventClassifier.load(str(tmp_path / "m"))


def test_classify_cli_reports_bad_lines_and_goes_on(tmp_path):
    lines = [
        {"id": "ok", "text": "Rebels attacked a police station in the north.", "source": "Rebels",
         "target": "a police station"},
        "this is not json",
        {"id": "missing", "text": "France condemned Iran.", "source": "Germany", "target": "Iran"},
        {"id": "notext", "source": "A", "target": "B"},
        {"id": "last", "text": "The minister met the envoy.", "source": "The minister",
         "target": "the envoy"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    result = CliRunner().invoke(app, ["classify", "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(x) for x in result.output.splitlines()]
    assert [o["id"] for o in out] == ["ok", 2, "missing", "notext", "last"]
    assert out[0]["event"] == "ASSAULT" and out[0]["quad"] == 4 and 0 < out[0]["score"] <= 1
    assert set(out[0]) == {"id", "event", "quad", "score"}
    assert "error" in out[1] and "error" in out[2] and "error" in out[3]
    assert "event" in out[4]


def test_classify_cli_missing_model_names_the_part_and_the_command(tmp_path):
    # A model folder is checked part by part when the options are built (model_folder.py).
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "A met B.", "source": "A", "target": "B"}\n')
    result = CliRunner().invoke(app, ["classify", "--jsonl", str(path), "--model",
                                      str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "E020" in result.output and "classifier" in result.output
    assert "eventwire train" in result.output
