"""Codebook lookups: CAMEO <-> PLOVER, Goldstein scores, quad classes, PLOVER event scale.

Tables are derived from ../shared by scripts/build_codebook.py into resources/codebook/ and read
once per process. `event_scale` uses the PLOVER manual's own conflict-cooperation scores (Table
2.2, by type and mode, falling back to the type's score) rather than an average of Goldstein
scores: the manual designed them for PLOVER categories, so they stay meaningful when the CAMEO
code is only a root. The manual's "ACCUSE 3" is read as -3 (every ACCUSE mode is negative).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CODEBOOK_DIR = Path(__file__).resolve().parent.parent / "resources" / "codebook"
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# The training sets' one label for CONCEDE and RETREAT (PLV_train annotates them together; the
# coder and the classifier split a YIELD by its wording).
YIELD = "YIELD"
YIELD_TYPES = {"CONCEDE": YIELD, "RETREAT": YIELD}
# Older PLOVER type names in gold-standard records -> the manual's current names.
OLD_TYPE_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                  "FIGHT": "ASSAULT"}
# Quad classes from the manual, section 3.x.4 of each type.
QUADS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
# Manual modes whose CAMEO2PLOVER rows use older mode names: the closest CAMEO code per mode.
MODE_CAMEO = {
    ("ASSAULT", "aerial"): "195", ("ASSAULT", "drone"): "195", ("ASSAULT", "firearms"): "193",
    ("ASSAULT", "heavy-weapons"): "194", ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "suicide-attack"): "1831", ("ASSAULT", "targeted"): "186",
    ("ASSAULT", "abduct"): "181", ("ASSAULT", "beat"): "182", ("ASSAULT", "torture"): "1822",
    ("ASSAULT", "sexual"): "1821", ("ASSAULT", "destroy"): "1712",
    ("ASSAULT", "unconventional"): "204", ("ASSAULT", "primitive"): "180",
    ("MOBILIZE", "troops"): "154", ("MOBILIZE", "police"): "153", ("MOBILIZE", "weapons"): "152",
    ("MOBILIZE", "militia"): "150", ("PROTEST", "demo"): "141", ("PROTEST", "riot"): "145",
    ("PROTEST", "strike"): "143", ("PROTEST", "hunger"): "142", ("PROTEST", "boycott"): "143",
    ("PROTEST", "obstruct"): "144", ("COERCE", "arrest"): "173", ("COERCE", "deport"): "174",
    ("COERCE", "seize"): "171", ("COERCE", "restrict"): "172", ("COERCE", "curfew"): "1723",
    ("COERCE", "martial-law"): "1724", ("SANCTION", "discontinue"): "162",
    ("SANCTION", "expel"): "166", ("SANCTION", "withdraw"): "161", ("RETREAT", "release"): "0841",
    ("RETREAT", "withdraw"): "0872", ("RETREAT", "ceasefire"): "0871", ("RETREAT", "disarm"): "0873",
    ("RETREAT", "access"): "086", ("CONSULT", "visit"): "042", ("CONSULT", "phone"): "041",
    ("CONSULT", "third-party"): "044", ("THREATEN", "violence"): "138",
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One row of the derived CAMEO table."""

    code: str
    name: str
    plover: str | None
    mode: str | None
    context: tuple[str, ...]
    goldstein: float | None


def _read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a shipped codebook table."""
    with (CODEBOOK_DIR / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@cache
def cameo_table() -> dict[str, CameoCode]:
    """CAMEO code -> CameoCode, read once per process."""
    out = {}
    for row in _read_tsv("cameo.tsv"):
        out[row["code"]] = CameoCode(
            code=row["code"],
            name=row["name"],
            plover=row["plover"] or None,
            mode=row["mode"] or None,
            context=tuple(c for c in row["context"].split(";") if c),
            goldstein=float(row["goldstein"]) if row["goldstein"] else None,
        )
    return out


@cache
def plover_scores() -> dict[tuple[str, str], float]:
    """(PLOVER type, mode or '') -> PLOVER conflict-cooperation score (manual Table 2.2)."""
    return {(r["plover"], r["mode"]): float(r["score"]) for r in _read_tsv("plover_scores.tsv")}


def cameo_name(cameo: str) -> str | None:
    """Name of a CAMEO code, or None if unknown."""
    row = cameo_table().get(cameo)
    return row.name if row else None


def plover_for_cameo(cameo: str) -> tuple[str, str | None, tuple[str, ...]] | None:
    """(PLOVER type, mode, contexts) for a CAMEO code; None for codes PLOVER leaves out (01x, 02x)."""
    row = cameo_table().get(cameo)
    if row is None or row.plover is None:
        return None
    return row.plover, row.mode, row.context


def goldstein(cameo: str | None) -> float | None:
    """Goldstein score of a CAMEO code, falling back to its parent code when the table lacks it."""
    table = cameo_table()
    code = cameo or ""
    while code:
        row = table.get(code)
        if row is not None and row.goldstein is not None:
            return row.goldstein
        code = code[:-1] if len(code) > 2 else ""
    return None


def quad_of(plover_type: str) -> int | None:
    """Quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    return QUADS.get(plover_type)


def event_scale(plover_type: str, mode: str | None = None) -> float | None:
    """PLOVER score of a type and mode (manual Table 2.2), the type's score if the mode has none."""
    scores = plover_scores()
    if mode and (plover_type, mode) in scores:
        return scores[(plover_type, mode)]
    return scores.get((plover_type, ""))


def default_cameo(plover_type: str, mode: str | None = None, context: list[str] | tuple[str, ...] = ()) -> str | None:
    """The CAMEO code that best fits a PLOVER type, mode and contexts (the root if nothing fits).

    Prefers a row with the same mode, then the most shared contexts, then the shortest code;
    for CONSULT/ASSAULT/... modes named only in the manual, a fixed mapping is used.
    """
    if mode and (plover_type, mode) in MODE_CAMEO:
        return MODE_CAMEO[(plover_type, mode)]
    ctx = set(context)
    best: tuple[tuple[int, int, int, int], str] | None = None
    for code in sorted(cameo_table()):
        row = cameo_table()[code]
        if row.plover != plover_type:
            continue
        mode_hit = (1 if row.mode == mode else -1 if row.mode else 0) if mode else -int(bool(row.mode))
        overlap = len(ctx & set(row.context))
        extra = len(set(row.context) - ctx)
        key = (mode_hit, overlap, -extra, -len(code))
        if best is None or key > best[0]:  # strict: the first (lowest) code wins ties
            best = (key, code)
    return best[1] if best else None
