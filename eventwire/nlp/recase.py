"""Capitals back on the names of a lower-cased sentence, for the parser and the name labeler.

News scraped lower-cased ("the vhp on sunday warned the centre", "siddiqui also warned that if
the bajrang dal ...") hides every name: the tagger reads "vhp" as a noun, the name labeler keys on
capitals, and the coder then finds no actor, so the sentence codes nothing though its verb is a
trigger. Here only what the knowledge base knows is put back: its acronyms in capitals ("vhp" ->
"VHP"), its people and organisations of two words or more, and countries' names, in title case
("bajrang dal" -> "Bajrang Dal", "india" -> "India"); towns, states and regions stay lower-case
(see `_single` and `_known`). Every other word stays as it is: capitalising all of them (as the resolver's own
recasing does for its mention scan) makes the tagger read common words as names. The result has
the text's length, so every offset stays valid.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.nlp import name_words as W

if TYPE_CHECKING:
    from eventwire.knowledge.kb import KnowledgeBase

WORD_RE = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
MAX_NAME_WORDS = 5  # longest name looked up ("all india muslim personal law board")
MIN_LETTERS = 20  # a shorter lower-case text (a heading, a fragment) is left as it is
ACRONYM_LETTERS = (3, 5)  # lengths of a lower-cased acronym put back in capitals


def lower_cased(text: str) -> bool:
    """Whether a text is lower-cased news: letters enough and not one capital."""
    letters = sum(map(str.isalpha, text))
    return letters >= MIN_LETTERS and not any(map(str.isupper, text))


@lru_cache(maxsize=1)
def _kb() -> KnowledgeBase:
    from eventwire.nlp.names import shipped_kb

    return shipped_kb()


@lru_cache(maxsize=1 << 15)
def _known(phrase: str) -> bool:
    """Whether a lower-case phrase of several words is a name of the knowledge base (a person,
    an organisation, a country). Not a place: "karnataka and Andhra Pradesh" made the place a
    conjunct the parse then took for the object of an arrest; the resolver finds places in
    lower-case text itself."""
    from eventwire.knowledge.kb import name_key

    kb = _kb()
    key = name_key(phrase)
    return bool(kb.lookup_key(key) or kb.country_word_key(key))


@lru_cache(maxsize=1 << 15)
def _single(word: str) -> str | None:
    """A lone word in capitals (a known acronym), in title case (a country's name), or None."""
    from eventwire.knowledge.kb import DERIVED_SOURCES

    if word in W.LOWER_CASE_NEVER_ALONE or "'" in word:
        return None
    kb = _kb()
    low, high = ACRONYM_LETTERS
    if low <= len(word) <= high and "-" not in word and any(
            o.source not in DERIVED_SOURCES for o in kb.lookup_key(word.upper())):
        return word.upper()
    # a country alone, not a town or a state: a lone place in capitals is an entity the
    # selector may take for an actor ("kolkata told gujarat"), which lower-case it never was
    if (kb.country_word_key(word) or ("", ""))[1] == "name":
        return word.capitalize()
    return None


def recase_lowered(text: str) -> str:
    """`text` with the knowledge base's names capitalised if it is lower-cased news (see the
    module docstring), else `text` itself. Same length."""
    if not lower_cased(text):
        return text
    words = list(WORD_RE.finditer(text))
    out = list(text)
    i = 0
    while i < len(words):
        n = _name_at(text, words, i)
        if n:
            for m in words[i:i + n]:
                if m.group() not in W.NAME_INNER_WORDS:
                    out[m.start()] = out[m.start()].upper()
            i += n
            continue
        fixed = _single(words[i].group())
        if fixed is not None:
            out[words[i].start():words[i].end()] = fixed
        i += 1
    return "".join(out)


def _name_at(text: str, words: list[re.Match[str]], i: int) -> int:
    """Number of words (two or more) of the longest known name starting at word i, or 0."""
    if words[i].group() in W.LOWER_CASE_NEVER_ALONE:
        return 0
    for n in range(min(MAX_NAME_WORDS, len(words) - i), 1, -1):
        last = words[i + n - 1]
        if last.group() in W.NAME_INNER_WORDS:
            continue
        # the words of a name are one run: a space between each two, nothing else
        if any(text[words[k].end():words[k + 1].start()] != " " for k in range(i, i + n - 1)):
            continue
        if _known(text[words[i].start():last.end()]):
            return n
    return 0
