"""Every reader, every input kind, and every kind of bad input."""

from __future__ import annotations

import gzip
import subprocess
import sys

import pytest
from helpers import article_html, article_text, write_jsonl, write_warc

from eventwire.api import clean_paths
from eventwire.errors import Reasons
from eventwire.ingest.readers import Reader, detect_kind, expand_inputs
from eventwire.settings import Options

OPTS = Options(progress=False)


def read_all(*paths, options=OPTS):
    return list(Reader(options).read([str(p) for p in paths]))


def cleaned(*paths, options=OPTS):
    return list(clean_paths([str(p) for p in paths], options))


def test_plain_text(tmp_path):
    title, body = article_text(1)
    (tmp_path / "a.txt").write_text(f"{title}\n{body}\n")
    [doc] = cleaned(tmp_path / "a.txt")
    assert doc.ok and doc.title == title
    assert doc.text.split("\n")[0].startswith(body.split("\n")[0][:40])


def test_html_and_gzipped_html(tmp_path):
    (tmp_path / "a.html").write_text(article_html(2))
    (tmp_path / "b.htm.gz").write_bytes(gzip.compress(article_html(3).encode()))
    docs = cleaned(tmp_path / "a.html", tmp_path / "b.htm.gz")
    assert [d.status for d in docs] == ["ok", "ok"]
    assert docs[0].title == article_text(2)[0]
    assert docs[1].published == "2025-05-04"
    assert "Home" not in docs[0].text and "All rights reserved" not in docs[0].text


@pytest.mark.parametrize("gz", [True, False])
def test_warc(tmp_path, gz):
    path = tmp_path / ("c.warc.gz" if gz else "c.warc")
    write_warc(path, range(5), gz=gz)
    docs = cleaned(path)
    assert len(docs) == 5 and all(d.ok for d in docs)
    assert docs[0].url == "https://warc.example/0"
    assert docs[0].source_path.startswith(str(path) + "#")


@pytest.mark.parametrize("gz", [True, False])
def test_jsonl(tmp_path, gz):
    path = tmp_path / ("d.jsonl.gz" if gz else "d.jsonl")
    write_jsonl(path, range(3), gz=gz)
    docs = cleaned(path)
    assert [d.title for d in docs] == [article_text(i)[0] for i in range(3)]
    assert all(d.outlet == "Example Wire" and d.published == "2025-06-01" for d in docs)
    assert docs[1].source_path == f"{path}:2"


def test_jsonl_bad_lines_are_reported(tmp_path):
    path = tmp_path / "e.jsonl"
    title, body = article_text(4)
    path.write_text('{"text": "' + body.replace("\n", "\\n") + '"}\n{not json\n[1, 2]\n{"title": "x"}\n')
    docs = read_all(path)
    assert [d.reason for d in docs] == [None, Reasons.BAD_RECORD, Reasons.BAD_RECORD, Reasons.EMPTY]


def test_directories_and_globs(tmp_path):
    (tmp_path / "sub").mkdir()
    for i in range(3):
        (tmp_path / "sub" / f"{i}.html").write_text(article_html(i))
    (tmp_path / ".hidden.txt").write_text("x")
    assert len(list(expand_inputs([str(tmp_path)]))) == 3
    assert len(list(expand_inputs([str(tmp_path / "sub" / "*.html")]))) == 3
    with pytest.raises(FileNotFoundError, match="E001"):
        list(expand_inputs([str(tmp_path / "nothing-*.txt")]))


def test_stdin():
    title, body = article_text(5)
    out = subprocess.run(
        [sys.executable, "-m", "eventwire.cli.__main__", "clean", "--json", "-"],
        input=f"{title}\n{body}\n".encode(), capture_output=True, check=True,
    )
    assert b'"source_path": "<stdin:' in out.stdout and title.encode() in out.stdout


def test_detect_kind_by_content():
    assert detect_kind("x", b"WARC/1.0\r\n") == "warc"
    assert detect_kind("x", b'{"text": "a"}') == "jsonl"
    assert detect_kind("x", b"<!DOCTYPE html><html>") == "html"
    assert detect_kind("x.dat", b"Just words") == "text"


# --- bad input: a clear reason, and the run goes on -------------------------------------------

def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    assert [d.reason for d in cleaned(tmp_path / "empty.txt", tmp_path / "blank.txt")] == [
        Reasons.EMPTY, Reasons.EMPTY]


def test_binary_file(tmp_path):
    (tmp_path / "img.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 40)
    assert [d.reason for d in cleaned(tmp_path / "img.html", tmp_path / "noise.txt")] == [
        Reasons.BINARY, Reasons.BINARY]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "koi8-r"])
def test_non_utf8_encodings_are_decoded(tmp_path, encoding):
    title, body = article_text(6)
    if encoding != "koi8-r":
        body += " The café near the ministry was closed."
    (tmp_path / "a.txt").write_bytes(f"{title}\n{body}\n".encode(encoding))
    [doc] = cleaned(tmp_path / "a.txt")
    assert doc.ok, doc.reason
    if encoding != "koi8-r":
        assert "café" in doc.text


def test_truncated_gzip(tmp_path):
    data = gzip.compress(article_html(7).encode() * 3)
    (tmp_path / "t.html.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "ok.html").write_text(article_html(8))
    docs = cleaned(tmp_path / "t.html.gz", tmp_path / "ok.html")
    assert [d.reason for d in docs] == [Reasons.TRUNCATED, None]


def test_truncated_warc_keeps_complete_records(tmp_path):
    path = tmp_path / "t.warc.gz"
    write_warc(path, range(6))
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])
    docs = cleaned(path)
    good = [d for d in docs if d.ok]
    assert 2 <= len(good) < 6
    assert docs[-1].reason == Reasons.TRUNCATED


def test_fifty_megabyte_page_is_skipped_without_reading(tmp_path):
    big = tmp_path / "big.html"
    with big.open("wb") as fh:
        fh.write(b"<html><body>")
        for _ in range(50):
            fh.write(b"<p>" + b"word " * 209_715 + b"</p>")
    assert big.stat().st_size > 50_000_000
    (tmp_path / "ok.html").write_text(article_html(9))
    docs = cleaned(big, tmp_path / "ok.html")
    assert [d.reason for d in docs] == [Reasons.TOO_LARGE, None]


def test_page_with_no_article(tmp_path):
    (tmp_path / "nav.html").write_text(
        "<html><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav>"
        "<footer>Contact us</footer></body></html>")
    [doc] = cleaned(tmp_path / "nav.html")
    assert doc.reason == Reasons.NO_ARTICLE


def test_non_english_is_marked(tmp_path):
    text = ("Le gouvernement a annoncé lundi une nouvelle série de négociations avec les pays "
            "voisins sur la sécurité des frontières et la coopération économique. Le ministre des "
            "Affaires étrangères a déclaré que les discussions se poursuivraient la semaine "
            "prochaine dans la capitale, en présence des représentants des Nations unies.")
    (tmp_path / "fr.txt").write_text("Négociations à la frontière\n" + text + "\n")
    [doc] = cleaned(tmp_path / "fr.txt")
    assert doc.status == "non_english" and doc.language == "fr"
