"""`eventwire merge-parquet`: load a Parquet output folder into a DuckDB file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli._app import app
from eventwire.cli._util import err_console, print_error
from eventwire.errors import Errors


@app.command("merge-parquet")
def merge_parquet(
    folder: Annotated[Path, typer.Argument(help="Folder written with --out-parquet.")],
    db: Annotated[str, typer.Option("--db", help="DuckDB file to merge into.")] = "eventwire.duckdb",
) -> None:
    """Merge a Parquet output (documents, events, sources) into DuckDB; rows already there stay."""
    from eventwire.engines.manifest import MANIFEST_NAME
    from eventwire.engines.parquet import merge_parquet as merge

    if not (folder / MANIFEST_NAME).exists():
        print_error(Errors.E001.format(path=folder / MANIFEST_NAME))
        raise typer.Exit(2)
    try:
        added = merge(folder, db)
    except OSError as err:
        print_error(err)
        raise typer.Exit(2) from err
    err_console.print(", ".join(f"{n} {table}" for table, n in added.items()) + f" added to {db}")
