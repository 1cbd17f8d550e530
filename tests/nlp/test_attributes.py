"""The array forms of spaCy's attribute ruler and lemmatizer, and the Python-stepped parser, set
exactly what spaCy's set."""

import numpy as np
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from eventwire.nlp.attributes import GreedyParser, compile_ruler, greedy_parser, memo_lemmatizer
from eventwire.nlp.pipeline import load_nlp, run_components, split_sentences

# Every kind of pattern the small English model holds: tag map, word + tag exceptions,
# dependency tests, two-token patterns ("ain't", "gonna", "there is"), regexes, whitespace.
TRICKY = [
    "I ain't gonna do it, y'all.",
    "There is  a problem   here, and there are two more.",
    "Let's go, c'mon, I gotta leave; it's late.",
    "But he did not  \n come; nothin' happened, since that which is was.",
    "It was I who saw you and it, whether or not they have done what he does.",
    "He gets what he got.",
    "Whether Russia will agree, nobody knows; these are the terms both sides accepted.",
]
COLUMNS = [POS, MORPH, LEMMA, TAG, DEP]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _tagged(nlp, texts):
    return run_components(nlp, list(nlp.tokenizer.pipe(texts)), ["tok2vec", "tagger", "parser"])


def test_array_ruler_matches_spacy_token_by_token(nlp, syria_sample):
    text = syria_sample.read_text(encoding="utf-8")
    texts = TRICKY + [text[s:e] for s, e in split_sentences(text)]
    ruler = nlp.get_pipe("attribute_ruler")
    array_ruler = compile_ruler(ruler)
    assert array_ruler is not None
    expected = list(ruler.pipe(_tagged(nlp, texts)))
    got = list(array_ruler.pipe(_tagged(nlp, texts), batch_size=16))  # batches cut docs apart
    assert len(got) == len(texts) > 50
    for want, have in zip(expected, got, strict=True):
        assert np.array_equal(want.to_array(COLUMNS), have.to_array(COLUMNS)), want.text
    # The patterns were exercised: exceptions set lemmas, whitespace tokens got their tag.
    first = {t.text: t for t in got[0]}
    assert first["ai"].lemma_ == "be" and first["gon"].lemma_ == "go" and first["y'"].lemma_ == "you"
    assert any(t.is_space and t.tag_ == "_SP" for t in got[1])


def test_run_components_gives_what_the_whole_pipeline_gives(nlp, syria_sample):
    """Both array forms in place (twice, so remembered lemmas are used too): same tokens."""
    text = syria_sample.read_text(encoding="utf-8")
    texts = TRICKY + [text[s:e] for s, e in split_sentences(text)]
    columns = [*COLUMNS, HEAD, ENT_IOB, ENT_TYPE]
    expected = [d.to_array(columns) for d in nlp.pipe(texts)]
    for _ in range(2):
        docs = run_components(nlp, list(nlp.tokenizer.pipe(texts)), nlp.pipe_names)
        for want, have in zip(expected, docs, strict=True):
            assert np.array_equal(want, have.to_array(columns)), have.text
    lemmas = {t.lemma_ for d in docs for t in d}
    assert {"be", "go", "get", "do", "happen", "have"} <= lemmas


def test_lemmatizer_other_modes_keep_spacy(nlp):
    assert memo_lemmatizer(nlp.get_pipe("lemmatizer")) is not None
    assert memo_lemmatizer(nlp.get_pipe("parser")) is None


def test_unknown_pattern_form_keeps_spacy_ruler(nlp):
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york", "OP": "?"}]], {"POS": "PROPN"})
    assert compile_ruler(ruler) is None
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LENGTH": {">=": 3}}]], {"POS": "NOUN"})
    assert compile_ruler(ruler) is None


def test_greedy_parser_parses_as_spacy(nlp, syria_sample):
    """Heads, labels and sentence starts as spaCy's compiled loop sets them, sub-batches of
    mixed lengths and an empty document included; `run_components` uses it."""
    text = syria_sample.read_text(encoding="utf-8")
    long = " ".join(text[s:e] for s, e in split_sentences(text)[:6])  # one 'sentence' of ~six
    texts = [*TRICKY, "", long, *(text[s:e] for s, e in split_sentences(text))]
    parser = nlp.get_pipe("parser")
    fast = greedy_parser(parser, nlp)
    assert isinstance(fast, GreedyParser)
    from eventwire.nlp.pipeline import _fast_form

    assert isinstance(_fast_form("parser", parser, nlp), GreedyParser)
    columns = [HEAD, DEP, SENT_START]

    def tensors():
        return run_components(nlp, list(nlp.tokenizer.pipe(texts)), ["tok2vec", "tagger"])

    for size in (256, 8):  # 8: sub-batches of two documents, the empty one among them
        expected = [d.to_array(columns) for d in parser.pipe(tensors(), batch_size=size)]
        got = list(fast.pipe(tensors(), batch_size=size))
        assert len(got) == len(texts) > 50
        for want, have in zip(expected, got, strict=True):
            assert np.array_equal(want, have.to_array(columns)), have.text
    assert any(len(list(d.sents)) > 1 for d in got)  # the long one is split as spaCy splits it


def test_greedy_parser_only_for_greedy_dependency_parsers(nlp):
    assert greedy_parser(nlp.get_pipe("tagger"), nlp) is None
    assert greedy_parser(nlp.get_pipe("lemmatizer"), nlp) is None


def test_greedy_parser_refused_when_it_parses_otherwise(nlp, monkeypatch):
    """A spaCy whose internals moved (here: the output layer scoring otherwise, or a step
    raising) keeps spaCy's own parser instead of a wrong or crashing one."""
    import blis.py

    parser = nlp.get_pipe("parser")
    real = blis.py.gemm
    monkeypatch.setattr(blis.py, "gemm", lambda *a, **k: -real(*a, **k))
    assert greedy_parser(parser, nlp) is None

    def moved(*_a, **_k):
        raise AttributeError("moved")

    monkeypatch.setattr(blis.py, "gemm", moved)
    assert greedy_parser(parser, nlp) is None
    monkeypatch.setattr(blis.py, "gemm", real)
    assert isinstance(greedy_parser(parser, nlp), GreedyParser)


def test_lemmatizer_index_held_as_sets(nlp):
    """`load_nlp` turns the rule lemmatizer's word lists into sets (a list was scanned once
    per suffix rule for every new word); the lemmas stay spaCy's."""
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(table.get(pos), frozenset) for pos in ("noun", "verb", "adj", "adv"))
    doc = run_components(nlp, list(nlp.tokenizer.pipe(["The envoys visited the border areas."])),
                         nlp.pipe_names)[0]
    assert [t.lemma_ for t in doc][:5] == ["the", "envoy", "visit", "the", "border"]
