"""Event coder benchmark: speed (sentences/s) and, on the PLOVER training sentences, how often the
rule coder's type matches the gold type when it codes something.

Run from the repo root: `python bench/event_coder.py [--data PATH] [--repeat N]`.

Rows:
  plv-sentences   the 1,050 PLV_train sentences, one text each (every sentence parsed)
  sample-article  the Syria-Moscow sample body (clean_text), coded N times in one call
  spacy-only      the same PLV sentences through nlp.pipe alone (the parse's share of the time)
The PLV figures are development figures (the coder's rules were tuned looking at them).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere without installing eventwire

from eventwire.events.coder import EventCoder  # noqa: E402
from eventwire.nlp.pipeline import split_sentences  # noqa: E402
from eventwire.settings import Options  # noqa: E402

SHARED = ROOT.parent / "shared"


def gold_hit(gold: str, types: set[str]) -> bool:
    """PLV merges CONCEDE and RETREAT as YIELD."""
    return gold in types or (gold == "YIELD" and bool(types & {"CONCEDE", "RETREAT"}))


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=SHARED / "data" / "plover" / "PLV_train.tsv")
    p.add_argument("--repeat", type=int, default=50)
    args = p.parse_args(argv)

    t = time.perf_counter()
    coder = EventCoder(Options())
    load_s = time.perf_counter() - t
    rows = []

    with args.data.open(encoding="utf-8") as fh:
        plv = list(csv.DictReader(fh, delimiter="\t"))
    items = [(r["sentence"], str(i), None) for i, r in enumerate(plv)]
    t = time.perf_counter()
    coded = coder._code_many(items)
    dt = time.perf_counter() - t
    with_events = [(r, ev) for r, ev in zip(plv, coded, strict=True) if ev]
    hits = sum(gold_hit(r["gold_root"] or r["root_L1"], {e.event for e in ev}) for r, ev in with_events)
    rows.append(("plv-sentences", len(plv), dt, sum(map(len, coded)),
                 f"coded {len(with_events)}/{len(plv)}; gold type among coded {hits / len(with_events):.2f}"))

    from eventwire.clean.text import clean_text

    body = clean_text((SHARED / "samples" / "syria-moscow-scrape.txt").read_text(encoding="utf-8")).body
    n_sent = len(split_sentences(body)) * args.repeat
    text = "\n".join([body] * args.repeat)
    t = time.perf_counter()
    events = coder.code_text(text, doc_id="bench")
    dt = time.perf_counter() - t
    rows.append(("sample-article", n_sent, dt, len(events), f"{args.repeat} copies in one text"))

    t = time.perf_counter()
    for _ in coder.nlp.pipe((r["sentence"] for r in plv), batch_size=256):
        pass
    dt = time.perf_counter() - t
    rows.append(("spacy-only", len(plv), dt, 0, "nlp.pipe over the PLV sentences"))

    print(f"model load {load_s:.2f}s")
    print(f"{'input':16} {'sentences':>9} {'seconds':>8} {'sent/s':>8} {'events':>7}  note")
    for name, n, secs, n_ev, note in rows:
        print(f"{name:16} {n:9d} {secs:8.2f} {n / secs:8.0f} {n_ev:7d}  {note}")


if __name__ == "__main__":
    main()
