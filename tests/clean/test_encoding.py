"""Encoding repair with ftfy on every input kind, and the decoding decision kept in metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.api import clean_paths, clean_string
from eventwire.clean.html import clean_html
from eventwire.clean.text import clean_text, fix_encoding
from eventwire.ingest.decode import decode_with_info

INDIA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "india-police-dev"
MOJIBAKE = ("\u00e2\u20ac\u02dc", "\u00e2\u20ac\u2122", "\u00e2\u20ac\u0153", "\u00e2\u20ac\ufffd",
            "\ufffd")
SENTENCE = (
    "The police said on Sunday that the curfew would stay in force in the old city for two more "
    "days, and that schools would remain closed until the situation was reviewed."
)


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("permitting \u00e2\u20ac\u02dcbhoomi puja\u00e2\u20ac\u2122 at ayodhya",
         "permitting \u2018bhoomi puja\u2019 at ayodhya"),
        # the closing double quote whose last byte the scraper replaced with U+FFFD
        ("he said \u00e2\u20ac\u0153no one was hurt\u00e2\u20ac\ufffd. then",
         "he said \u201cno one was hurt\u201d. then"),
        ("Caf\u00c3\u00a9 owners", "Caf\u00e9 owners"),
        ("Tom &amp; Jerry &quot;live&quot; &#8211; tonight", 'Tom & Jerry "live" \u2013 tonight'),
    ],
)
def test_fix_encoding_repairs(damaged: str, repaired: str) -> None:
    assert fix_encoding(damaged) == (repaired, True)


@pytest.mark.parametrize(
    "text",
    ["plain ASCII, nothing to do & no entity", "Correct \u201ccurly\u201d quotes and caf\u00e9",
     "\uff21 full-width letter and \u65e5\u672c\u8a9e stay"],
)
def test_fix_encoding_leaves_correct_text_alone(text: str) -> None:
    assert fix_encoding(text) == (text, False)


def test_text_html_and_jsonl_inputs_are_repaired(tmp_path: Path) -> None:
    damaged = SENTENCE.replace("curfew", "\u00e2\u20ac\u02dccurfew\u00e2\u20ac\u2122")
    fixed = SENTENCE.replace("curfew", "\u2018curfew\u2019")
    c = clean_text(damaged)
    assert (c.body, c.fixed_text) == (fixed, True)
    html = f"<html><body><article><p>{damaged}</p><p>{SENTENCE}</p></article></body></html>"
    c = clean_html(html)
    assert c.body.split("\n")[0] == fixed and c.fixed_text
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": damaged + "\n" + SENTENCE}) + "\n")
    (doc,) = list(clean_paths([str(path)]))
    assert doc.text.startswith(fixed)
    assert doc.metadata["fixed_text"] is True
    assert doc.metadata["encoding"] == "str (decoded by the reader)"


def test_decoding_decision_is_kept() -> None:
    assert decode_with_info("caf\u00e9".encode())[1] == "utf-8"
    assert decode_with_info("caf\u00e9".encode("cp1252"), "windows-1252")[1] == "windows-1252 (declared)"
    assert decode_with_info(b"\xef\xbb\xbfhello")[1] == "utf-8-sig (byte-order mark)"
    doc = clean_string(SENTENCE)
    assert "fixed_text" not in doc.metadata


@pytest.fixture(scope="module")
def india_docs() -> Path:
    path = INDIA / "docs.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/india-police-dev/docs.jsonl is not present")
    return path


def test_india_police_lines_are_repaired(india_docs: Path) -> None:
    # real lines: lower-cased Times of India text read as Windows-1252
    lines = india_docs.read_text(encoding="utf-8").splitlines()[:40]
    damaged = [json.loads(line)["doc_text"] for line in lines]
    assert sum(any(m in t for m in MOJIBAKE) for t in damaged) >= 10
    for text in damaged:
        fixed, _ = fix_encoding(text)
        assert not any(m in fixed for m in MOJIBAKE), fixed[:200]
    first, changed = fix_encoding(damaged[0])
    assert changed and "\u2018bhoomi puja\u2019" in first and "\u2018\u2018symbolic" in first


def test_eventwire_clean_loses_no_india_police_document(india_docs: Path) -> None:
    docs = list(clean_paths([str(india_docs)]))
    n_lines = sum(1 for line in india_docs.open(encoding="utf-8") if line.strip())
    assert len(docs) == n_lines
    # every document is kept: cleaned, or marked as a (near) duplicate of a kept one
    assert {d.status for d in docs} <= {"ok", "duplicate", "near_duplicate"}
    assert all(d.metadata.get("external_id") for d in docs)
    assert not any(m in d.text for d in docs for m in MOJIBAKE)
    repaired = [d for d in docs if d.metadata.get("fixed_text")]
    assert len(repaired) > len(docs) // 4
