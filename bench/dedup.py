"""Near-duplicate grouping on syndicated variants of the extraction-dev articles.

Each dev article body is the original; its variants are what syndication does to a story:
another header and footer, ~5 % of the words edited, a truncation to 70 %, and all three at
once. The other articles are the unrelated pages. Every document goes through the same
deduplication stage as `eventwire ingest`; a pair counts as grouped when both land in one cluster.

    python bench/dedup.py [--data ../shared/data/extraction-dev] [--seed 0]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from collections import defaultdict
from pathlib import Path

from eventwire.clean.dedup import document_id
from eventwire.data import Document
from eventwire.pipeline import driver_stages, run_steps
from eventwire.settings import Options

ROOT = Path(__file__).resolve().parent.parent
HEADERS = ["By our correspondent | Updated {n} hours ago", "WIRE SERVICE — Syndicated content",
           "Breaking: world news roundup", "From our partners at Global Desk"]
FOOTERS = ["Copyright 2025 Global Desk. All rights reserved. Subscribe for more.",
           "This story was distributed by a news agency. Share on social media.",
           "Follow us for updates. Comments are closed.", "Reporting by staff; editing by desk."]


def edit_words(words: list[str], rng: random.Random, share: float = 0.05) -> list[str]:
    """Replace, drop or insert about `share` of the words."""
    out = []
    for w in words:
        r = rng.random()
        if r < share / 3:
            continue
        if r < 2 * share / 3:
            out.append(rng.choice(words))
        elif r < share:
            out.extend([w, rng.choice(words)])
        else:
            out.append(w)
    return out


def variants(text: str, rng: random.Random) -> dict[str, str]:
    words = text.split()
    header = rng.choice(HEADERS).format(n=rng.randint(1, 9))
    footer = rng.choice(FOOTERS)
    edited = edit_words(words, rng)
    return {
        "header_footer": f"{header}\n{text}\n{footer}",
        "edited_5pct": " ".join(edited),
        "truncated_70pct": " ".join(words[: int(len(words) * 0.7)]),
        "all_three": f"{header}\n{' '.join(edited[: int(len(edited) * 0.7)])}\n{footer}",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "extraction-dev"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--min-words", type=int, default=50, help="skip bodies shorter than this")
    ap.add_argument("--shingle-size", type=int, default=None)
    ap.add_argument("--threshold", type=float, default=None)
    args = ap.parse_args()
    truth = json.loads((Path(args.data) / "ground-truth.json").read_text())
    rng = random.Random(args.seed)
    docs: list[tuple[str, str, str]] = []  # (story, variant, text)
    for key in sorted(truth):
        body = truth[key]["articleBody"]
        if len(body.split()) < args.min_words:
            continue
        docs.append((key, "original", body))
        docs.extend((key, name, text) for name, text in variants(body, rng).items())
    rng.shuffle(docs)  # order of arrival must not matter

    options = Options(progress=False)
    if args.shingle_size:
        options = options.with_(shingle_size=args.shingle_size)
    if args.threshold:
        options = options.with_(lsh_threshold=args.threshold)
    dedup = driver_stages(("dedup",), options)
    t0 = time.perf_counter()
    cluster = {}
    for i, (story, variant, text) in enumerate(docs):
        doc = Document(source_path=f"{story}/{variant}", text=text, id=document_id(text))
        run_steps(dedup, [doc])
        cluster[i] = doc.cluster_id if doc.cluster_id else doc.reason
    elapsed = time.perf_counter() - t0

    truth_pairs, found_pairs = set(), set()
    by_story, by_cluster = defaultdict(list), defaultdict(list)
    for i, (story, _, _) in enumerate(docs):
        by_story[story].append(i)
        by_cluster[cluster[i]].append(i)
    for members in by_story.values():
        truth_pairs.update(itertools.combinations(sorted(members), 2))
    for members in by_cluster.values():
        found_pairs.update(itertools.combinations(sorted(members), 2))
    tp = len(truth_pairs & found_pairs)
    precision = tp / len(found_pairs) if found_pairs else 1.0
    recall = tp / len(truth_pairs)
    print(f"stories: {len(by_story)}  documents: {len(docs)}  "
          f"(shingle={options.shingle_size}, num_perm={options.num_perm}, threshold={options.lsh_threshold})")
    print(f"pair precision: {precision:.4f}  pair recall: {recall:.4f}  "
          f"({tp} of {len(truth_pairs)} true pairs, {len(found_pairs)} pairs grouped)")
    per_variant = defaultdict(lambda: [0, 0])
    for i, (story, variant, _) in enumerate(docs):
        if variant == "original":
            continue
        orig = next(j for j in by_story[story] if docs[j][1] == "original")
        per_variant[variant][0] += cluster[i] == cluster[orig]
        per_variant[variant][1] += 1
    for variant, (hit, n) in sorted(per_variant.items()):
        print(f"  {variant:16s} grouped with its original: {hit}/{n}")
    print(f"time: {1000 * elapsed / len(docs):.2f} ms/document (signature + LSH query + insert)")


if __name__ == "__main__":
    main()
