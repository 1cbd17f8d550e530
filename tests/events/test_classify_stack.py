"""`eventwire classify` with the coder's decision stacked on the classifier (events/stack.py)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.classify import classify_lines
from eventwire.events import features as F
from eventwire.events import stack as S
from eventwire.events.classifier import EventClassifier

LABELS = ["ACCUSE", "AGREE", "ASSAULT", "CONSULT"]


def item(text: str, source: str, target: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    s, t = F.find_span(text, source), F.find_span(text, target)
    assert s is not None and t is not None
    return text, s, t


def event(kind: str, actor: tuple[int, int] | None, recipient: tuple[int, int] | None):
    def side(span):
        return None if span is None else SimpleNamespace(span=SimpleNamespace(start=span[0],
                                                                              end=span[1]))

    return SimpleNamespace(event=kind, actor=side(actor), recipient=side(recipient))


def test_coder_types_sort_events_by_how_they_sit_on_the_pair():
    it = item("Iran accused Israel after the army attacked Gaza and Qatar met Egypt.",
              "Iran", "Israel")
    text = it[0]

    def at(word):
        k = text.index(word)
        return k, k + len(word)

    types = S.coder_types([
        event("ACCUSE", at("Iran"), at("Israel")),        # on the pair
        event("RETREAT", at("Israel"), at("Iran")),       # the pair reversed
        event("ASSAULT", at("army"), at("Gaza")),         # elsewhere
        event("CONSULT", at("Qatar"), None),              # elsewhere, no recipient
        event("AGREE", at("Iran"), None),                 # the source alone
    ], it)
    assert types == {"linked": ["ACCUSE"], "partial": ["YIELD", "AGREE"],
                     "other": ["ASSAULT", "CONSULT"]}


def test_features_per_label_are_log_probability_group_flags_and_linked_log_probability():
    probs = np.array([[0.7, 0.3, 0.0, 0.0], [0.1, 0.2, 0.3, 0.4]])
    x = S.features(probs, [{"linked": ["ASSAULT", "ACCUSE"], "partial": [], "other": ["NOPE"]},
                           {"linked": [], "partial": ["AGREE"], "other": ["CONSULT"]}], LABELS)
    assert x.shape == (2, len(LABELS), len(S.FEATURES))
    assert np.allclose(x[0, :, 0], np.log([0.7, 0.3, S.PROB_FLOOR, S.PROB_FLOOR]))
    assert x[0, :, 1].tolist() == [1, 0, 1, 0]  # linked: ACCUSE and ASSAULT
    assert not x[0, :, 2:4].any()  # no partial event; a type outside the labels is dropped
    assert np.allclose(x[0, :, 4], x[0, :, 0])  # the pair is linked: log p again
    assert x[1, :, 2].tolist() == [0, 1, 0, 0] and x[1, :, 3].tolist() == [0, 0, 0, 1]
    assert not x[1, :, 4].any()  # nothing linked


def synthetic(n: int = 200, seed: int = 0):
    """Rows where the coder's linked type, when there is one, is right and the classifier's
    top guess is right only half the time (else any other label)."""
    rng = np.random.default_rng(seed)
    gold, probs, coded = [], [], []
    for k in range(n):
        y = k % len(LABELS)
        guess = y if rng.random() < 0.5 else (y + int(rng.integers(1, len(LABELS)))) % len(LABELS)
        p = np.full(len(LABELS), 0.1)
        p[guess] = 0.7
        probs.append(p)
        gold.append(LABELS[y])
        coded.append({"linked": [LABELS[y]] if k % 3 else [], "partial": [], "other": []})
    return np.array(probs), coded, gold


def test_fitted_combiner_lets_a_linked_type_override_a_wrong_guess_and_is_deterministic():
    probs, coded, gold = synthetic()
    a = S.fit(probs, coded, LABELS, gold, c=1.0)
    b = S.fit(probs, coded, LABELS, gold, c=1.0)
    assert np.array_equal(a.coef, b.coef) and np.array_equal(a.intercept, b.intercept)
    wrong = np.array([[0.1, 0.7, 0.1, 0.1]])  # the classifier says AGREE
    told = a.predict_proba(wrong, [{"linked": ["ASSAULT"], "partial": [], "other": []}])
    alone = a.predict_proba(wrong, [{"linked": [], "partial": [], "other": []}])
    assert LABELS[int(told.argmax())] == "ASSAULT"
    assert LABELS[int(alone.argmax())] == "AGREE"  # no coded pair: the classifier stands


def test_choice_of_c_and_nested_cv_are_deterministic(tmp_path):
    probs, coded, gold = synthetic(120)
    groups = [f"s{k}" for k in range(len(gold))]
    first = S.choose_c(probs, coded, LABELS, gold, groups, folds=3)
    assert first == S.choose_c(probs, coded, LABELS, gold, groups, folds=3)
    assert first[0] in S.C_GRID and set(first[1]) == set(S.C_GRID)
    nested = S.nested_cv(probs, coded, LABELS, gold, groups, folds=3)
    assert nested == S.nested_cv(probs, coded, LABELS, gold, groups, folds=3)
    model = S.fit(probs, coded, LABELS, gold, c=first[0])
    path = model.save(tmp_path)
    again = S.Combiner.load(tmp_path)
    assert path.read_text() == again.save(tmp_path / "b").read_text()
    assert np.allclose(again.predict_proba(probs, coded), model.predict_proba(probs, coded),
                       atol=1e-5)


@pytest.fixture(scope="module")
def stacked():
    from eventwire.cli.classify import load_classifier

    return load_classifier(None, None, True)


# Written for this test (not from any manual): the linear classifier alone reads the
# resignation or the strike around the pair; the coder codes the pair by its verb.
OVERRIDES = [
    ("Protesters marched on the parliament demanding the minister's resignation.",
     "Protesters", "the parliament", "PROTEST"),
    ("The union warned the government of a general strike next week.",
     "The union", "the government", "THREATEN"),
]
OVERRIDE = OVERRIDES[0]


@pytest.mark.parametrize(("text", "source", "target", "want"), OVERRIDES)
def test_shipped_combiner_follows_the_coder_over_a_wrong_classifier_guess(stacked, text, source,
                                                                          target, want):
    it = item(text, source, target)
    assert stacked.classifier.predict([it])[0].event != want  # the classifier alone is wrong
    assert S.code_items(stacked.coder, [it])[0]["linked"] == [want]
    assert stacked.predict([it])[0].event == want


def test_where_the_coder_codes_nothing_the_classifier_stands(stacked):
    it = item("The mayor thanked the volunteers who had cleaned the flooded streets.",
              "The mayor", "the volunteers")
    assert not any(S.code_items(stacked.coder, [it])[0].values())
    assert stacked.predict([it])[0].event == stacked.classifier.predict([it])[0].event


def test_classify_lines_with_the_coder_keeps_errors_of_bad_lines():
    rows = [json.dumps({"id": "ok", "text": OVERRIDE[0], "source": OVERRIDE[1],
                        "target": OVERRIDE[2]}),
            "not json",
            json.dumps({"id": "gone", "text": "France condemned Iran.", "source": "Germany",
                        "target": "Iran"})]
    out = list(classify_lines(rows, neural=False, stack=True))
    assert [o["id"] for o in out] == ["ok", 2, "gone"]
    assert out[0]["event"] == OVERRIDE[3] and set(out[0]) == {"id", "event", "quad", "score"}
    assert "error" in out[1] and "not a substring" in out[2]["error"]


def test_coder_flag_asks_for_a_combiner_and_no_coder_is_the_classifier_alone(tmp_path):
    from eventwire.events.classifier import RESOURCE_DIR

    model = tmp_path / "m"
    (model / "classifier").mkdir(parents=True)  # a model folder with its classifier alone
    for name in ("meta.json", "vocab.json", "weights.npz"):
        (model / "classifier" / name).write_bytes((RESOURCE_DIR / name).read_bytes())
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "text": OVERRIDE[0], "source": OVERRIDE[1],
                                "target": OVERRIDE[2]}) + "\n")
    result = CliRunner().invoke(app, ["classify", "--jsonl", str(path), "--model", str(model),
                                      "--coder"])
    assert result.exit_code == 1 and "E020" in result.output
    result = CliRunner().invoke(app, ["classify", "--jsonl", str(path), "--model", str(model)])
    assert result.exit_code == 0, result.output
    alone = EventClassifier.load(str(model / "classifier")).predict([item(*OVERRIDE[:3])])[0]
    assert json.loads(result.output)["score"] == round(alone.score, 4)


def test_classify_default_is_the_linear_model_under_the_combiner_and_neural_blends(tmp_path,
                                                                                   stacked):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"id": k, "text": t, "source": s, "target": g})
                              for k, (t, s, g, _) in enumerate(OVERRIDES)) + "\n")
    items = [item(t, s, g) for t, s, g, _ in OVERRIDES]
    assert stacked.classifier.neural is None
    result = CliRunner().invoke(app, ["classify", "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["event"] for o in out] == [w for *_, w in OVERRIDES]
    assert [o["score"] for o in out] == [round(p.score, 4) for p in stacked.predict(items)]
    from eventwire.cli.classify import load_classifier

    blended = load_classifier(None, True, None)
    assert blended.classifier.neural is not None
    result = CliRunner().invoke(app, ["classify", "--jsonl", str(path), "--neural"])
    assert [json.loads(line)["score"] for line in result.output.splitlines()] == [
        round(p.score, 4) for p in blended.predict(items)]
