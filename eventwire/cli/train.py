"""`eventwire train`: fit every learned part of the coder on PLOVER-format TSV rows into one
folder (`api.train`): the event-type classifier, the pair model, the pair selector, and the
combiner that stacks the coder's decision on the classifier for `eventwire classify`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from eventwire.cli._app import app
from eventwire.cli._util import setup_logging


@app.command()
def train(
    data: Annotated[list[str], typer.Option("--data", help="PLOVER TSV (sentence + marked_sentence or source/target + gold_root); repeat for more.")],
    out: Annotated[str, typer.Option("--out", help="Output folder; `code`, `run` and `classify` read it with --model (name eventwire/resources to rebuild the shipped parts).")],
    aw: Annotated[list[str] | None, typer.Option("--aw", help="AW_train-format TSV (marked_sentence with <s>..</s> and <t>..</t>, ACE event_type): more pairs the pair model and selector learn from (the classifier does not). Repeatable.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed recorded with the model (training is deterministic).")] = 0,
    neural: Annotated[bool, typer.Option("--neural", help="Also fine-tune the classifier's MiniLM half (needs the 'neural' extra; a few minutes).")] = False,
    coder: Annotated[bool, typer.Option("--coder/--no-coder", help="Also fit the combiner that `classify --model` stacks the event coder's decision on (default; minutes for a thousand rows: every fold refits every part and is coded). --no-coder: classify with this model then runs the classifier alone.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Train the coder's learned parts on your rows and print a (training-set, CV-free) summary."""
    from eventwire import api

    setup_logging(verbose)
    try:
        metrics = api.train(data, out, aw=aw or (), seed=seed, combiner=coder, neural=neural)
    except (FileNotFoundError, ValueError, ImportError) as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(1) from err
    if as_json:
        typer.echo(json.dumps(metrics, indent=2))
        return
    c = metrics["classifier"]
    s = c["train_scores"]
    typer.echo(f"trained on {c['n_train']} rows ({c['n_skipped']} skipped), "
               f"{len(c['labels'])} labels -> {metrics['out']}")
    typer.echo("label counts: " + ", ".join(f"{k} {v}" for k, v in c["label_counts"].items()))
    typer.echo(f"classifier training-set fit (not a generalisation estimate; see bench/plover.py): "
               f"macro-F1 {s['macro_f1']:.3f}, accuracy {s['accuracy']:.3f}")
    typer.echo(f"data sha256 {c['data_sha256']}")
    typer.echo(f"pair model: {metrics['pairs']['n_rows']} candidate pairs of "
               f"{metrics['pairs']['n_gold']} sentences; selector: {metrics['selector']['n_rows']} "
               f"span pairs, {metrics['selector']['n_positive']} gold")
    if "stack" in metrics:
        st = metrics["stack"]
        typer.echo(f"combiner (the coder's decision, for classify --model) -> {st['path']}; "
                   f"C {st['C']}, grouped-CV macro-F1 {st['cv_macro_f1_by_C'][str(st['C'])]:.3f}")
