"""Train the coder's learned parts: event classifier, pair model and pair selector.

Run from the repository root:
`python scripts/train_coder.py [--plover TSV ...] [--aw TSV ...] [--out DIR] [--selector-out DIR]
[--classifier-out DIR] [--seed 0]` (defaults: the shipped folders `eventwire/resources/pairs/`,
`.../selector/` and `.../classifier/`; the classifier, which types the selector's pairs, trains
on the `--plover` files only, as `eventwire train` does; its optional neural half is untouched).
Defaults: `../shared/data/plover/PLV_train.tsv` and `../shared/data/plover/AW_train.tsv`, read by
path. `--gold RECORDS.jsonl` adds PLOVER gold-standard records as gold pairs
(`eventwire.events.gold_records`), of one hash half only (`--gold-half`, default a: half b is the
unseen check `bench/realnews.py --half b` scores), to the parts named by `--gold-in`, each row
counted `--gold-weight` times; defaults: the shared dev records and the parts and weight
`gold_records.TRAIN_PARTS` / `TRAIN_WEIGHT` name (no part as shipped: `--gold-in
pairs,selector,classifier` opts in; `--gold none`: no records read). `--plover` takes any PLOVER-format TSV (a `marked_sentence` with <s>..</s> and <t>..</t>,
or `sentence` + `source` + `target`, and `gold_root`), so a user's labelled rows retrain the
coder with this one command (give PLV_train too to keep its rows). Last, the combiner that stacks
the coder's decision on the classifier for `eventwire classify` (`eventwire.events.stack`) is fit
on out-of-fold outputs of the `--plover` rows (`--stack-out`, default `.../stack/`; 'none' skips
it; minutes: every fold refits the parts above). Deterministic: the same files give the same
weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.events import classifier, gold_records, pairs, selector, stack  # noqa: E402
from eventwire.nlp.pipeline import load_nlp  # noqa: E402
from eventwire.settings import Options  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "plover"
GOLD = ROOT.parent / "shared" / "data" / "plover-gsr-dev" / "records.jsonl"


def train_stack(plover: list[str], golds: list[pairs.Gold], rows_for: Any,
                args: argparse.Namespace) -> dict[str, Any]:
    """Fit the combiner of `eventwire classify` (`stack.train`): each fold of the `--plover` rows
    classified and coded by the parts written above, refit on the other folds (with the same
    gold rows as above). Minutes: every fold refits."""
    from eventwire.events.coder import EventCoder

    coder = EventCoder(Options(classifier_path=args.classifier_out))
    coder.use_pair_model(pairs.load_pair_model(args.out))
    coder.selector = selector.load_selector(args.selector_out)
    extra_for = {part: rows_for(part) for part in gold_records.PARTS}
    out = stack.train(coder, plover, args.stack_out, golds=golds, extra_for=extra_for,
                      seed=args.seed)
    return {k: out[k] for k in ("C", "cv_macro_f1_by_C", "outputs_sha256")}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--plover", action="append", default=None,
                   help="PLOVER TSV with marked pairs (repeatable; default PLV_train.tsv).")
    p.add_argument("--aw", action="append", default=None,
                   help="AW_train-format TSV (repeatable; default AW_train.tsv; 'none' for none).")
    p.add_argument("--out", default=str(pairs.RESOURCE_DIR))
    p.add_argument("--selector-out", default=str(selector.RESOURCE_DIR))
    p.add_argument("--classifier-out", default=str(classifier.RESOURCE_DIR))
    p.add_argument("--stack-out", default=str(stack.RESOURCE_DIR),
                   help="Folder of the combiner that stacks the coder's decision on the "
                        "classifier for `eventwire classify` ('none': not trained).")
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

    def rows_for(part: str) -> list[pairs.Gold]:
        return extra if part in args.gold_in else []

    nlp = load_nlp(Options().spacy_model)
    summary = {"pairs": pairs.train(plover, aw, args.out, nlp=nlp, seed=args.seed,
                                    extra=rows_for("pairs"))}
    golds = [g for path in plover for g in pairs.read_plover_tsv(path)]
    golds += [g for path in aw for g in pairs.read_aw_tsv(path)]
    summary["selector"] = selector.train(golds + rows_for("selector"), args.selector_out,
                                         nlp=nlp, seed=args.seed)
    trained = classifier.train(plover, args.classifier_out, seed=args.seed,
                               extra=[((g.text, g.source, g.target), g.label)
                                      for g in rows_for("classifier")])
    summary["classifier"] = {k: trained[k] for k in ("n_train", "data_sha256", "train_probs_sha256")}
    if args.stack_out != "none":
        summary["stack"] = train_stack(plover, golds, rows_for, args)
    summary["gold"] = {"paths": gold_paths, "half": args.gold_half, "rows": len(extra),
                       "in": list(args.gold_in), "weight": args.gold_weight}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
