"""Parquet output: a folder of documents, events, sources and reports that DuckDB reads directly.

Layout (one file per table per batch, committed by the manifest)::

    OUT/documents/part-000000.parquet   the `documents` table of schema.sql (minhash included)
    OUT/events/part-000000.parquet      the `events` table
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

from eventwire.data import STATUS_DUPLICATE, STATUS_SKIPPED, Document
from eventwire.engines.manifest import Manifest
from eventwire.settings import Options
from eventwire.store.duckdb import Store, event_row, skipped_id

TABLES = ("documents", "events", "sources", "reports")
DUCKDB_TO_ARROW = {
    "VARCHAR": pa.string(), "JSON": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "BLOB": pa.binary(),
    "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string()),
}
REPORT_SCHEMA = pa.schema([
    ("seq", pa.int64()), ("documents", pa.int64()), ("ok", pa.int64()), ("duplicate", pa.int64()),
    ("near_duplicate", pa.int64()), ("non_english", pa.int64()), ("skipped", pa.int64()),
    ("events", pa.int64()), ("shards_done", pa.int64()), ("written_at", pa.timestamp("us")),
])


@lru_cache(maxsize=1)
def table_schemas() -> dict[str, pa.Schema]:
    """Arrow schemas of the store's tables, read from schema.sql so both stay in step."""
    import duckdb

    con = duckdb.connect()
    con.execute(resources.files("eventwire.store").joinpath("schema.sql").read_text())
    schemas = {}
    for table in ("documents", "events", "sources"):
        cols = con.execute(f"SELECT name, type FROM pragma_table_info('{table}')").fetchall()
        schemas[table] = pa.schema([(name, DUCKDB_TO_ARROW[typ]) for name, typ in cols])
    con.close()
    schemas["reports"] = REPORT_SCHEMA
    return schemas


def out_parquet_of(options: Options, out_parquet: str | None = None) -> str | None:
    """The Parquet output folder: the argument, else `options.out_parquet`."""
    return out_parquet or options.out_parquet


def open_sink(options: Options, store: Store | None, out_parquet: str | None = None):
    """Where an engine writes: a ParquetStore when a Parquet folder is asked for, else `store`."""
    out = out_parquet_of(options, out_parquet)
    return ParquetStore(out) if out else store


class ParquetStore:
    """A Parquet output folder used like the DuckDB store: one committed file set per batch."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        for table in TABLES:
            (self.root / table).mkdir(parents=True, exist_ok=True)
        self.manifest = Manifest(self.root)
        self._drop_uncommitted()
        self._ids: set[str] = set(self._column("documents", "id"))
        self._sources: set[str] = set(self._column("sources", "source_path"))

    def _drop_uncommitted(self) -> None:
        """Delete files of batches a stopped run wrote but never committed."""
        committed = set(self.manifest.files())
        for table in TABLES:
            for path in (self.root / table).iterdir():
                if f"{table}/{path.name}" not in committed:
                    path.unlink()

    def _files(self, table: str) -> list[str]:
        return [str(self.root / f) for f in self.manifest.files(table)]

    def _column(self, table: str, column: str) -> Iterator[Any]:
        for path in self._files(table):
            yield from pq.read_table(path, columns=[column]).column(column).to_pylist()

    def close(self) -> None:
        """Nothing to release: every committed batch is already on disk."""

    def __enter__(self) -> ParquetStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def seen_sources(self) -> set[str]:
        """Source paths already committed: a re-run skips them."""
        return set(self._sources)

    def done_shards(self) -> set[str]:
        """Input files whose every document is committed: a re-run does not even read them."""
        return self.manifest.done_shards()

    def has_document(self, doc_id: str) -> bool:
        return doc_id in self._ids

    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """(id, cluster_id, minhash) of committed articles, in commit order."""
        for path in self._files("documents"):
            table = pq.read_table(path, columns=["id", "cluster_id", "minhash"])
            for doc_id, cluster_id, blob in zip(*(table.column(i).to_pylist() for i in range(3)), strict=True):
                if blob is not None:
                    yield doc_id, cluster_id, blob

    def write_batch(
        self, docs: Iterable[Document], minhashes: dict[str, bytes] | None = None, *,
        shards: Iterable[str] = (),
    ) -> None:
        """Write a batch's files, then commit them (with the shards it finished) in the manifest.

        Mirrors `Store.write_batch`: exact duplicates only record their source, and a document
        id or source path already committed is not written again.
        """
        minhashes = minhashes or {}
        now = datetime.now(UTC).replace(tzinfo=None)
        docs = list(docs)
        rows: dict[str, list] = {t: [] for t in TABLES}
        new_ids: set[str] = set()
        new_sources: set[str] = set()
        for doc in docs:
            if doc.status == STATUS_SKIPPED and not doc.id:
                doc.id = skipped_id(doc.source_path)
            if doc.source_path not in self._sources and doc.source_path not in new_sources:
                new_sources.add(doc.source_path)
                rows["sources"].append((doc.source_path, doc.id, doc.status, doc.reason, now))
            if doc.status == STATUS_DUPLICATE or doc.id in self._ids or doc.id in new_ids:
                continue
            new_ids.add(doc.id)
            rows["documents"].append((
                doc.id, doc.url, doc.outlet, doc.title, doc.text, doc.published,
                doc.published_source, doc.language, doc.status, doc.reason, doc.cluster_id,
                doc.source_path, now, minhashes.get(doc.id),
            ))
            rows["events"].extend(event_row(ev) for ev in doc.events)
        shards = sorted(shards)
        seq = self.manifest.next_seq
        rows["reports"].append(report_row(seq, docs, len(shards), now))
        files = []
        for table, table_rows in rows.items():
            if table_rows:
                files.append(self._write(table, seq, table_rows))
        self.manifest.commit({"seq": seq, "files": files, "shards": shards, "documents": len(docs)})
        self._ids |= new_ids
        self._sources |= new_sources

    def _write(self, table: str, seq: int, rows: list[tuple]) -> str:
        """Write one table's rows to a temporary file and move it into place."""
        schema = table_schemas()[table]
        columns = list(zip(*rows, strict=True))
        data = pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, schema, strict=True)],
                                    schema=schema)
        name = f"{table}/part-{seq:06d}.parquet"
        tmp = self.root / table / f".part-{seq:06d}.tmp"
        pq.write_table(data, tmp, compression="zstd")
        os.replace(tmp, self.root / name)
        return name


def report_row(seq: int, docs: list[Document], shards_done: int, now: datetime) -> tuple:
    """The reports table's row of one batch."""
    by_status: dict[str, int] = {}
    for doc in docs:
        by_status[doc.status] = by_status.get(doc.status, 0) + 1
    return (
        seq, len(docs), by_status.get("ok", 0), by_status.get("duplicate", 0),
        by_status.get("near_duplicate", 0), by_status.get("non_english", 0),
        by_status.get("skipped", 0), sum(len(d.events) for d in docs), shards_done, now,
    )


def merge_parquet(root: str | Path, db: str) -> dict[str, int]:
    """Load a Parquet output folder into a DuckDB file; returns rows added per table.

    Idempotent: rows whose key is already in the database are left as they are, so merging
    twice (or merging a resumed run) adds nothing new.
    """
    out = ParquetStore(root)
    added: dict[str, int] = {}
    keys = {"documents": "id", "events": "id", "sources": "source_path"}
    with Store(db) as store:
        con = store.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table, key in keys.items():
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
