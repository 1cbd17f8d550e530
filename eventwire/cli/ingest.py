"""`eventwire ingest`, `clean`, `docs` and `run`: the document commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire import api
from eventwire.cli._app import app
from eventwire.cli._util import err_console, print_error, print_summary, progress_bar, setup_logging
from eventwire.data import Document
from eventwire.errors import Errors
from eventwire.pipeline import Summary
from eventwire.settings import Options, load_options
from eventwire.store.rows import DOCUMENT_METADATA

# Every option defaults to "not given" (None): the value then comes from --config, else from
# `Options`, the only source of defaults, which the help text quotes (in parentheses: rich reads
# square brackets as markup and drops them).
_DEFAULTS = {f.name: f.default for f in fields(Options)}
DbOpt = Annotated[str | None, typer.Option("--db", help=f"DuckDB file to store into / read from (default: {_DEFAULTS['db']}).")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML file of options.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens, with tracebacks of failed documents.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
OutParquetOpt = Annotated[str | None, typer.Option(
    help="Write a Parquet folder instead of the DuckDB file (merge with `eventwire merge-parquet`).")]
EngineOpt = Annotated[str | None, typer.Option(help=f"local or ray (default: {_DEFAULTS['engine']}).")]
WorkersOpt = Annotated[int | None, typer.Option(help=f"Worker processes (local) or actors (ray) (default: {_DEFAULTS['workers']}).")]
RayOpt = Annotated[str | None, typer.Option(help="Address of an existing Ray cluster.")]
ModelOpt = Annotated[str | None, typer.Option(
    "--model", help="Folder written by `eventwire train`: code with its learned parts (default: the shipped ones).")]
PathsArg = Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs, or - for stdin.")]


def run_options(config: Path | None, *, quiet: bool, **flags: Any) -> Options:
    """Options of a storing command: defaults, then the --config file, then the flags given."""
    return _guard(lambda: load_options(config, progress=False if quiet else None, **flags))


def sample_paths() -> list[str]:
    """The sample articles bundled with the package."""
    from importlib import resources

    root = resources.files("eventwire") / "samples"
    return sorted(str(p) for p in root.iterdir() if p.name.endswith((".txt", ".html", ".jsonl")))


def exit_if_nothing_read(summary) -> None:
    """Exit non-zero only when no input at all could be read."""
    c = summary.counts
    if c.get("read", 0) and (c.get("read", 0) == sum(summary.skipped.values())):
        print_error(Errors.E002.format(n=c['read']))
        raise typer.Exit(1)
    if not c.get("read", 0):
        err_console.print("[yellow]No new input: everything given was already processed.")


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = None,
    config: ConfigOpt = None,
    engine: EngineOpt = None,
    workers: WorkersOpt = None,
    ray_address: RayOpt = None,
    out_parquet: OutParquetOpt = None,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Read, clean and deduplicate articles, and store them in DuckDB."""
    store_command(api.ingest, paths, "Ingested into", config, verbose=verbose, quiet=quiet, db=db,
                  engine=engine, workers=workers, ray_address=ray_address, out_parquet=out_parquet)


@app.command()
def run(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, directories, globs, URLs, or -.")] = None,
    sample: Annotated[bool, typer.Option(help="Run on the sample articles bundled with eventwire.")] = False,
    db: DbOpt = None,
    config: ConfigOpt = None,
    engine: EngineOpt = None,
    workers: WorkersOpt = None,
    ray_address: RayOpt = None,
    out_parquet: OutParquetOpt = None,
    model: ModelOpt = None,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """The main job: ingest, clean, code events, resolve and store them, then summarise."""
    inputs = list(paths or []) + (sample_paths() if sample else [])
    if not inputs:
        print_error(Errors.E021)
        raise typer.Exit(2)
    store_command(api.run, inputs, "Run stored in", config, verbose=verbose, quiet=quiet, db=db,
                  engine=engine, workers=workers, ray_address=ray_address, out_parquet=out_parquet,
                  model=model)


def store_command(job: Callable[..., Summary], inputs: list[str], title: str, config: Path | None,
                  *, verbose: bool, quiet: bool, **flags: Any) -> None:
    """A storing command's body: options, the job with a progress bar, its summary."""
    setup_logging(verbose)
    options = run_options(config, quiet=quiet, **flags)
    summary = run_with_progress(lambda advance: job(inputs, options, on_batch=advance), options)
    print_summary(summary, title=f"{title} {options.out_parquet or options.db}")
    exit_if_nothing_read(summary)


def run_with_progress(job: Callable[[Callable[[list[Document]], None]], Summary], options: Options) -> Summary:
    """Run a storing job with a progress bar; Ctrl-C stops it and says what was stored."""
    stored = Summary()  # what the batches stored so far hold
    with progress_bar(options.progress) as advance:
        def on_batch(batch: list[Document]) -> None:
            stored.add(batch)
            advance(batch)

        try:
            return _guard(lambda: job(on_batch))
        except KeyboardInterrupt:
            pass
    print_summary(stored, title="Interrupted: stored so far")
    err_console.print("[yellow]Run the same command again to finish the rest; nothing stored is lost.")
    raise typer.Exit(130)


@app.command()
def clean(
    paths: PathsArg,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object a line.")] = False,
    config: ConfigOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Clean articles and print them; stores nothing."""
    setup_logging(verbose)
    options = _guard(lambda: load_options(config, progress=False))
    n = 0
    docs = api.clean_paths(paths, options)
    while (doc := _guard(lambda: next(docs, None))) is not None:
        n += 1
        if as_json:
            row = doc.to_dict()
            row.update({key: doc.metadata.get(key) for key in DOCUMENT_METADATA})
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            head = f"# {doc.title or '(no title)'}  [{doc.status}{': ' + doc.reason if doc.reason else ''}]"
            sys.stdout.write(f"{head}\n{doc.source_path} | {doc.outlet} | {doc.published}\n\n{doc.text}\n\n")
    if n == 0:
        raise typer.Exit(1)


@app.command()
def docs(
    db: Annotated[str, typer.Option("--db", help="DuckDB file to read from.")] = Options().db,
    status: Annotated[str | None, typer.Option(help="ok, near_duplicate, non_english, skipped, failed.")] = None,
    search: Annotated[str | None, typer.Option(help="Text to look for in title or body.")] = None,
    limit: int = 20,
    offset: int = 0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object a line.")] = False,
) -> None:
    """List and query stored documents."""
    rows = _guard(lambda: api.documents(db, status=status, search=search, limit=limit, offset=offset))
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
        return
    from rich.table import Table

    table = Table(show_header=True)
    for col in ("id", "status", "outlet", "published", "title", "reason"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["id"], r["status"], r["outlet"] or "", r["published"] or "",
                      (r["title"] or "")[:60], r["reason"] or "")
    Console = type(err_console)
    Console().print(table)


def _guard(fn):
    """Turn user errors (missing paths, bad options, locked DB) into a message and exit 2."""
    try:
        return fn()
    except (FileNotFoundError, ValueError, OSError, ImportError) as err:
        print_error(err)
        raise typer.Exit(2) from err
