"""HTML cleaning: trafilatura main text and metadata, then the text junk pass."""

from __future__ import annotations

from pathlib import Path

from eventwire.clean.html import clean_html

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "clean"


def read_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_metadata_from_html() -> None:
    c = clean_html(read_fixture("courier-article.html"))
    assert c.title == "Flood barrier approved after decade of delays"
    assert c.outlet == "Riverside Courier"
    assert (c.published, c.published_source) == ("2023-09-14", "metadata")
    assert c.url == "https://courier.example.org/news/flood-barrier-approved"


def test_body_keeps_paragraphs_and_drops_boilerplate() -> None:
    c = clean_html(read_fixture("courier-article.html"))
    paragraphs = c.body.split("\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("The regional council on Wednesday approved")
    assert paragraphs[-1].startswith("The national environment agency")
    for junk in (
        "Flood barrier approved after decade",
        "cookies",
        "Share this",
        "newsletter",
        "©",
        "Home",
    ):
        assert junk not in c.body
    assert "title_repeat" in c.removed


def test_url_argument_and_comment_footer() -> None:
    c = clean_html(read_fixture("bare-page.html"), url="https://news.example.net/ceasefire")
    assert c.url == "https://news.example.net/ceasefire"
    assert c.title == "Ceasefire talks resume in the capital"
    assert c.published is None and c.published_source is None
    paragraphs = c.body.split("\n")
    assert paragraphs[0].startswith("Negotiators from the government")
    assert len(paragraphs) == len(set(paragraphs)) == 3
    assert "Comments" not in c.body and "No comments" not in c.body


def test_error_page_and_empty_input_give_empty_body() -> None:
    page = "<html><body><div><h1>404 Not Found</h1><p>Sorry!!</p><p>Error! The page you were looking for does not exist.</p></div></body></html>"
    error = clean_html(page)
    assert (error.title, error.body) == (None, "")
    assert error.removed.count("error_banner") == 2
    c = clean_html("")
    assert (c.title, c.body, c.published) == (None, "", None)


def test_plain_element_lookup_extracts_as_lxml_html_does(monkeypatch) -> None:
    """The page parser makes every element an HtmlElement (no per-element Python lookup of
    form and input classes); what trafilatura and the page checks find is the same."""
    from lxml.html import HtmlElement, HTMLParser

    from eventwire.clean import html as H

    page = read_fixture("courier-article.html").replace(
        "</body>", '<form action="/s"><input name="q" value="x"><select name="c"></select>'
                   '<textarea>note</textarea><label>Search</label></form></body>')
    tree = H.parse_page(page)
    assert {type(el) for el in tree.iter()} == {HtmlElement}
    ours = [clean_html(read_fixture(name)) for name in sorted(p.name for p in FIXTURES.glob("*.html"))]
    ours.append(clean_html(page))

    def stock_parser() -> HTMLParser:  # lxml.html's own lookup: FormElement, InputElement, ...
        return HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                          remove_comments=True, remove_pis=True, huge_tree=True)

    monkeypatch.setattr(H, "html_parser", stock_parser)
    assert len({type(el) for el in H.parse_page(page).iter()}) > 1
    stock = [clean_html(read_fixture(name)) for name in sorted(p.name for p in FIXTURES.glob("*.html"))]
    stock.append(clean_html(page))
    assert ours == stock
    assert all(c.body for c in ours)
