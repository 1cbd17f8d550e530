"""What the cleaning step keeps: readers' metadata (external id, WARC url and date) and the detail."""

from __future__ import annotations

import io
import json
from pathlib import Path

from eventwire.api import clean_paths, clean_string

LOST = Path(__file__).resolve().parent.parent / "fixtures" / "clean" / "lost"
BODY = " ".join(
    "The regional assembly approved the budget on Monday after a debate that lasted two days."
    .replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday")
)

OTHER = (
    "Fishermen in the northern harbour kept their boats in port for a third day on Friday, "
    "saying that the price of diesel had doubled since the spring and that a day at sea no "
    "longer paid for itself. Their association asked the government for a temporary fuel "
    "subsidy and said its members would meet the fisheries minister next week."
)


def write_warc(path: Path, html: str, url: str, date: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                               protocol="HTTP/1.1")
    rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                    http_headers=headers, warc_headers_dict={"WARC-Date": date})
    writer.write_record(rec)
    path.write_bytes(buf.getvalue())


def test_warc_date_is_the_flagged_fallback_date(tmp_path: Path) -> None:
    undated = f"<html><body><article><p>{BODY}</p></article></body></html>"
    path = tmp_path / "a.warc"
    write_warc(path, undated, "https://news.example/budget", "2024-03-05T10:00:00Z")
    (doc,) = list(clean_paths([str(path)]))
    assert doc.url == "https://news.example/budget"
    assert (doc.published, doc.published_source) == ("2024-03-05", "warc")
    assert doc.metadata["encoding"] == "utf-8"
    dated = undated.replace("<html>", "<html><head><meta property='article:published_time' "
                                      "content='2024-03-01'></head>")
    write_warc(path, dated, "https://news.example/budget", "2024-03-05T10:00:00Z")
    (doc,) = list(clean_paths([str(path)]))
    assert (doc.published, doc.published_source) == ("2024-03-01", "metadata")


def test_jsonl_id_and_body_aliases(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"doc_id": 12, "doc_text": BODY}) + "\n"
        + json.dumps({"id": "abc", "text": OTHER, "date": "2002-03-10"})
        + "\n"
    )
    a, b = clean_paths([str(path)])
    assert a.ok and a.metadata["external_id"] == "12"
    assert b.ok and b.metadata["external_id"] == "abc"
    assert (b.published, b.published_source) == ("2002-03-10", "metadata")


def test_fallback_is_recorded_for_a_kept_page() -> None:
    doc = clean_string((LOST / "copyright-only.html").read_text(encoding="utf-8"), html=True)
    assert doc.ok
    assert doc.metadata["extraction"] == "fallback"
    assert "fallback extraction: short body" in doc.metadata["detail"]


def test_copies_of_the_body_are_a_stored_reason() -> None:
    doc = clean_string((LOST / "microdata-copies.html").read_text(encoding="utf-8"), html=True)
    assert doc.ok and doc.metadata["extraction"] == "precision"
    assert doc.metadata["detail"].startswith("219 of 219 words kept; ")
    assert "copies: the page's text holds the body 3 times" in doc.metadata["detail"]


def test_no_article_says_what_was_removed_and_what_the_fallback_found() -> None:
    html = (
        "<html><head><title>Oops</title></head><body><main><p>Share this article</p>"
        "<p>\u00a9 2024 Example News. All rights reserved.</p></main></body></html>"
    )
    doc = clean_string(html, html=True)
    assert (doc.status, doc.reason) == ("skipped", "no_article")
    detail = doc.metadata["detail"]
    assert detail.startswith("0 words after cleaning, under min_words 25;")
    assert "fallback extraction (short body (0 words < 150)) finds no body either" in detail
    assert "removed: copyright 7 words, share 3 words" in detail
