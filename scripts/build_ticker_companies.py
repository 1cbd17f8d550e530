"""Derive ticker_companies.csv (listed companies and their home country) from pytickersymbols.

Run from the repository root: `python scripts/build_ticker_companies.py --package DIR`, where
DIR is the folder of the `pytickersymbols` package (PyPI, 1.17.10, MIT: the members of 20 stock
indices, S&P 500/100/600, NASDAQ 100, Dow Jones, DAX/MDAX/SDAX/TecDAX, FTSE 100, CAC 40/Mid 60,
IBEX 35, AEX, BEL 20, OMX Helsinki 25/Stockholm 30, Switzerland 20, Euro Stoxx 50, Nikkei 225,
in `indices_data.py`; `pip install --target DIR --no-deps pytickersymbols==1.17.10`). The
package is read at build time only, as data; eventwire ships the derived CSV and never imports
it.

With `--stocks FILE` (investpy's `investpy/resources/stocks.csv`, PyPI investpy 1.0.8, MIT:
about 40,000 listings of 91 markets with ISINs; `pip download --no-deps investpy==1.0.8` and
unpack), the companies listed on two markets or more are added (`cross_listed`: the firms
news names beyond the indices, "Ecopetrol", "Equinor"), coded to the ISIN country of their
home listing, under the same name filters; an index company keeps a name both share. With
`--stocks` the script also writes phoenix_company_homes.csv (phoenix_company_homes: the home
country of the companies Phoenix files as MNC).

With `--stocks FILE --every`, every other home listing of investpy (a company listed on one
market only, whose ISIN country is that market's: the home-listing rule of the cross-listed
firms, so a foreign firm's shares traded abroad never give the market's country) is written to
listed_companies.csv.gz (gzip, no timestamp), under the filters below and stricter ones
(`single_listing_refused`): the names are stripped of the markets' legal forms and share-class
marks too (LOCAL_LEGAL_WORDS: "JSC", "Bhd", "Tbk", "PCL", "SAOG", "A"); the short name must
have a word that is no English word, or two words or more with a country's name ("Garuda
Indonesia"), or be one non-English word of five letters or more and, with `--first-names FILE`
(gender-guesser 0.4.0's `gender_guesser/data/nam_dict.txt`, `pip download --no-deps
gender-guesser==0.4.0`, unpacked; read as data), no first name ("Floyd PCL" and George
Floyd); funds and share classes are
left out; a name that a listing of another ISIN country also bears ("Ooredoo" in Oman, its
Qatari parent listed in Dubai) is left out; and the row keeps its full listed name alone as
its alias. investpy says nothing of state ownership: every row is BUS. In every table a US
listing under a five-letter symbol ending in Y or F (US_RECEIPT_RE) is a receipt, never a home.

A company's country comes from three signals: its `country` field (a country's name, "City,
Country", or for many US firms "City, State": a US state is the USA), the first ISIN's two
letters (the country of incorporation) and the metadata's headquarters (read like the
`country` field). The code two of them give is taken, or the only one there is; a company
whose signals disagree, or that has none, is left out. Rows are BUS, kind company, undated, no Wikidata id; `notes` names the indices
and the ISIN.

Names: legal and corporate words at the end (LEGAL_WORDS: "Inc.", "Corporation", "plc", "AG",
"N.V.", "Holdings", "Group" ...) and a leading "The" are stripped one at a time; the row's name
is the shortest form that passes the filters below, and the longer forms are its aliases
("Target Corporation" is kept where "Target" is not). A form is refused when:
  - it is one word that is an English word in WordNet's lemma index (as shipped in the spaCy
    model's lemmatizer tables: "Next", "Target", "Visa", "Apple", "Shell", "Ford", "Tesla"), or
    a first name of the knowledge base (`KnowledgeBase.first_names`);
  - it is two words and the first is a given name of the knowledge base ("Ralph Lauren",
    "Charles Schwab": a person's name as often as the firm's);
  - it is one word and the last word of a person's name in the knowledge base ("Pearson",
    "Cummins": a person's surname alone names the person);
  - it is several words, all English words, none of them a country word, a city of 200,000
    people, a first name or a curated person's surname of the knowledge base, and it does not end in a legal word ("Home Depot",
    "National Bank", "Waste Management", "State Street": phrases news also uses as such;
    "Target Corporation", "Japan Tobacco" are kept);
  - it is one word of fewer than three letters ("BT", "NN"), or it has fewer than two letters, or is no ASCII once its accents are folded as the
    knowledge base folds them ("Nestlé" is kept and found as "Nestle");
  - any table of the knowledge base already knows it: a name or alias of the curated,
    Factbook, swot or Phoenix rows, a country word, or a place (a company one of whose forms
    is known is left out whole: "The Coca-Cola Company" where "Coca-Cola" is known);
  - two companies of different countries share it.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_OUT = ROOT / "eventwire" / "resources" / "kb"
FIELDS = ("name", "aliases", "country", "sector", "kind", "start", "end", "notes")
HOME_FIELDS = ("name", "country", "notes")
SOURCE = "pytickersymbols 1.17.10"
STOCKS_SOURCE = "investpy 1.0.8"
# Words of a depositary receipt's listing ("Vale SA ADR", "Alibaba Cedear", "Tesla Motors Inc
# DRC"): a foreign company traded on another market, under that market's ISIN.
RECEIPT_RE = re.compile(r"\b(?:ADRs?|ADS|GDRs?|DRC|BDRs?|DR|Cedear|Depositary|Receipts?)\b",
                        re.IGNORECASE)
# A US symbol of five letters ending in Y (an ADR) or F (a foreign company's ordinary shares
# traded over the counter): a receipt not named as one ("Bezeq Corp Ltd", BZQIY, a US ISIN).
US_RECEIPT_RE = re.compile(r"[A-Z]{4}[YF]")
# Words at the end of a listed company's name that say its legal form or that it is a group,
# compared without dots and case ("N.V." as "nv"); stripped one at a time.
LEGAL_WORDS = frozenset("""
inc incorporated corp corporation co company companies plc ag se sa nv ltd limited llc lp
holdings holding group kgaa spa ab asa oyj oy as sab bv gmbh kk lllp reit trust
""".split())
# Stripped too from the names of one-market listings (--every; the tables of the indices and
# the cross-listed firms are built with LEGAL_WORDS alone, as before): the legal forms of the
# markets those add ("Baria Vungtau Water Supply JSC", "BIMB Holdings Bhd", "Tbk PT") and
# share-class marks ("Reitmans Canada Ltd A", "Westag & Getalit ST O.N.").
LOCAL_LEGAL_WORDS = LEGAL_WORDS | frozenset("""
jsc ojsc pjsc oao pao bhd berhad pcl tbk pt persero saog saoc kscc ksc psc ad dd publ
qsc qpsc saq a b f prf pk on st pn ord bee dv dvr
""".split())
# ISO 3166 alpha-2 prefixes of ISINs that are no country.
ISIN_NO_COUNTRY = frozenset({"XS", "EU", "QS"})
# A town this large makes a phrase of English words a name ("Kobe Steel", "Osaka Gas").
PROPER_TOWN_MIN_POP = 200_000
PAREN_RE = re.compile(r"\s*\([^()]*\)")


def read_indices(package_dir: Path) -> dict[str, dict]:
    """The INDICES table of pytickersymbols' indices_data.py, read as data (never imported)."""
    source = (package_dir / "indices_data.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            if isinstance(target, ast.Name) and target.id == "INDICES":
                return ast.literal_eval(node.value)  # type: ignore[arg-type]
    raise SystemExit(f"no INDICES table in {package_dir / 'indices_data.py'}")


def name_forms(name: str, legal: frozenset[str] = LEGAL_WORDS) -> list[str]:
    """The name and its shorter forms, longest first: legal words at the end and a leading
    "The" stripped one at a time ("Palomar Holdings, Inc." -> "Palomar Holdings", "Palomar")."""
    name = " ".join(PAREN_RE.sub("", name).replace(",", " ").split())
    forms = [name]
    while True:
        words = forms[-1].split()
        if len(words) > 1 and words[0].lower() == "the":
            words = words[1:]
        elif len(words) > 1 and words[-1].lower().replace(".", "").replace("/", "") in legal:
            words = words[:-1]
        while len(words) > 1 and words[-1] in {"&", "and"}:
            words = words[:-1]
        form = " ".join(words)
        if form == forms[-1]:
            return forms
        forms.append(form)


def place_country(text: str, country_word, us_states: frozenset[str]) -> str | None:
    """ISO3 code of "Country", "City, Country" or "City, State" (a US state: the USA)."""
    text = " ".join(PAREN_RE.sub("", text).split())
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return None
    if len(parts) > 1 and parts[-1].lower() in us_states:
        return "USA"
    return country_word(parts[-1])


def country_of(company: dict, country_word, us_states: frozenset[str],
               iso3: dict[str, str]) -> tuple[str | None, str]:
    """(ISO3 code or None, what gave it). Three signals: the `country` field, the first ISIN's
    country, the headquarters' country in the metadata; the code at least two of them give,
    or the only one there is. Where they disagree the row is no safe one (None): the data
    files Japanese firms listed in London as British, Deutsche Telekom as Russian."""
    signals = {}
    field = place_country(str(company.get("country") or ""), country_word, us_states)
    if field:
        signals["country"] = field
    for isin in company.get("isins") or []:
        prefix = str(isin)[:2].upper()
        if prefix not in ISIN_NO_COUNTRY and prefix in iso3:
            signals["isin"] = iso3[prefix]
            break
    metadata = company.get("metadata") or {}
    hq = place_country(str(metadata.get("headquarters") or ""), country_word, us_states)
    if hq:
        signals["headquarters"] = hq
    if not signals:
        return None, "none"
    votes = Counter(signals.values())
    code, n = votes.most_common(1)[0]
    if len(signals) == 1:
        return code, next(iter(signals))
    if n >= 2:
        return code, "agreeing signals"
    return None, "disagreeing signals"


def english_words() -> frozenset[str]:
    """WordNet's lemmas and irregular forms, from the spaCy model's lemmatizer tables."""
    from eventwire.nlp.pipeline import dictionary_words
    from eventwire.settings import Options

    return dictionary_words(Options().spacy_model)


def refused(form: str, common: frozenset[str], given: frozenset[str], known,
            surnames: frozenset[str] = frozenset(), proper=lambda word: False) -> str | None:
    """Why a form of a name is no safe key (a filter's name), or None."""
    from eventwire.knowledge.kb import name_key

    key = name_key(form).lower()  # accents folded: "Nestlé" is looked up as "nestle"
    words = key.split()
    if not key.isascii() or sum(c.isalpha() for c in key) < 2:
        return "spelling"
    if len(words) == 1:
        low = key.replace(".", "")
        if len(low) < 3:
            return "spelling"
        if low in surnames:
            return "surname"
        if low in common or low.rstrip("s") in common:
            return "English word"
        if low in given:
            return "given name"
    elif len(words) == 2 and words[0] in given:
        return "given name"
    elif words[-1].replace(".", "") not in LEGAL_WORDS and all(
            w.replace(".", "") in common or not w.isalpha() for w in words) \
            and not any(proper(w) for w in words):
        return "generic phrase"
    if known(form):
        return "known"
    return None


# Words that make a one-market listing's name no safe key in news (below): the name of a
# share class or of a fund, or a line of business that leaves a name of ordinary words.
FUND_WORDS = frozenset("""
fund funds etf etn index trust reit units unit warrant warrants rights pref preferred class
""".split())


def read_first_names(path: Path) -> frozenset[str]:
    """First names of gender-guesser's nam_dict.txt (PyPI gender-guesser 0.4.0, data under the
    GNU FDL: about 48,000 names of 54 countries, the name in columns 4-29 of each line not
    begun by "#"), case-folded with accents folded as the KB folds them; read at build time."""
    from eventwire.knowledge.kb import name_key

    out = set()
    for line in path.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 4:
            continue
        name = line[3:29].strip()
        if name and "+" not in name and " " not in name:
            out.add(name_key(name).lower())
    return frozenset(out)


def single_listing_refused(short: str, common: frozenset[str],
                           country_named=lambda word: False,
                           first_names: frozenset[str] = frozenset()) -> str | None:
    """Why a one-market listing's shortest name is refused beyond `refused`'s filters, or None.
    The one-market firms are many (tens of thousands) and small, so a name must be
    distinctive on its own: two words or more of which at least one is no English word or
    names a country by name ("Vodacom Tanzania"; "Garuda Indonesia", though WordNet lists
    both words; not "Asia Pacific Wire", "Royal Nickel"), or one word of five letters or more
    that is no English word; and no fund, share class or trust."""
    from eventwire.knowledge.kb import name_key

    words = [w.replace(".", "") for w in name_key(short).lower().split()]
    if any(w in FUND_WORDS for w in words):
        return "fund or share class"
    if len(words) == 1 and len(words[0]) < 5:
        return "short word"
    if len(words) == 1 and words[0] in first_names:
        # a first name is a surname too ("Floyd PCL" and George Floyd)
        return "first name"
    if not any(w.isalpha() and w not in common and w.rstrip("s") not in common
               for w in words) and not (len(words) > 1 and any(map(country_named, words))):
        return "English words only"
    return None


def kb_surnames(kb, sources: frozenset[str] = frozenset({"shipped", "user", "phoenix"})
                ) -> frozenset[str]:
    """The last word of every person's name of two words or more in the knowledge base's
    tables of these sources."""
    from eventwire.knowledge.kb import ORG_KINDS, ORG_SECTORS, name_key

    out = set()
    for office in kb.all_offices:
        words = name_key(office.person).lower().split()
        if len(words) >= 2 and office.role not in ORG_KINDS and office.sector not in ORG_SECTORS \
                and office.source in sources:
            out.add(words[-1])
    return frozenset(out)


def country_word_reader(kb):
    """The country a market's or a place's name names by name (not by adjective), or None:
    how investpy's market column and pytickersymbols' country fields are read."""
    from eventwire.knowledge.kb import name_key

    def country_word(span: str) -> str | None:
        hit = kb.country_word_key(name_key(span))
        return hit[0] if hit and hit[1] == "name" else None
    return country_word


def isin_countries() -> dict[str, str]:
    """ISIN country prefix (ISO alpha-2) -> the country code actors get."""
    from eventwire.knowledge.kb import geonames_countries

    return {row["iso"]: row["iso3"] for row in geonames_countries()}


def cross_listed(stocks: Path, country_word, iso3: dict[str, str],
                 counts: Counter, min_markets: int = 2,
                 legal: frozenset[str] = LEGAL_WORDS) -> dict[str, tuple[str, str, str, int]]:
    """Companies of investpy's stocks.csv listed on `min_markets` markets or more: name key ->
    (name, ISO3 code, ISIN, markets). The country is that of the ISIN of the company's home
    listing (a market whose country is the ISIN's); a depositary receipt ("Ecopetrol SA ADR",
    an ISIN of the market it trades on) counts as a market, never as a home; a company with no
    home listing, with homes in two countries ("Nestle SA" and "Nestle (Malaysia) Bhd") or with
    shares under ISINs of two countries, is left out."""
    import csv

    from eventwire.knowledge.kb import name_key

    markets: dict[str, set[str]] = defaultdict(set)
    isin_countries: dict[str, set[str]] = defaultdict(set)
    homes: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    with open(stocks, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = " ".join(RECEIPT_RE.sub(" ", row["full_name"]).split())
            if not name:
                continue
            # the shortest form: "Samsung Electronics Co Ltd" at home and "Samsung Electronics
            # Co" on another market are one company
            key = name_key(name_forms(name, legal)[-1])
            markets[key].add(row["country"])
            prefix = row["isin"][:2].upper()
            market = country_word(row["country"])
            if RECEIPT_RE.search(f"{row['full_name']} {row['name']}") \
                    or (row["country"] == "united states" and US_RECEIPT_RE.fullmatch(row["symbol"])):
                continue
            isin_countries[key].add(prefix)
            if market is None or prefix in ISIN_NO_COUNTRY or iso3.get(prefix) != market:
                continue
            homes[key].setdefault(market, (name, row["isin"]))
    out = {}
    for key, home in homes.items():
        counts["investpy: companies with a home listing"] += 1
        if len(markets[key]) < min_markets:
            continue
        counts[f"investpy: listed on {min_markets} markets or more"] += 1
        if len(home) > 1 or len(isin_countries[key]) > 1:
            # two homes, or shares under ISINs of two countries ("AAC Technologies": Cayman
            # shares in Hong Kong, a receipt with a US ISIN not marked as one in New York)
            counts["investpy: ISINs or homes of two countries"] += 1
            continue
        (code, (name, isin)), = home.items()
        out[key] = (name, code, isin, len(markets[key]))
    return out


def build(package_dir: Path, common: frozenset[str] | None = None,
          kb=None, counts: Counter | None = None,
          stocks: Path | None = None, every: bool = False,
          first_names: frozenset[str] = frozenset()) -> list[dict[str, str]]:
    from eventwire.knowledge.kb import KnowledgeBase, name_key
    from eventwire.knowledge.place_words import US_STATES

    kb = kb or KnowledgeBase.load(with_phoenix=True)
    common = english_words() if common is None else common
    counts = Counter() if counts is None else counts
    given = kb.first_names
    surnames = kb_surnames(kb)
    us_states = frozenset(name.lower() for name in US_STATES.values())
    country_word = country_word_reader(kb)

    def known(form: str) -> bool:
        key = name_key(form)
        # (a KB that already loads this table knows its own rows: those do not count)
        return bool(any(o.source != "ticker" for o in kb.lookup_key(key))
                    or kb.country_word_key(key) or kb.place_country(key))

    curated_surnames = kb_surnames(kb, frozenset({"shipped"}))

    def proper(word: str) -> bool:
        # a word that names a country, a city or a person makes a phrase a name (Phoenix files
        # bodies as people, "National Management", and small towns are named "Best", "Buy")
        return bool(kb.country_word_key(word) or kb.place_country(word, PROPER_TOWN_MIN_POP)
                    or word in curated_surnames or word in given)

    iso3 = isin_countries()

    def folded(form: str) -> str:
        # name_key keeps capitals' words ("PLC"), so two sources' spellings of one legal name
        # ("Prudential plc", "Prudential PLC") meet only case-folded
        return name_key(form).casefold()

    by_key: dict[str, dict] = {}
    countries: dict[str, set[str]] = defaultdict(set)

    def add(key: str, name: str, code: str, isin: str, note: str = "",
            legal: frozenset[str] = LEGAL_WORDS) -> None:
        """Keep a company under the shortest form of its name that passes the filters."""
        forms = name_forms(name, legal)
        why = [refused(f, common, given, known, surnames, proper) for f in forms]
        if any(known(f) for f in forms):  # another table knows the company by a name
            counts["refused: known"] += 1
            return
        kept = [f for f, reason in zip(forms, why, strict=True) if not reason]
        if not kept:
            counts["refused: " + refused(forms[-1], common, given, known, surnames, proper)] += 1
            return
        if note and any(folded(f) in countries for f in kept):
            # an index company's name ("Unilever" beside investpy's "Unilever Indonesia Tbk"
            # read as "Unilever"): the index row keeps it
            counts["investpy: an index company's name"] += 1
            return
        aliases = [f for f in kept[:-1] if f != kept[-1]]
        if legal is not LEGAL_WORDS:
            # a one-market listing keeps its full listed name alone beside the short one (news
            # rarely writes the forms between, "Rokko Butter Co"; the table stays small)
            aliases = aliases[:1]
        by_key[key] = {"name": kept[-1], "aliases": aliases,
                       "country": code, "isin": isin, "note": note}
        countries[folded(kept[-1])].add(code)

    indices: dict[str, set[str]] = defaultdict(set)
    seen_keys: set[str] = set()
    for index, table in read_indices(package_dir).items():
        for company in table.get("companies", []):
            name = str(company.get("name") or "").strip()
            if not name:
                continue
            key = name_key(name_forms(name)[0])
            indices[key].add(index)
            if key in seen_keys:
                continue
            seen_keys.add(key)
            counts["companies"] += 1
            code, how = country_of(company, country_word, us_states, iso3)
            counts[f"country: {how}"] += 1
            if code is None:
                continue
            isins = company.get("isins") or []
            add(key, name, code, isins[0] if isins else "")
    if stocks is not None:
        # investpy's listings: companies traded on two markets or more (the cross-listed firms
        # news names), coded to the country of their home listing (below)
        for key, (name, code, isin, markets) in sorted(cross_listed(stocks, country_word,
                                                                   iso3, counts).items()):
            if key in seen_keys:
                counts["investpy: listed in an index above"] += 1
                continue
            seen_keys.add(key)
            add(key, name, code, isin, f"{STOCKS_SOURCE} ({markets} markets")
    if stocks is not None and every:
        # every other home listing (one market): the local firms news names at home
        # ("Garuda Indonesia"), under the same filters and one more (single_listing_refused)
        # (keyed by the names stripped of LOCAL_LEGAL_WORDS, so that a parent listed abroad
        # only under its own country's ISIN, "Ooredoo QSC" in Dubai, counts as a second
        # market of its subsidiary's name, "Ooredoo" in Oman, and the name is left out)
        for key, (name, code, isin, markets) in sorted(cross_listed(
                stocks, country_word, iso3, Counter(), 1, LOCAL_LEGAL_WORDS).items()):
            if key in seen_keys or markets > 1:
                continue
            seen_keys.add(key)
            counts["investpy: one market"] += 1
            why = single_listing_refused(name_forms(name, LOCAL_LEGAL_WORDS)[-1], common,
                                         country_word, first_names)
            if why:
                counts[f"investpy one market refused: {why}"] += 1
                continue
            add(key, name, code, isin, f"{STOCKS_SOURCE} (1 market", LOCAL_LEGAL_WORDS)
    rows: list[dict[str, str]] = []
    for key, row in sorted(by_key.items(), key=lambda kv: kv[1]["name"].lower()):
        if len(countries[folded(row["name"])]) > 1:
            counts["refused: two countries"] += 1
            continue
        isin = f", ISIN {row['isin']}" if row["isin"] else ""
        note = row["note"] or f"{SOURCE} ({', '.join(sorted(indices[key]))}"
        rows.append({"name": row["name"], "aliases": "|".join(row["aliases"]),
                     "country": row["country"], "sector": "BUS", "kind": "company",
                     "start": "", "end": "", "notes": f"{note}{isin})"})
    # one row per name: the first company in name order keeps a name two rows of one country
    # share ("Alphabet Class A/C")
    seen: set[str] = set()
    out = []
    for row in rows:
        if folded(row["name"]) not in seen:
            seen.add(folded(row["name"]))
            out.append(row)
    counts["kept"] = len(out)
    return out


def phoenix_company_homes(stocks: Path, kb=None,
                          counts: Counter | None = None) -> list[dict[str, str]]:
    """Home countries of the companies Phoenix files as multinationals (country MNC, no home):
    a Phoenix MNC row whose name's shortest form (legal words stripped, as above) is that of
    one investpy company with one home listing (any number of markets: Phoenix already names
    it a company, so no name filter applies) takes the ISIN country of that listing
    ("Reliance Industries" IND, "Tata Steel" IND). Rows: name, country, notes."""
    from eventwire.knowledge.kb import KnowledgeBase, _phoenix_rows, name_key

    kb = kb or KnowledgeBase.load(with_phoenix=True)
    counts = Counter() if counts is None else counts
    country_word = country_word_reader(kb)

    iso3 = isin_countries()
    homes = cross_listed(stocks, country_word, iso3, Counter(), min_markets=1)
    out: dict[str, dict[str, str]] = {}
    for row in _phoenix_rows():
        if row["country"] != "MNC" or row["person"] in out:
            continue
        counts["phoenix MNC rows"] += 1
        home = homes.get(name_key(name_forms(row["person"])[-1]))
        if home is None:
            continue
        name, code, isin, markets = home
        counts["phoenix MNC rows: one home listing of that name"] += 1
        out[row["person"]] = {"name": row["person"], "country": code,
                              "notes": f"{STOCKS_SOURCE}: {name}, ISIN {isin}"}
    return [out[name] for name in sorted(out, key=str.lower)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--package", required=True, type=Path,
                        help="folder of the pytickersymbols package (holding indices_data.py)")
    parser.add_argument("--stocks", type=Path,
                        help="investpy's resources/stocks.csv (investpy 1.0.8): cross-listed "
                             "companies of every market beside the indices")
    parser.add_argument("--every", action="store_true",
                        help="with --stocks, also every company listed on one market only, "
                             "written to listed_companies.csv.gz")
    parser.add_argument("--first-names", type=Path,
                        help="with --every, gender-guesser 0.4.0's data/nam_dict.txt: a "
                             "one-market company's one-word name that is a first name is left out")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if args.every and args.stocks is None:
        parser.error("--every needs --stocks")
    counts: Counter = Counter()
    first_names = read_first_names(args.first_names) if args.first_names else frozenset()
    rows = build(args.package, counts=counts, stocks=args.stocks, every=args.every,
                 first_names=first_names)
    from eventwire.knowledge.kb import write_rows

    if args.every:
        single = [r for r in rows if r["notes"].startswith(f"{STOCKS_SOURCE} (1 market")]
        rows = [r for r in rows if r not in single]
        write_rows(args.out / "listed_companies.csv.gz", single, FIELDS)
        print(f"{len(single)} one-market companies written to "
              f"{args.out / 'listed_companies.csv.gz'}")
    write_rows(args.out / "ticker_companies.csv", rows, FIELDS)
    if args.stocks is not None:
        homes = phoenix_company_homes(args.stocks, counts=counts)
        write_rows(args.out / "phoenix_company_homes.csv", homes, HOME_FIELDS)
        print(f"{len(homes)} Phoenix companies' homes written to "
              f"{args.out / 'phoenix_company_homes.csv'}")
    for what, n in sorted(counts.items()):
        print(f"{n:6d}  {what}")
    print(f"{len(rows)} companies written to {args.out / 'ticker_companies.csv'}")


if __name__ == "__main__":
    main()
