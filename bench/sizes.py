"""PLOVER `size` benchmark: eventwire's dead/injured counts against the PLOVER gold-standard dev
records that give them.

Run from the repo root: `python bench/sizes.py [--data PATH]`.

The gold records carry `dead` and `injured` where a coder counted them, and a `size` that is the
number of people taking part or acted on (protesters, detainees, refugees: not one of the
manual's size fields), so `size` is not scored. Per field: records whose gold gives it, those
where `eventwire.resolve.quantities.extract_sizes` (on the record's text, with its event type)
gives the same number, and records whose gold leaves the field empty but eventwire fills it,
listed so they can be read (often right: the gold counts only the event coded, "28 people have
been killed in riots" in a CONCEDE record).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere without installing eventwire

from eventwire.analyze.score import event_types  # noqa: E402
from eventwire.resolve.quantities import extract_sizes  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "plover-gsr-dev" / "records.jsonl"
FIELDS = ("dead", "injured")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"{len(records)} records from {args.data}")
    print("| field | gold gives it | eventwire equal | eventwire other | eventwire none | filled where gold is empty |")
    print("|---|---:|---:|---:|---:|---:|")
    extra_lines = []
    for name in FIELDS:
        given = equal = other = none = extra = 0
        for r in records:
            got = extract_sizes(r["text"], (event_types(r.get("event")) or [None])[0]).get(name)
            gold = r.get(name)
            if gold not in (None, ""):
                given += 1
                if got is None:
                    none += 1
                elif str(got) == str(gold).strip():
                    equal += 1
                else:
                    other += 1
            elif got is not None:
                extra += 1
                extra_lines.append(f"  {name}={got}: {r['text'][:110]}")
        print(f"| {name} | {given} | {equal} | {other} | {none} | {extra} |")
    if extra_lines:
        print("filled where the gold is empty:")
        print("\n".join(extra_lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
