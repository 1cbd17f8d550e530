"""`eventwire classify`: PLOVER event type of (text, source, target) JSONL lines."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.cli._app import app
from eventwire.cli._util import setup_logging

BATCH_SIZE = 256


def parse_line(line: str, n: int) -> tuple[Any, tuple | None, str | None]:
    """(id, item or None, error or None) for one JSONL line with id, text, source, target."""
    from eventwire.events.features import find_span

    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        return n, None, f"invalid JSON: {err.msg}"
    if not isinstance(row, dict):
        return n, None, "a line must be a JSON object with id, text, source, target"
    row_id = row.get("id", n)
    text, source, target = row.get("text"), row.get("source"), row.get("target")
    if not isinstance(text, str) or not text.strip():
        return row_id, None, "missing or empty 'text'"
    spans = []
    for name, phrase in (("source", source), ("target", target)):
        if not isinstance(phrase, str) or not phrase.strip():
            return row_id, None, f"missing or empty '{name}'"
        span = find_span(text, phrase)
        if span is None:
            return row_id, None, f"'{name}' is not a substring of 'text'"
        spans.append(span)
    return row_id, (text, spans[0], spans[1]), None


def load_classifier(model: str | None, neural: bool | None, stack: bool | None) -> Any:
    """The classifier `classify` runs: with the coder's decision stacked on (`events/stack.py`)
    where a combiner is found (in `model`'s folder, or the shipped one without `--model`), else
    `EventClassifier.load(model's classifier, neural=neural)`.

    `model`: a folder written by `eventwire train` (`events/model_folder.py`); stacked, the coder
    runs with its parts too. `stack`: None, stacked where a combiner is found; True, stacked or
    an error; False, never. Stacked, `neural` None means the linear half alone under the
    combiner: on the gold records the MiniLM half averaged in lowered the combined figures
    (BENCHMARKS.md); True blends it in.
    """
    from eventwire.events import model_folder as M
    from eventwire.events import stack as S
    from eventwire.events.classifier import EventClassifier

    if model is not None:
        M.check(model, ("classifier",))
    folder = Path(M.part_path(model, "stack") or S.RESOURCE_DIR)
    found = (folder / S.WEIGHTS_FILE).is_file()
    if stack and not found:
        M.check(model, ("stack",))
    if stack is False or not found:
        return EventClassifier.load(M.part_path(model, "classifier"), neural=neural)
    from eventwire.events.coder import EventCoder
    from eventwire.settings import Options

    clf = EventClassifier.load(M.part_path(model, "classifier"), neural=bool(neural))
    coder = EventCoder(Options(model=model))
    return S.StackedClassifier(clf, S.Combiner.load(folder), coder)


def classify_lines(lines: Iterable[str], *, model: str | None = None,
                   neural: bool | None = None, stack: bool | None = None) -> Iterator[dict[str, Any]]:
    """One output dict per non-blank input line, in input order; bad lines carry an 'error'.

    `neural` as in `EventClassifier.load`: None, the blend with the fine-tuned MiniLM where
    the model has one (stacked: the linear half alone); False, the linear model alone; True,
    the blend or an error. `stack` as in `load_classifier`: the coder's event on the marked
    pair joins the evidence."""
    clf = load_classifier(model, neural, stack)
    pending: list[tuple[Any, tuple | None, str | None]] = []

    def flush() -> Iterator[dict[str, Any]]:
        good = [p for p in pending if p[1] is not None]
        preds = iter(clf.predict([p[1] for p in good])) if good else iter(())
        for row_id, item, error in pending:
            if item is None:
                yield {"id": row_id, "error": error}
                continue
            p = next(preds)
            yield {"id": row_id, "event": p.event, "quad": p.quad, "score": round(p.score, 4)}

    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        pending.append(parse_line(line, n))
        if len(pending) >= BATCH_SIZE:
            yield from flush()
            pending = []
    if pending:
        yield from flush()


@app.command()
def classify(
    jsonl: Annotated[str, typer.Option("--jsonl", help="JSONL with id, text, source, target (substrings of text); - for stdin.")],
    model: Annotated[str | None, typer.Option("--model", help="Model folder written by `eventwire train` (its classifier, and with the coder its pair model, selector and combiner); default: the shipped one.")] = None,
    neural: Annotated[bool | None, typer.Option("--neural/--linear", help="--linear: the linear model alone (tens of times faster, less accurate). --neural: the blend with the fine-tuned MiniLM, or an error where it cannot load. Default: the blend where the model has one, except with the coder (then the linear model under the combiner).")] = None,
    coder: Annotated[bool | None, typer.Option("--coder/--no-coder", help="--coder: also run the event coder on each text and combine its event on the marked pair with the classifier (the shipped combiner, or the one in --model), or an error where there is none. --no-coder: the classifier alone (faster). Default: combined where a combiner is found.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Print one JSON line per input: {"id", "event", "quad", "score"} or {"id", "error"}."""
    setup_logging(verbose)
    try:
        fh = sys.stdin if jsonl == "-" else open(jsonl, encoding="utf-8")  # noqa: SIM115
    except OSError as err:
        from eventwire.errors import Errors

        typer.echo(Errors.E001.format(path=jsonl), err=True)
        raise typer.Exit(1) from err
    try:
        for out in classify_lines(fh, model=model, neural=neural, stack=coder):
            typer.echo(json.dumps(out, ensure_ascii=False))
    except (FileNotFoundError, ImportError, ValueError) as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(1) from err
    finally:
        if fh is not sys.stdin:
            fh.close()
