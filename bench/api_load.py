"""Bounded concurrent load test of the HTTP API against uvicorn on 127.0.0.1.

Run from the repo root: `python bench/api_load.py [--requests 2000] [--concurrency 32] [--docs 1000]`.

Builds a synthetic event database (seeded: documents with 1-3 coded events each between a few
countries, some syndicated copies), merges it, starts `eventwire serve` in a subprocess on a
free 127.0.0.1 port, sends a fixed number of GET requests (a mix of every read endpoint, with
filters and paging) at most `--concurrency` at a time, then stops the server. Prints latency
percentiles per endpoint and overall, and the error count (any non-200 or exception); exits 1 if
there was any error. It stops by itself: a fixed request count and a wall-clock limit.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere without installing eventwire

COUNTRIES = ("RUS", "SYR", "ISR", "USA", "TUR", "IRN", "UKR", "FRA", "CHN", "EGY")
SECTORS = ("GOV", "MIL", "CVL", "REB")
TYPES = (("CONSULT", ["diplomatic"]), ("AGREE", ["economic"]), ("AID", ["humanitarian"]),
         ("COOPERATE", ["military"]), ("ACCUSE", ["diplomatic"]), ("THREATEN", []),
         ("ASSAULT", ["military"]), ("SANCTION", ["economic"]), ("REQUEST", []), ("MOBILIZE", []))
PLACES = (("Moscow", 55.75, 37.62, "RUS"), ("Damascus", 33.51, 36.29, "SYR"),
          ("Ankara", 39.93, 32.86, "TUR"), ("Kyiv", 50.45, 30.52, "UKR"), (None, None, None, None))


def build_db(path: str, n_docs: int, seed: int = 7) -> None:
    """A synthetic database of n_docs documents, written through Store.write_batch, then merged."""
    from eventwire.analyze.merge import merge_db
    from eventwire.data import Actor, Document, Event, Span
    from eventwire.events import codebook
    from eventwire.store.duckdb import Store

    rng = random.Random(seed)
    docs = []
    for i in range(n_docs):
        a, r = rng.sample(COUNTRIES, 2)
        day = f"2026-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
        copy_of = docs[-1] if docs and rng.random() < 0.1 else None
        doc = Document(source_path=f"bench/{i}.txt", id=f"d{i:05d}", url=f"https://outlet{i % 40}.example/{i}",
                       outlet=f"outlet{i % 40}.example", published=day,
                       status="near_duplicate" if copy_of else "ok",
                       cluster_id=copy_of.id if copy_of else None)
        sentences = []
        for j in range(rng.randint(1, 3)):
            etype, ctx = rng.choice(TYPES)
            actor, recipient = f"{a} officials", f"{r} forces"
            sent = f"{actor} {etype.lower()} {recipient} in talks number {i}-{j}."
            start = sum(len(s) + 1 for s in sentences)
            sentences.append(sent)
            place = rng.choice(PLACES)
            cameo = codebook.default_cameo(etype, None, ctx)
            if copy_of:
                continue  # copies are stored uncoded, as the pipeline does
            doc.events.append(Event(
                doc_id=doc.id, sentence_index=j, text=sent, event=etype,
                actor=Actor(actor, actor.upper(), a, rng.choice(SECTORS), "kb", Span(start, start + len(actor), actor)),
                recipient=Actor(recipient, recipient.upper(), r, rng.choice(SECTORS), "kb",
                                Span(start + sent.index(recipient), start + sent.index(recipient) + len(recipient),
                                     recipient)),
                context=ctx, quad_code=codebook.quad_of(etype), event_scale=codebook.event_scale(etype),
                cameo=cameo, goldstein=codebook.goldstein(cameo), event_text=etype.lower(),
                sentence_span=Span(start, start + len(sent), sent), confidence=0.8, date=day,
                date_precision="day",
                location={"name": place[0], "lat": place[1], "lon": place[2], "country": place[3],
                          "feature": "city"} if place[0] else None,
                id=f"{doc.id}-e{j}",
            ))
        doc.text = " ".join(sentences)
        docs.append(doc)
    with Store(path) as store:
        for k in range(0, len(docs), 500):
            store.write_batch(docs[k:k + 500])
    merge_db(path)


def request_mix(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """(endpoint label, path with query) for n requests."""
    mix = []
    for _ in range(n):
        c1, c2 = rng.sample(COUNTRIES, 2)
        choice = rng.random()
        if choice < 0.35:
            q = rng.choice([f"actor_country={c1}", f"country={c1}&quad={rng.randint(1, 4)}",
                            f"type={rng.choice(TYPES)[0]}&date_from=2026-02-01", "text=talks",
                            f"dimension=security&offset={rng.randint(0, 200)}", "place=Damascus"])
            mix.append(("GET /events", f"/events?{q}&limit={rng.choice([20, 50, 100])}"))
        elif choice < 0.5:
            mix.append(("GET /events/{id}", f"/events/d{rng.randint(0, 999):05d}-e0"))
        elif choice < 0.65:
            mix.append(("GET /dyads", f"/dyads?a={c1}&b={c2}&by={rng.choice(['day', 'week', 'month'])}"))
        elif choice < 0.75:
            mix.append(("GET /documents", f"/documents?limit=50&offset={rng.randint(0, 500)}"))
        elif choice < 0.82:
            mix.append(("GET /documents/{id}", f"/documents/d{rng.randint(0, 999):05d}"))
        elif choice < 0.9:
            mix.append(("GET /stats", "/stats"))
        elif choice < 0.95:
            mix.append(("GET /network", "/network"))
        else:
            mix.append(("GET /health", "/health"))
    return mix


async def run_load(base: str, mix: list[tuple[str, str]], concurrency: int, limit_s: float) -> tuple[dict, list[str], float]:
    """Send every request, at most `concurrency` at a time; latencies by label and errors."""
    import httpx

    sem = asyncio.Semaphore(concurrency)
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []

    async def one(client: httpx.AsyncClient, label: str, path: str) -> None:
        async with sem:
            t0 = time.perf_counter()
            try:
                r = await client.get(base + path)
                ok = r.status_code == 200 or (label.endswith("{id}") and r.status_code == 404)
                if not ok:
                    errors.append(f"{r.status_code} {path}")
            except httpx.HTTPError as err:
                errors.append(f"{type(err).__name__} {path}")
            latencies[label].append(time.perf_counter() - t0)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    t0 = time.perf_counter()
    async with httpx.AsyncClient(limits=limits, timeout=30, trust_env=False) as client:
        await asyncio.wait_for(asyncio.gather(*(one(client, lb, p) for lb, p in mix)), timeout=limit_s)
    return latencies, errors, time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    import httpx

    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the server exited early")
        try:
            if httpx.get(base + "/health", timeout=2, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("the server did not start")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))] * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--docs", type=int, default=1000, help="synthetic documents in the database")
    parser.add_argument("--limit-s", type=float, default=300, help="stop after this many seconds")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="reuse (or build once into) this database file")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        db = args.db or os.path.join(tmp, "bench.duckdb")
        t0 = time.perf_counter()
        if not os.path.exists(db):
            build_db(db, args.docs, args.seed)
        import duckdb

        con = duckdb.connect(db, read_only=True)
        n_events, n_happenings = con.execute(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM happenings)").fetchone()
        con.close()
        print(f"database: {args.docs} documents, {n_events} events, {n_happenings} happenings "
              f"(built and merged in {time.perf_counter() - t0:.1f} s)")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        cmd = [sys.executable, "-c", "from eventwire.cli import main; main()", "serve", "--db", db,
               "--host", "127.0.0.1", "--port", str(port)]
        env = {**os.environ, "PYTHONPATH": str(ROOT), "EVENTWIRE_TOKEN": ""}
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_ready(base, proc)
            mix = request_mix(random.Random(args.seed), args.requests)
            latencies, errors, wall = asyncio.run(run_load(base, mix, args.concurrency, args.limit_s))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    everything = [x for v in latencies.values() for x in v]
    print(f"\n{len(everything)} requests, {args.concurrency} concurrent, {wall:.1f} s wall, "
          f"{len(everything) / wall:.0f} req/s, errors: {len(errors)}\n")
    print("| endpoint | requests | p50 ms | p90 ms | p99 ms | max ms | mean ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, vals in sorted(latencies.items()) + [("all", everything)]:
        print(f"| {label} | {len(vals)} | {pct(vals, 50):.1f} | {pct(vals, 90):.1f} | {pct(vals, 99):.1f} | "
              f"{max(vals) * 1000:.1f} | {statistics.mean(vals) * 1000:.1f} |")
    for e in errors[:10]:
        print("error:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
