"""Parquet output: a folder of documents, events, sources and reports that DuckDB reads directly.

Layout (one file per table per batch, committed by the manifest)::

    OUT/documents/part-000000.parquet   the `documents` table of schema.sql (minhash included)
    OUT/events/part-000000.parquet      the `events` table
    OUT/places/part-000000.parquet      the `places` table
    OUT/sources/part-000000.parquet     every input read: what it became
    OUT/reports/part-000000.parquet     one row per batch: counts by status, events
    OUT/_manifest.jsonl                 committed batches and finished input shards

`ParquetStore` has the methods of `store.duckdb.Store` the engines use, so dedup and resume
work unchanged; `merge_parquet` loads a folder into a DuckDB file for single-machine use.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.data import Document
from eventwire.engines.manifest import Manifest
from eventwire.store.duckdb import Store
from eventwire.store.rows import TABLE_KEYS, batch_rows, unique_rows

STORE_TABLES = tuple(TABLE_KEYS)
TABLES = (*STORE_TABLES, "reports")
DUCKDB_TO_ARROW = {
    "VARCHAR": pa.string(), "JSON": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "BLOB": pa.binary(),
    "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string()),
}
REPORT_SCHEMA = pa.schema([
    ("seq", pa.int64()), ("documents", pa.int64()), ("ok", pa.int64()), ("duplicate", pa.int64()),
    ("near_duplicate", pa.int64()), ("non_english", pa.int64()), ("skipped", pa.int64()),
    ("failed", pa.int64()), ("events", pa.int64()), ("shards_done", pa.int64()), ("written_at", pa.timestamp("us")),
])


@lru_cache(maxsize=1)
def table_schemas() -> dict[str, pa.Schema]:
    """Arrow schemas of the store's tables, read from schema.sql so both stay in step."""
    import duckdb

    con = duckdb.connect()
    con.execute(resources.files("eventwire.store").joinpath("schema.sql").read_text())
    schemas = {}
    for table in STORE_TABLES:
        cols = con.execute(f"SELECT name, type FROM pragma_table_info('{table}')").fetchall()
        schemas[table] = pa.schema([(name, DUCKDB_TO_ARROW[typ]) for name, typ in cols])
    con.close()
    schemas["reports"] = REPORT_SCHEMA
    return schemas


class ParquetStore:
    """A Parquet output folder used like the DuckDB store: one committed file set per batch."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        for table in TABLES:
            (self.root / table).mkdir(parents=True, exist_ok=True)
        self.manifest = Manifest(self.root)
        self._drop_uncommitted()
        self._keys: dict[str, set[tuple]] = {t: set() for t in STORE_TABLES}
        for table, key in TABLE_KEYS.items():
            for path in self._files(table):
                cols = pq.read_table(path, columns=list(key)).to_pydict()
                self._keys[table].update(zip(*(cols[c] for c in key), strict=True))

    def _drop_uncommitted(self) -> None:
        """Delete files of batches a stopped run wrote but never committed."""
        committed = set(self.manifest.files())
        for table in TABLES:
            for path in (self.root / table).iterdir():
                if f"{table}/{path.name}" not in committed:
                    path.unlink()

    def _files(self, table: str) -> list[str]:
        return [str(self.root / f) for f in self.manifest.files(table)]

    def close(self) -> None:
        """Nothing to release: every committed batch is already on disk."""

    def __enter__(self) -> ParquetStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def seen_sources(self) -> set[str]:
        """Source paths already committed: a re-run skips them."""
        return {k[0] for k in self._keys["sources"]}

    def done_shards(self) -> set[str]:
        """Input files whose every document is committed: a re-run does not even read them."""
        return self.manifest.done_shards()

    def document_ids(self) -> set[str]:
        return {k[0] for k in self._keys["documents"]}

    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """(id, cluster_id, minhash) of committed articles, in commit order."""
        for path in self._files("documents"):
            table = pq.read_table(path, columns=["id", "cluster_id", "minhash"])
            for doc_id, cluster_id, blob in zip(*(table.column(i).to_pylist() for i in range(3)), strict=True):
                if blob is not None:
                    yield doc_id, cluster_id, blob

    def write_batch(self, docs: Iterable[Document], *, shards: Iterable[str] = ()) -> None:
        """Write a batch's files, then commit them (with the shards it finished) in the manifest.

        The rows are `Store.write_batch`'s: a key already committed is not written again.
        """
        now = datetime.now(UTC).replace(tzinfo=None)
        docs = list(docs)
        rows = batch_rows(docs, now=now)
        shards = sorted(shards)
        seq = self.manifest.next_seq
        files, new_keys = [], {}
        for table, key in TABLE_KEYS.items():
            table_rows = unique_rows(table, rows[table], self._keys[table])
            new_keys[table] = {tuple(r[c] for c in key) for r in table_rows}
            if table_rows:
                files.append(self._write(table, seq, table_rows))
        files.append(self._write("reports", seq, [report_row(seq, docs, len(shards), now)]))
        self.manifest.commit({"seq": seq, "files": files, "shards": shards, "documents": len(docs)})
        for table, keys in new_keys.items():
            self._keys[table] |= keys

    def _write(self, table: str, seq: int, rows: list[dict[str, Any]]) -> str:
        """Write one table's rows to a temporary file and move it into place."""
        data = pa.Table.from_pylist(rows, schema=table_schemas()[table])
        name = f"{table}/part-{seq:06d}.parquet"
        tmp = self.root / table / f".part-{seq:06d}.tmp"
        pq.write_table(data, tmp, compression="zstd")
        os.replace(tmp, self.root / name)
        return name


def report_row(seq: int, docs: list[Document], shards_done: int, now: datetime) -> dict[str, Any]:
    """The reports table's row of one batch: documents by status, events, shards finished."""
    by_status: dict[str, int] = {}
    for doc in docs:
        by_status[doc.status] = by_status.get(doc.status, 0) + 1
    return {
        "seq": seq, "documents": len(docs), "ok": by_status.get("ok", 0),
        "duplicate": by_status.get("duplicate", 0),
        "near_duplicate": by_status.get("near_duplicate", 0),
        "non_english": by_status.get("non_english", 0), "skipped": by_status.get("skipped", 0),
        "failed": by_status.get("failed", 0), "events": sum(len(d.events) for d in docs),
        "shards_done": shards_done, "written_at": now,
    }


def merge_parquet(root: str | Path, db: str) -> dict[str, int]:
    """Load a Parquet output folder into a DuckDB file; returns rows added per table.

    Idempotent: rows whose key is already in the database are left as they are, so merging
    twice (or merging a resumed run) adds nothing new.
    """
    out = ParquetStore(root)
    added: dict[str, int] = {}
    with Store(db) as store:
        con = store.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table, key_columns in TABLE_KEYS.items():
                key = ", ".join(key_columns)
                files = out._files(table)
                before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                if files:
                    cols = ", ".join(table_schemas()[table].names)
                    # The first row per key wins, as a batch-by-batch store would have kept it.
                    con.execute(
                        f"INSERT INTO {table} ({cols}) SELECT {cols} FROM read_parquet(?, union_by_name=true, filename=true) "
                        f"QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY filename) = 1 "
                        "ON CONFLICT DO NOTHING",
                        [files],
                    )
                added[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return added
