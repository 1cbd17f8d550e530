"""`eventwire train`: fit the PLOVER event-type classifier on PLOVER-format TSV rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.cli._app import app
from eventwire.cli._util import setup_logging


def train_model(data: list[str], *, out: str, seed: int = 0, neural: bool = False) -> dict[str, Any]:
    """Train on `data` TSVs and write the weights to the folder `out`.

    Use it with `classifier_path = out` in the options (or `--model` of `classify`); the shipped
    model is rebuilt by naming its folder, eventwire/resources/classifier, on purpose.
    """
    from eventwire.events.classifier import train

    metrics = train(data, str(out), seed=seed, neural=neural)
    metrics["out"] = str(Path(out).resolve())
    return metrics


@app.command()
def train(
    data: Annotated[list[str], typer.Option("--data", help="PLOVER TSV (sentence + marked_sentence or source/target + gold_root); repeat for more.")],
    out: Annotated[str, typer.Option("--out", help="Output folder (required: name eventwire/resources/classifier to rebuild the shipped model).")],
    seed: Annotated[int, typer.Option("--seed", help="Seed recorded with the model (training is deterministic).")] = 0,
    neural: Annotated[bool, typer.Option("--neural", help="Also fine-tune the MiniLM half (needs the 'neural' extra; a few minutes).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Train the event-type classifier and print a (training-set, CV-free) summary."""
    setup_logging(verbose)
    try:
        metrics = train_model(data, out=out, seed=seed, neural=neural)
    except (FileNotFoundError, ValueError, ImportError) as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(1) from err
    if as_json:
        typer.echo(json.dumps(metrics, indent=2))
        return
    s = metrics["train_scores"]
    typer.echo(f"trained on {metrics['n_train']} rows ({metrics['n_skipped']} skipped), "
               f"{len(metrics['labels'])} labels -> {metrics['out']}")
    typer.echo("label counts: " + ", ".join(f"{k} {v}" for k, v in metrics["label_counts"].items()))
    typer.echo(f"training-set fit (not a generalisation estimate; see bench/plover.py): "
               f"macro-F1 {s['macro_f1']:.3f}, accuracy {s['accuracy']:.3f}")
    typer.echo(f"data sha256 {metrics['data_sha256']}")
