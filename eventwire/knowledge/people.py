"""People the English Wikipedia has a page on, and the one country they are of: the country of
a person the KB does not know ("Minister Juan Carlos Pinzón" COL, "Subrahmanyam Jaishankar"
IND). Read by the resolver only after the KB, the mention's own words and places found nothing.

Shipped file: resources/kb/wikipedia_people.npz, built by `python
scripts/build_wikipedia_people.py` from `name2nats.pkl` of the `name2nat` PyPI package (0.5.1,
Apache-2.0, by Kyubyong Park; read at build time only, never a dependency): 1,074,617 titles of
person pages of the English Wikipedia dump of 2020-06-01 with the nationality words of their
categories. The data is Wikipedia's, CC BY-SA 3.0. Kept: names of two words or more whose
words all map to one country (KB adjectives; sub-national ones through their region, Catalan
and Basque ESP, Scottish and Welsh GBR), not the ambiguous words of place_words.py.

Each name is stored as a 40-bit hash of its `name_key` (accents folded, lower-cased, so
"José Pérez" is "Jose Perez"), sorted and kept as gaps, with a one-byte country index: a few
MB on disk and in memory instead of a dict of a million strings. A name not in the list hits
a stored hash with a chance of about one in a million.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from eventwire.knowledge.kb import SHIPPED_DIR

PEOPLE_FILE = SHIPPED_DIR / "wikipedia_people.npz"
HASH_BYTES = 5  # 40 bits: a million names leave ~1e-6 of the space taken (the false-hit rate)


def person_hash(key: str) -> int:
    """Stable hash of a person's `name_key` (the same in the build script and at lookup)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=HASH_BYTES).digest(), "big")


def without_initials(key: str) -> str:
    """A name key without its middle initials ("michael m gilday" -> "michael gilday"). News
    often leaves them out: the build keys each title under both forms, so a form two people
    of two countries share ("Michael Gilday", a Canadian, and "Michael M. Gilday", an
    American) names neither, and the resolver looks a mention up under both."""
    words = key.split()
    return " ".join(w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and len(w) == 1))


def read_table(path: Path) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """(sorted hashes, country index per hash, country codes) of a file the build script wrote
    (empty when there is none)."""
    if not path.exists():
        return np.zeros(0, np.uint64), np.zeros(0, np.uint8), ()
    with np.load(path) as data:
        # (HASH_BYTES, n) byte planes of the gaps, low byte first (the build script's `encode`)
        planes = data["gaps"]
        gaps = np.zeros((planes.shape[1], 8), np.uint8)
        gaps[:, :planes.shape[0]] = planes.T
        gaps = gaps.view("<u8").ravel()
        country = data["country"]
        codes = tuple(str(c) for c in data["codes"])
    return np.cumsum(gaps, dtype=np.uint64), country, codes


@lru_cache(maxsize=1)
def _table() -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """The shipped table, loaded once per process, on the first name looked up."""
    return read_table(PEOPLE_FILE)


def listed_country(key: str, table: tuple[np.ndarray, np.ndarray, tuple[str, ...]] | None = None
                   ) -> str | None:
    """Country of the person whose `name_key` is `key`, if the list names them with one (in
    `table`, a `read_table` result; the shipped table by default)."""
    hashes, country, codes = table if table is not None else _table()
    if not codes:
        return None
    value = np.uint64(person_hash(key))
    at = int(np.searchsorted(hashes, value))
    if at < len(hashes) and hashes[at] == value:
        return codes[country[at]]
    return None
