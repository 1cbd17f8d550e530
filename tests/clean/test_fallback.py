"""The fast extraction's safety net: suspicious results fall back, and junk rules cannot eat a body.

Fixtures: tests/fixtures/clean/lost/ (see its README for the shape each page has).
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from trafilatura.utils import load_html

from eventwire.clean.html import (
    SHORT_BODY_WORDS,
    Extraction,
    clean_html,
    count_copies,
    keep_share,
    promised_words,
    suspicion,
    visible_words,
)
from eventwire.clean.text import Parts

LOST = Path(__file__).resolve().parent.parent / "fixtures" / "clean" / "lost"
CLEAN = LOST.parent


def page(name: str) -> str:
    return (LOST / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "first", "last", "n_paragraphs", "trigger"),
    [
        ("teaser-only.html", "The old river bridge will", "Pedestrians and cyclists", 7, "short body"),
        ("copyright-only.html", "Dock workers at the northern", "Shipping lines began", 5, "short body"),
        ("empty-fast.html", "Dock workers at the northern", "Shipping lines began", 5, "short body"),
        ("half-article.html", "Board chair Peter Lund", "Pupils interviewed", 18, "paragraph block"),
        ("br-article.html", "The water company will ban", "The company will publish", 16,
         "paragraph block"),
        ("tail-box.html", "The city's main hospital", "Patients' groups said", 12, "paragraph block"),
    ],
)
def test_lost_article_is_found_by_the_fallback(
    name: str, first: str, last: str, n_paragraphs: int, trigger: str
) -> None:
    c = clean_html(page(name))
    paragraphs = c.body.split("\n")
    assert c.extraction == "fallback"
    assert paragraphs[0].startswith(first) and paragraphs[-1].startswith(last)
    assert len(paragraphs) == n_paragraphs
    assert "©" not in c.body and "Home" not in c.body
    assert len(c.notes) == 1 and trigger in c.notes[0] and "that body is used" in c.notes[0]
    assert c.detail().startswith(f"{len(c.body.split())} of ")
    assert c.title and c.published and c.outlet  # page metadata kept from the one parse


def test_copyright_only_fast_result_is_recorded() -> None:
    c = clean_html(page("copyright-only.html"))
    # the fast pass found only the copyright line; the note says how little it kept
    assert "kept 0% of the" in c.notes[0]


def test_whole_fast_result_is_kept() -> None:
    c = clean_html((CLEAN / "courier-article.html").read_text(encoding="utf-8"))
    assert c.extraction == "precision"
    assert not any("that body is used" in n for n in c.notes)
    c = clean_html(page("junk-related-list.html"))  # over 150 words, the whole page: no check
    assert c.extraction == "precision" and c.notes == []


def test_fallback_that_finds_nothing_more_leaves_the_fast_body() -> None:
    # a short article is short in every mode: the check runs, the fast body stands
    html = (
        "<html><head><title>Brief</title></head><body><article><h1>Brief</h1>"
        "<p>The central bank left its main interest rate unchanged at 4.5 percent on Thursday, "
        "as expected by most economists, and said it would keep watching prices closely.</p>"
        "</article></body></html>"
    )
    c = clean_html(html)
    assert c.extraction == "precision"
    assert c.body.startswith("The central bank left")
    assert "fallback extraction checked" in c.notes[0] and "stands" in c.notes[0]


def test_error_page_is_empty_after_the_fallback_too() -> None:
    html = (
        "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>"
        "<p>Sorry!!</p></body></html>"
    )
    c = clean_html(html)
    assert c.body == ""
    assert any("fallback extraction" in n for n in c.notes)


def test_junk_rules_do_not_eat_an_article_about_copyright() -> None:
    c = clean_html(page("junk-copyright-article.html"))
    assert c.extraction == "precision"
    assert len(c.body.split("\n")) == 7
    assert "copyright" not in c.removed


def test_long_list_items_under_a_more_heading_are_content() -> None:
    c = clean_html(page("junk-related-list.html"))
    items = [p for p in c.body.split("\n") if p.startswith("- Day")]
    assert len(items) == 5
    assert c.removed_words == {"read_more": 1}  # only the "More" heading


def test_promised_words_from_paragraph_block_and_json_ld() -> None:
    block = "".join(f"<p>{'word ' * 30}</p>" for _ in range(4))
    nav = "<nav><div><div><p>one two</p></div></div></nav>"  # too far away to join the block
    tree = load_html(f"<html><body><main><div>{block}</div></main>{nav}</body></html>")
    assert promised_words(tree) == (120, "paragraph block")
    body = " ".join(["word"] * 300)
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "articleBody": "{body}"}}</script>'
    tree = load_html(f"<html><head>{ld}</head><body><div>{block}</div></body></html>")
    assert promised_words(tree) == (300, "JSON-LD articleBody")
    # lines split by <br> are a paragraph block too, first line included
    lines = "<br>".join(["word " * 20] * 10)
    tree = load_html(f"<html><body><main><div>{block}</div></main><div>{lines}</div></body></html>")
    assert promised_words(tree) == (200, "paragraph block")


def test_promised_words_joins_a_body_split_into_boxes() -> None:
    block = "".join(f"<p>{'word ' * 30}</p>" for _ in range(4))
    # sibling boxes under one article, and a tail wrapped in a box of its own
    boxes = f'<article><div>{block}</div><div style="border: 1px">{block}</div></article>'
    assert promised_words(load_html(f"<html><body>{boxes}</body></html>")) == (240, "paragraph block")
    tail = f'<div>{block}<div class="more">{block}{block}</div></div>'
    assert promised_words(load_html(f"<html><body>{tail}</body></html>")) == (360, "paragraph block")


def test_suspicion_rules() -> None:
    def found(n_words: int) -> Extraction:
        return Extraction("precision", n_words, Parts(body=[" ".join(["word"] * n_words)]))

    small = load_html("<html><body><p>" + "x " * 200 + "</p></body></html>")
    assert suspicion(found(SHORT_BODY_WORDS - 1), small).startswith("short body")
    assert suspicion(found(SHORT_BODY_WORDS), small) is None
    big = load_html("<html><body><div>" + "<span>y</span> " * 2000 + "</div></body></html>")
    assert visible_words(big) == 2000
    assert "visible words" in suspicion(found(300), big)
    scripts = load_html("<html><body><script>var a = 1; " + "b " * 5000 + "</script><p>"
                        + "x " * 300 + "</p></body></html>")
    assert visible_words(scripts) == 300


def test_keep_share_counts_words_as_a_multiset() -> None:
    assert keep_share(["The cat sat."], ["the cat sat on the mat"]) == pytest.approx(3 / 6)
    assert keep_share([], ["a b"]) == 0.0
    assert keep_share(["a"], []) == 1.0


def test_fixture_set_scores_as_a_benchmark() -> None:
    b = bench_module()
    count_lost, load_pages, match_shingles, summarise = (
        b.count_lost, b.load_pages, b.match_shingles, b.summarise
    )

    pages = load_pages(LOST)
    assert len(pages) == 9
    bodies = [clean_html(html).body for _, html, _ in pages]
    truths = [true for _, _, true in pages]
    assert summarise([match_shingles(t, b) for t, b in zip(truths, bodies, strict=True)])["f1"] > 0.99
    assert count_lost(bodies, truths) == 0


def bench_module() -> ModuleType:
    """bench/extraction.py, imported from the repository root."""
    import sys

    sys.path.insert(0, str(LOST.parents[3]))  # the repository root, for bench/
    import bench.extraction

    return bench.extraction


def test_page_holding_the_article_three_times_keeps_it_once_with_a_reason() -> None:
    import trafilatura

    html = page("microdata-copies.html")
    c = clean_html(html)
    paragraphs = c.body.split("\n")
    assert len(paragraphs) == 6 and paragraphs[0].startswith("The national rail operator")
    assert len(set(paragraphs)) == 6
    assert c.page_copies == 3
    assert "copies: the page's text holds the body 3 times" in c.detail()
    # plain trafilatura keeps all three copies: against it the body counts as lost, and the
    # bench accepts the stored reason only because the body is whole once copies count once
    b = bench_module()
    plain = trafilatura.extract(html)
    assert b.is_lost(c.body, plain)
    assert b.copies_reason_holds(c, plain)
    assert b.count_lost([c.body], [plain]) == 1
    assert b.count_unexplained([c], [plain]) == 0
    assert b.count_unexplained([c.body], [plain]) == 1  # a bare string states no reason


def test_copies_reason_does_not_explain_a_real_loss() -> None:
    html = page("microdata-copies.html")
    c = clean_html(html)
    c.body = c.body.split("\n")[0]  # one paragraph of six: lost even with copies counted once
    b = bench_module()
    plain = b.extract_trafilatura(html)
    assert c.page_copies == 3 and b.is_lost(c.body, plain)
    assert not b.copies_reason_holds(c, plain)
    assert b.count_unexplained([c], [plain]) == 1


def test_count_copies_counts_text_not_scripts() -> None:
    para = "The harbour authority said the new quay would open in June after two years of work."
    body = [para, "Short line."]
    article = f"<div><p>{para}</p><p>Short line.</p></div>"
    ld = f'<script type="application/ld+json">{{"articleBody": "{para}"}}</script>'
    assert count_copies(load_html(f"<html><body>{article}{ld}</body></html>"), body) == 1
    hidden = f'<div style="display:none" itemprop="articleBody">{para}</div>'
    tree = load_html(f"<html><body>{article}{hidden}{hidden}</body></html>")
    assert count_copies(tree, body) == 3
    # list items: trafilatura writes "- item", the page does not
    tree = load_html(f"<html><body><ul><li>{para}</li></ul><p>{para}</p></body></html>")
    assert count_copies(tree, [f"- {para}"]) == 2
    assert count_copies(tree, ["Too short to tell."]) == 0


def test_lines_once_keeps_each_line_once() -> None:
    b = bench_module()
    assert b.lines_once("A b.\nc d\nA, b\n\nc d\ne") == "A b.\nc d\ne"
