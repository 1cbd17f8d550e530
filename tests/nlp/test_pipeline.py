"""spaCy loading and sentence splitting."""

import pytest

from eventwire.nlp.pipeline import NAMES_COMPONENT, load_nlp, split_sentences


def _sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_split_sentences_keeps_abbreviations_and_initials_together():
    text = "Mr. Putin met U.S. envoy J. Smith in Moscow. They talked!\nA new paragraph. 2025 ended."
    assert _sentences(text) == [
        "Mr. Putin met U.S. envoy J. Smith in Moscow.",
        "They talked!",
        "A new paragraph.",
        "2025 ended.",
    ]


def test_split_sentences_offsets_point_into_the_text():
    text = "  First one.   Second “quoted” one. \n\n Third?"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second “quoted” one.", "Third?"]
    assert split_sentences("") == [] and split_sentences(" \n ") == []


def test_missing_model_raises_numbered_oserror():
    with pytest.raises(OSError, match="E004"):
        load_nlp("en_no_such_model_xyz")


@pytest.mark.slow
def test_load_nlp_is_cached_per_name_and_parses():
    nlp = load_nlp()
    assert load_nlp() is nlp
    assert {"parser", "lemmatizer"} <= set(nlp.pipe_names)
    # The name labeler stands in for the statistical entity recogniser, last in the pipeline
    assert "ner" not in nlp.pipe_names and nlp.pipe_names[-1] == NAMES_COMPONENT
    doc = nlp("Russia sent aid to Syria.")
    assert [t.dep_ for t in doc][1] == "ROOT"
    assert [(e.text, e.label_) for e in doc.ents] == [("Russia", "GPE"), ("Syria", "GPE")]
