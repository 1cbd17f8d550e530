"""Issue 18: each hostile input among good articles gets a reason, and the good ones are stored.

Every test runs `ingest` into a DuckDB file (the read, clean, dedup and store path of `run`),
then reads the `sources` table back: each input must be there with its status and reason.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import threading

import duckdb
import pytest
from helpers import article_html, article_text, write_jsonl, write_warc

from eventwire.api import ingest
from eventwire.errors import Reasons
from eventwire.ingest.readers import Reader
from eventwire.settings import Options

GOOD = 3  # good articles beside each poison file


def good_corpus(folder) -> None:
    """GOOD distinct English HTML articles in `folder`."""
    folder.mkdir(exist_ok=True)
    for i in range(GOOD):
        (folder / f"good{i}.html").write_text(article_html(100 + i))


def run_folder(tmp_path, folder, **option_kw) -> dict[str, tuple[str, str | None]]:
    """Ingest `folder` into a fresh database; {source_path: (status, reason)} of every input."""
    db = str(tmp_path / "run.duckdb")
    ingest([str(folder)], Options(db=db, progress=False, **option_kw))
    con = duckdb.connect(db, read_only=True)
    rows = con.execute("SELECT source_path, status, reason FROM sources").fetchall()
    ok = con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
    con.close()
    assert ok >= GOOD, "a poison input cost good articles"
    return {path: (status, reason) for path, status, reason in rows}


def reason_of(sources: dict, name: str) -> str | None:
    found = [reason for path, (_, reason) in sources.items() if os.path.basename(path).startswith(name)]
    assert found, f"{name} is not accounted for in sources: {sorted(sources)}"
    return found[0]


def test_lone_surrogate_in_jsonl_is_stored_replaced(tmp_path):
    folder = tmp_path / "in"
    good_corpus(folder)
    title, body = article_text(7)
    (folder / "sur.jsonl").write_text(json.dumps({"title": "T \ud800", "text": body + " \udfff end"}) + "\n")
    sources = run_folder(tmp_path, folder)
    assert reason_of(sources, "sur.jsonl") is None
    con = duckdb.connect(str(tmp_path / "run.duckdb"), read_only=True)
    [(text,)] = con.execute("SELECT text FROM documents WHERE source_path LIKE '%sur.jsonl:1'").fetchall()
    con.close()
    assert text.endswith("\ufffd end")


def test_dangling_symlink_and_fifo_are_skipped(tmp_path):
    folder = tmp_path / "in"
    good_corpus(folder)
    os.symlink(tmp_path / "gone.html", folder / "link.html")
    os.mkfifo(folder / "pipe.html")
    done = []
    # A FIFO opened for reading blocks until a writer comes: the run must never open it.
    worker = threading.Thread(target=lambda: done.append(run_folder(tmp_path, folder)), daemon=True)
    worker.start()
    worker.join(timeout=120)
    if not done:  # unblock the reader so the thread ends, then fail
        with open(folder / "pipe.html", "wb"):
            pass
        pytest.fail("the run blocked on a FIFO")
    [sources] = done
    assert reason_of(sources, "link.html") == Reasons.BROKEN_LINK
    assert reason_of(sources, "pipe.html") == Reasons.NOT_A_FILE


def test_named_broken_link_is_skipped(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    [doc] = Reader(Options(progress=False)).read([str(tmp_path / "link.txt")])
    assert doc.reason == Reasons.BROKEN_LINK and "gone.txt" in doc.metadata["detail"]


def test_deeply_nested_json_line_is_a_bad_record(tmp_path):
    folder = tmp_path / "in"
    good_corpus(folder)
    (folder / "deep.jsonl").write_text("[" * 200_000 + "]" * 200_000 + "\n")
    assert reason_of(run_folder(tmp_path, folder), "deep.jsonl") == Reasons.BAD_RECORD


def test_integer_over_4300_digits_does_not_abort(tmp_path):
    title, body = article_text(8)
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": 0, "text": body}).replace('"id": 0', '"id": 1' + "0" * 5000) + "\n")
    [doc] = Reader(Options(progress=False)).read([str(path)])
    assert doc.ok and doc.metadata["external_id"] == "1" + "0" * 5000


def test_warc_record_without_target_uri(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder = tmp_path / "in"
    good_corpus(folder)
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(None, "response", http_headers=headers,
                                                  payload=io.BytesIO(article_html(9).encode())))
    (folder / "nouri.warc.gz").write_bytes(buf.getvalue())
    sources = run_folder(tmp_path, folder)
    assert reason_of(sources, "nouri.warc.gz") is None  # read as an article with no URL
    [doc] = Reader(Options(progress=False)).read([str(folder / "nouri.warc.gz")])
    assert doc.ok and doc.url is None


def test_long_jsonl_line_is_skipped_with_bounded_memory(tmp_path):
    """A line over max_bytes is skipped without holding it whole (read in max_bytes+1 slices)."""
    title, body = article_text(10)
    path = tmp_path / "long.jsonl"
    with path.open("w") as fh:
        fh.write(json.dumps({"text": "x " * 3_000_000}) + "\n")  # 6 MB line
        fh.write(json.dumps({"title": title, "text": body}) + "\n")
    reader = Reader(Options(progress=False, max_bytes=100_000))
    sizes = []
    real = reader.parse_json_line
    reader.parse_json_line = lambda source, line: sizes.append(len(line)) or real(source, line)
    docs = list(reader.read([str(path)]))
    assert [d.reason for d in docs] == [Reasons.TOO_LARGE, None]
    assert docs[1].source_path.endswith(":2") and max(sizes) < 100_000


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("page.warc", article_html(11).encode(), Reasons.WRONG_FORMAT),
    ("empty.jsonl", b"", Reasons.EMPTY),
    ("blank.jsonl", b"\n\n  \n", Reasons.EMPTY),
    ("empty.warc.gz", gzip.compress(b""), Reasons.EMPTY),
])
def test_inputs_without_records_are_recorded(tmp_path, name, data, reason):
    folder = tmp_path / "in"
    good_corpus(folder)
    (folder / name).write_bytes(data)
    assert reason_of(run_folder(tmp_path, folder), name) == reason


def test_warc_without_html_is_recorded(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "application/pdf")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.example/a.pdf", "response",
                                                  payload=io.BytesIO(b"%PDF-1.4"), http_headers=headers))
    (tmp_path / "pdf.warc.gz").write_bytes(buf.getvalue())
    [doc] = Reader(Options(progress=False)).read([str(tmp_path / "pdf.warc.gz")])
    assert doc.reason == Reasons.NO_HTML and doc.source_path == str(tmp_path / "pdf.warc.gz")


def test_warc_gz_cut_anywhere_says_truncated(tmp_path):
    """Cut at every 97th byte, inside headers or payloads: never a silent loss, never a crash."""
    whole = tmp_path / "w.warc.gz"
    write_warc(whole, range(3))
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    for n in range(20, len(data) - 4, 97):
        cut.write_bytes(data[:n])
        docs = list(Reader(Options(progress=False)).read([str(cut)]))
        assert docs[-1].reason == Reasons.TRUNCATED, n


def test_utf16_without_bom_is_decoded(tmp_path):
    folder = tmp_path / "in"
    good_corpus(folder)
    for i, enc in ((12, "utf-16-le"), (16, "utf-16-be")):
        title, body = article_text(i)
        (folder / f"{enc}.txt").write_bytes(f"{title}\n{body}\n".encode(enc))
    sources = run_folder(tmp_path, folder)
    assert reason_of(sources, "utf-16-le") is None and reason_of(sources, "utf-16-be") is None


@pytest.mark.parametrize(("text", "language"), [
    ("政府周一宣布与邻国就边境安全和经济合作举行新一轮谈判。外交部长表示，讨论将于下周在首都继续进行。" * 3, "zh"),
    ("政府は月曜日、国境の安全と経済協力について近隣諸国との新たな交渉を発表した。外務大臣は来週も協議を続けると述べた。" * 3,
     "ja"),
])
def test_chinese_and_japanese_are_non_english(tmp_path, text, language):
    (tmp_path / "a.txt").write_text(text + "\n")
    from eventwire.api import clean_paths

    [doc] = clean_paths([str(tmp_path / "a.txt")], Options(progress=False))
    assert doc.reason == Reasons.NON_ENGLISH and doc.language == language


def test_article_nested_300_deep_is_extracted(tmp_path):
    title, body = article_text(13)
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    (tmp_path / "deep.html").write_text(
        f"<html><head><title>{title}</title></head><body>" + "<div>" * 300
        + f"<article>{paras}</article>" + "</div>" * 300 + "</body></html>")
    from eventwire.api import clean_paths

    [doc] = clean_paths([str(tmp_path / "deep.html")], Options(progress=False))
    assert doc.ok and body.split("\n")[0][:40] in doc.text


def test_second_document_on_stdin_is_new(tmp_path, monkeypatch):
    """Another document piped in later is read; the same one again is already processed."""
    db = str(tmp_path / "stdin.duckdb")
    read = []
    for i in (14, 15, 14):
        title, body = article_text(i)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{title}\n{body}\n".encode())))
        read.append(ingest(["-"], Options(db=db, progress=False)).counts["read"])
    assert read == [1, 1, 0]
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0] == 2
    con.close()


def test_invalid_published_is_dropped_with_a_note(tmp_path):
    path = tmp_path / "p.jsonl"
    write_jsonl(path, range(4))
    lines = path.read_text().splitlines()
    given = ["garbage", "2025-13-45", "2025-06-01T09:30:00Z", "0001-01-01"]
    lines = [line.replace('"2025-06-01"', json.dumps(g)) for line, g in zip(lines, given, strict=True)]
    path.write_text("\n".join(lines) + "\n")
    docs = list(Reader(Options(progress=False)).read([str(path)]))
    assert [d.published for d in docs] == [None, None, "2025-06-01", None]
    assert [d.metadata.get("published_dropped") for d in docs] == ["garbage", "2025-13-45", None, "0001-01-01"]


def test_article_dated_near_year_one_runs_to_the_end(tmp_path):
    """The full `run` (coding and date resolution): a dateline of year 1 used to underflow
    "yesterday" (OverflowError); now the date is no publication date and the run completes."""
    from eventwire.api import run

    folder = tmp_path / "in"
    good_corpus(folder)
    title, body = article_text(17)
    (folder / "year1.txt").write_text(
        f"{title}\nPublished: 01/01/0001\nRussian troops attacked Syrian rebels yesterday near Aleppo, "
        f"three days ago and last week, officials said.\n{body}\n")
    db = str(tmp_path / "run.duckdb")
    summary = run([str(folder)], Options(db=db, progress=False))
    assert summary.counts["read"] == GOOD + 1
    con = duckdb.connect(db, read_only=True)
    rows = con.execute("SELECT status, published FROM documents WHERE source_path LIKE '%year1.txt'").fetchall()
    events = con.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id "
                         "WHERE d.source_path LIKE '%year1.txt'").fetchone()[0]
    con.close()
    assert rows == [("ok", None)] and events >= 1


class HugeLine(io.RawIOBase):
    """A stream of one `size`-byte JSONL line, then a good one, made on the fly (never on disk)."""

    def __init__(self, size: int, good: bytes) -> None:
        self.left, self.good = size, good

    def readline(self, size: int = -1) -> bytes:
        if self.left > 0:
            n = self.left if size is None or size < 0 else min(size, self.left)
            self.left -= n
            return b"x" * (n - 1) + b"\n" if self.left == 0 else b"x" * n
        line, self.good = self.good, b""
        return line


def test_400_mb_jsonl_line_is_read_in_bounded_memory():
    import tracemalloc

    title, body = article_text(18)
    good = (json.dumps({"title": title, "text": body}) + "\n").encode()
    reader = Reader(Options(progress=False))  # max_bytes: 20 MB
    tracemalloc.start()
    try:
        docs = list(reader.read_jsonl("huge.jsonl", HugeLine(400_000_000, good)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.reason for d in docs] == [Reasons.TOO_LARGE, None]
    assert peak < 3 * reader.options.max_bytes, peak  # one capped line, not 400 MB
