"""Own sentences for whole-article precision: speech to the media, hoped-for and scheduled acts,
conditionals. Scores each sentence of `bench/data/article_precision.tsv` by the event types the
coder gives it.

Run from the repository root: `python bench/article_precision.py [--show]`.

A sentence is right when every `required` type is coded and nothing else is, bar the `also_ok`
types (a scheduled meeting may be AGREE under the PLOVER manual, never CONSULT). A false event is
a coded event whose type is neither required nor accepted; a miss is a required type not coded.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import collections  # noqa: E402
from pathlib import Path  # noqa: E402

DATA = Path(__file__).parent / "data" / "article_precision.tsv"


def load(path: Path = DATA) -> list[tuple[str, set[str], set[str], str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, required, also_ok, sentence = line.split("\t")
        split = lambda f: set() if f == "-" else set(f.split(","))  # noqa: E731
        rows.append((cls, split(required), split(also_ok), sentence))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every wrong sentence")
    args = ap.parse_args()

    from eventwire.events.coder import EventCoder
    from eventwire.settings import Options

    coder = EventCoder(Options())
    per = collections.defaultdict(lambda: [0, 0, 0, 0])  # sentences, right, false events, misses
    for cls, required, also_ok, sentence in load():
        coded = [e.event for e in coder.code_text(sentence, doc_id="p")]
        false = [t for t in coded if t not in required | also_ok]
        missed = required - set(coded)
        row = per[cls]
        row[0] += 1
        row[1] += not false and not missed
        row[2] += len(false)
        row[3] += len(missed)
        if args.show and (false or missed):
            print(f"{cls}\tcoded={','.join(coded) or '-'}\twant={','.join(sorted(required)) or '-'}\t{sentence}")
    total = [sum(r[i] for r in per.values()) for i in range(4)]
    print(f"{'class':8} {'n':>3} {'right':>6} {'false':>6} {'missed':>6}")
    for cls, (n, right, false, missed) in list(per.items()) + [("all", total)]:
        print(f"{cls:8} {n:3d} {right:6d} {false:6d} {missed:6d}")


if __name__ == "__main__":
    main()
