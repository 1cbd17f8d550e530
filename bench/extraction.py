"""Article-body extraction benchmark: eventwire clean_html vs plain trafilatura.extract.

Run from the repo root: `python bench/extraction.py [--data PATH] [--limit N]`. `--data` is a
benchmark folder (`ground-truth.json` and `html/<id>.html.gz`) or a small hand-made one
(`ground-truth.json` and `<id>.html`), such as `tests/fixtures/clean/lost`.

The metric follows scrapinghub/article-extraction-benchmark `evaluate.py` (commit 7d95432):
`_tokenize` = regex `\\w+` findall (no lowercasing: the IGNORECASE flag there does not change
case), `_ngrams` = word 4-grams (a text shorter than 4 tokens gives one shorter shingle),
`string_shingle_matching` = TP/FP/FN over shingle multisets (Counter), divided by their sum so
each page weighs the same; `precision_score` / `recall_score` = 1.0 when fp == fn == 0, 0.0 when
tp == fp == 0 (resp. tp == fn == 0); precision is averaged over pages with tp + fp > 0, recall
over pages with tp + fn > 0; F1 is the harmonic mean of the two means. Bootstrap error bars of
the original are left out.

Besides F1, each system's *lost pages* are counted: pages where its body keeps under 50 % of
the words plain `trafilatura.extract(html)` finds there (words as `\\w+` tokens, compared as
multisets), among the pages where that is at least 50 words. `lost` uses the plain call (reader
comments included, as its default is); `lost (no comments)` uses it with
`include_comments=False`, since reader comments are not the article. `unexplained` is `lost`
less the pages for which eventwire stored a reason that holds: the cleaner found the page
holding its body several times (`Cleaned.page_copies`, the "copies:" note of the document's
detail) or its junk pass removed a repeated run, *and* the body keeps at least 50 % of the
plain extraction's words once each of its repeated lines is counted once (the bench checks
the claim itself; a stated reason alone explains nothing). ms/page is the CPU time
of the process (`time.process_time`, one thread) per page, mean and median over the pages:
on a shared machine it moves far less with other jobs than wall-clock time does.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere without installing eventwire

TOKEN_RE = re.compile(r"\w+", re.UNICODE)
NGRAM_N = 4

TpFpFn = tuple[float, float, float]
LOST_KEEP_SHARE = 0.5  # a body keeping under this share of plain trafilatura's words is lost
LOST_MIN_WORDS = 50  # ... where plain trafilatura finds at least this many words
PLAIN = "trafilatura.extract(html)"
PLAIN_NO_COMMENTS = "trafilatura, include_comments=False"


def tokenize(text: str | None) -> list[str]:
    """Split text into word tokens as the benchmark does."""
    return TOKEN_RE.findall(text or "")


def count_shingles(text: str | None, n: int = NGRAM_N) -> Counter[tuple[str, ...]]:
    """Multiset of word n-gram shingles; a short text gives one shorter shingle."""
    tokens = tokenize(text)
    shingles = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(s for s in shingles if s)


def match_shingles(true: str | None, pred: str | None) -> TpFpFn:
    """TP/FP/FN over shingle multisets, normalised to sum to 1 per page."""
    t, p = count_shingles(true), count_shingles(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def score_precision(tp: float, fp: float, fn: float) -> float:
    """Per-page precision with the benchmark's edge cases."""
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def score_recall(tp: float, fp: float, fn: float) -> float:
    """Per-page recall with the benchmark's edge cases."""
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def keep_share(body: str | None, reference: str | None) -> float | None:
    """Share of the reference's word tokens (multiset) the body keeps; None under 50 words."""
    ref = Counter(tokenize(reference))
    total = sum(ref.values())
    if total < LOST_MIN_WORDS:
        return None
    return sum((ref & Counter(tokenize(body))).values()) / total


def is_lost(body: str | None, reference: str | None) -> bool:
    """The body keeps under LOST_KEEP_SHARE of the reference's words (of 50 or more)."""
    share = keep_share(body, reference)
    return share is not None and share < LOST_KEEP_SHARE


def count_lost(preds: list[str], references: list[str]) -> int:
    """Pages whose body keeps under LOST_KEEP_SHARE of the reference's words."""
    return sum(1 for p, r in zip(preds, references, strict=True) if is_lost(p, r))


def lines_once(text: str | None) -> str:
    """The text with each line whose words were seen in an earlier line left out."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for line in (text or "").split("\n"):
        key = tuple(tokenize(line))
        if key and key not in seen:
            seen.add(key)
            out.append(line)
    return "\n".join(out)


def copies_reason_holds(found: Any, reference: str | None) -> bool:
    """eventwire said the page repeats its body (or its junk pass removed a repeated run), and
    the body is not lost against the reference's lines counted once."""
    said = getattr(found, "page_copies", 0) > 1 or found.removed_words.get("repeat", 0) > 0
    return said and not is_lost(found.body, lines_once(reference))


def count_unexplained(found: list[Any], references: list[str]) -> int:
    """Lost pages without a stored reason that holds (`copies_reason_holds`)."""
    return sum(
        1
        for f, r in zip(found, references, strict=True)
        if is_lost(body_of(f), r) and not (hasattr(f, "body") and copies_reason_holds(f, r))
    )


def body_of(found: Any) -> str:
    """The body text of an extractor's result: a string, or eventwire's `Cleaned`."""
    return found if isinstance(found, str) else found.body


def summarise(rows: list[TpFpFn]) -> dict[str, float]:
    """Mean precision, mean recall and the F1 of the two means."""
    precision = statistics.mean(score_precision(*r) for r in rows if r[0] + r[1] > 0)
    recall = statistics.mean(score_recall(*r) for r in rows if r[0] + r[2] > 0)
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
    }


def half_of(key: str) -> int:
    """0 or 1: which half of a set a page falls in, by a hash of its id (a split no setting
    was chosen on, for checking that the figures hold on both halves)."""
    return hashlib.sha1(key.encode()).digest()[0] % 2


def load_pages(
    data: Path, limit: int | None = None, half: int | None = None
) -> list[tuple[str, str, str]]:
    """(id, html, true body) for each page of the benchmark folder (of one half of it)."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    keys = [k for k in sorted(truth) if half is None or half_of(k) == half]
    for key in keys[:limit]:
        path = data / "html" / f"{key}.html.gz"
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as f:
                html = f.read()
        else:  # a small hand-made set: <key>.html beside ground-truth.json
            html = (data / f"{key}.html").read_text(encoding="utf-8")
        pages.append((key, html, truth[key].get("articleBody", "")))
    return pages


def extract_trafilatura(html: str) -> str:
    """The baseline: plain `trafilatura.extract(html)`, all defaults."""
    import trafilatura

    return trafilatura.extract(html) or ""


def extract_trafilatura_nocomments(html: str) -> str:
    """trafilatura as the benchmark's own extractors/run_trafilatura.py calls it."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def extract_trafilatura_precision(html: str) -> str:
    """Ablation: the trafilatura options eventwire uses, without its junk pass."""
    import trafilatura

    return (
        trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True)
        or ""
    )


def extract_eventwire(html: str) -> Any:
    """eventwire: clean_html's result (its body, and the reasons it stores)."""
    from eventwire.clean.html import clean_html

    return clean_html(html)


def extract_eventwire_fallbacks(html: str) -> Any:
    """eventwire with trafilatura's fallback extractors on (Options.html_fallbacks)."""
    from eventwire.clean.html import clean_html

    return clean_html(html, fallbacks=True)


EXTRACTORS: dict[str, Callable[[str], Any]] = {
    "trafilatura.extract(html)": extract_trafilatura,
    "trafilatura, include_comments=False": extract_trafilatura_nocomments,
    "trafilatura, favor_precision (ablation)": extract_trafilatura_precision,
    "eventwire clean_html (default)": extract_eventwire,
    "eventwire clean_html, fallbacks=True": extract_eventwire_fallbacks,
}


def run_benchmark(
    *, data: Path, limit: int | None = None, dump: Path | None = None, half: int | None = None
) -> list[dict]:
    """Score each extractor on the pages; optionally dump per-page scores as JSON."""
    pages = load_pages(data, limit, half)
    results, per_page, preds, found = [], {}, {}, {}
    for name, extract in EXTRACTORS.items():
        extract(pages[0][1])  # warm up imports and lazy models outside the timing
        rows, times, preds[name], found[name] = [], [], [], []
        for key, html, true in pages:
            start = time.process_time()
            out = extract(html)
            times.append(time.process_time() - start)
            pred = body_of(out)
            found[name].append(out)
            preds[name].append(pred)
            row = match_shingles(true, pred)
            rows.append(row)
            per_page.setdefault(key, {})[name] = [score_precision(*row), score_recall(*row)]
        results.append(
            {
                "name": name,
                "pages": len(pages),
                **summarise(rows),
                "ms_per_page": 1000 * statistics.mean(times),
                "ms_median": 1000 * statistics.median(times),
            }
        )
    for r in results:
        r["lost"] = count_lost(preds[r["name"]], preds[PLAIN])
        r["unexplained"] = count_unexplained(found[r["name"]], preds[PLAIN])
        r["lost_no_comments"] = count_lost(preds[r["name"]], preds[PLAIN_NO_COMMENTS])
        for (key, *_), pred, ref in zip(pages, preds[r["name"]], preds[PLAIN], strict=True):
            share = keep_share(pred, ref)
            per_page[key][r["name"]].append(None if share is None else round(share, 3))
    if dump:
        dump.write_text(json.dumps(per_page, indent=1))
    return results


def time_clean_text(data: Path, limit: int | None = None) -> float:
    """ms per article of clean_text over the ground-truth bodies (plain text input)."""
    from eventwire.clean.text import clean_text

    bodies = [true for _, _, true in load_pages(data, limit)]
    start = time.perf_counter()
    for body in bodies:
        clean_text(body)
    return 1000 * (time.perf_counter() - start) / len(bodies)


def format_table(results: list[dict]) -> str:
    """Markdown table of the results."""
    lines = [
        "| extractor | pages | mean P | mean R | F1 | lost | lost, unexplained "
        "| lost (no comments) | ms/page mean | ms/page median |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['name']} | {r['pages']} | {r['precision']:.4f} | {r['recall']:.4f} "
            f"| {r['f1']:.4f} | {r['lost']} | {r['unexplained']} | {r['lost_no_comments']} "
            f"| {r['ms_per_page']:.1f} | {r['ms_median']:.1f} |"
        )
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line arguments."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=ROOT.parent / "shared" / "data" / "extraction-dev"
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument(
        "--dump", type=Path, default=None,
        help="write per-page [P, R, share of plain trafilatura's words kept] as JSON",
    )
    parser.add_argument(
        "--halves", action="store_true",
        help="also score each half of the set (split by a hash of the page id) on its own",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the table."""
    args = parse_args(argv)
    print(format_table(run_benchmark(data=args.data, limit=args.limit, dump=args.dump)))
    for half in (0, 1) if args.halves else ():
        print(f"\nhalf {half} (sha1 of the page id, first byte % 2 == {half}):")
        print(format_table(run_benchmark(data=args.data, limit=args.limit, half=half)))
    print(
        f"\nclean_text on the same pages' true bodies (plain text): {time_clean_text(args.data, args.limit):.2f} ms/article"
    )


if __name__ == "__main__":
    main()
