"""Readers: paths, directories, globs and stdin to a stream of raw Documents.

Readers stream: one file, one WARC record or one JSONL line in memory at a time. A problem
with one input becomes a skipped Document with a reason; it never stops the run.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import io
import json
import logging
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from eventwire.data import STATUS_SKIPPED, Document
from eventwire.dates import valid_published
from eventwire.errors import Errors, Reasons
from eventwire.settings import Options

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
WARC_SUFFIXES = {".warc", ".arc"}
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error, OSError)
# A lone UTF-16 surrogate ("\\ud800" in JSON) is a str Python holds but no UTF-8 encoder
# (DuckDB, a file, a socket) accepts; JSON's escaped surrogate pairs are already one character.
LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
WARC_STARTS = (b"warc/", b"filedesc://")  # a WARC record, or an ARC file's header record
DRAIN_CHUNK = 1 << 20  # bytes read at a time while skipping the rest of an oversize line
# JSONL field names, first found wins: the body ("html" is read as HTML, the others as text),
# and the record's own id (kept as metadata["external_id"]). The aliases are those of common
# research dumps (IndiaPoliceEvents: doc_id, doc_text / full_text).
JSONL_BODY_FIELDS = ("html", "text", "doc_text", "full_text", "body", "content")
JSONL_ID_FIELDS = ("id", "doc_id")


def skipped(source_path: str, reason: str, detail: str = "") -> Document:
    """A placeholder Document for an input that could not be read."""
    doc = Document(source_path=source_path)
    doc.skip(STATUS_SKIPPED, reason)
    if detail:
        doc.metadata["detail"] = detail
    return doc


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Files of every input: a file, a directory (recursive), a glob, or '-' for stdin.

    Broken links, FIFOs, sockets and devices are listed too: `Reader.read_path` records each
    with its reason instead of opening it.
    """
    for item in inputs:
        if item == "-":
            yield "-"
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        elif os.path.lexists(item):
            yield item
        else:
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise FileNotFoundError(Errors.E001.format(path=item))
            yield from (m for m in matches if not os.path.isdir(m))


def unreadable_reason(path: str) -> tuple[str, str] | None:
    """(reason, detail) for a path that must not be opened as a file, else None.

    Opening a FIFO blocks until some writer comes, and a device may never end: only regular
    files (or links to them) are read.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        try:
            return Reasons.BROKEN_LINK, f"symbolic link to missing '{os.readlink(path)}'"
        except OSError:  # not a link (or gone too): the file went away after it was listed
            pass
        return Reasons.READ_ERROR, "file vanished before it was read"
    except OSError as err:  # a link loop, no permission on a folder
        return Reasons.READ_ERROR, str(err)
    if stat.S_ISREG(mode):
        return None
    kind = ("FIFO" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode)
            else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file")
    return Reasons.NOT_A_FILE, f"a {kind}, not a regular file"


def read_line(fh: io.BufferedIOBase, limit: int) -> tuple[bytes, bool]:
    """(line, whole) with at most limit+1 bytes of one line in memory; `whole` is false when the
    line was longer, and the rest of it has then been skipped."""
    line = fh.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line, True
    while (rest := fh.readline(DRAIN_CHUNK)) and not rest.endswith(b"\n"):
        pass
    return line, False


def fix_surrogates(value: str) -> str:
    """The string with lone surrogates replaced by U+FFFD, so it encodes as UTF-8."""
    return LONE_SURROGATE_RE.sub("\ufffd", value)


def keep_valid_published(doc: Document) -> None:
    """Keep a given publication date only if it is a real date; a note says what was dropped."""
    value = valid_published(doc.published)
    if value is None:
        doc.metadata["published_dropped"] = doc.published
    doc.published = value
    doc.published_source = "metadata" if value else None


def stdin_name(data: bytes) -> str:
    """Source name of what came on stdin: one per content, so a second, different document
    piped in later is new to a store, and the same one again is already processed."""
    return f"<stdin:{hashlib.sha1(data).hexdigest()[:12]}>"


def detect_kind(path: str, head: bytes) -> str:
    """Input kind from the file name, else from its first bytes: warc, jsonl, html or text."""
    suffixes = [s.lower() for s in Path(path).suffixes if s.lower() != ".gz"]
    last = suffixes[-1] if suffixes else ""
    if last in WARC_SUFFIXES:
        return "warc"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in HTML_SUFFIXES:
        return "html"
    if last in TEXT_SUFFIXES:
        return "text"
    start = head.lstrip()[:200].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head.lower():
        return "html"
    return "text"


def open_binary(path: str) -> io.BufferedIOBase:
    """Open a file, transparently gunzipping by magic number."""
    fh = open(path, "rb")  # noqa: SIM115 - returned to the caller, which closes it
    if fh.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=fh)  # type: ignore[return-value]
    return fh


def read_limited(fh: io.BufferedIOBase, limit: int) -> bytes:
    """Read at most limit+1 bytes, so callers can tell an oversize input."""
    return fh.read(limit + 1)


class Reader:
    """Turns input paths into raw Documents, choosing the format per file."""

    def __init__(self, options: Options) -> None:
        self.options = options

    def read(self, inputs: Iterable[str]) -> Iterator[Document]:
        """Raw Documents of all inputs, in order."""
        for path in expand_inputs(inputs):
            yield from self.read_path(path)

    def read_path(self, path: str) -> Iterator[Document]:
        """Raw Documents of one file (several for WARC and JSONL)."""
        if path == "-":
            data = sys.stdin.buffer.read(self.options.max_bytes + 1)
            yield from self.read_blob(stdin_name(data), data)
            return
        problem = unreadable_reason(path)
        if problem is not None:
            yield skipped(path, *problem)
            return
        yield from self.read_stream(
            path, lambda gunzip: open_binary(path) if gunzip else open(path, "rb"),  # noqa: SIM115
            size=None if path.endswith(".gz") else os.path.getsize(path),
        )

    def read_stream(
        self, source: str, opener: Callable[[bool], io.BufferedIOBase], *, size: int | None = None,
    ) -> Iterator[Document]:
        """Raw Documents of one file-like input, local or remote.

        `opener(gunzip)` opens the input (transparently gunzipped when `gunzip` is true); `size`,
        when known, lets an oversize input be skipped without reading it.
        """
        try:
            fh = opener(True)
        except (OSError, ValueError) as err:
            yield skipped(source, Reasons.READ_ERROR, str(err))
            return
        with fh:
            try:
                head = fh.peek(512)[:512] if hasattr(fh, "peek") else b""
            except GZIP_ERRORS as err:
                yield skipped(source, Reasons.TRUNCATED, f"broken gzip stream: {err}")
                return
            kind = detect_kind(source, head)
            if kind == "warc" and head.strip() and not head.lstrip()[:12].lower().startswith(WARC_STARTS):
                found = detect_kind("", head)
                yield skipped(source, Reasons.WRONG_FORMAT, f"named as a WARC file but holds {found}")
                return
            if kind == "warc":
                # warcio decompresses member by member itself and notices truncated records.
                with opener(False) as raw_fh:
                    yield from self.read_warc(source, raw_fh)
            elif kind == "jsonl":
                yield from self.read_jsonl(source, fh)
            else:
                if size is not None and size > self.options.max_bytes:
                    yield skipped(source, Reasons.TOO_LARGE, f"{size} bytes")
                    return
                try:
                    data = read_limited(fh, self.options.max_bytes)
                except GZIP_ERRORS as err:
                    yield skipped(source, Reasons.TRUNCATED, f"broken gzip stream: {err}")
                    return
                yield from self.read_blob(source, data, kind)

    def read_blob(self, path: str, data: bytes, kind: str | None = None) -> Iterator[Document]:
        """One document from the bytes of a whole file."""
        if len(data) > self.options.max_bytes:
            yield skipped(path, Reasons.TOO_LARGE, f"over {self.options.max_bytes} bytes")
            return
        kind = kind or detect_kind(path, data[:512])
        if not data.strip() and kind in ("jsonl", "warc"):
            yield skipped(path, Reasons.EMPTY, f"empty {kind} input")
        elif kind == "jsonl":
            yield from self.read_jsonl(path, io.BytesIO(data))
        elif kind == "warc":
            yield from self.read_warc(path, io.BytesIO(data))
        else:
            yield Document(source_path=path, raw=data, content_type=kind)

    def read_jsonl(self, path: str, fh: io.BufferedIOBase) -> Iterator[Document]:
        """One document a line: `text` or `html`, optional url, title, published, outlet.

        At most `max_bytes` of a line are held in memory: a longer line is skipped as too_large.
        A file without one record is recorded as empty, so every input leaves a trace.
        """
        lineno = records = 0
        limit = self.options.max_bytes
        try:
            while True:
                line, whole = read_line(fh, limit)
                if not line:
                    break
                lineno += 1
                if not whole:
                    records += 1
                    yield skipped(f"{path}:{lineno}", Reasons.TOO_LARGE, f"line over {limit} bytes")
                elif line.strip():
                    records += 1
                    yield self.parse_json_line(f"{path}:{lineno}", line)
        except GZIP_ERRORS as err:
            yield skipped(f"{path}:{lineno + 1}", Reasons.TRUNCATED, f"broken gzip stream: {err}")
            return
        if records == 0:
            yield skipped(path, Reasons.EMPTY, "no JSONL records")

    def parse_json_line(self, source: str, line: bytes) -> Document:
        """A Document from one JSONL record, or a skipped one saying what is wrong.

        The body is the first non-empty field of JSONL_BODY_FIELDS; `url`, `title`, `outlet`
        and `published` (or `date`) are kept as given, the record's own id as `external_id`.
        """
        if len(line) > self.options.max_bytes:
            return skipped(source, Reasons.TOO_LARGE, f"{len(line)} bytes")
        try:
            # Integers stay digit strings: eventwire reads them only as ids, and int() refuses
            # more than 4,300 digits.
            rec = json.loads(line, parse_int=str)
        except RecursionError:
            return skipped(source, Reasons.BAD_RECORD, "invalid JSON: nested deeper than the decoder allows")
        except (ValueError, UnicodeDecodeError) as err:  # JSONDecodeError is a ValueError
            return skipped(source, Reasons.BAD_RECORD, f"invalid JSON: {err}")
        if not isinstance(rec, dict):
            return skipped(source, Reasons.BAD_RECORD, "a JSONL line must be an object")
        field = next(
            (k for k in JSONL_BODY_FIELDS if isinstance(rec.get(k), str) and rec[k].strip()), None
        )
        if field is None:
            return skipped(source, Reasons.EMPTY, "no 'text' or 'html' field")
        doc = Document(source_path=source, raw=fix_surrogates(rec[field]),
                       content_type="html" if field == "html" else "text")
        for key in ("url", "title", "outlet", "published"):
            if isinstance(rec.get(key), str) and rec[key].strip():
                setattr(doc, key, fix_surrogates(rec[key].strip()))
        if not doc.published and isinstance(rec.get("date"), str) and rec["date"].strip():
            doc.published = fix_surrogates(rec["date"].strip())
        if doc.published:
            keep_valid_published(doc)
        ext_id = next((rec[k] for k in JSONL_ID_FIELDS if rec.get(k) is not None), None)
        if ext_id is not None:
            doc.metadata["external_id"] = fix_surrogates(str(ext_id))
        return doc

    def read_warc(self, path: str, fh: io.BufferedIOBase) -> Iterator[Document]:
        """HTML response records of a WARC or WARC.gz file.

        A file that yields no HTML record is recorded as empty or no_html, and a stream that
        ends inside a record (even inside its headers) as truncated.
        """
        from warcio.exceptions import ArchiveLoadFailed
        from warcio.statusandheaders import StatusAndHeadersParserException

        it = archive_iterator(fh)
        n = records = html = 0
        try:
            for n, record in enumerate(it):  # noqa: B007 - n names the record that failed
                records += 1
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                html += 1
                # warcio knows a record's offset only once its content has been read.
                data = record.content_stream().read(self.options.max_bytes + 1)
                source = f"{path}#{it.get_record_offset()}"
                if getattr(record.raw_stream, "limit", 0) > 0 and len(data) <= self.options.max_bytes:
                    yield skipped(source, Reasons.TRUNCATED, "WARC record cut short")
                    return
                if len(data) > self.options.max_bytes:
                    yield skipped(source, Reasons.TOO_LARGE, f"over {self.options.max_bytes} bytes")
                    continue
                doc = Document(source_path=source, raw=data, content_type="html")
                doc.url = record.rec_headers.get_header("WARC-Target-URI")
                crawled = valid_published(record.rec_headers.get_header("WARC-Date") or "")
                if crawled:
                    doc.metadata["crawled"] = crawled
                charset = ctype.lower().partition("charset=")[2].split(";")[0].strip()
                if charset:
                    doc.metadata["charset"] = charset
                yield doc
        except (ArchiveLoadFailed, StatusAndHeadersParserException, *GZIP_ERRORS, ValueError) as err:
            yield skipped(f"{path}#record{n}+", Reasons.TRUNCATED, f"WARC stream ends early: {err}")
            return
        if it.cut_short:
            yield skipped(f"{path}#record{records}+", Reasons.TRUNCATED, "gzip stream ends inside a record")
        elif records == 0:
            yield skipped(path, Reasons.EMPTY, "no WARC records")
        elif html == 0:
            yield skipped(path, Reasons.NO_HTML, f"{records} WARC records, none an HTML response")


@cache
def _archive_iterator_class() -> type:
    """warcio's ArchiveIterator, made to read records without a URI and to tell a cut stream."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecordLoader

    class Loader(ArcWarcRecordLoader):
        def load_http_headers(self, rec_type, uri, stream, length):  # noqa: ANN001, ANN202
            # warcio calls uri.startswith(...): a record without WARC-Target-URI raised
            # AttributeError. Such a record is read as HTTP, its URL stays None.
            return super().load_http_headers(rec_type, "http:" if uri is None else uri, stream, length)

    class Iterator_(ArchiveIterator):
        cut_short = False  # the last gzip member ended before its end marker

        def __init__(self, fileobj: io.BufferedIOBase) -> None:
            super().__init__(fileobj)
            self.loader = Loader(verify_http=False, arc2warc=False)

        def close(self) -> None:
            # warcio stops quietly when a gzip member ends inside a record's headers.
            decompressor = self.reader.decompressor if self.reader else None
            if decompressor is not None and not getattr(decompressor, "eof", True):
                self.cut_short = True
            super().close()

    return Iterator_


def archive_iterator(fh: io.BufferedIOBase) -> Any:
    """An iterator over the WARC records of `fh` with a `cut_short` flag for truncated gzip."""
    return _archive_iterator_class()(fh)
