"""Readers: paths, directories, globs and stdin to a stream of raw Documents.

Readers stream: one file, one WARC record or one JSONL line in memory at a time. A problem
with one input becomes a skipped Document with a reason; it never stops the run.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import logging
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from eventwire.data import STATUS_SKIPPED, Document
from eventwire.errors import Errors, Reasons
from eventwire.settings import Options

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
WARC_SUFFIXES = {".warc", ".arc"}
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error, OSError)
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
    """Files of every input: a file, a directory (recursive), a glob, or '-' for stdin."""
    for item in inputs:
        if item == "-":
            yield "-"
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        elif os.path.exists(item):
            yield item
        else:
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise FileNotFoundError(Errors.E001.format(path=item))
            yield from (m for m in matches if os.path.isfile(m))


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
            yield from self.read_blob("<stdin>", sys.stdin.buffer.read(self.options.max_bytes + 1))
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
        if kind == "jsonl":
            yield from self.read_jsonl(path, io.BytesIO(data))
        elif kind == "warc":
            yield from self.read_warc(path, io.BytesIO(data))
        else:
            yield Document(source_path=path, raw=data, content_type=kind)

    def read_jsonl(self, path: str, fh: io.BufferedIOBase) -> Iterator[Document]:
        """One document a line: `text` or `html`, optional url, title, published, outlet."""
        lineno = 0
        try:
            for lineno, line in enumerate(fh, start=1):  # noqa: B007 - used after the loop
                if not line.strip():
                    continue
                yield self.parse_json_line(f"{path}:{lineno}", line)
        except GZIP_ERRORS as err:
            yield skipped(f"{path}:{lineno + 1}", Reasons.TRUNCATED, f"broken gzip stream: {err}")

    def parse_json_line(self, source: str, line: bytes) -> Document:
        """A Document from one JSONL record, or a skipped one saying what is wrong.

        The body is the first non-empty field of JSONL_BODY_FIELDS; `url`, `title`, `outlet`
        and `published` (or `date`) are kept as given, the record's own id as `external_id`.
        """
        if len(line) > self.options.max_bytes:
            return skipped(source, Reasons.TOO_LARGE, f"{len(line)} bytes")
        try:
            rec = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            return skipped(source, Reasons.BAD_RECORD, f"invalid JSON: {err}")
        if not isinstance(rec, dict):
            return skipped(source, Reasons.BAD_RECORD, "a JSONL line must be an object")
        field = next(
            (k for k in JSONL_BODY_FIELDS if isinstance(rec.get(k), str) and rec[k].strip()), None
        )
        if field is None:
            return skipped(source, Reasons.EMPTY, "no 'text' or 'html' field")
        doc = Document(
            source_path=source, raw=rec[field], content_type="html" if field == "html" else "text"
        )
        for key in ("url", "title", "outlet", "published"):
            if isinstance(rec.get(key), str) and rec[key].strip():
                setattr(doc, key, rec[key].strip())
        if not doc.published and isinstance(rec.get("date"), str) and rec["date"].strip():
            doc.published = rec["date"].strip()
        if doc.published:
            doc.published_source = "metadata"
        ext_id = next((rec[k] for k in JSONL_ID_FIELDS if rec.get(k) is not None), None)
        if ext_id is not None:
            doc.metadata["external_id"] = str(ext_id)
        return doc

    def read_warc(self, path: str, fh: io.BufferedIOBase) -> Iterator[Document]:
        """HTML response records of a WARC or WARC.gz file."""
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        it = ArchiveIterator(fh)
        n = 0
        try:
            for n, record in enumerate(it):  # noqa: B007 - n names the record that failed
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
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
                date = record.rec_headers.get_header("WARC-Date")
                if date:
                    doc.metadata["crawled"] = date[:10]
                charset = ctype.lower().partition("charset=")[2].split(";")[0].strip()
                if charset:
                    doc.metadata["charset"] = charset
                yield doc
        except (ArchiveLoadFailed, *GZIP_ERRORS, ValueError) as err:
            yield skipped(f"{path}#record{n}+", Reasons.TRUNCATED, f"WARC stream ends early: {err}")
