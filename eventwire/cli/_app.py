"""The Typer application; command modules register themselves on it."""

import typer

app = typer.Typer(
    name="eventwire",
    help="Raw news in, political event data out (PLOVER / CAMEO), stored in DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
