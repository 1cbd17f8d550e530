"""`eventwire code`: clean text in, one JSON line of PLOVER events per input out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from eventwire import api
from eventwire.cli._app import app
from eventwire.cli._util import setup_logging
from eventwire.cli.ingest import ModelOpt, run_options
from eventwire.data import Document
from eventwire.errors import Errors
from eventwire.steps import fail


def read_jsonl(path: str) -> Iterator[Document]:
    """Documents from JSONL lines with `id`, `text` and optional `published` ('-' = stdin)."""
    fh = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    try:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except (ValueError, RecursionError) as err:
                doc = Document(source_path=f"{path}:{n}", id=str(n))
                yield fail(doc, "read", err)
                continue
            if not isinstance(row, dict):
                yield fail(Document(source_path=f"{path}:{n}", id=str(n)), "read",
                           ValueError("a JSONL line must be an object with id and text"))
                continue
            published = row.get("published")
            yield Document(source_path=f"{path}:{n}", id=str(row.get("id", n)),
                           text=str(row.get("text") or ""),
                           published=published if isinstance(published, str) else None,
                           published_source="metadata" if published else None)
    finally:
        if fh is not sys.stdin:
            fh.close()


@app.command()
def code(
    text: Annotated[str | None, typer.Option("--text", help="One clean text to code.")] = None,
    jsonl: Annotated[str | None, typer.Option("--jsonl", help="JSONL file (id, text, published); - for stdin.")] = None,
    doc_id: Annotated[str, typer.Option("--id", help="Id for --text.")] = "text",
    published: Annotated[str | None, typer.Option("--published", help="Publication date for --text.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="TOML file of options.")] = None,
    model: ModelOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    """Code PLOVER/CAMEO events from clean text; print one JSON line per input."""
    setup_logging(verbose)
    if (text is None) == (jsonl is None):
        raise typer.BadParameter(Errors.E010.format(name="--text/--jsonl", value=None,
                                                    hint="Give exactly one of --text or --jsonl."))
    options = run_options(config, quiet=True, model=model)
    if text is not None:
        docs: Iterable[Document] = [Document(source_path="--text", id=doc_id, text=text,
                                             published=published,
                                             published_source="metadata" if published else None)]
    else:
        docs = read_jsonl(jsonl)
    # The records `run` stores in the events table's `record` column, resolved the same way.
    for doc in api.code_documents(docs, options):
        row = {"id": doc.id, "status": doc.status, "events": [e.to_dict() for e in doc.events]}
        if doc.reason:
            row["reason"], row["detail"] = doc.reason, doc.metadata.get("detail")
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
