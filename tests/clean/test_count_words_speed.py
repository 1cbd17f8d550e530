"""`count_words` runs the unspaced-script pattern only over text that may hold such a
character, and `Cleaned.detail` counts no words when it shows none (branch speed6). Own texts."""

from __future__ import annotations

import pytest

from eventwire.clean import patterns as P
from eventwire.clean import text as T
from eventwire.clean.text import Cleaned, count_words, may_hold_unspaced

TEXTS = (
    "",
    "The minister met her counterpart in Nairobi on Tuesday.",
    "\u201cWe will not sign,\u201d the envoy said \u2014 and the talks ended in S\u00e3o Paulo.",
    "Prices rose 4\u20ac a litre; the caf\u00e9\u2019s owner shrugged.\u00a0Next  line\n\tend",
    "\ufeffA byte-order mark, a replacement \ufffd and a full-width \uff21 letter.",
    "\u6771\u4eac\u3067\u4f1a\u8ac7\u304c\u958b\u304b\u308c\u305f\u3002",  # Japanese, no spaces
    "Talks in \u5317\u4eac ended; \u30ab\u30bf\u30ab\u30ca and \u3072\u3089\u304c\u306a too.",
    "A compatibility ideograph \uf900 and \ufa6d, an extension-A one \u3400 \u4dbf.",
    "Korean \ud55c\uad6d\uc5b4 is written with spaces, Thai \u0e20\u0e32\u0e29\u0e32 is not counted.",
    "Edges: \u303f\u3040 \u30ff\u3100 \u33ff\u3400 \u9fff\ua000 \uf8ff\uf900 \ufaff\ufb00",
    "A lone surrogate \ud800 read with surrogateescape.",
    "An astral character \U00020000 and an emoji \U0001f600.",
)


def pattern_count(text: str) -> int:
    """The count as it was first written: the pattern run over every text."""
    return len(text.split()) + len(P.UNSPACED_CHAR_RE.findall(text))


def test_the_lead_bytes_are_those_of_every_character_the_pattern_matches():
    derived = {chr(c).encode("utf-8", "surrogatepass")[:1] for c in range(0x110000)
               if P.UNSPACED_CHAR_RE.match(chr(c))}
    assert derived == set(P.UNSPACED_UTF8_LEADS)


@pytest.mark.parametrize("text", TEXTS)
def test_count_words_gives_the_pattern_count(text):
    assert count_words(text) == pattern_count(text)


def test_count_words_gives_the_pattern_count_on_every_character():
    # each character alone, between two words, and a run of them
    for c in range(0, 0x110000, 7):
        text = f"before {chr(c)} after {chr(c) * 3}"
        assert count_words(text) == pattern_count(text), hex(c)


class CountingPattern:
    """Stands in for UNSPACED_CHAR_RE and counts the texts it is run over."""

    def __init__(self, pattern) -> None:
        self.pattern = pattern
        self.runs = 0

    def findall(self, text: str) -> list[str]:
        self.runs += 1
        return self.pattern.findall(text)


def test_news_in_latin_script_is_not_run_through_the_pattern(monkeypatch):
    expected = [pattern_count(text) for text in TEXTS]
    counting = CountingPattern(P.UNSPACED_CHAR_RE)
    monkeypatch.setattr(P, "UNSPACED_CHAR_RE", counting)
    for text, words in zip(TEXTS[:4], expected, strict=False):  # ASCII, quotes, dashes, accents
        assert not may_hold_unspaced(text)
        assert count_words(text) == words
    assert counting.runs == 0
    # a lead byte shared with other characters (U+FEFF, U+FFFD): the pattern decides
    assert count_words(TEXTS[4]) == expected[4] and counting.runs == 1
    assert count_words(TEXTS[5]) == expected[5] == 11 and counting.runs == 2


def test_detail_counts_no_words_when_it_shows_none(monkeypatch):
    counted: list[str] = []

    def counting(text: str) -> int:
        counted.append(text)
        return len(text.split())

    monkeypatch.setattr(T, "count_words", counting)
    kept = Cleaned(title=None, body="One paragraph kept.\nAnother one.", outlet=None,
                   published=None, published_source=None, url=None, words_in=5)
    assert kept.detail() == ""
    assert counted == []
    kept.notes.append("junk guard: kept")
    assert kept.detail() == "5 of 5 words kept; junk guard: kept"
    assert counted == [kept.body]
