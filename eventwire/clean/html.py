"""Clean an HTML page: trafilatura finds main text and metadata, then the text junk pass runs.

The fast path is trafilatura's precision mode without its fallback extractors. Its result is
checked against what the page itself promises (`suspicion`); a suspicious result is compared
with trafilatura's default mode *with* its fallback extractors (what `trafilatura.extract`
does), for that page only, and the fallback's body replaces the fast one when the fast one
keeps under half of its words. Every such decision is noted in `Cleaned.notes`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from eventwire.clean import patterns as P
from eventwire.clean.text import (
    Cleaned,
    Parts,
    clean_guarded,
    count_words,
    fix_encoding,
    guard_notes,
    normalize_space,
)

ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ARTICLE_BODY_RE = re.compile(r'"articleBody"\s*:\s*"((?:[^"\\]|\\.)*)"')

# When the fast result is suspicious (each threshold is a ratio or size, none fitted to a page):
# - SHORT_BODY_WORDS: a body this short is a teaser, a caption or a footer line more often than
#   a whole news story (the dev pages' bodies: median 583 words, 8 of 91 under 150), and
#   checking a short page costs one more extraction at most;
# - PAGE_SHARE: the body holds under this share of the page's visible words: trafilatura's own
#   test for an under-extraction (its recall escalation, `core.ESCALATION_PAGE_SHARE`), which
#   precision mode skips;
# - PROMISE_SHARE: the body holds under this share of what the page's own structure promises,
#   the largest block of paragraphs under one parent or grandparent, or a JSON-LD
#   `articleBody`. Above the loss line (0.5): a promise is an estimate, and a body kept at
#   50-65 % of it was as often a cut article as a whole one (see FALLBACK_KEEP_SHARE).
SHORT_BODY_WORDS = 150
PAGE_SHARE = 0.2
PAGE_CHECK_MAX_WORDS = 500  # ... for bodies under about 3,000 characters, as trafilatura does
PROMISE_SHARE = 0.65
PROMISE_MIN_WORDS = 50
# The fallback body replaces the fast one when the fast one keeps under this share of the
# fallback's words; otherwise the fast body stands: the fallback's extra words are then mostly
# the standfirst, teasers and link lists that precision mode is there to drop. 0.65 rather than
# the loss line: on the dev pages with the tail of their article moved into a box precision
# mode discards (25-55 % kept; BENCHMARKS.md, extraction), the fast body kept 45-60 % of a
# fallback body that was the better one, while on the unchanged pages no checked fast body
# that was the better one kept under 70 %.
FALLBACK_KEEP_SHARE = 0.65
# Copies of the body: a stretch of COPY_NEEDLE_CHARS characters from the middle of each of the
# body's COPY_NEEDLES longest paragraphs is looked up in the page's text (scripts and styles
# left out, hidden blocks not: an extractor keeps those); the fewest times any of them occurs
# is how many copies of the body the page holds. Pages repeat their article in schema.org
# microdata, print or AMP blocks and "next story" loaders; a plain extraction keeps every
# copy, so the reason for keeping one is stored (`Cleaned.page_copies`). Shorter paragraphs (a
# label, a list item) recur for other reasons and are not looked up.
COPY_NEEDLES = 3
COPY_NEEDLE_CHARS = 80
COPY_NEEDLE_MIN_CHARS = 40


@dataclass(slots=True)
class Extraction:
    """One trafilatura pass over a page and the junk pass over its paragraphs."""

    mode: str
    words_in: int = 0
    parts: Parts = field(default_factory=Parts)
    fixed_text: bool = False

    @property
    def body(self) -> list[str]:
        return self.parts.body

    @property
    def words(self) -> int:
        return sum(count_words(p) for p in self.parts.body)


def extract_text(tree: Any, url: str | None, *, favor_precision: bool, fast: bool) -> str:
    """trafilatura's main text of a parsed page (one paragraph per line), or ""."""
    import trafilatura  # heavy import kept local, as optional-dependency steps do

    doc = trafilatura.bare_extraction(
        tree,  # parsed once: bare_extraction works on its own copy
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        favor_precision=favor_precision,
        fast=fast,
    )
    if doc is None:
        return ""
    found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return found.get("text") or ""


def run_extraction(
    tree: Any, url: str | None, title: str | None, *, mode: str, favor_precision: bool, fast: bool
) -> Extraction:
    """Extract, repair the encoding, and run the guarded junk pass."""
    text, fixed = fix_encoding(extract_text(tree, url, favor_precision=favor_precision, fast=fast))
    lines = [line for line in (normalize_space(x) for x in text.split("\n")) if line]
    words_in = sum(count_words(x) for x in lines)
    parts = clean_guarded(lines, words=words_in, title=title, find_title=title is None, dedup="runs")
    return Extraction(mode, words_in, parts, fixed)


def promised_words(tree: Any) -> tuple[int, str]:
    """Words the page's structure promises for its article, and where that figure comes from.

    The larger of: the words of the largest block of paragraphs sharing one parent (an article
    body is a run of sibling paragraphs: <p> elements, or text lines split by <br>) or one
    grandparent (a body split into sibling boxes, or with its tail wrapped in a box of its
    own), and the words of a JSON-LD `articleBody`. One pass over the <p> and <br> elements
    (about 1 ms a page). Text inside inline elements between two <br> is not counted: a
    promise may fall short, never overstate.
    """
    per_parent: dict[Any, int] = {}
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None:
            n = count_words(p.text_content())
            per_parent[parent] = per_parent.get(parent, 0) + n
            if (grand := parent.getparent()) is not None:
                per_parent[grand] = per_parent.get(grand, 0) + n
    for br in tree.iter("br"):
        parent = br.getparent()
        if parent is None or parent.tag == "p":  # counted with its <p> already
            continue
        if parent not in per_parent:  # the block's first line, before its first <br>
            per_parent[parent] = count_words(parent.text or "")
        per_parent[parent] += count_words(br.tail or "")
    best, source = max(per_parent.values(), default=0), "paragraph block"
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or "") and script.text and "articleBody" in script.text:
            for m in ARTICLE_BODY_RE.finditer(script.text):
                if (n := count_words(m[1])) > best:
                    best, source = n, "JSON-LD articleBody"
    return best, source


HIDDEN_TAGS = ("script", "style", "noscript", "template")  # text that is not shown as text


def page_root(tree: Any) -> Any:
    """The page's <body>, or the whole tree when it has none."""
    body = tree.find("body")
    return body if body is not None else tree


def visible_words(tree: Any) -> int:
    """Words of the page's text, scripts and styles left out (under 1 ms a page)."""
    root = page_root(tree)
    n = count_words(root.text_content())
    for el in root.iter(*HIDDEN_TAGS):
        if el.text:
            n -= count_words(el.text)
    return n


def copy_needles(body: list[str]) -> list[str]:
    """Stretches from the middle of the body's longest paragraphs, spaces collapsed and list
    markers off (trafilatura writes a list item as "- item", the page does not)."""
    longest = sorted(body, key=len, reverse=True)[:COPY_NEEDLES]
    needles = []
    for para in longest:
        text = " ".join(P.LIST_ITEM_RE.sub("", para).split())
        if len(text) < COPY_NEEDLE_MIN_CHARS:
            break  # sorted by length: the rest are shorter still
        start = max(0, (len(text) - COPY_NEEDLE_CHARS) // 2)
        needles.append(text[start : start + COPY_NEEDLE_CHARS])
    return needles


def count_copies(tree: Any, body: list[str]) -> int:
    """How many times the page's text holds the body (0: too short to tell).

    The fewest occurrences of any needle (`copy_needles`): a body held three times has each
    of its long paragraphs three times over, while a pull quote repeats one paragraph only.
    Text in scripts and styles is not counted (a JSON-LD `articleBody` is data, not a copy an
    extractor keeps). About 0.5 ms a page.
    """
    needles = copy_needles(body)
    if not needles:
        return 0
    root = page_root(tree)
    text = " ".join(root.text_content().split())
    hidden = [el.text for el in root.iter(*HIDDEN_TAGS) if el.text]
    spaced: dict[int, str] = {}  # a hidden text's spaces collapsed, made only where needed

    def hidden_count(needle: str) -> int:
        # A copy of the needle in a hidden text's collapsed form holds the needle's longest
        # stretch without whitespace, and so does the raw text: one without it is skipped
        # (most scripts and styles) instead of being split and joined.
        probe = max(needle.split(), key=len)
        n = 0
        for k, raw in enumerate(hidden):
            if probe in raw:
                if k not in spaced:
                    spaced[k] = " ".join(raw.split())
                n += spaced[k].count(needle)
        return n

    return min(text.count(n) - hidden_count(n) for n in needles)


def suspicion(found: Extraction, tree: Any) -> str | None:
    """Why the fast result looks like a lost article, or None when it looks whole."""
    words = found.words
    if words < SHORT_BODY_WORDS:
        return f"short body ({words} words < {SHORT_BODY_WORDS})"
    if words < PAGE_CHECK_MAX_WORDS and words < PAGE_SHARE * (page := visible_words(tree)):
        return f"body {words} words of the page's {page} visible words"
    promised, source = promised_words(tree)
    if promised >= PROMISE_MIN_WORDS and words < PROMISE_SHARE * promised:
        return f"body {words} words, the page's {source} {promised}"
    return None


def keep_share(body: list[str], reference: list[str]) -> float:
    """Share of the reference's words (as a multiset, case-folded) that the body keeps."""
    ref = Counter(w.lower() for p in reference for w in P.WORD_RE.findall(p))
    if not ref:
        return 1.0
    got = Counter(w.lower() for p in body for w in P.WORD_RE.findall(p))
    return sum((ref & got).values()) / sum(ref.values())


def html_parser() -> Any:
    """trafilatura's HTML parser settings plus `huge_tree`: without it libxml2 stops at 256
    nested elements, and an article deeper than that was lost (no_article). A new parser per
    page: lxml parsers must not be shared between threads.

    Every element is an HtmlElement: lxml.html's own lookup calls a Python method for each
    element proxy made (to give forms and inputs their classes, which no extractor here
    uses), and trafilatura's copies and passes make thousands a page."""
    from lxml.etree import ElementDefaultClassLookup
    from lxml.html import (
        HtmlComment,
        HtmlElement,
        HtmlEntity,
        HTMLParser,
        HtmlProcessingInstruction,
    )

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                        remove_comments=True, remove_pis=True, huge_tree=True)
    parser.set_element_class_lookup(ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    return parser


def parse_page(html: str) -> Any:
    """The page's lxml tree, or None if it is no HTML: trafilatura's `load_html` steps for a
    str, with the deep-tree parser."""
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    beginning = html[:50].lower()
    html = repair_faulty_html(html, beginning)
    parser = html_parser()
    tree = _fromstring(html, parser)
    if tree is None or len(tree) < 1:  # lxml wants bytes for a str declaring its encoding
        tree = _fromstring(html.encode("utf-8", "surrogatepass"), parser)
    if tree is None:
        return None
    if is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


def _fromstring(data: str | bytes, parser: Any) -> Any:
    from lxml.html import fromstring

    try:
        return fromstring(data, parser=parser)
    except Exception:  # noqa: BLE001 - ValueError, ParserError ("Document is empty"), ...
        return None


def drop_hover_cards(tree: Any) -> int:
    """Remove the hover cards inside the page's paragraphs (`P.HOVER_CARD_CLASS_RE`); how many.

    A card is the innermost element of a marked class that holds an image or
    `P.HOVER_CARD_MIN_LINKS` links: the element marking the name itself ("rollover-people")
    holds the card too, and is kept once its card is gone. Its tail text stays in the sentence.
    """
    def is_card(el: Any) -> bool:
        return bool(P.HOVER_CARD_CLASS_RE.search(el.get("class") or "")) and (
            next(el.iter("img"), None) is not None
            or sum(1 for _ in el.iter("a")) >= P.HOVER_CARD_MIN_LINKS)

    cards = [el for p in tree.iter("p") for el in p.iterdescendants() if is_card(el)]
    inner = [el for el in cards if not any(is_card(d) for d in el.iterdescendants())]
    for el in inner:
        el.drop_tree()  # keeps the tail: the sentence goes on after the card
    return len(inner)


def page_metadata(tree: Any, url: str | None) -> dict[str, str | None]:
    """Title, URL, publication date and site name of a parsed page, as trafilatura finds them.

    The same steps and order as `trafilatura.metadata.extract_metadata`, without the authors,
    categories, tags and license it also looks for: eventwire keeps none of them, and they were
    about 40 % of the extraction time on the dev pages (15.4 -> 9.8 ms a page without them).
    """
    from trafilatura import metadata as M
    from trafilatura.settings import set_date_params

    found = M.examine_meta(tree)
    try:
        found = M.extract_meta_json(tree, found)
    except Exception:  # noqa: BLE001 - trafilatura guards this call the same way
        pass
    title = found.title or M.extract_title(tree)
    page_url = found.url or M.extract_url(tree, url)
    date = M.find_date(tree, **{**set_date_params(True), "url": page_url})
    sitename = found.sitename or M.extract_sitename(tree)
    if sitename:
        sitename = sitename.lstrip("@")
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif page_url and (m := M.META_URL.match(page_url)):
        sitename = m[1]
    return {"title": _trim(title), "url": _trim(page_url), "date": _trim(date),
            "sitename": _trim(sitename)}


def _trim(value: str | None) -> str | None:
    return normalize_space(value) or None if value else None


def clean_html(html: str, url: str | None = None, *, fallbacks: bool = False) -> Cleaned:
    """Main text and metadata of an HTML page, with boilerplate lines and repeats removed.

    `fallbacks=True` runs trafilatura's fallback extractors on every page (slower); by default
    they run only on the pages whose fast result is suspicious (see the module docstring).
    """
    tree = parse_page(html) if html and html.strip() else None
    if tree is None:
        return Cleaned(None, "", None, None, None, url, notes=["no HTML tree could be parsed"])
    found = page_metadata(tree, url)
    cards = drop_hover_cards(tree)
    title = fix_encoding(found["title"])[0] if found["title"] else None
    if title and P.ERROR_BANNER_RE.match(title):  # "404 Not Found" is the error page's title
        title = None
    fast = run_extraction(
        tree, url, title, mode="precision", favor_precision=True, fast=not fallbacks
    )
    best, notes = fast, []
    trigger = suspicion(fast, tree)
    if trigger:
        other = run_extraction(
            tree, url, title, mode="fallback", favor_precision=False, fast=False
        )
        share = keep_share(fast.body, other.body)
        if not other.body:
            notes.append(f"fallback extraction ({trigger}) finds no body either")
        elif share < FALLBACK_KEEP_SHARE:
            best = other
            notes.append(
                f"fallback extraction: {trigger}; the fast result kept {share:.0%} of the "
                f"{other.words} words trafilatura's default mode with fallbacks finds, so "
                "that body is used"
            )
        else:
            notes.append(
                f"fallback extraction checked ({trigger}); the fast result keeps {share:.0%} "
                f"of its {other.words} words and stands"
            )
    parts = best.parts
    if cards:
        notes.append(f"hover cards: {cards} removed from the page's paragraphs")
    notes.extend(guard_notes(parts))
    copies = count_copies(tree, parts.body)
    if copies > 1:
        notes.append(
            f"copies: the page's text holds the body {copies} times (the article repeated in "
            f"its markup: microdata, a print or AMP copy, a next-story loader); "
            f"{sum(count_words(p) for p in parts.body)} words kept once"
        )
    date = found.get("date")
    published = date if date and ISO_DATE_RE.match(date) else None
    source = "metadata" if published else None
    if not published and parts.published:
        published, source = parts.published, "text"
    sitename = fix_encoding(found["sitename"])[0] if found["sitename"] else None
    return Cleaned(
        title=parts.title,
        body="\n".join(parts.body),
        outlet=sitename or parts.outlet,
        published=published,
        published_source=source,
        url=found.get("url") or url,
        language=None,
        removed=parts.removed,
        removed_words=parts.removed_words,
        notes=notes,
        fixed_text=best.fixed_text,
        words_in=best.words_in,
        extraction=best.mode,
        page_copies=copies,
        dateline=parts.dateline,
    )
