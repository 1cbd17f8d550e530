"""NGEC synthetic stories as a source of misses (issue 13): the product path per story.

Run from the repository root:
`python bench/synthetic.py [--half a|b] [--sample N] [--misses FILE] [--json FILE]`.

`../shared/data/ngec-synthetic/synthetic_stories.csv` holds 4,500 GPT-written news stories, each
with one document-level PLOVER `label` (16 types, CONCEDE and RETREAT among them) and a `mode`.
They are weak data (written by a model from a prompt, marked synthetic), so the figures here are
a miss source and a rough check, not a measure of news: nobody wrote rules from them before.

Each story's text goes through the same `code()` as bench/realnews.py (coder + resolver, what
`eventwire code --jsonl` runs). Per story:

* type found  some event has the story's label type (as the coder names it: CONCEDE and RETREAT
              are their own types here, not YIELD);
* only        the label type is the only PLOVER type among the story's events (a rough precision
              check: a story written about one event often reports others, so this is a floor);
* events      events per story.

`--half a|b` keeps one fixed hash half of the rows (the hash of the row's text, as realnews.py
hashes its ids): misses are read on half a only; half b is the unseen check. `--sample N` keeps
the N rows of smallest hash inside the half (fixed across runs); `--skip M` then drops its first M
rows, so `--sample 1600 --skip 800` is the part of the 1,600 not in the nested 800 (round 2's
read set; the sample of 800 was round 1's). `--misses FILE` writes every
story whose label type was not found, with its events (read it on half a only).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: set before numpy loads its pools
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import realnews  # noqa: E402

from eventwire.data import Event  # noqa: E402
from eventwire.pipeline import CODE, worker_stages  # noqa: E402
from eventwire.settings import Options  # noqa: E402

STORIES = realnews.DATA / "ngec-synthetic" / "synthetic_stories.csv"


def read_stories(path: Path) -> list[dict[str, str]]:
    """Rows with an id (their row number), text, label and mode."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [{"id": f"s{i}", "text": r["text"], "label": r["label"], "mode": r["mode"]}
                for i, r in enumerate(csv.DictReader(fh))]


def score(rows: list[dict[str, str]], coded: dict[str, list[Event]]) -> dict[str, Any]:
    per_type: dict[str, dict[str, int]] = {}
    found = only = events = 0
    for r in rows:
        evs = coded[r["id"]]
        types = {e.event for e in evs}
        hit = r["label"] in types
        alone = types == {r["label"]}
        found += hit
        only += alone
        events += len(evs)
        t = per_type.setdefault(r["label"], {"n": 0, "found": 0, "only": 0, "events": 0})
        t["n"] += 1
        t["found"] += hit
        t["only"] += alone
        t["events"] += len(evs)
    n = len(rows)
    return {"n": n, "type_found": found / n if n else 0.0, "only": only / n if n else 0.0,
            "events_per_story": events / n if n else 0.0,
            "by_type": {k: f"{v['found']}/{v['n']} found, {v['only']} only, "
                           f"{v['events'] / v['n']:.1f} ev"
                        for k, v in sorted(per_type.items())}}


def write_misses(path: Path, rows: list[dict[str, str]], coded: dict[str, list[Event]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in sorted(rows, key=lambda r: (r["label"], r["mode"], r["id"])):
            evs = coded[r["id"]]
            if any(e.event == r["label"] for e in evs):
                continue
            fh.write(f"== {r['id']} {r['label']} {r['mode']}\n{r['text'].strip()}\n")
            for e in evs:
                fh.write(f"      {realnews._event_line(e)}\n")
            fh.write("\n")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stories", type=Path, default=STORIES)
    p.add_argument("--half", choices=["a", "b"], default=None,
                   help="Only the rows of one fixed hash half (read misses on a, check on b).")
    p.add_argument("--sample", type=int, default=None,
                   help="A fixed hash-chosen subset of this many stories (inside the half).")
    p.add_argument("--skip", type=int, default=0,
                   help="Drop the first M rows of the hash sample (the samples are nested).")
    p.add_argument("--misses", type=Path, default=None,
                   help="Write the stories whose label type was not found (half a only).")
    p.add_argument("--json", type=Path, default=None, help="Also write the figures to this file.")
    args = p.parse_args(argv)
    realnews.HALF = args.half
    rows = realnews.subsample(read_stories(args.stories), lambda r: r["text"], args.sample)
    if args.skip:
        if args.sample is None:
            p.error("--skip needs --sample (only a sample is in hash order)")
        rows = rows[args.skip:]
    options = Options()
    worker_stages(CODE, options)  # load once, outside the timings
    timer = realnews.Timer()
    start = time.perf_counter()
    coded = realnews.code([(r["id"], r["text"], None) for r in rows], options, timer)
    res = score(rows, coded)
    res["sentences_per_s"] = round(timer.rate(), 1)
    res["wall_s"] = round(time.perf_counter() - start, 1)
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in res.items()},
                     indent=1), flush=True)
    if args.misses is not None:
        write_misses(args.misses, rows, coded)
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return res


if __name__ == "__main__":
    main()
