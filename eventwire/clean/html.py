"""Clean an HTML page: trafilatura finds main text and metadata, then the text junk pass runs."""

from __future__ import annotations

import re
from typing import Any

from eventwire.clean import patterns as P
from eventwire.clean.text import Cleaned, clean_paragraphs, normalize_space

ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def extract_main(html: str, url: str | None, *, favor_precision: bool, fallbacks: bool = False) -> dict | None:
    """trafilatura's main text (one paragraph per line) and metadata, as a dict, or None."""
    import trafilatura  # heavy import kept local, as optional-dependency steps do

    tree = parse_page(html)
    if tree is None:
        return None
    meta = page_metadata(tree, url)
    doc = trafilatura.bare_extraction(
        tree,  # parsed once: bare_extraction works on its own copy
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        favor_precision=favor_precision,
        # trafilatura's fallback extractors (readability, jusText) cost about a third of the
        # time for +0.003 F1 on the dev pages: off unless asked for.
        fast=not fallbacks,
    )
    if doc is None:
        return None
    found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    found.update(meta)
    return found


def html_parser() -> Any:
    """trafilatura's HTML parser settings plus `huge_tree`: without it libxml2 stops at 256
    nested elements, and an article deeper than that was lost (no_article). A new parser per
    page: lxml parsers must not be shared between threads."""
    from lxml.html import HTMLParser

    return HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                      remove_comments=True, remove_pis=True, huge_tree=True)


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

    `fallbacks=True` also runs trafilatura's fallback extractors (slower, slightly more recall).
    """
    found = extract_main(html, url, favor_precision=True, fallbacks=fallbacks) or {}
    title = normalize_space(found.get("title") or "") or None
    if title and P.ERROR_BANNER_RE.match(title):  # "404 Not Found" is the error page's title
        title = None
    lines = [normalize_space(line) for line in (found.get("text") or "").split("\n")]
    parts = clean_paragraphs(
        [line for line in lines if line],
        title=title,
        find_title=title is None,
        dedup="runs",
    )
    date = found.get("date")
    published = date if date and ISO_DATE_RE.match(date) else None
    source = "metadata" if published else None
    if not published and parts.published:
        published, source = parts.published, "text"
    return Cleaned(
        title=parts.title,
        body="\n".join(parts.body),
        outlet=normalize_space(found.get("sitename") or "") or parts.outlet,
        published=published,
        published_source=source,
        url=found.get("url") or url,
        language=found.get("language") or None,
        removed=parts.removed,
    )
