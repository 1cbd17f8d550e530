"""Shared by the engine tests: a mixed corpus, table snapshots, the coder check, Ray workers."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import duckdb
from helpers import article_text, write_jsonl, write_warc

from eventwire.settings import Options
from eventwire.store.rows import TABLE_KEYS, skipped_id

TIMESTAMPS = {"documents": ("ingested_at",), "sources": ("seen_at",)}
FRENCH = (
    "Le gouvernement a annoncé lundi une nouvelle série de mesures pour soutenir les "
    "agriculteurs touchés par la sécheresse, tandis que les syndicats appellent à une grève "
    "nationale la semaine prochaine dans plusieurs grandes villes du pays et des régions."
)


def opts(tmp_path: Path, name: str = "ew.duckdb", **kw) -> Options:
    """Options for a test run: its own DuckDB file, small batches, no progress bar."""
    return Options(db=str(tmp_path / name), progress=False, batch_size=16, **kw)


def build_corpus(root: Path) -> list[str]:
    """About 270 inputs over two WARC and two JSONL shards: exact and near duplicates, junk, French."""
    root.mkdir(parents=True, exist_ok=True)
    write_warc(root / "a.warc.gz", range(0, 90))
    write_warc(root / "b.warc.gz", range(70, 150))  # 20 exact duplicates of a.warc.gz
    write_jsonl(root / "c.jsonl", range(150, 230))
    extra = []
    for i in range(230, 250):
        extra.append({"id": i, "text": "\n".join(article_text(i))})
    for i in range(0, 15):  # near duplicates: one word changed in an earlier article
        title, body = article_text(i)
        extra.append({"id": f"near-{i}", "text": body.replace(" the ", " a ", 1) + " Updated."})
    extra.append({"id": "fr", "text": FRENCH})
    extra.append({"id": "short", "text": "Too short to be an article."})
    lines = [json.dumps(r) for r in extra] + ["{not json"]
    (root / "d.jsonl").write_text("\n".join(lines) + "\n")
    return [str(root / name) for name in ("a.warc.gz", "b.warc.gz", "c.jsonl", "d.jsonl")]


def snapshot(db: str, *, strip: str = "") -> dict[str, list[tuple]]:
    """Sorted rows of every stored table (timestamps left out); `strip` removes a source prefix."""
    out: dict[str, list[tuple]] = {}
    with duckdb.connect(db, read_only=True) as con:
        for table, key in TABLE_KEYS.items():
            exclude = f"EXCLUDE ({', '.join(TIMESTAMPS[table])})" if table in TIMESTAMPS else ""
            cur = con.execute(f"SELECT * {exclude} FROM {table} ORDER BY {', '.join(key)}")
            names = [d[0] for d in cur.description]
            out[table] = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    if strip:
        # Unreadable inputs are identified by their source path, so their ids change with it.
        def fix(row: dict, id_col: str) -> None:
            row["source_path"] = row["source_path"].removeprefix(strip)
            if str(row[id_col]).startswith("skip-"):
                row[id_col] = skipped_id(row["source_path"])

        for row in out["documents"]:
            fix(row, "id")
        for row in out["sources"]:
            fix(row, "doc_id")
    return {t: sorted((tuple(sorted(r.items())) for r in rows), key=repr) for t, rows in out.items()}


def coder_missing() -> str | None:
    """Why the event coder cannot load here, or None when it can."""
    try:
        import eventwire.events.coder  # noqa: F401
        import eventwire.resolve.step  # noqa: F401
    except ImportError as err:
        return f"event coder not available yet: {err}"
    return None


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (Ray's raylet and workers descend from the driver that started it)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rpartition(")")[2].split()[1])
        except OSError:
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def process_title(pid: int) -> bytes:
    """What a process calls itself (Ray workers set `ray::<task or actor method>`)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().rstrip(b"\0")
    except OSError:
        return b""


class WorkerKiller:
    """While active, SIGKILLs the first Ray worker of this process seen running `task`."""

    def __init__(self, task: bytes) -> None:
        self.task = task
        self.killed: list[tuple[int, bytes]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.is_set() and not self.killed:
            for pid in descendants(os.getpid()):
                title = process_title(pid)
                if title.startswith(b"ray::") and self.task in title:
                    os.kill(pid, signal.SIGKILL)
                    self.killed.append((pid, title))
                    return
            time.sleep(0.02)

    def __enter__(self) -> WorkerKiller:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
