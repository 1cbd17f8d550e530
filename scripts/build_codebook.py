"""Derive the small codebook tables shipped in eventwire/resources/codebook/ from ../shared.

Usage: python scripts/build_codebook.py [--shared ../shared] [--out eventwire/resources/codebook]

Writes
  cameo.tsv          code, name, plover, mode, context (';'-joined), goldstein
  plover_scores.tsv  plover, mode ('' = the type's own score), score  (PLOVER manual Table 2.2)

The PLOVER scores are read from the manual's text with pypdf (`pip install pypdf`); without it the
existing plover_scores.tsv is kept.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CAMEO_LINE = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#\s*(.*)$")
ROOT_LINE = re.compile(r"^(\d{2}):\s*([A-Z]+)\s*$")
# "CONSULT: Visit 4", "AGREE 2.5", "ASSAULT: Suicide-attack -9.5" in Table 2.2
SCORE_CELL = re.compile(r"([A-Z]{3,})(?::\s*([A-Z][a-z-]+))?\s+(-?\d+(?:\.\d+)?)")
# Names of the two-digit roots, which CAMEO2PLOVER lists without a name.
ROOT_NAMES = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
    "04": "Consult", "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation",
    "07": "Provide aid", "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove",
    "12": "Reject", "13": "Threaten", "14": "Protest", "15": "Exhibit force posture",
    "16": "Reduce relations", "17": "Coerce", "18": "Assault", "19": "Fight",
    "20": "Use unconventional mass violence",
}

# Modes where CAMEO2PLOVER disagrees with the PLOVER manual's own definition: 112 "Accuse" is
# "disapprove" there, but Table 3.4 defines "allege" as "formally or informally accuse"; with
# "disapprove" every accusation the coder reads (mode allege) fell back to 114 "Complain officially".
MODE_CORRECTIONS = {"112": "allege"}


def read_goldstein(path: Path) -> dict[str, float]:
    """CAMEO code -> Goldstein score from the shared TSV."""
    with path.open(encoding="utf-8") as fh:
        return {row["cameo_code"].strip(): float(row["goldstein"]) for row in csv.DictReader(fh, delimiter="\t")}


def read_cameo2plover(path: Path) -> dict[str, tuple[str, str, str, str]]:
    """CAMEO code -> (name, plover, mode, contexts) from CAMEO2PLOVER; roots take the first child."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    roots: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "~")):
            continue
        if m := ROOT_LINE.match(line):
            roots.setdefault(m.group(1), m.group(2))
            continue
        if m := CAMEO_LINE.match(line):
            code, plover, mode, context, name = (g.strip() for g in m.groups())
            contexts = ";".join(c.strip().replace(" ", "_") for c in context.split(";") if c.strip())
            rows.setdefault(code, (name, plover, mode.replace(" ", ""), contexts))
    for code, plover in roots.items():
        rows.setdefault(code, (ROOT_NAMES.get(code, ""), plover, "", ""))
    for code, mode in MODE_CORRECTIONS.items():
        name, plover, _, contexts = rows[code]
        rows[code] = (name, plover, mode, contexts)
    return rows


def read_plover_scores(pdf: Path) -> dict[tuple[str, str], float] | None:
    """(PLOVER type, mode) -> score from Table 2.2 of the manual, or None without pypdf."""
    try:
        import pypdf
    except ImportError:
        return None
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages[:12])
    start = text.find("Table 2.2")
    block = text[start : text.find("Chapter 3", start)]
    scores: dict[tuple[str, str], float] = {}
    for plover, mode, score in SCORE_CELL.findall(block):
        if plover == "CATEGORY":
            continue
        scores[(plover, mode.lower())] = float(score)
    # The manual prints ACCUSE as +3 while every ACCUSE mode is negative: a sign typo.
    if scores.get(("ACCUSE", ""), 0) > 0:
        scores[("ACCUSE", "")] = -scores[("ACCUSE", "")]
    return scores


def build(shared: Path, out: Path) -> None:
    """Write cameo.tsv and plover_scores.tsv under `out`."""
    ref = shared / "reference"
    goldstein = read_goldstein(ref / "cameo-goldstein.tsv")
    table = read_cameo2plover(ref / "CAMEO2PLOVER-2021.txt")
    codes = sorted(set(table) | set(goldstein), key=lambda c: (c[:2], c))
    out.mkdir(parents=True, exist_ok=True)
    with (out / "cameo.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "plover", "mode", "context", "goldstein"])
        for code in codes:
            name, plover, mode, context = table.get(code, (ROOT_NAMES.get(code, ""), "", "", ""))
            g = goldstein.get(code)
            w.writerow([code, name, plover, mode, context, "" if g is None else g])
    scores = read_plover_scores(ref / "PLOVER_MANUAL.pdf")
    if scores is None:
        print("pypdf not installed: plover_scores.tsv left as it is", file=sys.stderr)
        return
    with (out / "plover_scores.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["plover", "mode", "score"])
        for (plover, mode), score in sorted(scores.items()):
            w.writerow([plover, mode, score])
    print(f"{len(codes)} CAMEO codes, {len(scores)} PLOVER scores -> {out}")


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and build the tables."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--out", type=Path, default=ROOT / "eventwire" / "resources" / "codebook")
    args = p.parse_args(argv)
    build(args.shared, args.out)


if __name__ == "__main__":
    main()
