"""Score a written probe set through the product path, as `bench/realnews.py`'s gold-record run.

Run from the repository root: `python bench/probe.py [bench/data/probe6.tsv] [-v]`.

A probe set is a TSV written and labelled before any run, one sentence a line: PLOVER type,
source country, target country, text, publication date (YYYY-MM-DD, for the resolver's dated
leaders). A type or a country may give alternatives joined by "|" where the manual allows more
than one reading; "-" leaves a country unscored. Each text goes through what `eventwire code
--jsonl` runs (`realnews.code`). type found = some event has the labelled type (CONCEDE and
RETREAT are not merged: the labels keep them apart); type + countries = some event of that type
whose actor country is among the source codes and whose recipient country among the target codes
(a "-" side matches anything); "both" counts only rows that give both countries, as the gold
records do. `-v` prints every row with its events, otherwise only the rows missed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realnews  # noqa: E402  (sets the one-thread environment before numpy loads)

from eventwire.settings import Options  # noqa: E402

DEFAULT = realnews.ROOT / "bench" / "data" / "probe6.tsv"


def read_rows(path: Path) -> list[dict]:
    rows = []
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        kind, src, tgt, text, date = line.split("\t")
        rows.append({"id": str(k), "types": kind.split("|"), "src": src.split("|"),
                     "tgt": tgt.split("|"), "text": text, "date": date})
    return rows


def describe(e) -> str:
    rec = e.recipient
    return (f"{e.event} {e.cameo} {e.event_text!r} {e.actor.entity_text}[{e.actor.country}] -> "
            f"{rec.entity_text if rec else None}[{rec.country if rec else None}]")


def main(argv: list[str] | None = None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    p.add_argument("-v", action="store_true", help="Print every row, not only the misses.")
    args = p.parse_args(argv)
    rows = read_rows(args.path)
    options = Options()
    coded = realnews.code([(r["id"], r["text"], r["date"]) for r in rows], options, realnews.Timer())
    per_type: dict[str, list[int]] = {}
    found = cty = both = both_n = 0
    for r in rows:
        typed = [e for e in coded[r["id"]] if e.event in r["types"]]
        good = any((r["src"] == ["-"] or e.actor.country in r["src"])
                   and (r["tgt"] == ["-"] or (e.recipient is not None and e.recipient.country in r["tgt"]))
                   for e in typed)
        has_both = "-" not in r["src"] + r["tgt"]
        found += bool(typed)
        cty += good
        both_n += has_both
        both += good and has_both
        tally = per_type.setdefault(r["types"][0], [0, 0, 0])
        tally[0] += bool(typed)
        tally[1] += good
        tally[2] += 1
        if args.v or not good:
            tag = "OK " if good else ("CTY" if typed else "BAD")
            print(f"{tag} {'|'.join(r['types'])} {'|'.join(r['src'])}->{'|'.join(r['tgt'])} | {r['text']}")
            print("      " + "; ".join(describe(e) for e in coded[r["id"]]))
    n = len(rows)
    print("by type (found / with countries / n):",
          ", ".join(f"{k} {a}/{b}/{c}" for k, (a, b, c) in sorted(per_type.items())))
    print(f"type found {found}/{n} ({100 * found / n:.1f} %); type + countries {cty}/{n} "
          f"({100 * cty / n:.1f} %); type + both countries {both}/{both_n} ({100 * both / both_n:.1f} %)")
    return {"n": n, "found": found, "countries": cty, "both": both, "both_n": both_n,
            "per_type": per_type}


if __name__ == "__main__":
    main()
