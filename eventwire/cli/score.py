"""`eventwire score`: precision and recall of eventwire's events against gold PLOVER records."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.cli._app import app
from eventwire.cli._util import print_error, setup_logging


@app.command()
def score(
    gold: Annotated[str, typer.Argument(help="Gold PLOVER JSONL (manual or gold-standard field names).")],
    db: Annotated[str | None, typer.Option("--db", help="DuckDB file whose stored events are scored; without it the coder runs on each gold text.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    config: Annotated[Path | None, typer.Option("--config", help="TOML file of options (coder runs only).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    """Per-type precision/recall of type, actor, recipient, date and place against gold PLOVER records."""
    import duckdb

    from eventwire.analyze.score import score as run_score
    from eventwire.settings import load_options

    setup_logging(verbose)
    try:
        options = None if db else load_options(config, progress=False)
        result = run_score(gold, db=db, options=options)
    except (ValueError, OSError, duckdb.Error) as err:
        print_error(err)
        raise typer.Exit(2) from err
    if as_json:
        sys.stdout.write(json.dumps(result) + "\n")
    else:
        print_scores(result)


def _pr(cell: dict[str, Any]) -> str:
    p, r = cell["precision"], cell["recall"]
    return f"{'-' if p is None else f'{p:.2f}'}/{'-' if r is None else f'{r:.2f}'}"


def print_scores(result: dict[str, Any]) -> None:
    """The per-type table: counts, then precision/recall of each field."""
    from rich.console import Console
    from rich.table import Table

    from eventwire.analyze.score import FIELDS

    table = Table(title=f"eventwire ({result['source']}) vs gold: precision/recall")
    for h in ("event", "gold", "predicted", *FIELDS):
        table.add_column(h, justify="left" if h == "event" else "right")
    for row in result["rows"]:
        table.add_row(row["event"], str(row["gold"]), str(row["predicted"]),
                      *(_pr(row[f]) for f in FIELDS))
    console = Console()
    console.width = max(console.width, 100)  # keep every column readable when piped
    console.print(table)
    if result["source"] != "coder":
        console.print(f"{result['units']} gold texts, {result['unmatched']} without stored events.")
