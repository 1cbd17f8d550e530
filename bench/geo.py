"""Place-resolution benchmark: share of hand-labelled place mentions resolved within 161 km.

Run: python bench/geo.py [--misses]
Data: bench/data/geo.tsv (hand labels; texts read from ../shared by reference).
Two figures per mention:
- end to end: find_places() over the whole text finds a place at the mention and it is right;
- resolution: Gazetteer.lookup() of the mention string, with the text's countries, is right.
"Right" = within 161 km (100 miles) of the truth; for country mentions, the same country code.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.knowledge.places import (  # noqa: E402
    Gazetteer,
    Place,
    document_countries,
    find_places,
)

SHARED = ROOT.parent / "shared" / "data"
LABELS = ROOT / "bench" / "data" / "geo.tsv"
RADIUS_KM = 161.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def load_texts() -> dict[tuple[str, str], str]:
    """(source, ref) -> text, from the shared PLOVER sentences and extraction-dev bodies."""
    texts: dict[tuple[str, str], str] = {}
    with open(SHARED / "plover" / "PLV_train.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            texts[("plv", row["sentence_id"])] = row["sentence"]
    gt = json.loads((SHARED / "extraction-dev" / "ground-truth.json").read_text(encoding="utf-8"))
    for key, val in gt.items():
        texts[("xdev", key)] = val["articleBody"]
    return texts


def load_labels() -> list[dict[str, str]]:
    """The hand labels."""
    lines = [ln for ln in LABELS.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def mention_span(text: str, mention: str, occurrence: int) -> tuple[int, int]:
    """Span of the n-th whole-word occurrence of a mention."""
    pat = re.compile(rf"(?<!\w){re.escape(mention)}(?!\w)")
    m = list(pat.finditer(text))[occurrence - 1]
    return m.start(), m.end()


def is_right(place: Place | None, label: dict[str, str]) -> tuple[bool, float | None]:
    """Whether a resolved place matches the label, and its distance."""
    if place is None:
        return False, None
    km = haversine_km(place.lat, place.lon, float(label["lat"]), float(label["lon"]))
    if label["feature"] == "country":
        return place.country == label["country"] and place.feature == "country", km
    return km <= RADIUS_KM, km


def score(gaz: Gazetteer, texts: dict[tuple[str, str], str],
          labels: list[dict[str, str]]) -> list[dict[str, object]]:
    """Per label: found and right end to end, right by lookup alone, and what was found."""
    cache: dict[tuple[str, str], tuple[list, list[str]]] = {}
    results = []
    for lab in labels:
        key = (lab["source"], lab["ref"])
        text = texts[key]
        if key not in cache:
            cache[key] = (find_places(text, gaz), document_countries(text, gaz))
        found, countries = cache[key]
        start, end = mention_span(text, lab["mention"], int(lab["occurrence"]))
        hit = next((p for s, e, p in found if s < end and e > start), None)
        ok_e2e, km = is_right(hit, lab)
        ok_res, _ = is_right(gaz.lookup(lab["mention"], countries=countries), lab)
        got = "not found" if hit is None else (
            f"{hit.name} ({hit.feature}, {hit.country}) {km:.0f} km")
        results.append({"label": lab, "e2e": ok_e2e, "res": ok_res, "got": got})
    return results


def print_table(title: str, groups: dict[str, list[dict[str, object]]]) -> None:
    """One row per group: count, end-to-end share, resolution share."""
    print(f"{title:<10} {'n':>4} {'end-to-end':>11} {'resolution':>11}")
    for name, rows in groups.items():
        n = len(rows)
        e2e = sum(bool(r["e2e"]) for r in rows) / n
        res = sum(bool(r["res"]) for r in rows) / n
        print(f"{name:<10} {n:>4} {e2e:>11.1%} {res:>11.1%}")


def run(show_misses: bool) -> dict[str, float]:
    """Score every label; print the tables; return the overall figures."""
    t0 = time.perf_counter()
    gaz = Gazetteer.load()
    load_s = time.perf_counter() - t0
    labels = load_labels()
    t1 = time.perf_counter()
    results = score(gaz, load_texts(), labels)
    run_s = time.perf_counter() - t1
    by_split: dict[str, list] = defaultdict(list)
    by_feat: dict[str, list] = defaultdict(list)
    for r in results:
        by_split[r["label"]["split"]].append(r)
        by_feat[r["label"]["feature"]].append(r)
    by_split["all"] = results
    print(f"place mentions: {len(results)}; right = within {RADIUS_KM:.0f} km (countries: same code)")
    print_table("split", by_split)
    print()
    print_table("feature", dict(sorted(by_feat.items(), key=lambda kv: -len(kv[1]))))
    print(f"\ngazetteer load {load_s:.2f} s; find_places + lookups {run_s:.2f} s")
    misses = [r for r in results if not r["e2e"]]
    print(f"end-to-end misses: {len(misses)}")
    if show_misses:
        for r in misses:
            lab = r["label"]
            print(f"  {lab['split']:<7} {lab['feature']:<9} {lab['mention']!r:<32} "
                  f"{lab['country']:<4} -> {r['got']}")
    n = len(results)
    return {"e2e": sum(bool(r["e2e"]) for r in results) / n,
            "resolution": sum(bool(r["res"]) for r in results) / n}


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every end-to-end miss")
    run(parser.parse_args().misses)


if __name__ == "__main__":
    main()
