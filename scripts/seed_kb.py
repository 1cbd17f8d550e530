"""Rebuild the Phoenix-derived knowledge-base tables from ../shared/reference/phoenix.

Run from the repository root: `python scripts/seed_kb.py [--phoenix DIR] [--out DIR]`.

Writes two derived, lower-priority tables into eventwire/resources/kb/:
  phoenix_entities.csv.gz  people and institutions with country/sector and date ranges
  phoenix_places.csv    cities, provinces and other places listed under a country
The hand-curated offices.csv / organizations.csv / countries.csv always win over these:
Phoenix was last maintained around 2014, so open-ended ranges are capped (see STALE_AFTER).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PHOENIX = ROOT.parent / "shared" / "reference" / "phoenix"
DEFAULT_OUT = ROOT / "eventwire" / "resources" / "kb"

# The dictionaries were last updated in 2014: an open range ("[SYRGOV >000717]") is only known
# to hold until then, so it is capped here and flagged in the notes column.
STALE_AFTER = "2014-12-31"
CODE_RE = re.compile(r"\[\s*~?([A-Z]{3,})\s*(?:([<>]?\d{6,8})(?:\s*-\s*(\d{6,8}))?)?\s*\]")
# CAMEO agent codes that PLOVER keeps, and the renamed ones (CAMEO MED=media, HLH=health).
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "CVL", "BUS", "SPY", "ELI", "REF",
    "LAB", "EDU", "AGR", "CRM", "UAF", "PTY", "REL", "PRM",
}
RENAMED = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB", "RAD": "OPP", "SPY": "SPY"}
# Non-state codes: Phoenix IGO..UNO.. is the UN system, IGOEUR..EEC the EU.
NONSTATE = {"IGO", "NGO", "MNC", "IMG", "UNO", "ISM"}
PHOENIX_COUNTRY_FIX = {"PAL": "PSE", "KSV": "KOS", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS",
                       "SRB": "SRB", "SCG": "SRB", "YUG": "SRB", "BUR": "MMR", "SUN": "RUS"}


def parse_date(token: str | None) -> str | None:
    """YYMMDD or YYYYMMDD to ISO; two-digit years above 30 are 19xx."""
    if not token:
        return None
    digits = token.lstrip("<>")
    if len(digits) == 8:
        year, rest = digits[:4], digits[4:]
    elif len(digits) == 6:
        yy = int(digits[:2])
        year, rest = (f"19{digits[:2]}" if yy > 30 else f"20{digits[:2]}"), digits[2:]
    else:
        return None
    month, day = rest[:2], rest[2:]
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"


def clean_name(raw: str) -> str:
    """PHOENIX_STYLE_NAME_ to 'Phoenix Style Name'."""
    raw = raw.split("#", 1)[0].strip().lstrip("+").strip()
    raw = raw.replace("_", " ").strip()
    return " ".join(w.capitalize() if w.isupper() else w for w in raw.split())


def map_code(code: str) -> tuple[str, str]:
    """A CAMEO actor code (e.g. 'SYRGOVBUS', 'IGOUNOREF') to PLOVER (country, sector)."""
    head, rest = code[:3], code[3:]
    parts = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    if head == "IGO":
        country = "UNO" if parts[:1] == ["UNO"] else "EUR" if "EEC" in parts else "IGO"
        sector = next((p for p in parts if p in {"JUD", "MIL", "LEG"}), "")
        return country, sector
    if head in NONSTATE:
        return head, ""
    country = PHOENIX_COUNTRY_FIX.get(head, head)
    for part in parts:
        part = RENAMED.get(part, part)
        if part in SECTORS:
            return country, part
    return country, ""


def read_entries(path: Path) -> list[tuple[str, list[str], list[tuple[str, str | None, str | None]]]]:
    """Entries of a TABARI .actors file: (name, aliases, [(code, start, end)])."""
    entries: list = []
    current: list | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        codes = []
        for m in CODE_RE.finditer(line.split("#", 1)[0]):
            start = end = None
            if m.group(2):
                tok = m.group(2)
                if tok.startswith(">"):
                    start = parse_date(tok)
                elif tok.startswith("<"):
                    end = parse_date(tok)
                else:
                    start, end = parse_date(tok), parse_date(m.group(3))
            codes.append((m.group(1), start, end))
        text = CODE_RE.sub("", line.split("#", 1)[0]).strip()
        if line[0] not in " \t+" and text:
            current = [clean_name(text), [], []]
            entries.append(current)
        elif line.startswith("+") and current is not None and text:
            current[1].append(clean_name(text))
        if current is not None:
            current[2].extend(codes)
    return [(n, a, c) for n, a, c in entries if n]


def fold(text: str) -> str:
    """Lower-case ASCII fold used to spot duplicates."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def build(phoenix: Path, out: Path) -> tuple[int, int]:
    """Write phoenix_entities.csv.gz and phoenix_places.csv; return their row counts."""
    entity_rows: list[list[str]] = []
    place_rows: dict[str, str] = {}
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt"):
        for entity, aliases, codes in read_entries(phoenix / name):
            if not codes:
                continue
            # A country block header ("AFGHANISTAN_ [AFG]", Iraq with dated [IRQ]/[IRQOCC]
            # codes): its aliases are places and adjectives of that country.
            if name.startswith("Phoenix.Countries") and len(aliases) > 3 \
                    and all(len(c[0]) == 3 or c[0][3:] == "OCC" for c in codes):
                country = PHOENIX_COUNTRY_FIX.get(codes[0][0], codes[0][0])
                for alias in aliases:
                    place_rows.setdefault(fold(alias), f"{alias}\t{country}")
                continue
            seen: set[tuple] = set()
            for code, start, end in codes:
                country, sector = map_code(code)
                if len(country) != 3:
                    continue
                notes = "phoenix"
                if start and not end and start < STALE_AFTER:
                    end, notes = STALE_AFTER, "phoenix; open range capped"
                key = (country, sector, start, end)
                if key in seen:
                    continue
                seen.add(key)
                entity_rows.append([entity, "|".join(aliases[:12]), country, sector, "phoenix",
                                    start or "", end or "", notes])
    out.mkdir(parents=True, exist_ok=True)
    header = ["person", "aliases", "country", "sector", "role", "start", "end", "notes"]
    # mtime=0 keeps the archive byte-identical between rebuilds.
    with gzip.GzipFile(out / "phoenix_entities.csv.gz", "wb", mtime=0) as raw, \
            io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(entity_rows)
    with open(out / "phoenix_places.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["place", "country"])
        for row in sorted(place_rows.values()):
            writer.writerow(row.split("\t"))
    return len(entity_rows), len(place_rows)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    n_entities, n_places = build(args.phoenix, args.out)
    print(f"wrote {n_entities} entity rows and {n_places} places to {args.out}")


if __name__ == "__main__":
    main()
