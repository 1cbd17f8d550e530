"""`eventwire ingest`, `clean`, `docs` and `run`: the document commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from eventwire import api
from eventwire.cli._app import app
from eventwire.cli._util import err_console, print_error, print_summary, progress_bar, setup_logging
from eventwire.errors import Errors
from eventwire.settings import load_options

DbOpt = Annotated[str, typer.Option("--db", help="DuckDB file to store into / read from.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML file of options.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
OutParquetOpt = Annotated[str | None, typer.Option(
    help="Write a Parquet folder instead of the DuckDB file (merge with `eventwire merge-parquet`).")]
PathsArg = Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")]


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
    db: DbOpt = "eventwire.duckdb",
    config: ConfigOpt = None,
    engine: Annotated[str, typer.Option(help="local or ray.")] = "local",
    workers: Annotated[int, typer.Option(help="Worker processes (local) or actors (ray).")] = 1,
    ray_address: Annotated[str | None, typer.Option(help="Address of an existing Ray cluster.")] = None,
    out_parquet: OutParquetOpt = None,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Read, clean and deduplicate articles, and store them in DuckDB."""
    setup_logging(verbose)
    options = load_options(config, db=db, engine=engine, workers=workers, ray_address=ray_address,
                           out_parquet=out_parquet, progress=not quiet)
    with progress_bar(options.progress) as advance:
        summary = _guard(lambda: api.ingest(paths, options, on_batch=advance))
    print_summary(summary, title=f"Ingested into {db}")
    exit_if_nothing_read(summary)


@app.command()
def run(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, directories, globs, or -.")] = None,
    sample: Annotated[bool, typer.Option(help="Run on the sample articles bundled with eventwire.")] = False,
    db: DbOpt = "eventwire.duckdb",
    config: ConfigOpt = None,
    engine: Annotated[str, typer.Option(help="local or ray.")] = "local",
    workers: Annotated[int, typer.Option(help="Worker processes (local) or actors (ray).")] = 1,
    ray_address: Annotated[str | None, typer.Option(help="Address of an existing Ray cluster.")] = None,
    out_parquet: OutParquetOpt = None,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """The main job: ingest, clean, code events, resolve and store them, then summarise."""
    setup_logging(verbose)
    inputs = list(paths or []) + (sample_paths() if sample else [])
    if not inputs:
        err_console.print("[red]Give input paths, or --sample to run on the bundled samples.")
        raise typer.Exit(2)
    options = load_options(config, db=db, engine=engine, workers=workers,
                           ray_address=ray_address, out_parquet=out_parquet, progress=not quiet)
    with progress_bar(options.progress) as advance:
        summary = _guard(lambda: api.run(inputs, options, on_batch=advance))
    print_summary(summary, title=f"Run stored in {db}")
    exit_if_nothing_read(summary)


@app.command()
def clean(
    paths: PathsArg,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object a line.")] = False,
    config: ConfigOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Clean articles and print them; stores nothing."""
    setup_logging(verbose)
    options = load_options(config, progress=False)
    n = 0
    for doc in _guard(lambda: api.clean_paths(paths, options)):
        n += 1
        if as_json:
            sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        else:
            head = f"# {doc.title or '(no title)'}  [{doc.status}{': ' + doc.reason if doc.reason else ''}]"
            sys.stdout.write(f"{head}\n{doc.source_path} | {doc.outlet} | {doc.published}\n\n{doc.text}\n\n")
    if n == 0:
        raise typer.Exit(1)


@app.command()
def docs(
    db: DbOpt = "eventwire.duckdb",
    status: Annotated[str | None, typer.Option(help="ok, near_duplicate, non_english, skipped.")] = None,
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
