"""Throughput benchmark: articles/s per core by stage and end to end, local and Ray engines.

Run from the repo root::

    python bench/throughput.py                      # 5,000 articles, local and ray, 1 and 2 workers
    python bench/throughput.py --n 500 --engines local --no-code

The corpus is built in a temporary folder from the extraction-dev pages (../shared) and the
package samples: each article is one page's markup with its paragraphs replaced by paragraphs
drawn from all pages, so articles are distinct (3% exact copies are mixed in to exercise
dedup). 60% are single HTML files, 40% sit in WARC.gz files of 200 records.

Stages are timed one after another in this process (one core): read, clean, dedup, code,
store. End-to-end runs go through `eventwire.api.ingest` in a fresh subprocess per setting, so
peak memory is that run's alone; Ray's start-up is left out of the Ray timings (said below).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import io
import json
import os
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere without installing eventwire

PAGES = ROOT.parent / "shared" / "data" / "extraction-dev" / "html"
SAMPLES = ROOT / "eventwire" / "samples"
WARC_RECORDS = 200
DUP_RATE = 0.03
MIN_PARAGRAPH = 80  # characters: shorter <p> are captions, bylines, buttons


# -- corpus -----------------------------------------------------------------------------------

def source_pages() -> list[str]:
    """Markup of the extraction-dev pages and the sample HTML page."""
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted(PAGES.glob("*.html.gz"))]
    pages += [p.read_text() for p in sorted(SAMPLES.glob("*.html"))]
    return pages


def paragraph_pool(pages: list[str]) -> list[str]:
    """English paragraphs of every page and sample, to recombine into new articles."""
    from lxml import html as lxml_html

    from eventwire.clean.language import detect_language

    pool: list[str] = []
    for page in pages:
        tree = lxml_html.fromstring(page)
        pool += [p.text_content().strip() for p in tree.iter("p")]
    for path in sorted(SAMPLES.glob("*.txt")):
        pool += path.read_text().split("\n\n")
    for path in sorted(SAMPLES.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            pool += json.loads(line).get("text", "").split("\n")
    pool = [" ".join(p.split()) for p in pool if len(p.strip()) >= MIN_PARAGRAPH]
    return sorted({p for p in pool if detect_language(p)[0] == "en"})


def templates(pages: list[str]) -> list[str]:
    """Pages whose article body is mostly <p> paragraphs (so replacing them makes a new article)."""
    from lxml import html as lxml_html

    out = []
    for page in pages:
        tree = lxml_html.fromstring(page)
        long_ps = [p for p in tree.iter("p") if len(p.text_content().strip()) >= MIN_PARAGRAPH]
        if len(long_ps) >= 4:
            out.append(page)
    return out


def make_article(k: int, template: str, pool: list[str]) -> bytes:
    """A new article: the template's long paragraphs replaced by random pool paragraphs."""
    from lxml import html as lxml_html

    rng = random.Random(k)
    tree = lxml_html.fromstring(template)
    for p in tree.iter("p"):
        if len(p.text_content().strip()) >= MIN_PARAGRAPH:
            for child in list(p):
                p.remove(child)
            p.text = rng.choice(pool)
    title = tree.find(".//title")
    if title is not None:
        title.text = f"{(title.text or '').strip()} ({k})"
    return lxml_html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>")


def build_corpus(root: Path, n: int) -> list[str]:
    """Write n articles as HTML files and WARC.gz files under root; returns the input folders."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = source_pages()
    pool, tpls = paragraph_pool(pages), templates(pages)
    rng = random.Random(0)
    articles: list[bytes] = []
    for k in range(n):
        if articles and rng.random() < DUP_RATE:
            articles.append(rng.choice(articles))
        else:
            articles.append(make_article(k, tpls[k % len(tpls)], pool))
    html_dir, warc_dir = root / "html", root / "warc"
    html_dir.mkdir(parents=True)
    warc_dir.mkdir()
    n_html = int(n * 0.6)
    for k, data in enumerate(articles[:n_html]):
        (html_dir / f"article-{k:06d}.html").write_bytes(data)
    rest = articles[n_html:]
    for part in range(0, len(rest), WARC_RECORDS):
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=True)
        for j, data in enumerate(rest[part : part + WARC_RECORDS]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example/{part + j}", "response", payload=io.BytesIO(data),
                http_headers=headers))
        (warc_dir / f"part-{part // WARC_RECORDS:04d}.warc.gz").write_bytes(buf.getvalue())
    return [str(html_dir), str(warc_dir)]


# -- measurements -----------------------------------------------------------------------------

def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak RSS in MB: this process's own (VmHWM), or the largest reaped child's."""
    if who == resource.RUSAGE_SELF:
        from eventwire.engines.ray import peak_rss

        return peak_rss() / 2**20
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def live_descendants_cpu() -> dict[int, float]:
    """CPU seconds of each running process below this one (Ray's raylet, GCS and workers)."""
    children: dict[int, list[int]] = {}
    for entry in (e for e in os.listdir("/proc") if e.isdigit()):
        try:
            with open(f"/proc/{entry}/stat") as fh:
                children.setdefault(int(fh.read().rpartition(")")[2].split()[1]), []).append(int(entry))
        except OSError:
            continue
    below, todo = [], [os.getpid()]
    while todo:
        kids = children.get(todo.pop(), [])
        below += kids
        todo += kids
    ticks = os.sysconf("SC_CLK_TCK")
    usage = {}
    for pid in below:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rpartition(")")[2].split()
        except OSError:
            continue
        usage[pid] = (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return usage


def coder_available() -> bool:
    try:
        import eventwire.events.coder  # noqa: F401
        import eventwire.resolve.step  # noqa: F401
    except ImportError:
        return False
    return True


def measure_stages(inputs: list[str], db: str, *, code: bool, code_n: int, batch: int) -> list[dict]:
    """Each stage alone over the corpus in this process: docs, seconds, docs/s (= per core)."""
    from eventwire.pipeline import CODE, driver_stages, read_documents, run_steps, worker_stages
    from eventwire.settings import Options
    from eventwire.store.duckdb import Store

    options = Options(db=db, progress=False, batch_size=batch)
    rows = []

    clock: list[float] = []

    def start() -> None:
        clock[:] = [time.perf_counter(), time.process_time()]

    def timed(name: str, n: int, note: str = "") -> None:
        wall, cpu = time.perf_counter() - clock[0], time.process_time() - clock[1]
        rows.append({"stage": name, "docs": n, "seconds": wall, "cpu": cpu,
                     "rate": n / wall if wall else 0, "cpu_rate": n / cpu if cpu else 0, "note": note})

    start()
    raw = list(read_documents(inputs, options))
    timed("read", len(raw))
    cleaning = worker_stages(("clean",), options)
    start()
    docs = []
    for i in range(0, len(raw), batch):
        docs += run_steps(cleaning, raw[i : i + batch])[0]
    timed("clean", len(raw))
    del raw
    dedup = driver_stages(("dedup",), options)
    start()
    for i in range(0, len(docs), batch):
        run_steps(dedup, docs[i : i + batch])
    ok = sum(d.ok for d in docs)
    timed("dedup", len(docs), f"{ok} ok, {len(docs) - ok} duplicate/skipped")
    if code:
        t = time.perf_counter()
        coding = worker_stages(CODE, options)
        load_s = time.perf_counter() - t
        sample = [d for d in docs if d.ok][:code_n]
        start()
        for i in range(0, len(sample), batch):
            run_steps(coding, sample[i : i + batch])
        n_events = sum(len(d.events) for d in sample)
        timed("code", len(sample),
              f"first {len(sample)} ok docs; {n_events} events; model load {load_s:.1f} s not included")
    start()
    with Store(db) as store:
        for i in range(0, len(docs), batch):
            store.write_batch(docs[i : i + batch])
    timed("store", len(docs), "DuckDB, one transaction per batch")
    return rows


def pin_cores(workers: int, pin: bool = True) -> int:
    """Confine this process (and all it starts) to `workers` cores if `pin`; return the cores
    it may use.

    Ray's `num_cpus` is a count Ray schedules by, not a limit: with one "CPU" its cleaning task
    and coding actor (half a CPU each) still run on two cores at once. An affinity mask, which
    pool workers, the raylet and Ray's workers inherit, makes "N workers" mean N cores.
    """
    if not hasattr(os, "sched_setaffinity"):
        return os.cpu_count() or 1
    cores = sorted(os.sched_getaffinity(0))
    if pin and len(cores) > workers:
        os.sched_setaffinity(0, cores[:workers])
    return len(os.sched_getaffinity(0))


def child_run(args: argparse.Namespace) -> None:
    """One end-to-end run (in its own process); prints a JSON line."""
    cores = pin_cores(args.workers, args.pin)
    from eventwire.api import ingest
    from eventwire.settings import Options

    options = Options(db=args.db, progress=False, engine=args.engine, workers=args.workers,
                      batch_size=args.batch)
    if args.engine == "ray":
        import ray

        ray.init(num_cpus=args.workers, include_dashboard=False, log_to_driver=False,
                 logging_level="ERROR")
    # Ray's workers are not our children: sample their CPU time while they live (an actor
    # stopped at the end would otherwise take its CPU seconds with it).
    ray_cpu: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.25):
            ray_cpu.update(live_descendants_cpu())

    sampler = threading.Thread(target=sample, daemon=True)
    if args.engine == "ray":
        ray_cpu.update(live_descendants_cpu())
        sampler.start()
    ray0 = sum(ray_cpu.values())
    cpu0 = cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    summary = ingest(args.corpus, options, code=args.code)
    seconds = time.perf_counter() - t
    if args.engine == "ray":
        done.set()
        sampler.join()
        ray_cpu.update(live_descendants_cpu())
    # Every process of the run: this one, pool workers (reaped), Ray's processes.
    cpu = cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN) - cpu0
    cpu += sum(ray_cpu.values()) - ray0
    workers_mb = summary.stats.counts.get("workers_peak_rss_mb", 0) if args.engine == "ray" else (
        peak_mb(resource.RUSAGE_CHILDREN) if args.workers > 1 else peak_mb())
    print(json.dumps({
        "seconds": seconds, "cpu": cpu, "read": summary.counts["read"],
        "events": sum(summary.events.values()), "driver_mb": peak_mb(), "worker_mb": workers_mb,
        "cores": cores,
    }))


def end_to_end(corpus: list[str], tmp: Path, engine: str, workers: int, *, code: bool, batch: int,
               timeout: int, pin: bool = True) -> dict:
    """Run one setting in a fresh subprocess."""
    db = tmp / f"e2e-{engine}-{workers}.duckdb"
    cmd = [sys.executable, __file__, "--child", "--engine", engine, "--workers", str(workers),
           "--db", str(db), "--batch", str(batch), *(["--code"] if code else ["--no-code"]), *(["--pin"] if pin else ["--no-pin"]),
           "--corpus", *corpus]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode or not lines:
        raise RuntimeError(f"{engine}/{workers} failed:\n{out.stderr[-3000:]}")
    result = json.loads(lines[-1])
    result.update(engine=engine, workers=workers, rate=result["read"] / result["seconds"])
    result["per_core"] = result["rate"] / workers
    result["cpu_rate"] = result["read"] / result["cpu"] if result["cpu"] else 0
    return result


def profile_run(corpus: list[str], tmp: Path, *, code: bool, limit: int, batch: int) -> str:
    """cProfile of a one-worker local run over the first `limit` inputs: top functions by own time."""
    from eventwire.api import ingest
    from eventwire.ingest.fs import expand_sources
    from eventwire.pipeline import CODE, worker_stages
    from eventwire.settings import Options

    files = list(expand_sources(corpus))
    html = [f for f in files if f.endswith(".html")][:limit]
    options = Options(db=str(tmp / "profile.duckdb"), progress=False, batch_size=batch)
    if code:
        worker_stages(CODE, options)  # the model load is not what a long run spends its time on
    prof = cProfile.Profile()
    prof.enable()
    ingest(html, options, code=code)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("tottime").print_stats(18)
    text = buf.getvalue()
    keep = text[text.find("ncalls"):] if "ncalls" in text else text
    return f"{len(html)} HTML articles, total {stats.total_tt:.1f} s\n\n" + keep.rstrip()


# -- report -----------------------------------------------------------------------------------

def table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def report(args, n_inputs: int, stages: list[dict], runs: list[dict], profile: str, build_s: float) -> str:
    stage_rows = [[s["stage"], s["docs"], f"{s['seconds']:.2f}", f"{s['rate']:.1f}", f"{s['cpu']:.2f}",
                   f"{s['cpu_rate']:.1f}", s["note"]] for s in stages]
    # Serial cost per article: every stage once (coding priced per article that reaches it).
    serial = 1 / sum(1 / s["rate"] for s in stages if s["rate"]) if stages else 0
    serial_cpu = 1 / sum(1 / s["cpu_rate"] for s in stages if s["cpu_rate"]) if stages else 0
    run_rows = [[r["engine"], r["workers"], r.get("cores", ""), r["read"], f"{r['seconds']:.1f}", f"{r['rate']:.1f}",
                 f"{r['per_core']:.1f}", f"{r['cpu']:.0f}", f"{r['cpu_rate']:.1f}",
                 f"{r['worker_mb']:.0f}", f"{r['driver_mb']:.0f}"] for r in runs]
    scaling = []
    for engine in {r["engine"] for r in runs}:
        by = {r["workers"]: r["rate"] for r in runs if r["engine"] == engine}
        if 1 in by and 2 in by:
            scaling.append(f"{engine}: {by[2] / by[1]:.2f}x from 1 to 2 workers")
    cmd = "python bench/throughput.py " + " ".join(sys.argv[1:])
    return f"""# Throughput (eventwire run: read, clean, dedup, code, store)

Command: `{cmd.strip()}`
Corpus: {n_inputs} articles built in {build_s:.0f} s (60% HTML files, 40% in WARC.gz files of
{WARC_RECORDS}; {DUP_RATE:.0%} exact copies). Coding: {"on" if args.code else "off (documents only)"}.
Machine: {os.cpu_count()} cores, load average {LOAD_AT_START[0]:.2f} when the run began (a
shared host: the same command has varied by about 10 % between runs); Python
{sys.version.split()[0]}.

## Stages, one at a time in one process (articles/s = per core)

{table(["stage", "articles", "wall s", "articles/s (wall)", "CPU s", "articles per CPU-s", "note"], stage_rows)}

All stages in series: {serial:.1f} articles/s of wall time, {serial_cpu:.1f} articles per CPU-second
(what one dedicated core would do).

## End to end (`eventwire.api.ingest`, fresh process per row)

{table(["engine", "workers", "cores", "articles", "wall s", "articles/s", "per core (wall)", "CPU s", "articles per CPU-s", "peak MB / worker", "peak MB driver"], run_rows)}

{"Each run is confined to as many cores as workers (an affinity mask its pool and Ray processes inherit: Ray's `num_cpus` is a count it schedules by, not a limit, so its one-worker run would otherwise keep a cleaning task and the coding actor busy on two cores). " if args.pin else "Runs are not confined to cores (`--no-pin`): Ray's one-worker run spreads its cleaning task and coding actor over every core. "}"per core (wall)" divides by the workers asked for; "articles per CPU-s" divides by the CPU time
of every process of the run (driver, pool workers, Ray's raylet/GCS/workers), which is the fair
per-core figure on a machine where other jobs take a share of the cores.

{"; ".join(sorted(scaling))}. Ray timings start after `ray.init` (a few seconds on this machine),
and include loading the models in every worker. Local peak memory per worker is the largest pool
process (`RUSAGE_CHILDREN`), or the single process with 1 worker; Ray's is the largest worker or
actor as reported by the workers themselves (`VmHWM`).

## Where the time goes (cProfile, local engine, 1 worker, top functions by own time)

```
{profile}
```
"""


LOAD_AT_START = os.getloadavg()


def main(argv: list[str] | None = None) -> None:
    from eventwire.settings import Options

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="articles in the corpus")
    parser.add_argument("--workers", default="1,2", help="worker counts to run end to end")
    parser.add_argument("--engines", default="local,ray", help="engines to run end to end")
    parser.add_argument("--code", action=argparse.BooleanOptionalAction, default=None,
                        help="code events too (default: when the coder is installed)")
    parser.add_argument("--code-n", type=int, default=1000, help="articles to time the code stage on")
    parser.add_argument("--profile-n", type=int, default=200, help="articles in the profiled run")
    parser.add_argument("--stages", action=argparse.BooleanOptionalAction, default=True,
                        help="time each stage alone first")
    parser.add_argument("--batch", type=int, default=Options().batch_size,
                        help="documents per batch (default: the install's own)")
    parser.add_argument("--pin", action=argparse.BooleanOptionalAction, default=True,
                        help="confine each end-to-end run to as many cores as workers")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds per end-to-end run")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "throughput.md"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        args.workers = int(args.workers)
        child_run(args)
        return
    import logging

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    if args.code is None:
        args.code = coder_available()
    with tempfile.TemporaryDirectory(prefix="ew-throughput-") as tmp_name:
        tmp = Path(tmp_name)
        t = time.perf_counter()
        corpus = build_corpus(tmp / "corpus", args.n)
        build_s = time.perf_counter() - t
        print(f"corpus: {args.n} articles in {build_s:.0f} s", file=sys.stderr)
        stages = measure_stages(corpus, str(tmp / "stages.duckdb"), code=args.code,
                                code_n=args.code_n, batch=args.batch) if args.stages else []
        for s in stages:
            print(f"{s['stage']:6s} {s['docs']:6d} docs {s['seconds']:8.2f} s {s['rate']:8.1f}/s  {s['note']}")
        runs = []
        for engine in args.engines.split(","):
            for workers in (int(w) for w in args.workers.split(",")):
                r = end_to_end(corpus, tmp, engine, workers, code=args.code, batch=args.batch,
                               timeout=args.timeout, pin=args.pin)
                print(f"{engine:5s} x{workers}: {r['read']} docs {r['seconds']:.1f} s "
                      f"{r['rate']:.1f}/s ({r['per_core']:.1f}/s per core), "
                      f"worker {r['worker_mb']:.0f} MB, driver {r['driver_mb']:.0f} MB")
                runs.append(r)
        profile = profile_run(corpus, tmp, code=args.code, limit=args.profile_n, batch=args.batch)
    text = report(args, args.n, stages, runs, profile, build_s)
    Path(args.out).write_text(text)
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
