"""Rebuild the Phoenix-derived knowledge-base tables from ../shared/reference/phoenix.

Run from the repository root: `python scripts/seed_kb.py [--phoenix DIR] [--out DIR]`.

Writes three derived, lower-priority tables into eventwire/resources/kb/:
  phoenix_entities.csv.gz  people and institutions with country/sector and date ranges
  phoenix_places.csv    cities, provinces and other places listed under a country
  phoenix_agents.csv    role words ("thieves", "riot police", "health minister") -> sector,
                        from Phoenix.agents.txt, singular and plural forms
The hand-curated offices.csv / organizations.csv / countries.csv always win over these:
Phoenix was last maintained around 2014, so open-ended ranges are capped (see STALE_AFTER).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from eventwire.knowledge.places import Gazetteer  # noqa: E402

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
                       "SRB": "SRB", "SCG": "SRB", "YUG": "SRB", "BUR": "MMR", "SUN": "RUS",
                       "ANG": "AGO", "DDR": "DEU", "FRY": "SRB", "SRP": "BIH", "KRJ": "HRV"}
# A town a group is named after stands for its country from this size up (a region at any).
PLACE_IN_NAME_MIN_POP = 15_000
# CAMEO region and pseudo-country codes (MilNonState groups are filed under regions: "MEA",
# "SAS", "INT"...): no country. Such a row keeps a country only when its name states one.
REGION_CODES = {"INT", "MEA", "SAS", "SEA", "EAF", "WAF", "LAM", "CFR", "AFR", "SAF", "NMR",
                "EEU", "ASA", "CAS", "EIN", "SAM", "NAF", "WEU", "KKL", "USR", "HIN", "MED",
                "ELI", "KNT", "BUD", "MOS", "BAH", "GLP", "PRI", "FRN"}
# Agent codes (first three letters of "[~GOVMED]") to PLOVER sectors: CAMEO MED is the media,
# HLH health; religions are REL; CAMEO issue groups (ENV, HRI, DEV, NGO) are civil society.
AGENT_SECTOR = {"MED": "JRN", "HLH": "MED", "MUS": "REL", "CHR": "REL", "JEW": "REL",
                "BUD": "REL", "HIN": "REL", "CTH": "REL", "RAD": "OPP", "INS": "REB",
                "SEP": "REB", "ENV": "SOC", "HRI": "SOC", "DEV": "SOC", "NGO": "SOC",
                "PPL": "CVL", "MOD": "OPP"}
AGENT_MACROS_RE = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
AGENT_LINE_RE = re.compile(r"^(.*?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]*)~?\]")


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


def plural(word: str) -> str:
    """Regular English plural of a role noun's last word (TABARI's default rule)."""
    for end, repl in (("man", "men"), ("child", "children"), ("person", "people")):
        if word.endswith(end):
            return word[: -len(end)] + repl
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def read_agents(path: Path) -> dict[str, str]:
    """Phrase -> PLOVER sector from a TABARI agents file, with macros and plurals expanded."""
    macros: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        macro = AGENT_MACROS_RE.match(line.strip())
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",")]
            continue
        m = AGENT_LINE_RE.match(line.strip())
        if not m or not m.group(3):
            continue
        code = m.group(3)
        head = code[:3]
        if head in NONSTATE or code.endswith("~") or len(code) < 3:
            continue  # "[IGO~]" observers and the like: an actor type, not a sector
        sector = AGENT_SECTOR.get(head, head)
        if sector not in SECTORS and sector not in {"MED", "JRN", "SOC"}:
            continue
        forms = _expand(m.group(1), macros)
        if m.group(2) is not None:
            forms += [f for p in m.group(2).split(",") if p.strip() for f in _expand(p, macros)]
        elif not any("!" in part for part in m.group(1).split()):
            forms += [" ".join(f.split()[:-1] + [plural(f.split()[-1])]) for f in forms if f]
        for form in forms:
            if form and form not in out and not any(ch.isdigit() for ch in form):
                out[form] = sector
    return out


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    """'CATTLE!PERSON!' -> ['cattleman', 'cattlemen', ...]; underscores become spaces."""
    forms = [phrase.strip()]
    for name, values in macros.items():
        token = f"!{name}!"
        forms = [f.replace(token, v, 1) for f in forms for v in values] \
            if any(token in f for f in forms) else forms
    cleaned = []
    for form in forms:
        form = re.sub(r"[^A-Za-z' -]", " ", form.replace("_", " ")).lower()
        cleaned.append(" ".join(form.split()))
    return [f for f in cleaned if f]


def fold(text: str) -> str:
    """Lower-case ASCII fold used to spot duplicates."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def split_acronym(name: str) -> tuple[str, str | None]:
    """'Moro Islamic Liberation Front (milf)' -> ('Moro Islamic Liberation Front', 'MILF')."""
    m = re.fullmatch(r"(.+?)\s*\(([A-Za-z][A-Za-z.-]{1,9})\)", name)
    if not m:
        return name, None
    return m.group(1), m.group(2).upper()


def drop_bare_duplicates(rows: list[list[str]]) -> list[list[str]]:
    """Drop an entity's undated rows with no sector when it also has a coded row.

    Phoenix lists some groups twice ("Moro Islamic Liberation Front" IMG with no sector, and
    "... (MILF)" PHL REB); once the acronym is split off they share a name, and the bare row
    would only blur the coded one.
    """
    coded = {r[0] for r in rows if r[3] and r[2] not in NONSTATE}
    return [r for r in rows if r[0] not in coded or r[3] or r[5] or r[6]]


def country_in_name(name: str, words: dict[str, str]) -> str | None:
    """The country a group's name states ("Palestinian Islamic Jihad" -> PSE), if one."""
    tokens = re.findall(r"[a-z]+", fold(name))
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            code = words.get(" ".join(tokens[i:i + size]))
            if code:
                return code
    return None


def place_in_name(name: str, places: dict[str, str], gazetteer) -> str | None:
    """The country of a place of Phoenix's country blocks that a group's name states ("Free
    Aceh Movement" -> IDN, "All Tripura Tiger Force" -> IND); the longest place wins. Only a
    place the gazetteer also has in that country as a region or a town of 15,000 people
    ("Al-bara Bin Malek Brigades" names no Bara, Nepal; "West Nile Bank Front" no Egypt)."""
    tokens = re.findall(r"[a-z]+", fold(name))
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            row = places.get(" ".join(tokens[i:i + size]))
            if not row:
                continue
            alias, country = row.split("\t")
            if any(e[2] == country and (e[1] == "region" or e[7] >= PLACE_IN_NAME_MIN_POP)
                   for e in gazetteer.candidates(alias)):
                return country
    return None


def country_words(countries_csv: Path) -> dict[str, str]:
    """Lower-case country names, aliases and adjectives -> code, from countries.csv."""
    words: dict[str, str] = {}
    with open(countries_csv, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = [row["name"]] + row["aliases"].split("|") + row["adjectives"].split("|")
            for name in names:
                key = " ".join(re.findall(r"[a-z]+", fold(name)))
                if len(key) > 3:
                    words.setdefault(key, row["iso3"])
    return words


def build(phoenix: Path, out: Path) -> tuple[int, int, int]:
    """Write the three Phoenix-derived tables; return their row counts."""
    words = country_words(out / "countries.csv")
    gazetteer = Gazetteer.load()
    entity_rows: list[list[str]] = []
    place_rows: dict[str, str] = {}
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt"):
        # the country blocks' places read so far, keyed as place_in_name reads a name
        place_keys = {" ".join(re.findall(r"[a-z]+", k)): v for k, v in place_rows.items()}
        for entity, aliases, codes in read_entries(phoenix / name):
            if not codes:
                continue
            entity, acronym = split_acronym(entity)
            aliases = [split_acronym(a)[0] for a in aliases] + ([acronym] if acronym else [])
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
                if country in REGION_CODES:
                    # An armed group filed under a region with no country in its name is
                    # coded as PLOVER's international militarised group (IMG).
                    # Issue 17, round 17: one named after a region or town of a country
                    # (Phoenix's own places above) is that country's group, not an
                    # international one ("Free Aceh Movement" IDN REB).
                    armed = sector in {"REB", "PRM", "UAF"}
                    country = country_in_name(entity, words) or (
                        (place_in_name(entity, place_keys, gazetteer) or "IMG") if armed else "")
                if country == "NGO" and not sector:
                    # A national civil-society group ("American Civil Liberties Union") is
                    # coded to its country as SOC; NGO stays for international ones.
                    home = country_in_name(entity, words)
                    if home:
                        country, sector = home, "SOC"
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
    entity_rows = drop_bare_duplicates(entity_rows)
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
    agents = read_agents(phoenix / "Phoenix.agents.txt")
    with open(out / "phoenix_agents.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["phrase", "sector", "source"])
        for phrase in sorted(agents):
            writer.writerow([phrase, agents[phrase], "phoenix-agents"])
    return len(entity_rows), len(place_rows), len(agents)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    n_entities, n_places, n_agents = build(args.phoenix, args.out)
    print(f"wrote {n_entities} entity rows, {n_places} places and {n_agents} role phrases "
          f"to {args.out}")


if __name__ == "__main__":
    main()
