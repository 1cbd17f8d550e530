"""A folder of the coder's learned parts, as `eventwire train` writes it and `--model` reads it.

One subfolder a part, named as the shipped ones in `eventwire/resources/`, so that folder is
itself a model folder (`python scripts/train_coder.py` rebuilds it by naming it):

* `classifier/`: the event-type classifier (types the coder's pairs, and `classify`'s rows);
* `pairs/`: the pair model (where the rules code nothing);
* `selector/`: the pair selector (which span pair an event sits on);
* `stack/`: the combiner `eventwire classify` stacks the coder's decision on.

`code` and `run` decide with the first three (CODER_PARTS); `classify` reads the classifier,
and the coder's parts and the combiner where it stacks them.

The resolver's learned part (`resolve/mention_sectors.py`) is no part of a model folder: it
learns sectors of actor mentions, which PLOVER rows do not label, so every folder resolves with
the shipped one (`scripts/train_mention_sectors.py` trains it).
"""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import Errors
from eventwire.events.features import WEIGHT_FILES
from eventwire.events.stack import WEIGHTS_FILE as COMBINER_FILE

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "resources"
# part -> (what it is called in messages, the files it needs)
PARTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "classifier": ("event-type classifier", WEIGHT_FILES),
    "pairs": ("pair model", WEIGHT_FILES),
    "selector": ("pair selector", WEIGHT_FILES),
    "stack": ("combiner", (COMBINER_FILE,)),
}
CODER_PARTS = ("classifier", "pairs", "selector")


def part_path(model: str | Path | None, part: str) -> str | None:
    """The folder of `part` in the model folder `model`; None without one (each loader then
    reads its shipped folder, `eventwire/resources/<part>`)."""
    if part not in PARTS:
        raise KeyError(part)
    return None if model is None else str(Path(model) / part)


def check(model: str | Path | None, parts: tuple[str, ...] = CODER_PARTS) -> None:
    """Raise FileNotFoundError (E020) naming the first of `parts` that the model folder (None:
    the shipped one) lacks a file of, and the command that writes it."""
    root = Path(model) if model is not None else SHIPPED_DIR
    for part in parts:
        what, files = PARTS[part]
        missing = [root / part / name for name in files if not (root / part / name).is_file()]
        if not missing:
            continue
        if model is None:
            hint = "Rebuild the shipped parts with: python scripts/train_coder.py"
        else:
            hint = (f"The folder is not a complete model ({part}/ is the {what}). Train every "
                    f"part into it with: eventwire train --data ROWS.tsv --out {model}")
            if part == "stack":
                hint += " (without --no-coder)"
        if part == "stack":
            hint += ", or classify with --no-coder"
        raise FileNotFoundError(Errors.E020.format(what=what, path=missing[0], hint=hint + "."))
