"""Every command and sub-command answers --help."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.settings import Options


def command_paths(typer_app: typer.Typer, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for cmd in typer_app.registered_commands:
        paths.append((*prefix, cmd.name or cmd.callback.__name__.replace("_", "-")))
    for group in typer_app.registered_groups:
        sub = (*prefix, group.name)
        paths.append(sub)
        paths.extend(command_paths(group.typer_instance, sub))
    return paths


def test_every_command_has_help():
    runner = CliRunner()
    paths = command_paths(app)
    assert {("ingest",), ("clean",), ("docs",), ("run",)} <= set(paths)
    for path in paths:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage" in result.output


def test_help_quotes_the_defaults_of_the_options_object():
    # rich reads "[default: ...]" in a help text as markup and drops it; the defaults are quoted
    # from `Options`, the only source of defaults
    result = CliRunner().invoke(app, ["run", "--help"], terminal_width=200)
    assert result.exit_code == 0
    text = " ".join(result.output.replace("\u2502", " ").split())
    defaults = Options()
    assert f"read from (default: {defaults.db})" in text
    assert f"local or ray (default: {defaults.engine})" in text
    assert f"actors (ray) (default: {defaults.workers})" in text


def test_top_level_help_lists_commands():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in ("ingest", "clean", "docs", "run"):
        assert name in result.output


def test_usage_errors_are_numbered():
    """A command given nothing to work on, or a bad date, says which numbered error and how to fix it."""
    runner = CliRunner()
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 2
    assert "E021" in result.output and "--sample" in result.output
    result = runner.invoke(app, ["kb", "show", "Vladimir Putin", "--on", "2020-13-45"])
    assert result.exit_code == 2
    assert "E010" in result.output and "--on" in result.output
