"""The public functions behind every command; usable from Python on strings, files or frames."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from eventwire.data import Document
from eventwire.errors import Errors
from eventwire.ingest.readers import Reader
from eventwire.pipeline import MINHASH_KEY, Deduplicator, Summary, clean_batch, code_batch
from eventwire.settings import Options
from eventwire.store.duckdb import Store


def clean_paths(inputs: Iterable[str], options: Options | None = None) -> Iterator[Document]:
    """Clean documents of files, directories, globs or '-' (stdin), storing nothing.

    Exact and near duplicates within the inputs are marked, as `ingest` would mark them.
    """
    options = options or Options()
    dedup = Deduplicator(options)
    batch: list[Document] = []
    for raw in Reader(options).read(inputs):
        batch.append(raw)
        if len(batch) >= options.batch_size:
            yield from _clean_marked(batch, options, dedup)
            batch = []
    yield from _clean_marked(batch, options, dedup)


def _clean_marked(batch: list[Document], options: Options, dedup: Deduplicator) -> list[Document]:
    docs = clean_batch(batch, options)
    dedup.mark(docs)
    return docs


def clean_string(
    text: str, *, html: bool = False, url: str | None = None, options: Options | None = None
) -> Document:
    """Clean one article given as a string (plain text, or HTML with `html=True`)."""
    doc = Document(source_path="<string>", raw=text, content_type="html" if html else "text", url=url)
    doc = clean_batch([doc], options or Options())[0]
    doc.metadata.pop(MINHASH_KEY, None)  # only the deduplicator reads it
    return doc


def code_string(text: str, *, published: str | None = None, options: Options | None = None) -> Document:
    """Clean one article string, code its events and resolve them: a Document with `.events`."""
    options = options or Options()
    doc = clean_string(text, options=options)
    if published:
        doc.published, doc.published_source = published, "metadata"
    if doc.ok:
        doc.id = doc.id or "string"
        code_batch([doc], options)
    return doc


def ingest(
    inputs: list[str],
    options: Options | None = None,
    *,
    code: bool = False,
    on_batch: Callable[[list[Document]], None] | None = None,
) -> Summary:
    """Read, clean, deduplicate and store inputs in the DuckDB file `options.db`.

    With `code=True` events are coded, resolved and stored too (the `run` command).
    """
    options = options or Options()
    if options.engine not in ENGINES:
        raise ValueError(Errors.E008.format(engine=options.engine))
    if options.out_parquet:  # a Parquet folder instead of the DuckDB file
        return run_engine(inputs, options, code=code, store=None, on_batch=on_batch)
    with Store(options.db) as store:
        return run_engine(inputs, options, code=code, store=store, on_batch=on_batch)


ENGINES = ("local", "ray")


def run_engine(inputs: list[str], options: Options, **kwargs: Any) -> Summary:
    """Dispatch to the engine named by `options.engine`."""
    if options.engine == "ray":
        from eventwire.engines.ray import run_ray

        return run_ray(inputs, options, **kwargs)
    from eventwire.engines.local import run_local

    return run_local(inputs, options, **kwargs)


def run(inputs: list[str], options: Options | None = None, **kwargs: Any) -> Summary:
    """The main job: ingest, clean, code events, resolve them and store everything."""
    return ingest(inputs, options, code=True, **kwargs)


def documents(db: str, *, status: str | None = None, search: str | None = None,
              limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Stored documents as dicts (newest first), the same query as `GET /documents`."""
    from eventwire.analyze.queries import list_documents

    with Store(db, read_only=True) as store:
        _, rows = list_documents(store.con, status=status, text=search, limit=limit, offset=offset)
        return rows
