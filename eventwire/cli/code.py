"""`eventwire code`: clean text in, one JSON line of PLOVER events per input out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.cli._app import app
from eventwire.cli._util import setup_logging
from eventwire.data import Document
from eventwire.errors import Errors
from eventwire.settings import Options, load_options


def read_jsonl(path: str) -> Iterator[Document]:
    """Documents from JSONL lines with `id`, `text` and optional `published` ('-' = stdin)."""
    fh = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    try:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            yield Document(source_path=f"{path}:{n}", id=str(row.get("id", n)),
                           text=row.get("text") or "", published=row.get("published"))
    finally:
        if fh is not sys.stdin:
            fh.close()


def code_inputs(docs: Iterable[Document], *, options: Options) -> Iterator[dict[str, Any]]:
    """`{"id", "events"}` per document, coded in batches of `options.batch_size`."""
    from eventwire.events.coder import EventCoder

    coder = EventCoder(options)
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= options.batch_size:
            yield from _emit(coder, batch)
            batch = []
    if batch:
        yield from _emit(coder, batch)


def _emit(coder: Any, batch: list[Document]) -> Iterator[dict[str, Any]]:
    for doc in coder.code_documents(batch):
        yield {"id": doc.id, "events": [e.to_dict() for e in doc.events]}


@app.command()
def code(
    text: Annotated[str | None, typer.Option("--text", help="One clean text to code.")] = None,
    jsonl: Annotated[str | None, typer.Option("--jsonl", help="JSONL file (id, text, published); - for stdin.")] = None,
    doc_id: Annotated[str, typer.Option("--id", help="Id for --text.")] = "text",
    published: Annotated[str | None, typer.Option("--published", help="Publication date for --text.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="TOML file of options.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    """Code PLOVER/CAMEO events from clean text; print one JSON line per input."""
    setup_logging(verbose)
    if (text is None) == (jsonl is None):
        raise typer.BadParameter(Errors.E010.format(name="--text/--jsonl", value=None,
                                                    hint="Give exactly one of --text or --jsonl."))
    options = load_options(config, progress=False)
    if text is not None:
        docs: Iterable[Document] = [Document(source_path="--text", id=doc_id, text=text,
                                             published=published)]
    else:
        docs = read_jsonl(jsonl)
    for row in code_inputs(docs, options=options):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
