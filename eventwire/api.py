"""The public functions behind every command; usable from Python on strings, files, records or
DataFrames. Each runs the one stage list of `eventwire.pipeline`, or a prefix or suffix of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.data import Document
from eventwire.errors import Errors
from eventwire.pipeline import CODE, INGEST, PIPELINE, Summary, read_documents
from eventwire.settings import Options
from eventwire.store.rows import EVENT_COLUMNS, event_row

if TYPE_CHECKING:
    import pandas as pd

ENGINES = ("local", "ray")


@contextmanager
def open_sink(options: Options) -> Iterator[Any]:
    """Where a run stores: the Parquet folder `options.out_parquet`, else the DuckDB file `options.db`."""
    if options.out_parquet:
        from eventwire.engines.parquet import ParquetStore

        sink: Any = ParquetStore(options.out_parquet)
    else:
        from eventwire.store.duckdb import Store

        sink = Store(options.db, shared=True)  # opened per batch: `serve` can read in between
    try:
        yield sink
    finally:
        sink.close()


def run_engine(inputs: list[str], options: Options, names: tuple[str, ...], *, sink: Any,
               on_batch: Callable[[list[Document]], None] | None = None) -> Summary:
    """Read `inputs` and run the stages `names` on the engine `options.engine`."""
    if options.engine == "ray":
        from eventwire.engines.ray import run_ray

        return run_ray(inputs, options, names, sink=sink, on_batch=on_batch)
    from eventwire.engines.local import run_documents

    seen = sink.seen_sources() if sink is not None else frozenset()
    return run_documents(read_documents(inputs, options, seen), options, names, sink=sink,
                         on_batch=on_batch)


def ingest(inputs: list[str], options: Options | None = None, *, code: bool = False,
           on_batch: Callable[[list[Document]], None] | None = None) -> Summary:
    """Read, clean, deduplicate and store inputs (`options.db`, or `options.out_parquet`).

    With `code=True` events are coded, resolved and stored too (the `run` command).
    """
    options = options or Options()
    with open_sink(options) as sink:
        return run_engine(inputs, options, PIPELINE if code else INGEST, sink=sink, on_batch=on_batch)


def run(inputs: list[str], options: Options | None = None, **kwargs: Any) -> Summary:
    """The main job: ingest, clean, code events, resolve them and store everything."""
    return ingest(inputs, options, code=True, **kwargs)


def as_document(record: Mapping[str, Any] | Document, source: str) -> Document:
    """A raw Document of an in-memory record (`text` or `html`, optional url, title, outlet,
    published, id) as a JSONL line would give it. Its source path is `source:id`, or
    `source:<hash of the record>` without an id, so resubmitting a record adds nothing."""
    if isinstance(record, Document):
        return record
    html = record.get("html")
    key = record.get("id") or hashlib.sha1(
        json.dumps(dict(record), sort_keys=True, default=str).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    doc = Document(source_path=f"{source}:{key}",
                   raw=html if html else record.get("text") or "",
                   content_type="html" if html else "text")
    for name in ("url", "title", "outlet", "published"):
        value = record.get(name)
        if isinstance(value, str) and value:
            setattr(doc, name, value)
    if doc.published:
        doc.published_source = "metadata"
    if record.get("id"):
        doc.metadata["external_id"] = str(record["id"])  # as the JSONL reader keeps it
    return doc


def ingest_documents(records: Iterable[Mapping[str, Any] | Document], options: Options | None = None,
                     *, code: bool = True, source: str = "<memory>") -> Summary:
    """Run records already in memory (dicts as `as_document` reads them, or Documents) through
    the pipeline into the store: what `serve`'s POST /documents does."""
    options = options or Options()
    from eventwire.engines.local import run_documents

    with open_sink(options) as sink:
        seen = sink.seen_sources()
        docs = (d for d in (as_document(r, source) for r in records) if d.source_path not in seen)
        return run_documents(docs, options, PIPELINE if code else INGEST, sink=sink)


def process(docs: Iterable[Document], options: Options, names: tuple[str, ...]) -> Iterator[Document]:
    """Documents through the stages `names`, streamed, storing nothing."""
    from eventwire.engines.local import iter_batches

    for batch in iter_batches(docs, options, names, Summary(stages=names)):
        yield from batch


def clean_paths(inputs: Iterable[str], options: Options | None = None) -> Iterator[Document]:
    """Clean documents of files, directories, globs, URLs or '-' (stdin), storing nothing.

    Exact and near duplicates within the inputs are marked, as `ingest` would mark them.
    """
    options = options or Options()
    return process(read_documents(list(inputs), options), options, INGEST)


def clean_string(text: str, *, html: bool = False, url: str | None = None,
                 options: Options | None = None) -> Document:
    """Clean one article given as a string (plain text, or HTML with `html=True`)."""
    doc = Document(source_path="<string>", raw=text, content_type="html" if html else "text", url=url)
    return next(process([doc], options or Options(), INGEST[:1]))


def code_documents(docs: Iterable[Document], options: Options | None = None) -> Iterator[Document]:
    """Code and resolve clean documents (`text`, `id`, optional `published`): `eventwire code`."""
    return process(docs, options or Options(), CODE)


def code_text(text: str, *, published: str | None = None, doc_id: str = "text",
              options: Options | None = None) -> Document:
    """Code the events of one clean text of any length and resolve them; a Document with `.events`."""
    doc = Document(source_path="<text>", id=doc_id, text=text, published=published,
                   published_source="metadata" if published else None)
    return next(code_documents([doc], options))


def code_frame(df: pd.DataFrame, *, text_col: str = "text", date_col: str | None = None,
               id_col: str | None = None, options: Options | None = None) -> pd.DataFrame:
    """One row per event of the texts in `df[text_col]` (dated by `df[date_col]`), with the
    row's id (`id_col`, else the index) in `doc_id`: the event records, flattened."""
    import pandas as pd

    for col in (text_col, date_col, id_col):
        if col is not None and col not in df.columns:
            raise KeyError(Errors.E017.format(column=col, known=", ".join(map(str, df.columns))))
    ids = df[id_col] if id_col else df.index
    dates = df[date_col] if date_col else [None] * len(df)
    docs = (Document(source_path=f"<frame>:{i}", id=str(i), text=str(t or ""),
                     published=_iso(d), published_source="metadata" if _iso(d) else None)
            for i, t, d in zip(ids, df[text_col], dates, strict=True))
    rows = [event_row(ev) for doc in code_documents(docs, options) for ev in doc.events]
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))


def _iso(value: Any) -> str | None:
    """A date cell as ISO `YYYY-MM-DD` (strings are taken as given), None for empty cells."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value) or None


def documents(db: str, *, status: str | None = None, search: str | None = None,
              limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Stored documents as dicts (newest first), the same query as `GET /documents`."""
    from eventwire.analyze.queries import list_documents
    from eventwire.store.duckdb import Store

    with Store(db, read_only=True) as store:
        _, rows = list_documents(store.con, status=status, text=search, limit=limit, offset=offset)
        return rows


def train(data: Sequence[str], out: str | Path, *, aw: Sequence[str] = (), seed: int = 0,
          combiner: bool = True, neural: bool = False,
          extra_for: Mapping[str, list[Any]] | None = None) -> dict[str, Any]:
    """Train every learned part of the coder on PLOVER-format TSV rows `data` (and AW_train-format
    rows `aw`, ACE-typed pairs that the pair model and selector also learn from) into the
    folder `out`, one subfolder a part (`events/model_folder.py`); `Options(model=out)`, or
    `--model out` of `code`, `run` and `classify`, then decides with them. What
    `eventwire train` and `scripts/train_coder.py` (the shipped parts) run.

    `combiner`: also fit the combiner of `eventwire classify` on out-of-fold outputs of `data`:
    each fold classified and coded with every part refit on the other folds (`stack.train`;
    minutes for a thousand rows). `neural`: also fine-tune the classifier's MiniLM half.
    `extra_for`: gold pairs (`pairs.Gold`) added to the training of the parts it names
    (`gold_records.PARTS`). Deterministic: the same rows and seed give byte-identical files.
    Rows that cannot train a part (one type only; too few sentences for the combiner's folds)
    raise ValueError E023, a malformed row E022 or E010 naming its line, before any part is
    written where checkable. Each sentence is parsed once for every part (`pairs.Parses`).
    The parts are written into a temporary folder beside `out` and moved into `out` only once
    every part trained: a refused or failed training leaves `out` as it was.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.training-", dir=out.parent))
    try:
        summary = _train_parts(data, work, aw=aw, seed=seed, combiner=combiner, neural=neural,
                               extra_for=extra_for)
        _move_parts(work, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"out": str(out.resolve()), **summary}


def _move_parts(work: Path, out: Path) -> None:
    """Each file the training wrote into `work` replaces its namesake in `out`, file by file:
    files of a part it did not write stay (the shipped classifier's neural half, where the
    training was not asked to fine-tune it)."""
    for path in sorted(work.rglob("*")):
        if path.is_file():
            target = out / path.relative_to(work)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)


def _train_parts(data: Sequence[str], out: Path, *, aw: Sequence[str], seed: int, combiner: bool,
                 neural: bool, extra_for: Mapping[str, list[Any]] | None) -> dict[str, Any]:
    """`train` into the folder `out` itself (the temporary one `train` moves into place)."""
    from eventwire.events import classifier, pairs, selector, stack
    from eventwire.events.coder import EventCoder
    from eventwire.events.model_folder import part_path
    from eventwire.nlp.pipeline import load_nlp

    data, aw, extra_for = list(data), list(aw), dict(extra_for or {})
    summary: dict[str, Any] = {}
    if combiner:  # rows too few for the combiner's folds fail before any part is written
        stack.check_folds(*classifier.read_rows(data)[1:3], seed=seed)
    # the classifier first: a file it cannot read fails before the parser loads
    summary["classifier"] = classifier.train(
        data, part_path(out, "classifier"), seed=seed, neural=neural,
        extra=[((g.text, g.source, g.target), g.label) for g in extra_for.get("classifier", [])])
    # every part reads one parse of each sentence (the pair model, the selector, their refits)
    parses = pairs.Parses(load_nlp(Options().spacy_model))
    summary["pairs"] = pairs.train(data, aw, part_path(out, "pairs"), nlp=parses, seed=seed,
                                   extra=extra_for.get("pairs", []))
    golds = [g for path in data for g in pairs.read_plover_tsv(path)]
    golds += [g for path in aw for g in pairs.read_aw_tsv(path)]
    summary["selector"] = selector.train(golds + extra_for.get("selector", []),
                                         part_path(out, "selector"), nlp=parses, seed=seed)
    if combiner:
        coder = EventCoder(Options(model=str(out)))
        summary["stack"] = stack.train(coder, data, part_path(out, "stack"), golds=golds,
                                       extra_for=extra_for, seed=seed, nlp=parses)
    return summary
