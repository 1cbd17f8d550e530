"""Ingest throughput: documents/s per core for HTML files and WARC input, and peak memory.

Builds a corpus from the extraction-dev pages (each page copied `--copies` times with a
marker paragraph appended; where extraction drops the marker, a copy is an exact duplicate
and is counted as such, after being read and cleaned like any page), then runs `eventwire ingest`
(read, clean, deduplicate, store; no event coding) in a fresh process per input kind with
one worker, so documents/s is per core. Also times cleaning alone per article.

    python bench/ingest.py [--copies 5] [--data ../shared/data/extraction-dev]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
from eventwire.api import ingest
from eventwire.settings import Options
t = time.perf_counter()
s = ingest([sys.argv[1]], Options(db=sys.argv[2], progress=False), code=False)
dt = time.perf_counter() - t
print(json.dumps({"docs": s.counts["read"], "cleaned": s.counts["cleaned"], "seconds": dt,
                  "duplicate": s.counts["duplicate"], "near_duplicate": s.counts["near_duplicate"],
                  "skipped": dict(s.skipped), "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build_corpus(data: Path, out: Path, copies: int) -> tuple[Path, Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html_dir, warc_dir = out / "html", out / "warc"
    html_dir.mkdir()
    warc_dir.mkdir()
    pages = sorted((data / "html").glob("*.html.gz"))
    with open(warc_dir / "corpus.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for c in range(copies):
            for page in pages:
                html = gzip.decompress(page.read_bytes())
                marker = f"<p>Edition {c} of page {page.stem}: corpus copy marker {c * 7919}.</p>".encode()
                html = html.replace(b"</body>", marker + b"</body>", 1)
                name = f"{page.name.split('.')[0]}-{c}.html"
                (html_dir / name).write_bytes(html)
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                rec = writer.create_warc_record(f"https://bench.example/{name}", "response",
                                                payload=io.BytesIO(html), http_headers=headers)
                writer.write_record(rec)
    return html_dir, warc_dir


def time_cleaning(data: Path) -> dict[str, float]:
    """Milliseconds per article for cleaning alone: HTML pages and a scraped-text article."""
    from eventwire.clean.html import clean_html
    from eventwire.clean.text import clean_text

    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
             for p in sorted((data / "html").glob("*.html.gz"))]
    t = time.perf_counter()
    for html in pages:
        clean_html(html)
    html_ms = 1000 * (time.perf_counter() - t) / len(pages)
    sample = (ROOT / "eventwire" / "samples" / "sahel-defence-pact-scrape.txt").read_text()
    t = time.perf_counter()
    for _ in range(200):
        clean_text(sample)
    text_ms = 1000 * (time.perf_counter() - t) / 200
    return {"html_ms": html_ms, "text_ms": text_ms}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "extraction-dev"))
    ap.add_argument("--copies", type=int, default=5)
    args = ap.parse_args()
    data = Path(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        html_dir, warc_dir = build_corpus(data, Path(tmp), args.copies)
        print(f"{'input':6s} {'docs':>6s} {'cleaned':>8s} {'seconds':>8s} {'docs/s/core':>12s} {'peak MB':>8s}")
        for kind, path in (("html", html_dir), ("warc", warc_dir)):
            db = str(Path(tmp) / f"{kind}.duckdb")
            out = subprocess.run([sys.executable, "-c", CHILD, str(path), db],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{kind:6s} {r['docs']:6d} {r['cleaned']:8d} {r['seconds']:8.1f} "
                  f"{r['docs'] / r['seconds']:12.1f} {r['peak_mb']:8.0f}   duplicates: "
                  f"{r['duplicate']} exact, {r['near_duplicate']} near; skipped: {r['skipped']}")
    c = time_cleaning(data)
    print(f"cleaning alone: HTML {c['html_ms']:.1f} ms/article (trafilatura + junk pass), "
          f"scraped text {c['text_ms']:.2f} ms/article")


if __name__ == "__main__":
    main()
