"""The default batch (speed round 11): a run stores 256 documents a transaction, so each
batch's fixed costs (a DuckDB open and checkpoint, one call of each parse stage and learned
model) are paid four times less often than with 64, and what is stored does not depend on it."""

from __future__ import annotations

from scale_helpers import build_corpus, snapshot

from eventwire import api
from eventwire.settings import Options
from eventwire.store.duckdb import Store


def test_a_default_run_stores_256_documents_a_transaction_and_the_same_rows(tmp_path, monkeypatch):
    inputs = build_corpus(tmp_path / "corpus")  # ~270 inputs: duplicates, near ones, junk
    written: list[int] = []
    write = Store.write_batch

    def counting(self, docs, **kw):
        docs = list(docs)
        written.append(len(docs))
        return write(self, docs, **kw)

    monkeypatch.setattr(Store, "write_batch", counting)
    default = Options(db=str(tmp_path / "default.duckdb"), progress=False)
    summary = api.ingest(inputs, default)
    n = summary.counts["read"]
    assert n > 256
    assert written == [256, n - 256]  # two transactions, where 64 a batch took five
    written.clear()
    api.ingest(inputs, default.with_(db=str(tmp_path / "small.duckdb"), batch_size=64))
    assert len(written) == -(-n // 64)
    assert snapshot(default.db) == snapshot(str(tmp_path / "small.duckdb"))
