"""`eventwire train`: fit the PLOVER event-type classifier on PLOVER-format TSV rows, and the
combiner that stacks the coder's decision on it for `eventwire classify` (`events/stack.py`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.cli._app import app
from eventwire.cli._util import setup_logging


def train_model(data: list[str], *, out: str, seed: int = 0, neural: bool = False,
                coder: bool = True) -> dict[str, Any]:
    """Train on `data` TSVs and write the weights to the folder `out`.

    Use it with `classifier_path = out` in the options (or `--model` of `classify`); the shipped
    model is rebuilt by naming its folder, eventwire/resources/classifier, on purpose.
    `coder`: also fit the combiner `classify --model out` stacks on the classifier
    (`stack.train`), on out-of-fold outputs of these rows: each fold classified by a classifier
    refit on the other folds and coded by the coder with it and the shipped pair model and
    selector, which `classify` and `code` run with this model too (minutes for a thousand rows).
    """
    from eventwire.events import stack
    from eventwire.events.classifier import train

    metrics = train(data, str(out), seed=seed, neural=neural)
    metrics["out"] = str(Path(out).resolve())
    if coder:
        from eventwire.events.coder import EventCoder
        from eventwire.settings import Options

        metrics["stack"] = stack.train(EventCoder(Options(classifier_path=str(out))), data, out,
                                       seed=seed, refit=("classifier",))
    return metrics


@app.command()
def train(
    data: Annotated[list[str], typer.Option("--data", help="PLOVER TSV (sentence + marked_sentence or source/target + gold_root); repeat for more.")],
    out: Annotated[str, typer.Option("--out", help="Output folder (required: name eventwire/resources/classifier to rebuild the shipped model).")],
    seed: Annotated[int, typer.Option("--seed", help="Seed recorded with the model (training is deterministic).")] = 0,
    neural: Annotated[bool, typer.Option("--neural", help="Also fine-tune the MiniLM half (needs the 'neural' extra; a few minutes).")] = False,
    coder: Annotated[bool, typer.Option("--coder/--no-coder", help="Also fit the combiner that `classify --model` stacks the event coder's decision on (default; minutes for a thousand rows: every fold is refit and coded). --no-coder: the classifier alone.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Train the event-type classifier and print a (training-set, CV-free) summary."""
    setup_logging(verbose)
    try:
        metrics = train_model(data, out=out, seed=seed, neural=neural, coder=coder)
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
    if "stack" in metrics:
        st = metrics["stack"]
        typer.echo(f"combiner (the coder's decision, for classify --model) -> {st['path']}; "
                   f"C {st['C']}, grouped-CV macro-F1 {st['cv_macro_f1_by_C'][str(st['C'])]:.3f}")
