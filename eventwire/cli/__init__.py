"""Command-line interface: thin Typer commands over the plain functions of `eventwire`.

Each command lives in its own module and registers itself on `app`.
"""

# Importing a command module registers its commands on `app`.
from eventwire.cli import (
    analyze,  # noqa: E402,F401
    classify,  # noqa: E402,F401
    code,  # noqa: E402,F401
    ingest,  # noqa: E402,F401
    kb,  # noqa: E402,F401
    scale,  # noqa: E402,F401
    score,  # noqa: E402,F401
    train,  # noqa: E402,F401
)
from eventwire.cli._app import app


def main() -> None:
    """Console-script entry point."""
    app()
