"""Negative set: non-political news must yield no event, political controls must keep theirs.

Run from the repository root: `python bench/negatives.py [bench/data/negatives.tsv] [-v]`; the
second set (markets, labour inside companies, civil courts, transport, election results, culture,
religious festivals, science, health, relief by charities; reported, future and refused acts among
its controls) is `python bench/negatives.py bench/data/negatives2.tsv`.

The set (`bench/data/negatives.tsv`, written and labelled before any run) has one sentence a line:
kind, PLOVER type(s), source country, target country, text, publication date. A `neg:<topic>`
line is non-political news (disasters and relief, accidents, sport, business, weather, health,
science, crime with no state actor, celebrity), often with a trigger word in another sense
("the striker fired a shot"): any event on it is false. A `control` line is a political sentence
that must keep an event of the labelled type (CONCEDE and RETREAT count as one, as YIELD). Each
text goes through what `eventwire code --jsonl` runs (`realnews.code`), as `bench/probe.py` does.
Prints the share of negatives with any event (per topic), the share of controls with the right
type, and the rows that fail (`-v`: every row with its events).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realnews  # noqa: E402  (sets the one-thread environment before numpy loads)
from probe import describe  # noqa: E402

from eventwire.events.codebook import YIELD_TYPES  # noqa: E402
from eventwire.settings import Options  # noqa: E402

DEFAULT = realnews.ROOT / "bench" / "data" / "negatives.tsv"


def read_rows(path: Path) -> list[dict]:
    rows = []
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        kind, types, src, tgt, text, date = line.split("\t")
        rows.append({"id": str(k), "kind": kind, "types": {YIELD_TYPES.get(t, t) for t in types.split("|")},
                     "text": text, "date": date})
    return rows


def main(argv: list[str] | None = None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    p.add_argument("-v", action="store_true", help="Print every row, not only the failures.")
    args = p.parse_args(argv)
    rows = read_rows(args.path)
    coded = realnews.code([(r["id"], r["text"], r["date"]) for r in rows], Options(), realnews.Timer())
    topics: dict[str, Counter] = {}
    ctl_ok = ctl_n = 0
    for r in rows:
        evs = coded[r["id"]]
        if r["kind"] == "control":
            good = any(YIELD_TYPES.get(e.event, e.event) in r["types"] for e in evs)
            ctl_ok += good
            ctl_n += 1
        else:
            good = not evs
            topics.setdefault(r["kind"][4:], Counter()).update({"n": 1, "event": not good})
        if args.v or not good:
            tag = "OK " if good else "BAD"
            print(f"{tag} {r['kind']:14s} {'|'.join(sorted(r['types']))} | {r['text']}")
            if evs:
                print("      " + "; ".join(describe(e) for e in evs))
    neg_n = sum(c["n"] for c in topics.values())
    neg_ev = sum(c["event"] for c in topics.values())
    print("negatives with an event by topic:",
          ", ".join(f"{t} {c['event']}/{c['n']}" for t, c in sorted(topics.items())))
    print(f"negatives with any event {neg_ev}/{neg_n} ({100 * neg_ev / neg_n:.1f} %); controls with "
          f"the right type {ctl_ok}/{ctl_n} ({100 * ctl_ok / ctl_n:.1f} %)")
    return {"negatives": neg_n, "negatives_with_event": neg_ev, "controls": ctl_n,
            "controls_ok": ctl_ok, "topics": {t: dict(c) for t, c in topics.items()}}


if __name__ == "__main__":
    main()
