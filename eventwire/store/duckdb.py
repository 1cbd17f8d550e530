"""The DuckDB store: documents, the inputs seen, events. Writes are one transaction a batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.data import Document
from eventwire.errors import Errors
from eventwire.store.rows import batch_rows, unique_rows


class Store:
    """A DuckDB file holding documents, sources and events."""

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self.path = path
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as err:
            raise OSError(Errors.E003.format(path=path, err=err)) from err
        if not read_only:
            self.con.execute(resources.files("eventwire.store").joinpath("schema.sql").read_text())

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def seen_sources(self) -> set[str]:
        """Source paths already processed: a re-run skips them."""
        return {row[0] for row in self.con.execute("SELECT source_path FROM sources").fetchall()}

    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """(id, cluster_id, minhash) of stored articles, to rebuild the near-duplicate index."""
        cur = self.con.execute(
            "SELECT id, cluster_id, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY ingested_at, id"
        )
        while rows := cur.fetchmany(10_000):
            yield from rows

    def write_batch(self, docs: Iterable[Document], *, shards: Iterable[str] = ()) -> None:
        """Store a batch's rows of every table in one transaction.

        A row whose key is stored already is left as it is: a re-run of the same input changes
        nothing. (`shards` is for sinks that track finished input files; DuckDB has `sources`.)
        """
        rows = batch_rows(docs)
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, table_rows in rows.items():
                self._insert(table, unique_rows(table, table_rows))
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert rows not already stored, through one Arrow table (executemany is slow)."""
        if not rows:
            return
        arrow = pa.Table.from_pylist(rows)
        self.con.register("_eventwire_batch", arrow)
        try:
            cols = ", ".join(rows[0])
            self.con.execute(
                f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _eventwire_batch ON CONFLICT DO NOTHING"
            )
        finally:
            self.con.unregister("_eventwire_batch")
