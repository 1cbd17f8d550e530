"""Shared CLI plumbing: options from flags, logging, progress bars, summaries."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwire.data import Document
from eventwire.pipeline import Summary

err_console = Console(stderr=True)


def print_error(message: object) -> None:
    """An error line on stderr, in red, printed literally (rich must not read "[serve]" as markup)."""
    err_console.print(escape(str(message)), style="red")


def setup_logging(verbose: bool) -> None:
    """Logging is configured here only, never in library modules."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    # trafilatura and htmldate log every odd page at WARNING; they are reported as skips.
    for name in ("trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.ERROR if not verbose else logging.INFO)


@contextmanager
def progress_bar(enabled: bool, label: str = "documents") -> Iterator[Callable[[list[Document]], None]]:
    """A rich progress bar counting documents and documents/s; yields the per-batch callback."""
    if not enabled:
        yield lambda batch: None
        return
    columns = [
        TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
    ]
    with Progress(*columns, console=err_console, transient=False) as progress:
        task = progress.add_task(label, total=None, rate=0.0)

        def advance(batch: list[Document]) -> None:
            progress.advance(task, len(batch))
            t = progress.tasks[task]
            progress.update(task, rate=(t.completed / t.elapsed) if t.elapsed else 0.0)

        yield advance


def print_summary(summary: Summary, *, title: str = "Summary") -> None:
    """The end-of-run table: read, cleaned, duplicates, skipped by reason, events by type."""
    table = Table(title=title, show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    c = summary.counts
    for key in ("read", "cleaned", "duplicate", "near_duplicate"):
        table.add_row(key, str(c.get(key, 0)))
    for reason, n in sorted(summary.skipped.items()):
        table.add_row(f"skipped: {reason}", str(n))
    for stage, n in sorted(summary.failed.items()):
        table.add_row(f"failed in {stage} (see detail)", str(n))
    if summary.events or c.get("sentences"):
        table.add_row("sentences", str(c.get("sentences", 0)))
        table.add_row("events", str(sum(summary.events.values())))
        for etype, n in sorted(summary.events.items()):
            table.add_row(f"  {etype}", str(n))
    err_console.print(table)
    if summary.dropped:
        dropped = Table(title=f"Skipped or failed (first {len(summary.dropped)}; all in the "
                              "documents table: status, reason, detail)", show_header=True)
        for col in ("source", "reason", "detail"):
            dropped.add_column(col, overflow="fold")
        for source, reason, detail in summary.dropped:
            dropped.add_row(escape(source[-60:]), escape(reason), escape(detail[:200]))
        err_console.print(dropped)
    rows = summary.stage_rows()
    if rows:
        stages = Table(title="Stages", show_header=True)
        for col in ("stage", "documents", "seconds", "docs/s", "dropped"):
            stages.add_column(col, justify="left" if col == "stage" else "right")
        for r in rows:
            stages.add_row(r["stage"], str(r["documents"]), f"{r['seconds']:.2f}",
                           "" if r["docs_per_s"] is None else f"{r['docs_per_s']:.1f}", str(r["dropped"]))
        err_console.print(stages)
