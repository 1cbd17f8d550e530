"""Issue 18: coding time is linear in text length, however long one sentence is."""

from __future__ import annotations

import time

from eventwire.events.coder import MAX_SENTENCE_CHARS, coded_end
from eventwire.nlp.pipeline import split_sentences

UNIT = ("Russia attacked Syria and France condemned Iran while Turkey met Egypt and "
        "Israel threatened Lebanon, ")


def test_100_kb_sentence_codes_in_under_a_second(code):
    code("Russia met Syria on Monday.")  # warm: the first call loads the lexicon forms
    sentence = (UNIT * (100_000 // len(UNIT) + 1))[:100_000] + "."
    start = time.perf_counter()
    events = code(sentence)
    assert time.perf_counter() - start < 1.0
    assert events and all(len(e.text) <= MAX_SENTENCE_CHARS for e in events)


def test_long_sentence_is_cut_at_a_space():
    text = "word " * 1000
    end = coded_end(text, 0, len(text))
    assert end <= MAX_SENTENCE_CHARS and text[end] == " "
    assert coded_end("short one", 0, 9) == 9


def test_splitting_a_long_paragraph_of_abbreviations_is_linear():
    text = "Russia met J. Smith and Mr. Putin " * 10_000  # 340 KB, 20,000 non-ending stops
    start = time.perf_counter()
    assert len(split_sentences(text)) == 1
    assert time.perf_counter() - start < 5.0  # was quadratic: 34 KB took 18 s
