"""Train the coder's learned parts: event classifier, pair model, pair selector and combiner.

Run from the repository root:
`python scripts/train_coder.py [--plover TSV ...] [--aw TSV ...] [--out DIR] [--no-combiner]
[--seed 0]`: the training `eventwire train` runs (`eventwire.api.train`, one implementation),
into DIR's subfolders classifier/, pairs/, selector/, stack/ (default DIR: the shipped
`eventwire/resources/`; the classifier's optional neural half is untouched). Defaults:
`../shared/data/plover/PLV_train.tsv` and `../shared/data/plover/AW_train.tsv`, read by path
(the classifier trains on the `--plover` files only). `--gold RECORDS.jsonl` adds PLOVER
gold-standard records as gold pairs (`eventwire.events.gold_records`), of one hash half only
(`--gold-half`, default a: half b is the unseen check `bench/realnews.py --half b` scores), to
the parts named by `--gold-in`, each row counted `--gold-weight` times; defaults: the shared dev
records and the parts and weight `gold_records.TRAIN_PARTS` / `TRAIN_WEIGHT` name (no part as
shipped: `--gold-in pairs,selector,classifier` opts in; `--gold none`: no records read).
`--plover` takes any PLOVER-format TSV (a `marked_sentence` with <s>..</s> and <t>..</t>, or
`sentence` + `source` + `target`, and `gold_root`). Last, the combiner that stacks the coder's
decision on the classifier for `eventwire classify` (`eventwire.events.stack`) is fit on
out-of-fold outputs of the `--plover` rows, every part refit per fold (`--no-combiner` skips
it; minutes). Deterministic: the same files give the same weights. Each sentence is parsed once
for every part (`pairs.Parses`).

Not trained here: the resolver's learned part, the mention-sector classifier
(`eventwire/resources/mention_sectors/`), which learns a sector from the words of a hand-labelled
actor mention; PLOVER rows give event types, not sectors. It is trained by
`python scripts/train_mention_sectors.py` (BENCHMARKS.md, "Training round 3").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire import api  # noqa: E402
from eventwire.events import gold_records  # noqa: E402
from eventwire.events.model_folder import SHIPPED_DIR  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "plover"
GOLD = ROOT.parent / "shared" / "data" / "plover-gsr-dev" / "records.jsonl"


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--plover", action="append", default=None,
                   help="PLOVER TSV with marked pairs (repeatable; default PLV_train.tsv).")
    p.add_argument("--aw", action="append", default=None,
                   help="AW_train-format TSV (repeatable; default AW_train.tsv; 'none' for none).")
    p.add_argument("--out", default=str(SHIPPED_DIR),
                   help="Model folder to write every part into (default: the shipped one).")
    p.add_argument("--no-combiner", action="store_true",
                   help="Skip the combiner that stacks the coder's decision on the classifier "
                        "for `eventwire classify` (the slow part).")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--gold", action="append", default=None,
                   help="PLOVER gold records (JSONL with textInfo.markup; repeatable; default the "
                        "shared dev records; 'none' for none).")
    p.add_argument("--gold-half", choices=gold_records.HALVES, default="a",
                   help="The hash half of the records to train on (default a; b is the unseen "
                        "check).")
    p.add_argument("--gold-in", type=gold_records.parse_parts,
                   default=gold_records.TRAIN_PARTS,
                   help=f"Parts that take the gold rows: comma-separated of "
                        f"{','.join(gold_records.PARTS)}, or none (default: "
                        f"{','.join(gold_records.TRAIN_PARTS) or 'none'}).")
    p.add_argument("--gold-weight", type=int, default=gold_records.TRAIN_WEIGHT,
                   help="Times each gold row counts (default %(default)s).")
    args = p.parse_args(argv)
    plover = args.plover or [str(DATA / "PLV_train.tsv")]
    aw = [a for a in (args.aw or [str(DATA / "AW_train.tsv")]) if a != "none"]
    gold_paths = [g for g in (args.gold or [str(GOLD)]) if g != "none"]
    extra = [g for path in gold_paths for g in gold_records.read_gold_records(path, args.gold_half)]
    extra *= max(args.gold_weight, 0)
    extra_for = {part: extra if part in args.gold_in else [] for part in gold_records.PARTS}
    try:
        trained = api.train(plover, args.out, aw=aw, seed=args.seed,
                            combiner=not args.no_combiner, extra_for=extra_for)
    except (FileNotFoundError, ValueError) as err:  # numbered, as `eventwire train` prints them
        sys.exit(str(err))
    summary = {"pairs": trained["pairs"], "selector": trained["selector"],
               "classifier": {k: trained["classifier"][k]
                              for k in ("n_train", "data_sha256", "train_probs_sha256")}}
    if "stack" in trained:
        summary["stack"] = {k: trained["stack"][k] for k in ("C", "cv_macro_f1_by_C",
                                                             "outputs_sha256")}
    summary["gold"] = {"paths": gold_paths, "half": args.gold_half, "rows": len(extra),
                       "in": list(args.gold_in), "weight": args.gold_weight}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
