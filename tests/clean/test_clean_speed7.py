"""The cleaner's cheap tests before its costly steps give what the costly steps gave (branch
speed7): `normalize_space` skips the substitution where it would change nothing,
`match_junk` skips the disclaimer search where it cannot match, `count_copies` collapses only
the hidden texts that may hold a needle, and `clean_guarded` takes a word count the caller
has made. Own texts and pages."""

from __future__ import annotations

import random

import pytest
from trafilatura.utils import load_html

from eventwire.clean import patterns as P
from eventwire.clean import text as T
from eventwire.clean.html import HIDDEN_TAGS, copy_needles, count_copies, page_root
from eventwire.clean.text import clean_guarded, match_junk, may_be_disclaimer, normalize_space

LINES = (
    "",
    " ",
    "The minister met her counterpart in Nairobi on Tuesday.",
    "  Leading and trailing spaces  ",
    "Two  spaces inside",
    "A\ttab and a\t\ttwo",
    "No-break\u00a0space and\u00a0 \u00a0a run",
    "Zero\u200bwidth, thin\u2009space, narrow\u202fno-break, medium\u205fmath, ideographic\u3000one",
    "\u201cCurly quotes\u201d and a caf\u00e9\u2019s single spaces only",
    "Other whitespace stays: form\x0cfeed, vertical\x0btab, line\u2028separator",
    "\u00a0",
    "\t",
    "Ends with a no-break space\u00a0",
)


def slow_normalize(line: str) -> str:
    """`normalize_space` as first written: the substitution over every line."""
    return P.SPACE_RE.sub(" ", line).strip()


@pytest.mark.parametrize("line", LINES)
def test_normalize_space_gives_the_substitution(line: str) -> None:
    assert normalize_space(line) == slow_normalize(line)


def test_normalize_space_gives_the_substitution_on_random_lines() -> None:
    rng = random.Random(7)
    alphabet = ["a", "b", " ", " ", "\t", "\u00a0", "\u2003", "\u200b", "\u3000", "\u2028",
                "\u00e9", "\u201c", "\n", "\x0c"]
    for _ in range(3000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert normalize_space(line) == slow_normalize(line), repr(line)


def test_space_to_fix_finds_every_character_space_re_changes() -> None:
    # each character SPACE_RE's class holds, save the plain space, needs fixing; nothing else
    for c in range(0x3100):
        ch = chr(c)
        in_class = bool(P.SPACE_RE.fullmatch(ch))
        assert bool(P.SPACE_TO_FIX_RE.search(f"a{ch}b")) == (in_class and ch != " "), hex(c)
    assert P.SPACE_TO_FIX_RE.search("a  b") and not P.SPACE_TO_FIX_RE.search("a b c")


DISCLAIMERS = (
    "Disclaimer: the figures below come from the company.",
    "Legal disclaimer : nothing here is an offer.",
    "The publisher provides the information on this page as is.",
    "All of it comes without warranty of any kind.",
    "The views expressed in this column are the writer's own.",
    "Opinions expressed by the guests are theirs alone.",
    "This column and the charts in it are for general informational purposes only.",
    "It should not be construed as investment advice.",
    "THIS POST IS FOR INFORMATIONAL PURPOSES ONLY.",
)


@pytest.mark.parametrize("paragraph", DISCLAIMERS)
def test_each_disclaimer_form_still_reaches_the_search(paragraph: str) -> None:
    assert P.DISCLAIMER_RE.search(paragraph)
    assert may_be_disclaimer(paragraph)
    assert match_junk(paragraph) == "disclaimer"


def test_every_disclaimer_word_is_needed() -> None:
    # with any one word taken out of the list, some disclaimer form above would be skipped
    for word in P.DISCLAIMER_WORDS:
        fewer = tuple(w for w in P.DISCLAIMER_WORDS if w != word)
        missed = [d for d in DISCLAIMERS if not any(w in d.lower() for w in fewer)]
        assert missed, word


def test_may_be_disclaimer_never_skips_a_match() -> None:
    rng = random.Random(13)
    pieces = ["the ", "information ", "as is ", "provides ", "warranty ", "of any kind ",
              "views ", "expressed ", "in this ", "for ", "informational purposes only ",
              "advice ", "not ", "construed as ", "legal ", "investment ", "disclaimer", ": ",
              "\u017fo", "K", "news ", "article ", "\u00e9"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10))).strip()
        if P.DISCLAIMER_RE.search(text):
            assert may_be_disclaimer(text), text
    assert not may_be_disclaimer("The ministers met in Nairobi and signed the accord.")
    # non-ASCII text is always searched: "ſ" matches "s" under IGNORECASE
    assert may_be_disclaimer("Di\u017fclaimer: not ours.")
    assert match_junk("Di\u017fclaimer: not ours.") == "disclaimer"


PARA = "The harbour authority said the new quay would open in June after two years of work."
OTHER = "Fishermen on the northern pier said they had waited a decade for the promised berths."


def slow_count_copies(tree, body: list[str]) -> int:
    """`count_copies` as first written: every hidden text collapsed for every needle."""
    needles = copy_needles(body)
    if not needles:
        return 0
    root = page_root(tree)
    text = " ".join(root.text_content().split())
    hidden = [" ".join(el.text.split()) for el in root.iter(*HIDDEN_TAGS) if el.text]
    return min(text.count(n) - sum(h.count(n) for h in hidden) for n in needles)


PAGES = (
    f"<p>{PARA}</p><p>{OTHER}</p>",
    f"<p>{PARA}</p><script>var x = 1;</script><style>p {{color: red}}</style>",
    f'<p>{PARA}</p><script type="application/ld+json">{{"articleBody": "{PARA}"}}</script>',
    # the hidden copy broken over lines and tabs: only its collapsed form holds the needle
    f"<p>{PARA}</p><script>{PARA.replace(' ', chr(10) + chr(9))}</script>",
    f"<p>{PARA}</p><div>{PARA}</div><noscript>{PARA} {PARA}</noscript>",
    f"<p>{PARA}</p><p>{OTHER}</p><template>{OTHER}</template><div>{PARA}</div>",
    f"<p>{PARA}</p><script>{PARA[:50]}</script><script>{PARA[50:]}</script>",
)


@pytest.mark.parametrize("markup", PAGES)
@pytest.mark.parametrize("body", [[PARA], [PARA, OTHER], [f"- {OTHER}", PARA], ["Too short."]])
def test_count_copies_gives_the_first_count(markup: str, body: list[str]) -> None:
    tree = load_html(f"<html><body>{markup}</body></html>")
    assert count_copies(tree, body) == slow_count_copies(tree, body)


def test_clean_guarded_takes_the_callers_word_count() -> None:
    lines = ["Share this article", "Subscribe to our newsletter", "Follow us on Twitter",
             "Cookie policy", PARA, "Read more", "Copyright 2026 Harbour News"] * 3
    words = sum(T.count_words(x) for x in lines)
    given = clean_guarded(lines, words=words, dedup="runs")
    counted = clean_guarded(lines, dedup="runs")
    assert (given.body, given.removed, given.guard_note) == (
        counted.body, counted.removed, counted.guard_note)
