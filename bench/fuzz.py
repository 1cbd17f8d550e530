"""Fuzz the main job: hostile inputs of every kind the readers accept, among good articles.

Each round writes good articles (known text, known events) and `--per-round` generated inputs
into one folder, runs `eventwire run` on it into one DuckDB file, and checks:

* the run finishes (no exception escapes, no hang past `--timeout`);
* every input file is accounted for in `sources` (stored, skipped or failed, with a reason);
* every good article is stored once with status ok, and its events are there.

Inputs are seeded mutations of real shapes (text, HTML, gzip, JSONL, WARC): truncation, byte
flips, encoding swaps, control characters, lone surrogates, huge and deeply nested structures,
odd dates and numbers, missing headers. `tests/engines/test_fuzz.py` runs a small bounded round
in CI; the default here (10,000 inputs) is the figure in BENCHMARKS.md.

    python bench/fuzz.py [--seed 0] [--inputs 10000] [--per-round 500]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

GOOD = (
    "Russian President Vladimir Putin met Syrian President Ahmad al-Sharaa in Moscow on "
    "Wednesday. The two leaders discussed the reconstruction of Syria and signed an agreement on "
    "energy cooperation. Syrian Foreign Minister Asaad al-Shaibani said the talks were frank. "
    "Turkey condemned the air strikes on the border town, the ministry said in a statement. "
    "Police arrested 12 protesters in the capital after clashes with security forces."
)
EVENT_WORDS = "met attacked condemned arrested signed accused visited threatened protested "
FILLER = (
    "harvest river bridge school budget rail port grain market hospital farmers council water "
    "road village season prices rain museum festival teachers students bus station library "
    "clinic bakery weather crops cattle fishing boats coast island mountain valley forest "
    "garden plant factory workers shift salary union tourism hotel airport flight train ticket"
).split()
DATES = ("0001-01-01", "garbage", "2025-13-45", "9999-12-31", "", "2025-02-30", "1e400",
         "-0001-01-01", "2025-06-01T25:61:00Z")


def good_article(i: int) -> str:
    """A good article: the events of GOOD plus a unique paragraph (distinct ids, no near dups)."""
    rng = random.Random(10_000 + i)
    # Long random filler keeps articles apart for near-duplicate detection (shared GOOD is ~15 %).
    paras = [" ".join(rng.choice(FILLER) for _ in range(120)).capitalize() + "." for _ in range(3)]
    return f"Story number {i}. {paras[0]}\n\n{GOOD}\n\n{paras[1]}\n\n{paras[2]}"


def html_page(body: str, title: str = "Title") -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{paras}</article></body></html>")


def warc_bytes(records: list[tuple[str | None, bytes]], *, gz: bool) -> bytes:
    """A WARC of response records (uri None: no WARC-Target-URI header)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, payload in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(uri or "https://x.example/", "response",
                                        payload=io.BytesIO(payload), http_headers=http)
        if uri is None:
            rec.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(rec)
    return buf.getvalue()


# -- mutations: bytes -> bytes ----------------------------------------------------------------

def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(0, max(1, len(data)))]


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def control_chars(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 50)):
        out.insert(rng.randrange(len(out) + 1), rng.choice(b"\x00\x01\x07\x08\x0b\x0c\x1b\x7f"))
    return bytes(out)


def reencode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    enc = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "shift_jis"])
    return text.encode(enc, "replace")


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [truncate, flip_bytes, control_chars, reencode]


# -- generators: (rng, index, big) -> (file name, bytes) ---------------------------------------

def size(rng: random.Random, big: bool, sizes: list[int]) -> int:
    """One of `sizes`, or with `big=False` the first (the CI test keeps every shape, small)."""
    return rng.choice(sizes) if big else sizes[0]


def gen_text(rng: random.Random, i: int, big: bool) -> tuple[str, bytes]:
    return f"t{i}.txt", rng.choice(MUTATIONS)(rng, good_article(rng.randrange(10**6)).encode())


def gen_html(rng: random.Random, i: int, big: bool) -> tuple[str, bytes]:
    data = rng.choice(MUTATIONS)(rng, html_page(good_article(rng.randrange(10**6))).encode())
    if rng.random() < 0.3:
        return f"h{i}.html.gz", gzip.compress(data)[: rng.choice([None, rng.randrange(1, 200)])]
    return f"h{i}.html", data


def gen_nested_html(rng: random.Random, i: int, big: bool) -> tuple[str, bytes]:
    depth = size(rng, big, [300, 50, 3000, 20000])
    body = "<div>" * depth + GOOD + "</div>" * depth
    return f"n{i}.html", f"<html><body>{body}</body></html>".encode()


def gen_jsonl(rng: random.Random, i: int, big: bool) -> tuple[str, bytes]:
    lines = []
    for _ in range(rng.randint(0, 4)):
        kind = rng.randrange(9)
        if kind == 0:
            lines.append('{"text": "' + GOOD[:200] + '\\ud800 lone surrogate"}')
        elif kind == 1:
            depth = size(rng, big, [1000, 100, 100_000])
            lines.append("[" * depth + "]" * depth)
        elif kind == 2:
            lines.append('{"text": "x", "id": ' + "9" * size(rng, big, [5000, 10, 50_000]) + "}")
        elif kind == 3:
            lines.append(json.dumps({"text": good_article(rng.randrange(10**6)),
                                     "published": rng.choice(DATES)}))
        elif kind == 4:
            lines.append(json.dumps({"html": 12, "text": None, "url": ["a"], "title": {"x": 1}}))
        elif kind == 5:
            lines.append("{not json")
        elif kind == 6:
            lines.append(json.dumps({"text": (EVENT_WORDS * size(rng, big, [100, 2000, 8000])).strip()}))
        elif kind == 7:
            lines.append(json.dumps({"text": "在北京举行的会议上，两国领导人签署了协议。" * 20}))
        else:
            lines.append(json.dumps({"text": "On the first day of the year 1 AD, 10000000 years "
                                             "before, the king attacked the city. " * 5,
                                     "published": "0001-01-02"}))
    data = ("\n".join(lines)).encode("utf-8", "surrogatepass")
    if rng.random() < 0.2:
        data = rng.choice(MUTATIONS)(rng, data)
    return f"j{i}.jsonl", data


def gen_warc(rng: random.Random, i: int, big: bool) -> tuple[str, bytes]:
    records = []
    for _ in range(rng.randint(0, 3)):
        uri = None if rng.random() < 0.3 else f"https://w.example/{rng.randrange(10**6)}"
        records.append((uri, html_page(good_article(rng.randrange(10**6))).encode()))
    gz = rng.random() < 0.6
    data = warc_bytes(records, gz=gz)
    if rng.random() < 0.5:
        data = rng.choice([truncate, flip_bytes])(rng, data)
    return f"w{i}.warc" + (".gz" if gz else ""), data


def gen_odd(rng: random.Random, i: int, big: bool) -> tuple[str, bytes]:
    kind = rng.randrange(6)
    if kind == 0:
        return f"e{i}.txt", b""
    if kind == 1:
        return f"b{i}.bin", bytes(rng.randrange(256) for _ in range(rng.randint(1, 5000)))
    if kind == 2:
        return f"m{i}.warc", html_page(GOOD).encode()  # HTML named .warc
    if kind == 3:
        return f"z{i}.jsonl", b""
    if kind == 4:
        sentence = " and ".join(f"troops attacked village {k}" for k in range(size(rng, big, [300, 4000])))
        return f"l{i}.txt", (GOOD + " " + sentence + ".").encode()
    return f"u{i}.txt", good_article(i).encode("utf-16-le")  # UTF-16 without a BOM


GENERATORS = [gen_text, gen_html, gen_nested_html, gen_jsonl, gen_warc, gen_odd]


def write_round(root: Path, rng: random.Random, n_bad: int, n_good: int, start: int,
                big: bool = True) -> tuple[list[Path], list[Path]]:
    """Write n_good good articles and n_bad generated inputs into `root`."""
    root.mkdir(parents=True, exist_ok=True)
    good, bad = [], []
    for k in range(n_good):
        path = root / f"good-{start + k}.txt"
        path.write_text(good_article(start + k), encoding="utf-8")
        good.append(path)
    for k in range(n_bad):
        name, data = GENERATORS[k % len(GENERATORS)](rng, start + k, big)
        path = root / name
        path.write_bytes(data)
        bad.append(path)
    return good, bad


def check_round(db: str, good: list[Path], bad: list[Path]) -> dict[str, int]:
    """Inputs unaccounted for, good articles lost (not ok or without events)."""
    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        sources = [r[0] for r in con.execute("SELECT source_path FROM sources").fetchall()]
        docs = {r[0]: (r[1], r[2]) for r in con.execute(
            "SELECT d.source_path, d.status, (SELECT count(*) FROM events e WHERE e.doc_id = d.id) "
            "FROM documents d").fetchall()}
    seen = set(sources)
    prefixes = sorted(sources)
    unaccounted = 0
    for path in good + bad:
        p = str(path)
        if p in seen:
            continue
        if not any(s.startswith(p + ":") or s.startswith(p + "#") for s in prefixes):
            unaccounted += 1
    lost = sum(1 for path in good if docs.get(str(path), ("", 0))[0] != "ok" or not docs[str(path)][1])
    return {"unaccounted": unaccounted, "good_lost": lost}


ROUND = """
import sys
from eventwire.api import run
from eventwire.settings import Options
run([sys.argv[1]], Options(db=sys.argv[2], progress=False))
"""


def fuzz(seed: int, inputs: int, per_round: int, *, good_per_round: int = 20,
         timeout: float = 1800) -> dict[str, float]:
    """Run rounds until `inputs` generated inputs were tried; totals of what went wrong.

    Each round is a fresh `run` process: an exception that escapes, a crash or a hang past
    `timeout` seconds counts as an aborted run."""
    rng = random.Random(seed)
    totals = {"inputs": 0, "good": 0, "aborted_runs": 0, "unaccounted": 0, "good_lost": 0,
              "seconds": 0.0, "rounds": 0}
    with tempfile.TemporaryDirectory(prefix="eventwire-fuzz-") as tmp:
        while totals["inputs"] < inputs:
            n = min(per_round, inputs - totals["inputs"])
            r = totals["rounds"]
            folder = Path(tmp) / f"r{r}"
            good, bad = write_round(folder, rng, n, good_per_round, start=r * per_round)
            db = str(Path(tmp) / f"r{r}.duckdb")
            t = time.perf_counter()
            try:
                proc = subprocess.run([sys.executable, "-c", ROUND, str(folder), db],
                                      capture_output=True, text=True, timeout=timeout)
                ok = proc.returncode == 0
                why = proc.stderr[-300:]
            except subprocess.TimeoutExpired:
                ok, why = False, f"no end after {timeout} s"
            totals["seconds"] += time.perf_counter() - t
            totals["inputs"] += n
            totals["good"] += len(good)
            totals["rounds"] += 1
            if not ok:
                totals["aborted_runs"] += 1
                print(f"round {r}: run aborted: {why}", file=sys.stderr)
                continue
            for key, value in check_round(db, good, bad).items():
                totals[key] += value
            print(json.dumps(totals), file=sys.stderr)
            shutil.rmtree(folder)
    return totals


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--inputs", type=int, default=10_000, help="generated (hostile) inputs in all")
    ap.add_argument("--per-round", type=int, default=500, help="generated inputs per run")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds a round may take")
    args = ap.parse_args()
    print(json.dumps(fuzz(args.seed, args.inputs, args.per_round, timeout=args.timeout), indent=2))


if __name__ == "__main__":
    main()
