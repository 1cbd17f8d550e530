"""Command-line interface: thin Typer commands over the plain functions of `eventwire`.

Each command lives in its own module and registers itself on `app`.
"""

# Importing a command module registers its commands on `app`.
from eventwire.cli import ingest  # noqa: E402,F401
from eventwire.cli._app import app


def main() -> None:
    """Console-script entry point."""
    app()
