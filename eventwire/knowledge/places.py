"""Place resolution: an offline GeoNames gazetteer, place mentions in text, an event's location."""

from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import Errors
from eventwire.knowledge.loading import long_lived_tables
from eventwire.knowledge.place_words import (
    ARTICLES,
    CONNECTORS,
    COUNTRY_ALIASES,
    DEMONYMS,
    HYPHEN_CONNECTORS,
    LEADING_OK,
    LOCATIVE_CUES,
    MONTH_ABBREVIATIONS,
    NEEDS_CUE,
    PLACE_SUFFIXES,
    REGION_SUFFIXES,
    RUN_BREAKS,
    SETTLEMENT_NOUNS,
    SPEECH_VERBS,
    STOPLIST,
    TITLE_WORDS,
    US_STATES,
)

GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "resources" / "gazetteer"

# Ranking: a name that is a country means the country ("Georgia", "Jordan", "Israel"); else
# population, with capitals boosted and regions damped, since their population is a sum of towns
# ("Washington" is the capital before the state, "Idlib" the city before the governorate).
CAPITAL_BOOST = 10.0
REGION_DAMP = 0.5
SUPPLEMENT_POP = 2_000_000
# Document countries settle ambiguity between comparable places, not a village against a
# state: a candidate this many times bigger wins anyway ("California" in a Colombian story).
DOC_COUNTRY_MAX_RATIO = 1000.0
# A town smaller than this needs support (a locative cue or its country in the document).
SMALL_PLACE_POP = 100_000
MAX_NGRAM = 6
MISSING_GAZETTEER = Errors.E013

# Tokens: abbreviations (U.S., D.C.) and words with inner apostrophes; hyphens split tokens.
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][^\W_]*(?:['’][^\W\d_]+)*")
POSSESSIVE_RE = re.compile(r"['’]s?$")
QUALIFIER_RE = re.compile(r",\s*((?:[A-Z][\w.]*\.?)(?:\s[A-Z][\w.]*)*)")
DATELINE_RE = re.compile(r"\s*(?:,|\(|--|—|–| - )")
# Alternate names this short are often words or initials ("Ben" for Bern, "From" for Frome);
# they count only for places at least this big (still "Kiev").
SHORT_ALT_LEN = 4
SHORT_ALT_MIN_RANK = 2_000_000
# A city this big at the start of a longer name is still the city ("Los Angeles Auto Show").
RUN_PART_POP = 1_000_000


@dataclass(slots=True)
class Place:
    """A resolved place mention."""

    name: str
    feature: str  # country, capital, region, city, base, landmark
    country: str  # ISO 3166 alpha-3 ("" for seas and other areas of no one country)
    admin1: str | None
    lat: float
    lon: float
    geonameid: int | None
    matched: str  # the text as written


@functools.lru_cache(maxsize=1 << 16)  # every run start tries several lengths: names repeat a lot
def normalize_name(name: str) -> str:
    """Case-, accent-, hyphen- and apostrophe-insensitive key for a place name."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = name.lower()
    for mark in ("’", "'", "‘", "ʿ", "ʻ", "`", "ʼ"):
        name = name.replace(mark, "")
    name = re.sub(r"[-‐–,]", " ", name)
    return " ".join(name.split())


# (name, feature, country, admin1, lat, lon, geonameid, rank population, curated)
_Entry = tuple[str, str, str, str | None, float, float, int | None, float, bool]


class Gazetteer:
    """Name -> candidate places, from the shipped GeoNames extract plus a curated supplement."""

    __slots__ = ("index", "max_tokens", "_first_words")

    def __init__(self, index: dict[str, list[_Entry]]) -> None:
        self.index = index
        self.max_tokens = MAX_NGRAM
        self._first_words: frozenset[str] | None = None

    @classmethod
    def load(cls) -> Gazetteer:
        """The shipped gazetteer, read once per process."""
        return _load_shipped()

    @classmethod
    def from_files(cls, places: Path, supplement: Path | None = None) -> Gazetteer:
        """Build a gazetteer from a places.tsv.gz and an optional supplement TSV."""
        index: dict[str, list[_Entry]] = {}
        countries: dict[str, _Entry] = {}

        def add(key: str, entry: _Entry) -> None:
            key = normalize_name(key)
            if key:
                bucket = index.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)

        with gzip.open(places, "rt", encoding="utf-8") as fh:
            for line in fh:
                gid, name, feature, cc, a1, lat, lon, pop, keys = line.rstrip("\n").split("\t")
                rank = float(pop or 0)
                if feature == "capital":
                    rank *= CAPITAL_BOOST
                elif feature == "region":
                    rank *= REGION_DAMP
                entry = (name, feature, cc, a1 or None, float(lat), float(lon),
                         int(gid) if gid else None, rank, False)
                for k in keys.split("|"):
                    # Keys come normalised from scripts/build_gazetteer.py.
                    index.setdefault(k, []).append(entry)
                if feature == "country":
                    countries[cc] = entry
        for alias, cc in COUNTRY_ALIASES.items():
            if cc in countries:
                add(alias, countries[cc])
        if supplement is not None:
            for line in supplement.read_text(encoding="utf-8").splitlines():
                if not line or line.startswith("#") or line.startswith("name\t"):
                    continue
                name, alts, feature, cc, a1, lat, lon = line.split("\t")
                entry = (name, feature, cc, a1 or None, float(lat), float(lon), None,
                         float(SUPPLEMENT_POP), True)
                add(name, entry)
                for alt in alts.split("|") if alts else ():
                    add(alt, entry)
        return cls(index)

    def first_words(self) -> frozenset[str]:
        """The first word of every name key (built on first use): a name whose key begins
        with none of them, nor with "the" (`candidates` drops it), has no entry."""
        if self._first_words is None:
            self._first_words = frozenset(key.split(" ", 1)[0] for key in self.index)
        return self._first_words

    def candidates(self, name: str) -> list[_Entry]:
        """All entries for a name, unranked."""
        key = normalize_name(name)
        found = self.index.get(key)
        if found is None and key.startswith("the "):
            found = self.index.get(key[4:])
        return found or []

    def best(self, name: str, countries: list[str] | tuple[str, ...] = (),
             prefer_region: bool = False, within: tuple[str, str | None] | None = None,
             ) -> _Entry | None:
        """The best entry: curated, document countries, countries, then population.

        `within` (country, admin1) keeps only candidates inside a place the text names right
        after the name ("Greenville, South Carolina"), when any are.
        """
        found = self.candidates(name)
        if not found:
            return None
        if within is not None:
            inside = [e for e in found if e[2] == within[0] and within[1] in (None, e[3])]
            found = inside or found
        wanted = set(countries)

        def key(e: _Entry) -> tuple:
            # Curated entries first: GeoNames alternates hold translations ("White House" is
            # an alternate name of Casablanca).
            return (e[8], e[2] in wanted, prefer_region and e[1] == "region",
                    e[1] == "country", e[7])

        top = max(found, key=key)
        if top[2] in wanted:
            giant = max(found, key=lambda e: (e[8], e[1] == "country", e[7]))
            if giant[7] > DOC_COUNTRY_MAX_RATIO * max(top[7], 1.0) and not top[8]:
                top = giant
        if top[1] == "region" and not prefer_region:
            # A region named after its chief town means the town ("Idlib", "New York").
            towns = [e for e in found if e[1] in ("city", "capital") and e[2] == top[2]
                     and e[3] == top[3]]
            if towns:
                return max(towns, key=key)
        return top

    def lookup(self, name: str, *, countries: list[str] = ()) -> Place | None:
        """Resolve a name; ambiguity settled by the document's countries, then population."""
        entry = self.best(name, countries)
        return None if entry is None else to_place(entry, name)


def to_place(entry: _Entry, matched: str) -> Place:
    """Make a Place from an index entry and the text it matched."""
    name, feature, cc, a1, lat, lon, gid, _rank, _curated = entry
    return Place(name=name, feature=feature, country=cc, admin1=a1, lat=lat, lon=lon,
                 geonameid=gid, matched=matched)


@functools.cache
def _load_shipped() -> Gazetteer:
    # Cached so that every caller in a process shares one ~170k-name index.
    places = GAZETTEER_DIR / "places.tsv.gz"
    if not places.exists():
        raise FileNotFoundError(MISSING_GAZETTEER.format(path=places))
    with long_lived_tables():
        return Gazetteer.from_files(places, GAZETTEER_DIR / "supplement.tsv")


def find_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Maximal sequences of capitalised tokens (lower-case connectors allowed inside)."""
    toks = []
    for m in TOKEN_RE.finditer(text):
        tok, end = m.group(), m.end()
        # a possessive needs an apostrophe: most tokens skip the search
        pm = POSSESSIVE_RE.search(tok) if "'" in tok or "’" in tok else None
        if pm and len(tok) > 2:  # "Syria's" -> "Syria"; the apostrophe then ends the run
            tok, end = tok[: pm.start()], m.start() + pm.start()
        toks.append((m.start(), end, tok))
    caps = [_is_cap(t) for _, _, t in toks]  # each token's, read again as the next one's

    def next_cap(i: int, e: int) -> bool:
        return i + 1 < len(toks) and caps[i + 1] and _joined(text, e, toks[i + 1][0])

    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for i, (s, e, t) in enumerate(toks):
        cap = caps[i]
        if not cap and not cur and t not in ARTICLES:
            continue  # most words: no run to open, extend or close (the tests below all fail)
        if t.lower() in MONTH_ABBREVIATIONS and text[e:e + 1] == ".":
            t = t.lower()  # "Nov. 18" is a date, not the Tajik town of Nov
            cap = _is_cap(t)
        article = t in ARTICLES and text[e:e + 1] == "-" and next_cap(i, e)
        if (cap or article) and (not cur or _joined(text, cur[-1][1], s)):
            cur.append((s, e, t))
            continue
        hyphened = text[s - 1:s] == "-" and text[e:e + 1] == "-"
        connector = t in CONNECTORS or (t in HYPHEN_CONNECTORS and hyphened)
        if cur and connector and next_cap(i, e) and _joined(text, cur[-1][1], s):
            cur.append((s, e, t))
            continue
        if cur:
            runs.append(cur)
        cur = [(s, e, t)] if (cap or article) else []
    if cur:
        runs.append(cur)
    return [r[: _rstrip_connectors(r)] for r in runs if _rstrip_connectors(r)]


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and tok.lower() not in RUN_BREAKS


def _rstrip_connectors(run: list[tuple[int, int, str]]) -> int:
    n = len(run)
    while n and (run[n - 1][2] in CONNECTORS or run[n - 1][2] in ARTICLES
                 or run[n - 1][2] in HYPHEN_CONNECTORS):
        n -= 1
    return n


def _joined(text: str, end: int, start: int) -> bool:
    # Tokens belong to one name when only spaces or a hyphen separate them.
    gap = text[end:start]
    return gap in ("-", "‐") or (gap.strip() == "" and "\n" not in gap)


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w']+", text[max(0, start - 40):start])[-n:]]


def _word_after(text: str, end: int) -> str:
    m = re.match(r"\s*([\w']+)", text[end:end + 30])
    return m.group(1).lower() if m else ""


def document_countries(text: str, gaz: Gazetteer,
                       runs: list[list[tuple[int, int, str]]] | None = None) -> list[str]:
    """Countries a text names or implies through demonyms, most mentioned first.

    `runs`: `find_runs(text)`, when the caller has it already.
    """
    counts: Counter[str] = Counter()
    for run in find_runs(text) if runs is None else runs:
        words = [t[2] for t in run]
        for k, w in enumerate(words):
            cc = DEMONYMS.get(w.lower()) or DEMONYMS.get(" ".join(words[k:k + 2]).lower())
            if cc:
                counts[cc] += 1
        for i in range(len(words)):
            for j in range(min(len(words), i + 4), i, -1):
                e = gaz.best(text[run[i][0]:run[j - 1][1]])
                if e and e[1] == "country":
                    counts[e[2]] += 1
                    break
    return [cc for cc, _ in counts.most_common()]


def qualifier_of(text: str, end: int, gaz: Gazetteer) -> tuple[str, str | None] | None:
    """(country, admin1) of a ", Y" right after a name: "Monroe, La.", "Tirana, Albania"."""
    m = QUALIFIER_RE.match(text, end)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(min(3, len(words)), 0, -1):
        cand = " ".join(words[:n])
        state = US_STATES.get(cand.lower().rstrip("."))
        if state and (cand.isupper() or cand.endswith(".") or "." in cand):
            return ("USA", state)
        e = gaz.best(cand.rstrip("."))
        if e and e[1] == "country":
            return (e[2], None)
        if e and e[1] == "region":
            return (e[2], e[3])
    return None


def has_cue(text: str, start: int) -> bool:
    """True when a locative cue precedes a name: "in X", "near the X", "the town of X"."""
    before = _words_before(text, start)
    if not before:
        return False
    last = before[-1]
    if last in LOCATIVE_CUES or last in SETTLEMENT_NOUNS:
        return True
    if len(before) > 1 and last == "the" and before[-2] in LOCATIVE_CUES:
        return True
    return len(before) > 1 and last in ("of", "the") and before[-2] in SETTLEMENT_NOUNS


def find_places(text: str, gaz: Gazetteer, *, countries: list[str] = ()) -> list[tuple[int, int, Place]]:
    """Character spans of place mentions in text, each resolved with the document's countries.

    Without given countries, the text's own country names and demonyms are used, and then the
    countries of the places found in a first pass ("Delhi" makes "Bawana" the Indian one).
    """
    runs = find_runs(text)
    if countries:
        return _find_places(text, gaz, list(countries), runs)
    named = document_countries(text, gaz, runs)
    first = _find_places(text, gaz, named, runs)
    # Only places that are sure on their own vouch for a country (Delhi, not a Bawana).
    counts = Counter(p.country for _s, _e, p in first if p.country and _is_sure(gaz, p))
    implied = [cc for cc, _n in counts.most_common() if cc not in named]
    if not implied:
        return first
    return _find_places(text, gaz, named + implied, runs)


def _is_sure(gaz: Gazetteer, place: Place) -> bool:
    if place.feature in ("country", "capital", "base", "landmark"):
        return True
    found = [e for e in gaz.candidates(place.matched) if e[2] != place.country]
    mine = [e for e in gaz.candidates(place.matched) if e[2] == place.country]
    # Sure: big, and no other country has a place of that name half as big.
    top = max((e[7] for e in mine), default=0.0)
    return top >= RUN_PART_POP and all(e[7] * 2 < top for e in found)


def _find_places(text: str, gaz: Gazetteer, doc_countries: list[str],
                 runs: list[list[tuple[int, int, str]]]) -> list[tuple[int, int, Place]]:
    wanted = set(doc_countries)
    out: list[tuple[int, int, Place]] = []
    first_words = gaz.first_words()
    for run in runs:
        i = consumed = 0  # consumed: tokens of this run already taken by earlier places
        while i < len(run):
            hit = None
            # most run tokens begin no gazetteer name: their spans are not looked up
            for j in range(min(len(run), i + gaz.max_tokens), i, -1) \
                    if _may_begin_place(text, run, i, first_words) else ():
                if run[j - 1][2] in CONNECTORS:
                    continue
                start, end = run[i][0], run[j - 1][1]
                name = text[start:end]
                if not gaz.candidates(name):
                    continue
                if run[i][2].lower() == "the" and normalize_name(name) not in gaz.index:
                    start = run[i + 1][0]  # "The Uttar Pradesh government": the span skips "The"
                    name = text[start:end]
                rest = [t[2].lower() for t in run[j:]]
                nxt = rest[0] if rest else _word_after(text, end)
                within = None if rest else qualifier_of(text, end, gaz)
                entry = gaz.best(name, doc_countries, prefer_region=nxt in REGION_SUFFIXES,
                                 within=within)
                # "Southern District of New York", "the Old City of Mosul": after "of" a
                # place may end a longer name.
                # "Kirkuk-Baniyas pipeline": hyphenated places stand apart too.
                lead_ok = all(t[2].lower() in LEADING_OK for t in run[consumed:i]) or (
                    i > consumed and run[i - 1][2] == "of") or text[start - 1:start] == "-"
                if rest and text[end:end + 1] == "-":
                    rest = []
                if entry and _accept(entry, text, start, end, lead_ok, rest, wanted, within):
                    hit = (start, end, to_place(entry, name), j)
                break  # the longest name found here decides, accepted or not
            if hit:
                out.append(hit[:3])
                i = consumed = hit[3]
            else:
                i += 1
    return out


def _may_begin_place(text: str, run: list[tuple[int, int, str]], i: int,
                     first_words: frozenset[str]) -> bool:
    """Whether a span of `run` from token i may have a gazetteer entry: its key's first word
    is one of the gazetteer's `first_words`, or "the". Exact for what it rules out: tokens of
    a run are joined by spaces or a hyphen (`_joined`), which `normalize_name` makes a word
    break, so every span's key begins with the first word of token i's own key; only tokens
    written together with no gap ("U.S.Army") are always tried."""
    start, end, _tok = run[i]
    if i + 1 < len(run) and run[i + 1][0] == end:
        return True
    words = normalize_name(text[start:end]).split()
    return not words or words[0] == "the" or words[0] in first_words


def _accept(entry: _Entry, text: str, start: int, end: int, lead_ok: bool, rest: list[str],
            countries: set[str], within: tuple[str, str | None] | None) -> bool:
    """Whether a gazetteer match in running text is a place mention."""
    key = normalize_name(text[start:end])
    if key in STOPLIST:
        return False
    cue = has_cue(text, start)
    if key in NEEDS_CUE and not cue:
        return False
    name, feature, cc, _a1, _lat, _lon, _gid, rank, curated = entry
    if curated or feature == "country":
        return True
    raw = text[start:end]
    if raw.isupper() and len(raw) <= 4:
        return False  # initials: "CAN$", "AU", "INA"
    if (len(key) <= SHORT_ALT_LEN and key != normalize_name(name) and feature != "region"
            and rank < SHORT_ALT_MIN_RANK):
        return False
    suffix = bool(rest) and rest[0] in PLACE_SUFFIXES
    titled = bool(rest) and rest[0] in TITLE_WORDS
    if rest and not (lead_ok and (suffix or titled or rank >= RUN_PART_POP)):
        return False  # part of a longer name: "Santa Cruz Barillas", "Donald Trump"
    if not lead_ok:
        return False
    after = _word_after(text, end)
    if after in SPEECH_VERBS:
        return feature == "capital"  # "Washington said" is a metonym; "Jackson said" a man
    if feature in ("capital", "region") or rank >= SMALL_PLACE_POP:
        return True
    # A dateline: "KILIS, Turkey --"; a capitalised name that opens a text is too often a person.
    dateline = start < 3 and bool(DATELINE_RE.match(text, end)) and (
        raw.isupper() or within is not None)
    return cue or suffix or titled or dateline or cc in countries or (
        within is not None and within[0] == cc)


def event_location(sentence: str, sentence_start: int, trigger_start: int,
                   places_in_doc: list[tuple[int, int, Place]]) -> Place | None:
    """The event's place: in/near/at closest to the trigger, else the sentence's, else the doc's."""
    sent_end = sentence_start + len(sentence)
    in_sent = [p for p in places_in_doc if sentence_start <= p[0] < sent_end]
    if in_sent:
        def dist(p: tuple[int, int, Place]) -> int:
            return abs(p[0] - trigger_start)

        cued = []
        for p in in_sent:
            before = _words_before(sentence, p[0] - sentence_start, 2)
            if before and (before[-1] in {"in", "near", "at", "outside", "inside"}
                           or before[-2:] == ["in", "the"] or before[-2:] == ["near", "the"]
                           or before[-2:] == ["at", "the"]):
                cued.append(p)
        if cued:
            return min(cued, key=dist)[2]
        # A town or base says more than the country around it.
        specific = [p for p in in_sent if p[2].feature != "country"]
        return min(specific or in_sent, key=dist)[2]
    if not places_in_doc:
        return None
    counts = Counter((p[2].name, p[2].country) for p in places_in_doc)
    top = counts.most_common(1)[0][0]
    return next(p[2] for p in places_in_doc if (p[2].name, p[2].country) == top)
