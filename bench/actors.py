"""Actor-resolution benchmark: country+sector accuracy on hand-labelled PLOVER mentions.

Run from the repository root: `python bench/actors.py [--tsv PATH] [--errors N] [--write]`.

Labels: bench/data/actors.tsv (sentence_id, mention, date, gold_country, gold_sector, notes,
kind, split), labelled by hand on source/target spans of ../shared/data/plover/PLV_train.tsv, which is
joined by path for the sentence text (used as the resolver's hint and by MentionContext order).
An empty gold cell means "no code" (e.g. a non-actor span), and the resolver must leave it empty.
"""

from __future__ import annotations

import argparse
import csv
import platform
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.data import Actor  # noqa: E402
from eventwire.resolve.actors import ActorResolver, MentionContext  # noqa: E402
from eventwire.resolve.kb import KnowledgeBase  # noqa: E402

LABELS = ROOT / "bench" / "data" / "actors.tsv"
PLOVER_TSV = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"
RESULTS = ROOT / "bench" / "results" / "actors.md"
NOTES = """
## How to read these figures

* Development figures: the labels were made before the resolver was written, but the first
  run (74.0% country+sector, 85.6% country) was followed by general fixes that the errors
  pointed to (Phoenix one-word names such as "Prime" were matching; "Secretary General" read
  as a military general; a sentence-wide military hint; titles before a possessive name;
  commas not ending the head phrase; event nouns such as "the terrorist attack"). No rule
  names a benchmark row, but the figures are optimistic for unseen text.
* Held-out: at the freeze the `heldout` split scored 75.6% country+sector and 88.2% country
  only (119 mentions). Its errors then showed three general bugs, which were fixed (a first
  name such as "Mohamed" used as a surname key; lower-case "palestinian" not read as a
  nationality; "former" ignored when the event date is unknown); the current `heldout` figure
  above is therefore no longer strictly held-out. Quote 75.6% / 88.2% as the unseen-text
  estimate.
* Kinds (column `kind` of the label file): `country` a bare country name; `metonym` a capital
  or seat; `person` a named person with or without a title; `role` a title without a name;
  `group` a nationality or country with a group noun ("Japanese police"); `org` a named
  organisation; `other` descriptive or non-actor spans ("the referendum", "a Yemeni school
  bus"). An empty gold cell means no code; the resolver must leave it empty too.
* Label conventions: PLOVER sectors (JRN = media, MED = health, ELI = former officials);
  the first of coordinated actors; a bare country = GOV; IGO/UN/EU bodies without a sector
  unless MIL/JUD/LEG; non-state armed groups REB; the Taliban REB before 2021-08-15.
* Most remaining errors need document context (a dateline or earlier sentence gives the
  country of "the strikers", "state judges", "the Neighborhood Association"), world knowledge
  absent from the KB (Krugman, Kempinski, OGA, ACLU), or are genuinely ambiguous labels
  ("Fighters loyal to Alassane Ouattara" MIL vs REB; Gbagbo on the day of his arrest).
"""


def read_sentences(path: Path) -> dict[str, str]:
    """sentence_id -> sentence text from the shared PLOVER TSV."""
    csv.field_size_limit(10_000_000)
    out: dict[str, str] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out.setdefault(row["sentence_id"], row["sentence"])
    return out


def read_labels(path: Path) -> list[dict[str, str]]:
    """Rows of the label file."""
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def evaluate(labels: list[dict[str, str]], sentences: dict[str, str],
             resolver: ActorResolver) -> tuple[dict, list[tuple]]:
    """Resolve every labelled mention; return per-kind tallies and the error list."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # n, full, country
    errors: list[tuple] = []
    contexts: dict[str, MentionContext] = defaultdict(MentionContext)
    for row in labels:
        sid = row["sentence_id"]
        actor = resolver.resolve(Actor(entity_text=row["mention"]), date=row["date"] or None,
                                 context=contexts[sid], sentence=sentences.get(sid))
        gold = (row["gold_country"] or None, row["gold_sector"] or None)
        got = (actor.country, actor.sector)
        full, country_ok = got == gold, got[0] == gold[0]
        split = row.get("split") or "dev"
        for key in ("all", f"split:{split}", row["kind"]):
            tally[key][0] += 1
            tally[key][1] += full
            tally[key][2] += country_ok
        if not full:
            errors.append((sid, row["mention"], row["date"], gold, got, actor.resolved_by))
    return tally, errors


def format_table(tally: dict) -> str:
    """Markdown table of accuracy by mention kind."""
    lines = ["| kind | n | country+sector | country only |", "|---|---:|---:|---:|"]
    splits = sorted(k for k in tally if k.startswith("split:"))
    order = ["all"] + splits + sorted(k for k in tally if k != "all" and k not in splits)
    for kind in order:
        n, full, country = tally[kind]
        label = f"**{kind}**" if kind == "all" or kind.startswith("split:") else kind
        lines.append(f"| {label} | {n} | {full / n:.1%} | {country / n:.1%} |")
    return "\n".join(lines)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tsv", type=Path, default=PLOVER_TSV)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    parser.add_argument("--write", action="store_true", help=f"write {RESULTS}")
    args = parser.parse_args()
    t0 = time.perf_counter()
    kb = KnowledgeBase.load()
    t_load = time.perf_counter() - t0
    labels = read_labels(args.labels)
    sentences = read_sentences(args.tsv)
    t1 = time.perf_counter()
    tally, errors = evaluate(labels, sentences, ActorResolver(kb))
    t_resolve = time.perf_counter() - t1
    table = format_table(tally)
    print(table)
    print(f"\nKB load {t_load:.1f}s; {len(labels)} mentions resolved in {t_resolve:.2f}s")
    for err in errors[: args.errors]:
        print("\t".join(str(x) for x in err))
    if args.write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(
            "# Actor resolution benchmark\n\n"
            f"Command: `python bench/actors.py --write` on {platform.platform()} "
            f"(Python {platform.python_version()}); 2-core sandbox shared with other jobs.\n\n"
            f"{len(labels)} mentions hand-labelled in `bench/data/actors.tsv`: split `dev` = "
            "source/target spans of 170 randomly sampled sentences of "
            "`shared/data/plover/PLV_train.tsv` (random_state=7), labelled before the resolver "
            "was written and used to find its bugs; split `heldout` = 60 further sentences "
            "(random_state=11, dev sentences excluded), labelled after the resolver was "
            "frozen (three general bug fixes followed: see below).\n\n"
            f"{table}\n\nKB load {t_load:.1f}s, resolution {t_resolve:.2f}s for all mentions.\n"
            f"{NOTES}", encoding="utf-8")


if __name__ == "__main__":
    main()
