"""Inputs on any filesystem: local paths as they are, URLs (s3://, gs://, file://) via pyarrow.

A URL input is listed and opened with `pyarrow.fs` (S3, GCS, HDFS and local are built in);
schemes pyarrow does not know go through fsspec when it is installed. Documents read from a
URL keep the URL as their `source_path`, so resume and provenance work the same everywhere.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import os
import re
from collections.abc import Iterable, Iterator

from eventwire.data import Document
from eventwire.errors import Errors
from eventwire.ingest.readers import (
    Reader,
    expand_inputs,
)

URL_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
GLOB_CHARS = ("*", "?", "[")


def is_url(path: str) -> bool:
    """True for `scheme://...` inputs (file://, s3://, gs://, hdfs://, ...)."""
    return bool(URL_RE.match(path))


def filesystem_of(url: str):
    """(pyarrow FileSystem, path inside it) of a URL; fsspec for schemes pyarrow lacks."""
    import pyarrow as pa
    import pyarrow.fs as pafs

    try:
        return pafs.FileSystem.from_uri(url)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError):
        import fsspec  # optional: only schemes outside pyarrow need it

        fs, path = fsspec.core.url_to_fs(url)
        return pafs.PyFileSystem(pafs.FSSpecHandler(fs)), path


def url_prefix(url: str) -> str:
    """The `scheme://` part that turns a filesystem path back into a URL."""
    return url[: URL_RE.match(url).end()]  # type: ignore[union-attr]


def expand_url(url: str) -> list[tuple[str, int]]:
    """(URL, size) of the files under a URL: a file, a directory (recursive) or a glob."""
    import pyarrow.fs as pafs

    fs, path = filesystem_of(url)
    prefix = url_prefix(url)
    if any(c in path for c in GLOB_CHARS):
        first = min(path.index(c) for c in GLOB_CHARS if c in path)
        base = path[:first].rpartition("/")[0] or "/"
        infos = fs.get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True))
        found = [i for i in infos if i.type == pafs.FileType.File and fnmatch.fnmatch(i.path, path)]
    else:
        info = fs.get_file_info(path)
        if info.type == pafs.FileType.File:
            found = [info]
        elif info.type == pafs.FileType.Directory:
            infos = fs.get_file_info(pafs.FileSelector(path, recursive=True))
            found = [
                i for i in infos
                if i.type == pafs.FileType.File and not any(p.startswith(".") for p in i.path[len(path):].split("/"))
            ]
        else:
            found = []
    if not found:
        raise FileNotFoundError(Errors.E001.format(path=url))
    # Paths come back as "bucket/key" or "/abs/path": prefix + path is the URL again.
    return sorted((prefix + i.path, i.size or 0) for i in found)


def expand_sized(inputs: Iterable[str]) -> Iterator[tuple[str, int]]:
    """(input file, bytes) of every input: local paths, globs and '-' as the readers expand them, URLs listed."""
    for item in inputs:
        if is_url(item):
            yield from expand_url(item)
        else:
            for path in expand_inputs([item]):
                yield path, local_size(path)


def local_size(path: str) -> int:
    """Bytes of a local input; 0 for stdin and for what the reader will skip (a broken link)."""
    if path == "-":
        return 0
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def expand_sources(inputs: Iterable[str]) -> Iterator[str]:
    """Every input file (a shard), in order."""
    return (path for path, _ in expand_sized(inputs))


def open_url(url: str, *, gunzip: bool = True) -> io.BufferedIOBase:
    """A peekable binary stream of a URL, gunzipped by magic number unless `gunzip=False`."""
    fs, path = filesystem_of(url)
    # A random-access file, not a stream: warcio's record offsets rely on an exact tell().
    fh = io.BufferedReader(fs.open_input_file(path), buffer_size=1 << 20)
    if gunzip and fh.peek(2)[:2] == b"\x1f\x8b":
        # Exactly as the local reader opens it, so WARC record offsets (source paths) agree.
        return gzip.GzipFile(fileobj=fh)  # type: ignore[return-value]
    return fh


def read_url(reader: Reader, url: str) -> Iterator[Document]:
    """Raw Documents of one URL, with the same formats and skip reasons as local files."""
    return reader.read_stream(url, lambda gunzip: open_url(url, gunzip=gunzip))


def read_source(reader: Reader, source: str) -> Iterator[Document]:
    """Raw Documents of one expanded input, local or URL."""
    return read_url(reader, source) if is_url(source) else reader.read_path(source)


def read_inputs(reader: Reader, inputs: Iterable[str]) -> Iterator[Document]:
    """Raw Documents of all inputs in order; like `Reader.read`, plus filesystem URLs."""
    for source in expand_sources(inputs):
        yield from read_source(reader, source)
