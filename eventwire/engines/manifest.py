"""The commit log of a Parquet output: one JSON line per finished batch, appended atomically.

A batch's data files are written first; the batch exists only once its manifest line is on
disk. A run stopped at any point leaves at most one torn line and some uncommitted files,
which the next run drops, so every document ends up committed exactly once.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

MANIFEST_NAME = "_manifest.jsonl"


class Manifest:
    """Finished batches (their files and the input shards they completed) of one output folder."""

    def __init__(self, root: str | Path) -> None:
        self.path = Path(root) / MANIFEST_NAME
        self.entries: list[dict[str, Any]] = self._load()

    def _load(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        data = self.path.read_bytes()
        good = data[: data.rfind(b"\n") + 1]
        if len(good) != len(data):
            # A torn last line is a batch that never committed: cut it so appends stay clean.
            with open(self.path, "r+b") as fh:
                fh.truncate(len(good))
        entries = []
        for line in good.splitlines():
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        return entries

    @property
    def next_seq(self) -> int:
        return max((e["seq"] for e in self.entries), default=-1) + 1

    def files(self, table: str | None = None) -> list[str]:
        """Committed data files (relative to the output folder), in commit order."""
        return [f for e in self.entries for f in e["files"] if table is None or f.startswith(table + "/")]

    def done_shards(self) -> set[str]:
        """Input shards whose every document is committed."""
        return {s for e in self.entries for s in e.get("shards", ())}

    def commit(self, entry: dict[str, Any]) -> None:
        """Append one batch's line and fsync it: the batch is durable when this returns."""
        line = (json.dumps(entry, sort_keys=True) + "\n").encode("utf-8")
        with open(self.path, "ab") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        self.entries.append(entry)
