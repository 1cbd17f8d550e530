"""`eventwire kb add` and `eventwire kb show`: extend and inspect the actor knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from eventwire.cli._app import app
from eventwire.cli._util import print_error
from eventwire.errors import Errors
from eventwire.knowledge.kb import KnowledgeBase, Office, add_entry, normalize_date
from eventwire.settings import load_options

kb_app = typer.Typer(help="Inspect and extend the actor knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")

FileOpt = Annotated[str | None, typer.Option(
    "--file", help="User KB file (CSV or YAML). Default: kb_path of the options (--config), "
                   "the file `eventwire run` reads.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML file of options.")]


def user_file(file: str | None, config: Path | None) -> str:
    """The user KB file: --file, else the options' kb_path (what `run` merges)."""
    return file or load_options(config).kb_path


def show(name: str, *, on: str | None = None, user_path: str | None = None) -> list[Office]:
    """Offices `name` holds on `on` (all when None), with a user file merged over the KB."""
    kb = KnowledgeBase.load(user_path if user_path and Path(user_path).exists() else None)
    return kb.offices(name, on)


@kb_app.command("add")
def add_cli(
    name: Annotated[str, typer.Option("--name", help="Person or organisation name.")],
    country: Annotated[str, typer.Option("--country", help="ISO alpha-3 or IGO/UNO/EUR/NGO/...")],
    sector: Annotated[str, typer.Option("--sector", help="PLOVER sector, e.g. GOV, MIL.")] = "",
    role: Annotated[str, typer.Option("--role", help="Office, e.g. head_of_state.")] = "",
    start: Annotated[str | None, typer.Option("--start", help="First day, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--end", help="Day after the last, YYYY-MM-DD.")] = None,
    aliases: Annotated[str, typer.Option("--aliases", help="Other names, '|'-separated.")] = "",
    notes: Annotated[str, typer.Option("--notes", help="Source or caveat.")] = "",
    file: FileOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Add (or override, by name + role) an entry in the user knowledge-base file."""
    path = user_file(file, config)
    try:
        add_entry(path, person=name, aliases=aliases, country=country, sector=sector, role=role,
                  start=start, end=end, notes=notes)
    except ValueError as err:
        print_error(err)
        raise typer.Exit(2) from err
    Console().print(f"added {name} ({country.upper()} {sector.upper()}) to {path}")


@kb_app.command("show")
def show_cli(
    name: Annotated[str, typer.Argument(help="A name, alias, or country word.")],
    on: Annotated[str | None, typer.Option("--on", help="Date (YYYY-MM-DD, YYYY-MM or YYYY).")]
    = None,
    file: FileOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show the offices NAME holds on a date (all offices without --on)."""
    if on is not None and normalize_date(on) is None:
        print_error(Errors.E010.format(name="--on", value=on, hint="Use a date as YYYY-MM-DD."))
        raise typer.Exit(2)
    path = user_file(file, config)
    kb = KnowledgeBase.load(path if Path(path).exists() else None)
    offices = kb.offices(name, on)
    console = Console()
    country = kb.country_word(name)
    if country:
        console.print(f"{name!r} names the country {country[0]} ({country[1]})")
    if not offices:
        if kb.lookup(name) and on:
            console.print(f"{name!r} holds no office on {on}; on record:")
            offices = kb.lookup(name)
        elif not country:
            console.print(f"{name!r} is not in the knowledge base.")
            raise typer.Exit(1)
    if offices:
        table = Table("person", "country", "sector", "role", "start", "end", "source", "notes")
        for o in offices:
            table.add_row(o.person, o.country, o.sector, o.role, o.start or "", o.end or "",
                          o.source, o.notes)
        console.print(table)
