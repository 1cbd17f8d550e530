"""Whole-article audit: the main job on real pages, scored against hand labels per event.

Run from the repository root: `python bench/article_audit.py [--set 1|2|...|14|all] [--show] [--json FILE]`;
own plain texts: `--labels bench/data/article_countries.tsv --pages bench/data/article_countries`.

Fourteen page sets are labelled: set 1 (`bench/data/article_audit.tsv`, 12 pages, read by rounds 1 and 2),
set 2 (`bench/data/article_audit2.tsv`, 12 more pages, labelled in round 3), set 3
(`bench/data/article_audit3.tsv`, 10 lower-cased Times of India articles of the India set's half a,
labelled in round 4), set 4 (`bench/data/article_audit4.tsv`, 10 more such articles, labelled in
round 5), set 5 (`bench/data/article_audit5.tsv`, the 4 English news pages of extraction-dev left after
sets 1-2, labelled in round 6) and set 6 (`bench/data/article_audit6.tsv`, 10 more Times of India
articles of half a, up to 900 words, labelled in round 7) and set 7 (`bench/data/article_audit7.tsv`,
10 more such articles by the same rule with another salt, labelled in round 8) and set 8
(`bench/data/article_audit8.tsv`, 10 more by the same rule with the salt "audit9", labelled in
round 9) and set 9 (`bench/data/article_audit9.tsv`, 10 more with the salt "audit10", labelled in
round 10) and set 10 (`bench/data/article_audit10.tsv`, 10 more with the salt "audit11", labelled in
round 11) and set 11 (`bench/data/article_audit11.tsv`, 10 more with the salt "audit12", labelled
in round 12) and set 12 (`bench/data/article_audit12.tsv`, 10 more with the salt "audit13", labelled
in round 13) and set 13 (`bench/data/article_audit13.tsv`, 10 more with the salt "audit14",
labelled in round 14) and set 14 (`bench/data/article_audit14.tsv`, 10 more with the salt "audit15",
labelled in round 15); the India sets' plain texts are written at run time from `docs.jsonl` into a temporary
folder, never copied into the repository. `--set all` (the default) scores each set and all together.

Each page `../shared/data/extraction-dev/html/<id>.html.gz` named in a label file
goes through the full stage list of `eventwire run` (read -> clean -> dedup -> code -> resolve;
nothing is stored), as a user meets it. A gold event is located in the cleaned text by its quote
and then:

* found (type)      some event whose sentence overlaps the quote has one of the gold types
                    (CONCEDE and RETREAT count as one, as the coder's YIELD);
* found (+countries) that event also has the gold source country as actor country and the gold
                    target country as recipient country (a blank gold country accepts any).

Events are matched one-to-one by an assignment that finds as many gold events as possible and,
among those matchings, as many with their countries. A miss is put in one class: `lost` (the quote is not in the
cleaned text), `split` (the quote crosses a sentence boundary), `no_event` (no event in its
sentence), `wrong_type` (events there, none of a gold type). Produced events that answer no gold
event are `extra`: `--show` prints them (and the misses) to classify by hand. `--why FILE`
writes each found event whose countries are wrong, with each side's class (`side_why`);
`--false FILE` writes each `extra` event with its sentence, one JSON line each.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.api import process  # noqa: E402
from eventwire.events.codebook import YIELD_TYPES  # noqa: E402
from eventwire.events.gold_records import half_of, stable_hash  # noqa: E402
from eventwire.pipeline import PIPELINE, read_documents  # noqa: E402
from eventwire.settings import Options  # noqa: E402

LABELS = ROOT / "bench" / "data" / "article_audit.tsv"
SETS = {"1": LABELS, "2": ROOT / "bench" / "data" / "article_audit2.tsv",
        "3": ROOT / "bench" / "data" / "article_audit3.tsv",
        "4": ROOT / "bench" / "data" / "article_audit4.tsv",
        "5": ROOT / "bench" / "data" / "article_audit5.tsv",
        "6": ROOT / "bench" / "data" / "article_audit6.tsv",
        "7": ROOT / "bench" / "data" / "article_audit7.tsv",
        "8": ROOT / "bench" / "data" / "article_audit8.tsv",
        "9": ROOT / "bench" / "data" / "article_audit9.tsv",
        "10": ROOT / "bench" / "data" / "article_audit10.tsv",
        "11": ROOT / "bench" / "data" / "article_audit11.tsv",
        "12": ROOT / "bench" / "data" / "article_audit12.tsv",
        "13": ROOT / "bench" / "data" / "article_audit13.tsv",
        "14": ROOT / "bench" / "data" / "article_audit14.tsv"}
# The India sets' pages by their selection rules (the label files' headers): salt, earlier sets
# left out, most words (set 6 took longer articles than sets 3-4's 600).
INDIA_SETS = {"3": ("audit4", (), 600), "4": ("audit5", ("3",), 600), "6": ("audit7", ("3", "4"), 900),
              "7": ("audit8", ("3", "4", "6"), 900), "8": ("audit9", ("3", "4", "6", "7"), 900),
              "9": ("audit10", ("3", "4", "6", "7", "8"), 900),
              "10": ("audit11", ("3", "4", "6", "7", "8", "9"), 900),
              "11": ("audit12", ("3", "4", "6", "7", "8", "9", "10"), 900),
              "12": ("audit13", ("3", "4", "6", "7", "8", "9", "10", "11"), 900),
              "13": ("audit14", ("3", "4", "6", "7", "8", "9", "10", "11", "12"), 900),
              "14": ("audit15", ("3", "4", "6", "7", "8", "9", "10", "11", "12", "13"), 900)}
PAGES = ROOT.parent / "shared" / "data" / "extraction-dev" / "html"
INDIA_DOCS = ROOT.parent / "shared" / "data" / "india-police-dev" / "docs.jsonl"
# Same-length replacements, so offsets in the folded text are offsets in the cleaned text.
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ad": " ",
                      "\n": " ", "\t": " ", "\u00a0": " ", "\u2013": "-", "\u2014": "-"})


@dataclass
class Gold:
    article: str
    quote: str
    types: frozenset[str]
    src: str
    tgt: str
    row: dict[str, str]
    span: tuple[int, int] | None = None
    found: Any = None  # the event that answers the type
    countries: bool = False
    miss: str = ""


@dataclass
class Article:
    id: str
    set: str = "1"
    golds: list[Gold] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""
    status: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    pages: Path | None = None  # the folder of this article's page, when not the --pages folder


def fold(text: str) -> str:
    return text.translate(FOLD).lower()


def read_labels(path: Path = LABELS, name: str = "1") -> dict[str, Article]:
    lines = [ln for ln in path.open(encoding="utf-8") if not ln.startswith("#")]
    out: dict[str, Article] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        types = frozenset(YIELD_TYPES.get(t, t) for t in row["type"].split("|"))
        g = Gold(row["article"], row["quote"], types, row["src_country"], row["tgt_country"], row)
        out.setdefault(row["article"], Article(row["article"], name)).golds.append(g)
    return out


def india_set(folder: Path | None, name: str = "3", n: int = 10) -> list[str]:
    """An India set's pages (3, 4, 6-13), by the rule written in the label file's header: half a of the
    India set (as `bench/realnews.py --half a` keeps it), 150 to the set's most words (600 or
    900), not in an earlier India set, the first n by a salted hash. Each text is written to `folder/toi<doc_id>.txt` (with a
    folder); the ids are returned in that order."""
    salt, earlier, most = INDIA_SETS[name]
    taken = {i for e in earlier for i in india_set(None, e, n)}
    docs = [json.loads(line) for line in INDIA_DOCS.open(encoding="utf-8")]
    docs = [d for d in docs if half_of(str(d["doc_id"])) == "a"
            and 150 <= len(d["doc_text"].split()) <= most and f"toi{d['doc_id']}" not in taken]
    docs.sort(key=lambda d: stable_hash(f"{salt}:{d['doc_id']}"))
    ids = []
    for d in docs[:n]:
        if folder is not None:
            (folder / f"toi{d['doc_id']}.txt").write_text(d["doc_text"], encoding="utf-8")
        ids.append(f"toi{d['doc_id']}")
    return ids


def page_path(prefix: str, pages: Path = PAGES) -> Path:
    hits = sorted(pages.glob(f"{prefix}*.html.gz")) or sorted(pages.glob(f"{prefix}.txt"))
    if len(hits) != 1:
        raise SystemExit(f"no single page for {prefix}: {hits}")
    return hits[0]


def run_pages(articles: dict[str, Article], options: Options, pages: Path = PAGES) -> float:
    paths = {str(page_path(a, art.pages or pages)): a for a, art in articles.items()}
    t0 = time.perf_counter()
    for doc in process(read_documents(list(paths), options), options, PIPELINE):
        art = next(a for p, a in paths.items() if doc.source_path.startswith(p))
        art = articles[art]
        art.text, art.events, art.status = doc.text or "", list(doc.events), doc.status
        art.sentences = list(doc.sentences)
        art.metadata = dict(doc.metadata)
    return time.perf_counter() - t0


def country_ok(gold: str, got: Any) -> bool:
    return not gold or (got is not None and got.country == gold)


def score(art: Article) -> None:
    """Locate each gold event, then match gold events and produced events one-to-one so that as
    many gold events as possible are found, and among those matchings as many with countries
    (an assignment: a greedy pass let one gold line take the event another needed)."""
    from scipy.optimize import linear_sum_assignment

    text = fold(art.text)

    def sentence_of(pos: int) -> int:
        return next((i for i, (s, e) in enumerate(art.sentences) if s <= pos < e), -1)

    sents_of: list[set[int]] = []
    for g in art.golds:
        at = text.find(fold(g.quote))
        if at < 0:
            g.miss = "lost"
            sents_of.append(set())
            continue
        g.span = (at, at + len(g.quote))
        first, last = sentence_of(at), sentence_of(at + len(g.quote) - 1)
        sents_of.append(set(range(first, last + 1)) if first >= 0 and last >= 0 else set())
    gain = [[0.0] * len(art.events) for _ in art.golds]
    for i, g in enumerate(art.golds):
        for k, e in enumerate(art.events):
            if e.sentence_index in sents_of[i] and YIELD_TYPES.get(e.event, e.event) in g.types:
                full = country_ok(g.src, e.actor) and country_ok(g.tgt, e.recipient)
                gain[i][k] = 1.0 + (0.5 if full else 0.0)
    rows, cols = linear_sum_assignment(gain, maximize=True) if art.golds and art.events else ([], [])
    used: set[int] = set()
    for i, k in zip(rows, cols, strict=True):
        if gain[i][k] > 0:
            g, e = art.golds[i], art.events[k]
            used.add(k)
            g.found, g.countries = e, gain[i][k] > 1.0
    for i, g in enumerate(art.golds):
        if g.found is not None or g.miss:
            continue
        first, last = (min(sents_of[i]), max(sents_of[i])) if sents_of[i] else (-1, -1)
        here = [e for e in art.events if e.sentence_index in sents_of[i]]
        g.miss = "split" if first != last else "no_event" if not here else "wrong_type"
    art.extra = [e for k, e in enumerate(art.events) if k not in used]  # type: ignore[attr-defined]


def describe(e: Any) -> str:
    def who(a: Any) -> str:
        return "-" if a is None else f"{a.entity_text}[{a.country}/{a.sector}]"
    return f"{e.event:9s} {who(e.actor)} -> {who(e.recipient)} ({e.event_text})"


def side_why(gold: str, got: Any) -> str:
    """Why one side of a found event misses its gold country: `ok`; `none` (the coder gave no
    actor or recipient); `empty` (an actor with no words: a passive's unnamed doer); `no_country`
    (a sector but no country) or `nothing` (neither); `wrong` (another country)."""
    if country_ok(gold, got):
        return "ok"
    if got is None:
        return "none"
    if not got.entity_text.strip():
        return "empty"
    if got.country is None:
        return "no_country" if got.sector else "nothing"
    return "wrong"


def why_rows(arts: list[Article]) -> list[dict[str, Any]]:
    """One row per found event whose countries are wrong: each side's class (`side_why`), its
    mention and resolution, and the country the resolver gave the document."""
    from eventwire.knowledge.kb import shipped_kb
    from eventwire.resolve.actors import ActorResolver

    resolver = ActorResolver(shipped_kb())
    rows = []
    for art in arts:
        home = None
        if any(g.found is not None and not g.countries for g in art.golds):
            home = resolver.document_context(art.text, dateline=art.metadata.get(
                "dateline")).document_country
        for g in art.golds:
            if g.found is None or g.countries:
                continue
            e = g.found
            row: dict[str, Any] = {"article": art.id, "set": art.set, "type": e.event,
                                   "quote": g.quote, "sentence": e.text, "document_country": home}
            for side, gold, got in (("src", g.src, e.actor), ("tgt", g.tgt, e.recipient)):
                row[side] = {"gold": gold, "why": side_why(gold, got),
                             "text": None if got is None else got.entity_text,
                             "country": None if got is None else got.country,
                             "sector": None if got is None else got.sector,
                             "by": None if got is None else got.resolved_by}
            rows.append(row)
    return rows


def totals(arts: list[Article]) -> Counter:
    tot: Counter = Counter()
    for art in arts:
        tot.update({"gold": len(art.golds), "type": sum(g.found is not None for g in art.golds),
                    "countries": sum(g.countries for g in art.golds), "events": len(art.events),
                    "extra": len(art.extra)})  # type: ignore[attr-defined]
        tot.update(Counter(f"miss_{g.miss}" for g in art.golds if g.miss))
    return tot


def summary(name: str, tot: Counter) -> str:
    recall = tot["type"] / tot["gold"] if tot["gold"] else 0.0
    recall_c = tot["countries"] / tot["gold"] if tot["gold"] else 0.0
    answered = tot["events"] - tot["extra"]
    precision = answered / tot["events"] if tot["events"] else 0.0
    misses = " ".join(f"{k[5:]}={v}" for k, v in sorted(tot.items()) if k.startswith("miss_"))
    return (f"{name:9s} found {tot['type']}/{tot['gold']} = {recall:.1%}, with countries "
            f"{tot['countries']}/{tot['gold']} = {recall_c:.1%}, precision {answered}/{tot['events']}"
            f" = {precision:.1%}; misses {misses}")


def by_type(arts: list[Article]) -> str:
    """Found / labelled per gold type (a gold line with two types counts under its first)."""
    seen: Counter = Counter()
    got: Counter = Counter()
    for art in arts:
        for g in art.golds:
            t = g.row["type"].split("|")[0]
            seen[t] += 1
            got[t] += g.found is not None
    return ", ".join(f"{t} {got[t]}/{seen[t]}" for t in sorted(seen))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=[*SETS, "all"], default="all",
                    help="page set to score: 1 (article_audit.tsv), 2 (article_audit2.tsv), "
                         "3 and 4 (article_audit3.tsv, article_audit4.tsv: lower-cased Indian "
                         "news), 5 (article_audit5.tsv), 6 (article_audit6.tsv: lower-cased "
                         "Indian news), 7, 8, 9, 10, 11, 12, 13, 14 (article_audit7.tsv, "
                         "article_audit8.tsv, article_audit9.tsv, article_audit10.tsv, "
                         "article_audit11.tsv, article_audit12.tsv, article_audit13.tsv, "
                         "article_audit14.tsv: "
                         "lower-cased Indian news), all")
    ap.add_argument("--show", action="store_true", help="print misses and unmatched events")
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--why", help="write here, as JSON lines, each found event whose countries "
                    "are wrong, with why on each side (side_why)")
    ap.add_argument("--false", help="write here, as JSON lines, each produced event that answers "
                    "no gold event (extra), with its sentence, to classify false events by cause")
    ap.add_argument("--labels", type=Path, default=LABELS, help="the label file (own texts: "
                    "bench/data/article_countries.tsv with --pages bench/data/article_countries)")
    ap.add_argument("--pages", type=Path, default=PAGES,
                    help="folder of the pages (<id>*.html.gz) or plain texts (<id>.txt)")
    args = ap.parse_args()
    if args.labels != LABELS:  # a label file of one's own is one set, on its own pages
        names = ["own"]
        articles: dict[str, Article] = read_labels(args.labels, "own")
    else:
        names = list(SETS) if args.set == "all" else [args.set]
        articles = {}
        for name in names:
            articles.update(read_labels(SETS[name], name))
        for name in (n for n in names if n in INDIA_SETS):
            tmp = Path(tempfile.mkdtemp(prefix=f"article_audit{name}_"))
            for art_id in india_set(tmp, name):
                articles.setdefault(art_id, Article(art_id, name)).pages = tmp
    secs = run_pages(articles, Options(progress=False), args.pages)
    rows = []
    print(f"{'article':13s} {'set':>3s} {'gold':>4s} {'type':>4s} {'+ctry':>5s} {'events':>6s} {'extra':>5s}  misses")
    for art in articles.values():
        score(art)
        t = totals([art])
        misses = {k[5:]: v for k, v in t.items() if k.startswith("miss_")}
        rows.append({"article": art.id, "set": art.set, "gold": t["gold"], "type": t["type"],
                     "countries": t["countries"], "events": t["events"], "extra": t["extra"],
                     "misses": misses})
        print(f"{art.id:13s} {art.set:>3s} {t['gold']:4d} {t['type']:4d} {t['countries']:5d} "
              f"{t['events']:6d} {t['extra']:5d}  " + " ".join(f"{k}={v}" for k, v in sorted(misses.items())))
    sets = {n: [a for a in articles.values() if a.set == n] for n in names}
    if len(names) > 1:
        sets["all"] = list(articles.values())
    figures = {}
    for name, arts in sets.items():
        tot = totals(arts)
        print(summary(f"set {name}", tot))
        print(f"          by type: {by_type(arts)}")
        figures[name] = dict(tot)
    print(f"{secs:.1f} s for {len(articles)} pages")
    if args.show:
        for art in articles.values():
            print(f"\n=== {art.id} (set {art.set}, {art.status}, {len(art.text)} chars, "
                  f"{len(art.sentences)} sentences)")
            for g in art.golds:
                if g.found is None:
                    print(f"  MISS {g.miss:10s} {'|'.join(sorted(g.types)):14s} {g.quote!r}")
                    if g.span:
                        for e in art.events:
                            s, t = art.sentences[e.sentence_index]
                            if s <= g.span[0] < t:
                                print(f"       has: {describe(e)}")
                elif not g.countries:
                    print(f"  CTRY {g.row['src_country']}->{g.row['tgt_country']:4s} got "
                          f"{describe(g.found)} | {g.quote!r}")
            for e in art.extra:  # type: ignore[attr-defined]
                print(f"  EXTRA {describe(e)} | {e.text[:160]!r}")
    if args.why:
        rows = why_rows(list(articles.values()))
        Path(args.why).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        print("why: " + ", ".join(f"{side} {k} {v}" for side in ("src", "tgt") for k, v in sorted(
            Counter(r[side]["why"] for r in rows).items()) if k != "ok"))
    if args.false:
        Path(args.false).write_text("".join(json.dumps(
            {"article": art.id, "set": art.set, "sentence_index": e.sentence_index,
             "type": e.event, "rule": e.metadata.get("rule"), "confidence": e.confidence,
             "event": describe(e), "sentence": e.text}, ensure_ascii=False) + "\n"
            for art in articles.values() for e in art.extra))  # type: ignore[attr-defined]
    if args.json:
        Path(args.json).write_text(json.dumps({"sets": figures, "articles": rows}, indent=1))


if __name__ == "__main__":
    main()
