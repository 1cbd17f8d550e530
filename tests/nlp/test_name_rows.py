"""The name labeler's array view of a sentence (eventwire.nlp.names.token_rows)."""

import pytest

from eventwire.nlp.names import NameLabeler, token_rows
from eventwire.nlp.pipeline import load_nlp, run_components

pytestmark = pytest.mark.slow

# Every kind of token the labeler reads: names, titles, acronyms, numbers in words and digits,
# dates, lower-case nationality adjectives, hyphens, punctuation, mojibake, a double space and
# a line break (whitespace tokens), non-ASCII letters.
SENTENCES = [
    "President Donald Trump met Vladimir Putin in Moscow on Thursday, 5 May 2019.",
    "pakistani troops fired at indian posts near the LoC,  killing three-year-old Ali and 2,500 others.",
    "The U.N. Security Council's 15 members voted 14-1 on resolution No. 2334 at 10:30 a.m.\nIt passed.",
    "Ã©tat officials in Côte d'Ivoire said ninety-nine of the ELN's fighters surrendered in March.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_token_rows_equal_the_token_attributes(nlp):
    docs = [nlp(text) for text in SENTENCES]
    assert any(t.is_space for d in docs for t in d) and any(t.like_num for d in docs for t in d)
    for doc in docs:
        words, lower, pos, numeric = token_rows(doc)
        assert words == [t.text for t in doc]
        assert lower == [t.lower_ for t in doc]
        assert pos == [t.pos for t in doc]
        assert numeric == [t.like_num for t in doc]


def test_numbers_are_read_from_the_number_flags(nlp):
    doc = run_components(nlp, [nlp.make_doc("Some 2,500 people and ninety-nine officials left.")],
                         ["tok2vec", "tagger", "attribute_ruler"])[0]
    _, lower, _, numeric = token_rows(doc)
    capital = [False] * len(doc)
    assert NameLabeler._date_or_number(numeric, lower, capital, 1) == (1, 2, "CARDINAL")
    assert NameLabeler._date_or_number(numeric, lower, capital, 2) is None
