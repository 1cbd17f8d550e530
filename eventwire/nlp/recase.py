"""Capitals back on the names of a lower-cased sentence, for the parser and the name labeler.

News scraped lower-cased ("the vhp on sunday warned the centre", "siddiqui also warned that if
the bajrang dal ...") hides every name: the tagger reads "vhp" as a noun, the name labeler keys on
capitals, and the coder then finds no actor, so the sentence codes nothing though its verb is a
trigger. Here only what the knowledge base knows is put back: its acronyms in capitals ("vhp" ->
"VHP"), its people and organisations of two words or more, and countries' names, in title case
("bajrang dal" -> "Bajrang Dal", "india" -> "India"); towns, states and regions stay lower-case
(see `_single` and `_known`). Every other word stays as it is: capitalising all of them (as the resolver's own
recasing does for its mention scan) makes the tagger read common words as names. The one
exception is a person the article itself introduces by a title (`document_names`): "executive
member yusuf hathim muchala told reporters" makes "muchala" a name in every lower-cased sentence
of that article ("muchala alleged that the vhp ..."). The result has the text's length, so every
offset stays valid.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.nlp import name_words as W
from eventwire.nlp.pipeline import dictionary_word, lower_cased

if TYPE_CHECKING:
    from eventwire.knowledge.kb import KnowledgeBase

WORD_RE = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
MAX_NAME_WORDS = 5  # longest name looked up ("all india muslim personal law board")
MIN_LETTERS = 20  # a shorter lower-case text (a heading, a fragment) is left as it is
ACRONYM_LETTERS = (3, 5)  # lengths of a lower-cased acronym put back in capitals
# A lower-cased dateline opening a sentence ("gandhinagar: the assembly ...", "kumbakonam, tamil
# nadu: ..."): a place of the gazetteer (the resolver's DATELINE_RE reads the capitalised ones).
LOWER_DATELINE_RE = re.compile(r"\s*([a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,2})(?:, [a-z][a-z ]{1,25})?\s*:(?=\s)")


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
    """A lone word in capitals (a known acronym), in title case (a country's name, its possessive
    or its demonym), or None."""
    from eventwire.knowledge.kb import DERIVED_SOURCES

    if word in W.LOWER_CASE_NEVER_ALONE:
        return None
    kb = _kb()
    if word.endswith("'s") and (kb.country_word_key(word[:-2]) or ("", ""))[1] == "name":
        return word.capitalize()  # "backs ukraine's bid": the owner is a country
    if "'" in word:
        return None
    low, high = ACRONYM_LETTERS
    if low <= len(word) <= high and "-" not in word and any(
            o.source not in DERIVED_SOURCES for o in kb.lookup_key(word.upper())):
        return word.upper()
    # a country alone, not a town or a state: a lone place in capitals is an entity the
    # selector may take for an actor ("kolkata told gujarat"), which lower-case it never was;
    # and a country's demonym ("lifts ban on ukrainian grain"): in lower case the tagger takes
    # it for a common adjective and the name labeler misses the nationality the recipient is
    # read by
    if (kb.country_word_key(word) or ("", ""))[1] in ("name", "adjective"):
        return word.capitalize()
    return None


def recase_lowered(text: str, document: str = "") -> str:
    """`text` with the knowledge base's names capitalised if it is lower-cased news (see the
    module docstring), else `text` itself; with the persons `document` (the article `text` is a
    sentence of) introduces by a title too. Same length."""
    if not lower_cased(text, min_letters=MIN_LETTERS):
        return text
    words = list(WORD_RE.finditer(text))
    out = list(text)
    introduced = document_names(document) if document else frozenset()
    if introduced:
        _mark_introduced(text, words, introduced, out)
    _blank_dateline(text, out)
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


@lru_cache(maxsize=16)
def document_names(document: str) -> frozenset[str]:
    """Words of the persons' names a lower-cased article introduces after a title
    (`_introductions`): "executive member yusuf hathim muchala told" gives {"yusuf", "hathim",
    "muchala"}; initials are no name alone."""
    words = list(WORD_RE.finditer(document))
    return frozenset(words[k].group() for a, b in _introductions(document, words)
                     for k in range(a, b) if len(words[k].group()) > 1)


def _introductions(text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(first, end) word indices of each name introduced after a title
    (`name_words.LOWER_CASE_NAME_TITLES`): the two or three words right after it (a comma
    between allowed) that are no English word (`nlp.pipeline.dictionary_word`), no function or
    date word and nothing the knowledge base capitalises alone, the last no initial; a fourth
    such word in a row (a phrase in another language) makes none."""
    def name_word(w: str) -> bool:
        return (w.isalpha() and (len(w) == 1 or len(w) >= 3) and w not in W.LOWER_CASE_NEVER_ALONE
                and w not in W.LOWER_CASE_NAME_TITLES and w not in W.DATE_WORDS
                and w not in W.GROUP_WORDS and (len(w) == 1 or not dictionary_word(w))
                and _single(w) is None)

    runs = []
    for i, m in enumerate(words):
        if m.group() not in W.LOWER_CASE_NAME_TITLES:
            continue
        k = i + 1
        while k < len(words) and k - i <= 4:
            gap = text[words[k - 1].end():words[k].start()]
            if not (gap == " " or (k == i + 1 and gap == ", ")) or not name_word(words[k].group()):
                break
            k += 1
        if 2 <= k - i - 1 <= 3 and len(words[k - 1].group()) > 1:
            runs.append((i + 1, k))
    return runs


def _mark_introduced(text: str, words: list[re.Match[str]], names: frozenset[str],
                     out: list[str]) -> None:
    """Capitalise in `out` each word of `names` and the initials right before one ("l k
    advani"), except where the sentence introduces the name itself: after its title it reads
    as the title's apposition, and capitals there only move which pair the selector chooses
    (BENCHMARKS.md, whole-article audit round 5)."""
    inside = {k for a, b in _introductions(text, words) for k in range(a, b)}
    following = False  # the word after this one (right after a space) is a name or its initial
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group()
        name = k not in inside and (w in names or (len(w) == 1 and following and w not in ("a", "i")))
        if name:
            out[words[k].start()] = out[words[k].start()].upper()
        following = name and k > 0 and text[words[k - 1].end():words[k].start()] == " "


def _blank_dateline(text: str, out: list[str]) -> None:
    """Blank in `out` the lower-cased dateline a sentence opens with (LOWER_DATELINE_RE): the
    parser made the place the subject of the story's first act ("gandhinagar: the gujarat
    assembly witnessed bedlam" coded gandhinagar as an accuser); the resolver still reads the
    dateline from the text for the document's country."""
    m = LOWER_DATELINE_RE.match(text)
    if m is None:
        return
    from eventwire.knowledge.places import Gazetteer

    if Gazetteer.load().candidates(m.group(1)):
        out[m.start(1):m.end()] = " " * (m.end() - m.start(1))
