"""The local engine: runs the stage list on one machine, in this process or over a process pool.

Batches flow in input order. Worker stages of a batch run in a pool process (or here, with
one worker); driver stages (deduplication) run here, batch after batch in input order; the
sink stores each batch in one transaction as soon as it has passed every stage.
"""

from __future__ import annotations

import ctypes
import itertools
import logging
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from eventwire.data import Document
from eventwire.pipeline import Summary, driver_stages, run_steps, run_worker_segment, segments
from eventwire.settings import Options
from eventwire.steps import Stats, Step, fail

log = logging.getLogger(__name__)
# A batch whose worker died is sent again once; if a worker dies on it again, its documents
# are run one by one in a worker of their own, and those that kill it are stored as failed.
BATCH_ATTEMPTS = 2
POOL = "pool"  # the stage name a dead worker's documents are failed under


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def run_documents(
    docs: Iterable[Document],
    options: Options,
    names: tuple[str, ...],
    *,
    sink=None,
    on_batch: Callable[[list[Document]], None] | None = None,
) -> Summary:
    """Run raw (or clean, for a suffix of the stages) documents through the stages `names`,
    storing each finished batch in `sink` (if any); return the run's summary."""
    summary = Summary(stages=names)
    for batch in iter_batches(docs, options, names, summary, sink=sink):
        if on_batch:
            on_batch(batch)
    return summary


def iter_batches(docs: Iterable[Document], options: Options, names: tuple[str, ...],
                 summary: Summary, *, sink=None) -> Iterator[list[Document]]:
    """The finished batches of a run, in input order, each stored (if `sink`) and counted in
    `summary` before it is yielded: a consumer that stops early leaves whole batches only."""
    plan = [(where, stage_names, driver_stages(stage_names, options, sink) if where == "driver" else None)
            for where, stage_names in segments(names)]

    def finish(batch: list[Document]) -> list[Document]:
        if sink is not None:
            with summary.stats.track_time("store"):
                sink.write_batch(batch)
        summary.add(batch)
        return batch

    batches = batched(docs, options.batch_size)
    if options.workers <= 1:
        for batch in batches:
            for where, stage_names, steps in plan:
                if where == "worker":
                    batch, stats = run_worker_segment(stage_names, batch, options)
                else:
                    batch, stats = run_steps(steps, batch)  # type: ignore[arg-type]
                summary.stats.merge(stats)
            yield finish(batch)
    else:
        for batch in run_pooled(batches, options, plan, summary):
            yield finish(batch)


class Task:
    """One batch on its way through the plan: which segment is next, and its future there."""

    __slots__ = ("seq", "batch", "segment", "future", "attempts")

    def __init__(self, seq: int, batch: list[Document]) -> None:
        self.seq, self.batch, self.segment = seq, batch, 0
        self.future: Future | None = None
        self.attempts = 0


def run_pooled(batches: Iterable[list[Document]], options: Options,
               plan: list[tuple[str, tuple[str, ...], list[Step] | None]],
               summary: Summary) -> Iterator[list[Document]]:
    """Worker segments on a process pool, driver segments here in input order, at most
    `2 * workers + 2` batches in flight (memory stays flat). Scheduled from this thread only,
    so the sink and the deduplicator see one thread. When a worker dies the pool is rebuilt
    and the unfinished batches are sent again."""
    window = 2 * options.workers + 2
    pool = new_pool(options.workers)
    tasks: deque[Task] = deque()
    next_at_driver = {i: 0 for i, (where, _, _) in enumerate(plan) if where == "driver"}
    source = enumerate(batches)
    exhausted = False

    def submit(task: Task) -> None:
        _, names, _ = plan[task.segment]
        task.attempts += 1
        try:
            task.future = pool.submit(run_worker_segment, names, task.batch, options)
        except BrokenProcessPool as err:  # noticed here first: `collect` restarts the pool
            task.future = Future()
            task.future.set_exception(err)

    def advance(task: Task) -> None:
        """Run the task's next segments as far as it can go without waiting."""
        while task.future is None and task.segment < len(plan):
            where, _, steps = plan[task.segment]
            if where == "worker":
                task.attempts = 0
                submit(task)
                return
            if next_at_driver[task.segment] != task.seq:
                return  # an earlier batch must pass this stage first
            task.batch, stats = run_steps(steps, task.batch)  # type: ignore[arg-type]
            summary.stats.merge(stats)
            next_at_driver[task.segment] += 1
            task.segment += 1

    def collect(task: Task) -> None:
        nonlocal pool
        try:
            task.batch, stats = task.future.result()  # type: ignore[union-attr]
            summary.stats.merge(stats)
        except BrokenProcessPool:
            log.warning("a worker process died; restarting the pool and rerunning its batches")
            pool.shutdown(wait=False, cancel_futures=True)
            pool = new_pool(options.workers)
            for t in tasks:  # `task` is among them
                if t.future is not None and (not t.future.done() or t.future.exception() is not None):
                    if t.attempts >= BATCH_ATTEMPTS:
                        t.batch, stats = run_isolated(plan[t.segment][1], t.batch, options)
                        summary.stats.merge(stats)
                        t.future = None
                        t.segment += 1
                    else:
                        submit(t)
            return
        task.future = None
        task.segment += 1

    try:
        while True:
            while not exhausted and len(tasks) < window:
                item = next(source, None)
                if item is None:
                    exhausted = True
                else:
                    tasks.append(Task(*item))
            for task in list(tasks):
                if task.future is not None and task.future.done():
                    collect(task)
            for task in tasks:
                advance(task)
            while tasks and tasks[0].future is None and tasks[0].segment >= len(plan):
                yield tasks.popleft().batch
            if exhausted and not tasks:
                break
            running = [t.future for t in tasks if t.future is not None and not t.future.done()]
            if running and not any(t.future is not None and t.future.done() for t in tasks):
                wait(running, return_when=FIRST_COMPLETED)
    except BaseException:  # GeneratorExit included: a consumer that stops stops the pool
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)  # idle workers exit at once; joined, their usage is accounted


def run_isolated(names: tuple[str, ...], docs: list[Document],
                 options: Options) -> tuple[list[Document], Stats]:
    """A worker segment run one document at a time in a worker of its own: a document that
    kills its worker is stored as failed (`pool` stage), the others as usual."""
    out: list[Document] = []
    stats = Stats()
    pool = new_pool(1)
    try:
        for doc in docs:
            try:
                done, doc_stats = pool.submit(run_worker_segment, names, [doc], options).result()
            except BrokenProcessPool as err:
                out.append(fail(doc, POOL, err))
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool(1)
                continue
            out.extend(done)
            stats.merge(doc_stats)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return out, stats


def new_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of spawned workers that die with this process, however it ends."""
    return ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn"),
                               initializer=die_with_parent, initargs=(os.getpid(),))


def die_with_parent(parent: int) -> None:
    """Pool initializer: end this worker when its parent dies, even by SIGKILL.

    Linux delivers a signal on the parent's death (prctl PR_SET_PDEATHSIG); elsewhere, and as
    a second guard, a thread polls the parent. Ctrl-C goes to the driver, which stops the pool.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="eventwire-parent-watch").start()

