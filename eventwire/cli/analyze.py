"""`eventwire merge`, `dyad`, `export` and `serve`: the analyst commands."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from eventwire.cli._app import app
from eventwire.cli._util import err_console, print_error, setup_logging
from eventwire.errors import Errors

DbOpt = Annotated[str, typer.Option("--db", help="DuckDB file to read.")]


def _guard(fn):
    """User errors (bad values, missing or locked database) become a message and exit 2."""
    import duckdb

    try:
        return fn()
    except (ValueError, OSError, ImportError, duckdb.Error) as err:
        print_error(err)
        raise typer.Exit(2) from err


@app.command()
def merge(
    db: DbOpt = "eventwire.duckdb",
    force: Annotated[bool, typer.Option(help="Rebuild even if nothing changed.")] = False,
    window: Annotated[int, typer.Option(help="Days apart two day-precision reports may be.")] = 3,
) -> None:
    """Merge events into happenings (one event per happening, with its reports)."""
    from eventwire.analyze.merge import merge_db, merge_if_stale

    result = _guard(lambda: merge_db(db, window_days=window) if force else merge_if_stale(db, window_days=window))
    if result is None:
        err_console.print("Happenings are up to date.")
        return
    err_console.print(", ".join(f"{k}: {v}" for k, v in result.items()))


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First country code, e.g. RUS.")],
    b: Annotated[str, typer.Argument(help="Second country code, e.g. SYR.")],
    by: Annotated[str, typer.Option(help="day, week or month.")] = "month",
    ordered: Annotated[bool, typer.Option(help="Keep actor -> recipient direction apart.")] = False,
    dimension: Annotated[str | None, typer.Option(help="diplomatic, economic, humanitarian, security or all.")] = None,
    chart: Annotated[str | None, typer.Option(help="Write a chart to this .png or .svg file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object a line.")] = False,
    db: DbOpt = "eventwire.duckdb",
) -> None:
    """Dyad table of two countries by period and dimension: quad counts, Goldstein, scale."""
    setup_logging(False)
    rows = _guard(lambda: dyads_for(db, a.upper(), b.upper(), by=by, ordered=ordered, dimension=dimension))
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row) + "\n")
    else:
        print_dyads(rows, title=f"{a.upper()}–{b.upper()} by {by}")
    if chart:
        if not chart.endswith((".png", ".svg")):
            print_error(Errors.E010.format(name='--chart', value=chart, hint='Use a .png or .svg file.'))
            raise typer.Exit(2)
        from eventwire.analyze.dyads import write_chart

        _guard(lambda: write_chart(rows, chart, title=f"{a.upper()}–{b.upper()} by {by}"))
        err_console.print(f"Chart written to {chart}")


def dyads_for(db: str, a: str, b: str, *, by: str, ordered: bool, dimension: str | None) -> list[dict]:
    """Merge if stale, then the dyad rows of a and b."""
    import duckdb

    from eventwire.analyze.dyads import check_dimension, check_period, dyad_table
    from eventwire.analyze.merge import merge_if_stale

    check_period(by)
    check_dimension(dimension)
    merge_if_stale(db)
    con = duckdb.connect(db, read_only=True)
    try:
        return dyad_table(con, by=by, a=a, b=b, ordered=ordered, dimension=dimension)
    finally:
        con.close()


def print_dyads(rows: list[dict], *, title: str) -> None:
    """The dyad rows as a rich table on stdout."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_header=True)
    headers = ("period", "pair", "dimension", "n", "q1", "q2", "q3", "q4", "gold sum", "gold mean",
               "scale sum", "scale mean")
    for h in headers:
        table.add_column(h, justify="left" if h in ("period", "pair", "dimension") else "right")
    for r in rows:
        table.add_row(r["period"], f"{r['country1']}–{r['country2']}", r["dimension"], str(r["n"]),
                      str(r["verbal_coop"]), str(r["material_coop"]), str(r["verbal_conflict"]),
                      str(r["material_conflict"]), _num(r["goldstein_sum"]), _num(r["goldstein_mean"]),
                      _num(r["scale_sum"]), _num(r["scale_mean"]))
    console = Console()
    console.width = max(console.width, 132)  # keep every column readable when piped
    console.print(table)
    if not rows:
        err_console.print("[yellow]No happenings between these countries.")


def _num(v: float | None) -> str:
    return "" if v is None else f"{v:.2f}"


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="plover, gdelt, parquet or csv.")] = "plover",
    out: Annotated[str | None, typer.Option(help="Output file (plover, gdelt; default stdout) or directory (parquet, csv; default ./export).")] = None,
    header: Annotated[bool, typer.Option(help="GDELT: write a header line (GDELT ships none).")] = False,
    legacy_plover: Annotated[bool, typer.Option(help="PLOVER: eventwire's older record shape instead of the manual's.")] = False,
    db: DbOpt = "eventwire.duckdb",
) -> None:
    """Export events: PLOVER JSONL, GDELT 2.0 event TSV, or Parquet/CSV tables."""
    from eventwire.analyze.export import export as run_export

    result = _guard(lambda: run_export(db, fmt, out, header=header, legacy_plover=legacy_plover))
    if result.get("files"):
        err_console.print("Wrote " + ", ".join(result["files"]))


@app.command()
def serve(
    db: DbOpt = "eventwire.duckdb",
    host: Annotated[str, typer.Option(help="Address to bind (local only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    token: Annotated[str | None, typer.Option(help="Bearer token enabling POST /documents (or EVENTWIRE_TOKEN).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Serve the HTTP API and dashboard (FastAPI + uvicorn)."""
    import os

    try:
        import uvicorn

        from eventwire.serve.app import SERVER_SETTINGS, create_app
    except ImportError as err:
        print_error(Errors.E014.format(what='eventwire serve', extra='serve'))
        raise typer.Exit(2) from err

    setup_logging(verbose)
    if not os.path.exists(db):
        print_error(Errors.E003.format(path=db, err='no such file'))
        raise typer.Exit(2)
    application = _guard(lambda: create_app(db, token=token, hosts=[host]))
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"[yellow]Serving on {host}: reachable from other machines.")
    uvicorn.run(application, host=host, port=port, log_level="info" if verbose else "warning",
                **SERVER_SETTINGS)
