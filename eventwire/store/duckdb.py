"""The DuckDB store: documents, the inputs seen, events. Writes are one transaction a batch."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.data import Document
from eventwire.errors import Errors
from eventwire.store.rows import batch_rows, unique_rows

LOCK_WAIT_S = 30.0  # how long to wait for another process to let go of the file


def connect(path: str, *, read_only: bool = False, wait_s: float = LOCK_WAIT_S) -> duckdb.DuckDBPyConnection:
    """A connection to the DuckDB file, waiting up to `wait_s` while another process holds it
    (DuckDB lets one process write, or several read, at a time)."""
    deadline = time.monotonic() + wait_s
    delay = 0.02
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as err:
            if "lock" not in str(err).lower() or time.monotonic() >= deadline:
                raise OSError(Errors.E003.format(path=path, err=err)) from err
        except duckdb.Error as err:
            raise OSError(Errors.E003.format(path=path, err=err)) from err
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


class Store:
    """A DuckDB file holding documents, sources and events.

    With `shared=True` (what a run uses) the file is opened only while a batch is written or
    the run reads what is stored, so `eventwire serve` can read it between batches; otherwise
    one connection (`con`) is held until `close`.
    """

    def __init__(self, path: str, *, read_only: bool = False, shared: bool = False) -> None:
        self.path, self.read_only = path, read_only
        self._con: duckdb.DuckDBPyConnection | None = connect(path, read_only=read_only)
        if not read_only:
            self._con.execute(resources.files("eventwire.store").joinpath("schema.sql").read_text())
        if shared:
            self._con.close()
            self._con = None

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The held connection (a Store opened with `shared=True` has none)."""
        if self._con is None:
            raise RuntimeError("this Store is shared: use `with store.connect() as con`")
        return self._con

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The held connection, or one opened for this block and closed after it."""
        if self._con is not None:
            yield self._con
            return
        con = connect(self.path, read_only=self.read_only)
        try:
            yield con
        finally:
            con.close()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def seen_sources(self) -> set[str]:
        """Source paths already processed: a re-run skips them."""
        with self.connect() as con:
            return {row[0] for row in con.execute("SELECT source_path FROM sources").fetchall()}

    def document_ids(self) -> set[str]:
        """Ids of every stored document: deduplication knows them without asking again."""
        with self.connect() as con:
            return {row[0] for row in con.execute("SELECT id FROM documents").fetchall()}

    def signatures(self) -> list[tuple[str, str, bytes]]:
        """(id, cluster_id, minhash) of stored articles, to rebuild the near-duplicate index."""
        with self.connect() as con:
            return con.execute("SELECT id, cluster_id, minhash FROM documents "
                               "WHERE minhash IS NOT NULL ORDER BY ingested_at, id").fetchall()

    def write_batch(self, docs: Iterable[Document], *, shards: Iterable[str] = ()) -> None:
        """Store a batch's rows of every table in one transaction.

        A row whose key is stored already is left as it is: a re-run of the same input changes
        nothing. (`shards` is for sinks that track finished input files; DuckDB has `sources`.)
        """
        rows = batch_rows(docs)
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                for table, table_rows in rows.items():
                    self._insert(con, table, unique_rows(table, table_rows))
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    @staticmethod
    def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert rows not already stored, through one Arrow table (executemany is slow)."""
        if not rows:
            return
        arrow = pa.Table.from_pylist(rows)
        con.register("_eventwire_batch", arrow)
        try:
            cols = ", ".join(rows[0])
            con.execute(
                f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _eventwire_batch ON CONFLICT DO NOTHING"
            )
        finally:
            con.unregister("_eventwire_batch")
