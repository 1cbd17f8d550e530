"""Train the coder's learned parts: event classifier, pair model and pair selector.

Run from the repository root:
`python scripts/train_coder.py [--plover TSV ...] [--aw TSV ...] [--out DIR] [--selector-out DIR]
[--classifier-out DIR] [--seed 0]` (defaults: the shipped folders `eventwire/resources/pairs/`,
`.../selector/` and `.../classifier/`; the classifier, which types the selector's pairs, trains
on the `--plover` files only, as `eventwire train` does; its optional neural half is untouched).
Defaults: `../shared/data/plover/PLV_train.tsv` and `../shared/data/plover/AW_train.tsv`, read by
path. `--plover` takes any PLOVER-format TSV (a `marked_sentence` with <s>..</s> and <t>..</t>,
or `sentence` + `source` + `target`, and `gold_root`), so a user's labelled rows retrain the
coder with this one command (give PLV_train too to keep its rows). Deterministic: the same files
give the same weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.events import classifier, pairs, selector  # noqa: E402
from eventwire.nlp.pipeline import load_nlp  # noqa: E402
from eventwire.settings import Options  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "plover"


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--plover", action="append", default=None,
                   help="PLOVER TSV with marked pairs (repeatable; default PLV_train.tsv).")
    p.add_argument("--aw", action="append", default=None,
                   help="AW_train-format TSV (repeatable; default AW_train.tsv; 'none' for none).")
    p.add_argument("--out", default=str(pairs.RESOURCE_DIR))
    p.add_argument("--selector-out", default=str(selector.RESOURCE_DIR))
    p.add_argument("--classifier-out", default=str(classifier.RESOURCE_DIR))
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    plover = args.plover or [str(DATA / "PLV_train.tsv")]
    aw = [a for a in (args.aw or [str(DATA / "AW_train.tsv")]) if a != "none"]
    nlp = load_nlp(Options().spacy_model)
    summary = {"pairs": pairs.train(plover, aw, args.out, nlp=nlp, seed=args.seed)}
    golds = [g for path in plover for g in pairs.read_plover_tsv(path)]
    golds += [g for path in aw for g in pairs.read_aw_tsv(path)]
    summary["selector"] = selector.train(golds, args.selector_out, nlp=nlp, seed=args.seed)
    trained = classifier.train(plover, args.classifier_out, seed=args.seed)
    summary["classifier"] = {k: trained[k] for k in ("n_train", "data_sha256", "train_probs_sha256")}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
