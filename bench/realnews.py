"""Real-news development benchmark (issue 13): the product path scored with the held-out metrics.

Run from the repository root:
`python bench/realnews.py [--sets plv,gsr,case,india] [--sample N] [--folds 5] [--seed 0]`.

Every item goes through what `eventwire code --jsonl` runs (lines `id`, `text`, `published`): the
event coder and the resolver (the pipeline's `code` + `resolve` stages on Documents), then:

* plv   PLV_train (1,050 sentences) in grouped k-fold cross-validation: the learned models are
        refit on the other folds before a fold is coded, so no scored sentence was trained on
        (the pair model on the other folds plus AW_train, the type classifier on the other folds;
        plus the gold records' half a where the shipped training takes them: `--gold-in`).
        dyad = share of sentences with an event of the gold type whose actor span overlaps the
        gold source and whose recipient span overlaps the gold target; type accuracy = among
        events whose actor/recipient overlap source/target, share with the gold type
        (CONCEDE/RETREAT count as YIELD); also the share with no event at all.
* gsr   PLOVER gold-standard records with source and target country codes: type found = some
        event has the gold type (older names mapped); triple = some event has the gold type, an
        actor country among the gold source codes and a recipient country among the target codes.
* case  CASE 2021 snippets: subtypes map to the PLOVER type that must appear among a snippet's
        events; NATURAL_DISASTER snippets must yield no event; other subtypes are not scored.
* india IndiaPoliceEvents, one line per sentence (published = the article date), answers per
        sentence then per document (positive if any sentence is): an event whose actor has sector
        COP answers ANY_ACTION; COERCE with CAMEO 173* or an arrest/detain trigger answers ARREST;
        ASSAULT, or COERCE with CAMEO 175*, answers FORCE; ASSAULT whose trigger is a killing
        answers KILL. Macro-F1 over the four at document level, beside the dataset's keyword
        baseline (a police word and a question word in the same sentence) computed in the same run.
        The dataset asks what *police* did, while the metric's text lets KILL, FORCE and ARREST
        answer whoever acts (a mob's killing answers "did police kill?"); `police_reading` also
        gives the figures with those three answered only by events whose actor is COP. Each label
        also prints its document counts (`tp_fp_fn`): totals only, so they may be read on half b.

`--half a|b` keeps one fixed hash half of every set (rules written from the misses of half a are
checked on half b; `--misses FILE` writes the IndiaPoliceEvents documents and CASE snippets
answered wrongly, with their sentences and events, to read on half a). `--quarter a1|a2` splits
half a again by a second hash (read a1's misses, check on a2 before half b). `--sample N` keeps a fixed hash-chosen subset of N items per set (for iterating); the reported
figures use the full sets. Speed is sentences coded per second of coding time (one process).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: set before numpy loads its pools
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.data import Document, Event  # noqa: E402
from eventwire.events import gold_records  # noqa: E402
from eventwire.events.codebook import OLD_TYPE_NAMES  # noqa: E402
from eventwire.events.gold_records import half_of, stable_hash  # noqa: E402  (the halves' one hash)
from eventwire.pipeline import CODE, run_steps, worker_stages  # noqa: E402
from eventwire.settings import Options  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
PLV = DATA / "plover" / "PLV_train.tsv"
AW = DATA / "plover" / "AW_train.tsv"
GSR = DATA / "plover-gsr-dev" / "records.jsonl"
CASE = DATA / "case2021-dev" / "snippets.tsv"
INDIA = DATA / "india-police-dev"

CASE_TYPES = {
    **dict.fromkeys(("AIR_STRIKE", "ARMED_CLASH", "ATTACK", "ART_MISS_ATTACK", "SUIC_BOMB",
                     "GRENADE", "CHEM_WEAP", "REM_EXPLOS", "MOB_VIOL", "SEX_VIOL",
                     "ABDUCT_DISSAP"), "ASSAULT"),
    **dict.fromkeys(("PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR"), "PROTEST"),
    **dict.fromkeys(("FORCE_AGAINST_PROTEST", "ARREST"), "COERCE"),
    "AGREEMENT": "AGREE",
}
NO_EVENT_SUBTYPE = "NATURAL_DISASTER"
INDIA_LABELS = ("KILL", "ARREST", "FORCE", "ANY_ACTION")
# Trigger words that make an event an arrest (ARREST) or a killing (KILL) for IndiaPoliceEvents.
ARREST_TRIGGER_RE = re.compile(r"\b(?:arrest|detain|detention|custody|nab|round(?:ed|ing)? up|held)",
                               re.I)
# An ASSAULT whose trigger is a death is a killing: the coder makes "died" an ASSAULT only beside
# a violent cause ("125 persons died in police firing"), as it does the noun "deaths" already
# counted here, so the verb counts as the noun does; so do lives taken or lost ("police firing
# claimed two lives", "lost their lives in the firing").
KILL_TRIGGER_RE = re.compile(
    r"\b(?:kill|murder|massacr|slaughter|lynch|execut|assassinat|behead|shot dead|gunned down|"
    r"burnt alive|burned alive|hack(?:ed)? to death|death|die[ds]?\b|dead\b|lives\b)", re.I)
BATCH = 64


HALF: str | None = None  # set by --half
QUARTER: str | None = None  # set by --quarter
# The quarters split one half again by a second, independent hash of the same key, so a round can
# read the misses of one quarter (a1) and check its rules on the other (a2) before half b.
QUARTER_SALT = "india7:"
QUARTERS = ("1", "2")


def quarter_of(key: str) -> str:
    """'1' (even salted hash) or '2' (odd): which quarter of its half an item falls in."""
    return QUARTERS[stable_hash(QUARTER_SALT + key) % 2]


def subsample(items: list, key: Callable[[Any], str], n: int | None) -> list:
    """The n items with the smallest hash of their key (all if n is None): fixed across runs.

    With `--half a` (or `b`) only the items of even (odd) hash take part, so rules can be written
    from the misses of one half and checked on the other, unseen one. With `--quarter a1` (a2, b1,
    b2) only that quarter of the half takes part (`quarter_of`).
    """
    if HALF is not None:
        items = [it for it in items if half_of(key(it)) == HALF]
    if QUARTER is not None:
        items = [it for it in items if half_of(key(it)) == QUARTER[0]
                 and quarter_of(key(it)) == QUARTER[1]]
    if n is None or n >= len(items):
        return items
    return sorted(items, key=lambda it: stable_hash(key(it)))[:n]


@dataclass
class Timer:
    seconds: float = 0.0
    sentences: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def rate(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0


def code(texts: list[tuple[str, str, str | None]], options: Options, timer: Timer) -> dict[str, list[Event]]:
    """Events per id through the main job's coder and resolver (in batches, timed)."""
    out: dict[str, list[Event]] = {}
    for k in range(0, len(texts), BATCH):
        docs = [Document(source_path="realnews", id=i, text=t, published=p)
                for i, t, p in texts[k : k + BATCH]]
        start = time.perf_counter()
        docs, _ = run_steps(worker_stages(CODE, options), docs)
        timer.seconds += time.perf_counter() - start
        for d in docs:
            timer.sentences += d.metadata.get("sentences", 0)
            out[d.id] = d.events
    return out


def overlaps(span: Any, gold: tuple[int, int] | None) -> bool:
    return span is not None and gold is not None and span.start < gold[1] and gold[0] < span.end


def same_type(gold: str, event: str) -> bool:
    return event == gold or (gold == "YIELD" and event in ("CONCEDE", "RETREAT"))


# -- PLV in cross-validation ----------------------------------------------------------------------
def run_plv(options: Options, args: argparse.Namespace, timer: Timer) -> dict[str, Any]:
    """Dyad and type accuracy on PLV_train, each fold coded by models fit on the other folds."""
    from eventwire.events import classifier as C
    from eventwire.events import pairs as P
    from eventwire.events.stack import refit_folds

    items, labels, groups, _ = C.read_rows([str(args.plv)])
    rows = list(range(len(items)))
    keep = set(subsample(rows, lambda i: items[i][0], args.sample))
    coder = worker_stages(CODE, options)[0].coder
    golds = P.read_plover_tsv(args.plv) + P.read_aw_tsv(args.aw)
    # The gold records' half a joins every fold's training of the parts the shipped training
    # gives them to (as scripts/train_coder.py does), so each fold's models are the shipped ones
    # less that fold; a record whose sentence is a PLV sentence would be dropped with its fold.
    extra = [g for g in gold_records.read_gold_records(args.gsr, "a")] * args.gold_weight
    extra_for = {part: extra if part in args.gold_in else [] for part in gold_records.PARTS}
    events: dict[int, list[Event]] = {}
    for _, test in refit_folds(coder, items, labels, groups, golds, extra_for, folds=args.folds,
                               seed=args.seed, keep=keep):
        coded = code([(str(i), items[i][0], None) for i in test], options, timer)
        events.update({i: coded[str(i)] for i in test})
    if args.misses is not None:
        write_plv_misses(misses_path(args, "plv"), items, labels, events)
    dyad = none = linked = linked_right = 0
    for i, evs in events.items():
        _, src, tgt = items[i]
        gold = labels[i]
        none += not evs
        pair = [e for e in evs if overlaps(e.actor.span, src)
                and e.recipient is not None and overlaps(e.recipient.span, tgt)]
        linked += len(pair)
        linked_right += sum(same_type(gold, e.event) for e in pair)
        dyad += any(same_type(gold, e.event) for e in pair)
    n = len(events)
    return {"n": n, "dyad": dyad / n, "no_event": none / n, "linked_events": linked,
            "type_acc_linked": linked_right / linked if linked else 0.0}


def write_plv_misses(path: Path, items: list, labels: list[str], events: dict[int, list[Event]]) -> None:
    """Every PLV sentence (coded in cross-validation) without an event of its gold type on its
    marked pair, grouped by gold type, with the events coded: PLV is training data, so its misses
    may be read (the gold records' half b may not)."""
    with path.open("w", encoding="utf-8") as fh:
        for i in sorted(events, key=lambda i: (labels[i], i)):
            text, src, tgt = items[i]
            evs = events[i]
            if any(overlaps(e.actor.span, src) and e.recipient is not None
                   and overlaps(e.recipient.span, tgt) and same_type(labels[i], e.event) for e in evs):
                continue
            fh.write(f"== {i} want={labels[i]} [{text[src[0]:src[1]]}] -> [{text[tgt[0]:tgt[1]]}]: "
                     f"{text.strip()}\n")
            for e in evs:
                fh.write(f"      {_event_line(e)}\n")


# -- PLOVER gold records ----------------------------------------------------------------------
def _codes(actors: Any) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {a["code"][:3] for a in actors if isinstance(a, dict) and a.get("code")}


def run_gsr(options: Options, args: argparse.Namespace, timer: Timer) -> dict[str, Any]:
    records = [json.loads(line) for line in args.gsr.open(encoding="utf-8") if line.strip()]
    records = [r for r in records if _codes(r.get("source")) and _codes(r.get("target"))]
    records = subsample(records, lambda r: r["id"], args.sample)
    coded = code([(r["id"], r["text"], r.get("date")) for r in records], options, timer)
    found = triple = 0
    per_type: dict[str, list[int]] = {}
    for r in records:
        gold = OLD_TYPE_NAMES.get(r["event"], r["event"])
        src, tgt = _codes(r["source"]), _codes(r["target"])
        typed = [e for e in coded[r["id"]] if same_type(gold, e.event)]
        hit = bool(typed)
        found += hit
        triple += any(e.actor.country in src and e.recipient is not None
                      and e.recipient.country in tgt for e in typed)
        per_type.setdefault(gold, [0, 0])
        per_type[gold][0] += hit
        per_type[gold][1] += 1
    n = len(records)
    return {"n": n, "type_found": found / n, "triple": triple / n,
            "type_found_by_type": {k: f"{a}/{b}" for k, (a, b) in sorted(per_type.items())}}


# -- CASE 2021 --------------------------------------------------------------------------------
def run_case(options: Options, args: argparse.Namespace, timer: Timer) -> dict[str, Any]:
    with args.case.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r["SubType"] in CASE_TYPES or r["SubType"] == NO_EVENT_SUBTYPE]
    rows = subsample(rows, lambda r: r["id"], args.sample)
    coded = code([(r["id"], r["EventSnippet"], None) for r in rows], options, timer)
    by_type: dict[str, list[int]] = {}
    disaster = [0, 0]
    for r in rows:
        evs = coded[r["id"]]
        if r["SubType"] == NO_EVENT_SUBTYPE:
            disaster[0] += bool(evs)
            disaster[1] += 1
            continue
        want = CASE_TYPES[r["SubType"]]
        by_type.setdefault(want, [0, 0])
        by_type[want][0] += any(e.event == want for e in evs)
        by_type[want][1] += 1
    if args.misses is not None:
        write_case_misses(misses_path(args, "case"), rows, coded)
    hits = sum(a for a, _ in by_type.values())
    total = sum(b for _, b in by_type.values())
    return {"n": len(rows), "expected_found": hits / total if total else 0.0,
            **{f"{k}_found": a / b for k, (a, b) in sorted(by_type.items())},
            "by_type_counts": {k: f"{a}/{b}" for k, (a, b) in sorted(by_type.items())},
            "disaster_with_event": disaster[0] / disaster[1] if disaster[1] else 0.0,
            "disaster_n": disaster[1]}


def write_case_misses(path: Path, rows: list[dict], coded: dict[str, list[Event]]) -> None:
    """Every snippet without its expected type (or a disaster snippet with an event), grouped by
    the expected type, with the events coded, then the hits that only a learned event holds (the
    pair model's or the selector's: these move with each retraining). Read on `--half a` only."""
    def learned(e: Event) -> bool:
        return e.metadata.get("rule") in ("learned", "selected")

    with path.open("w", encoding="utf-8") as fh:
        for fragile in (False, True):
            for r in sorted(rows, key=lambda r: (CASE_TYPES.get(r["SubType"], "~"), r["SubType"])):
                evs = coded[r["id"]]
                want = CASE_TYPES.get(r["SubType"])
                hits = [e for e in evs if e.event == want]
                missed = bool(evs) if want is None else not hits
                if not (bool(hits) and all(map(learned, hits)) if fragile else missed):
                    continue
                fh.write(f"== {'FRAGILE ' * fragile}{r['id']} {r['SubType']} "
                         f"want={want or 'nothing'}: {r['EventSnippet'].strip()}\n")
                for e in evs:
                    fh.write(f"      {_event_line(e)}\n")


# -- IndiaPoliceEvents ------------------------------------------------------------------------
def india_answers(events: list[Event], *, police_only: bool = False) -> set[str]:
    """The questions a sentence's events answer (see the module docstring).

    `police_only`: KILL, FORCE and ARREST only from events whose actor is police.
    """
    out: set[str] = set()
    for e in events:
        cameo = e.cameo or ""
        trigger = e.event_text or ""
        police = e.actor is not None and e.actor.sector == "COP"
        if police:
            out.add("ANY_ACTION")
        elif police_only:
            continue
        if e.event == "COERCE" and (cameo.startswith("173") or ARREST_TRIGGER_RE.search(trigger)):
            out.add("ARREST")
        if e.event == "ASSAULT" or (e.event == "COERCE" and cameo.startswith("175")):
            out.add("FORCE")
        if e.event == "ASSAULT" and KILL_TRIGGER_RE.search(trigger):
            out.add("KILL")
    return out


def keyword_answers(sentence: str, words: dict[str, list[str]]) -> set[str]:
    """The dataset's keyword baseline: a police word and a question word in one sentence.

    FORCE takes the killing and other-force words, ANY_ACTION every action word list.
    """
    text = " " + re.sub(r"\s+", " ", sentence.lower()) + " "
    tokens = set(re.findall(r"[a-z][a-z-]*", text))

    def has(key: str) -> bool:
        return any((w in text) if (" " in w.strip() or w.endswith(" ")) else (w in tokens)
                   for w in words[key])

    if not (has("police") or has("police_acronyms")):
        return set()
    kill, arrest, force, fail = has("kill"), has("arrest"), has("other_force"), has("intervene")
    out = set()
    if kill:
        out.add("KILL")
    if arrest:
        out.add("ARREST")
    if kill or force:
        out.add("FORCE")
    if kill or arrest or force or fail:
        out.add("ANY_ACTION")
    return out


def macro_f1(gold: dict[str, set[str]], pred: dict[str, set[str]]) -> dict[str, float]:
    out = {}
    for label in INDIA_LABELS:
        tp = sum(label in gold[k] and label in pred[k] for k in gold)
        fp = sum(label not in gold[k] and label in pred[k] for k in gold)
        fn = sum(label in gold[k] and label not in pred[k] for k in gold)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[label] = 2 * p * r / (p + r) if p + r else 0.0
        out[f"{label}_p"], out[f"{label}_r"] = p, r
        out[f"{label}_counts"] = (tp, fp, fn)
    out["macro_f1"] = sum(out[label] for label in INDIA_LABELS) / len(INDIA_LABELS)
    return out


def _event_line(e: Event) -> str:
    actor = f"{e.actor.entity_text}/{e.actor.country}/{e.actor.sector}" if e.actor else "-"
    rec = (f"{e.recipient.entity_text}/{e.recipient.country}/{e.recipient.sector}"
           if e.recipient is not None else "-")
    return (f"{e.event} {e.cameo} [{e.event_text}] {actor} -> {rec} "
            f"({e.metadata.get('rule', '?')} {e.confidence})")


def write_india_misses(path: Path, sents: list[dict], coded: dict[str, list[Event]],
                       gold: dict[str, set[str]], ours: dict[str, set[str]],
                       sent_gold: dict[str, set[str]], sent_ours: dict[str, set[str]]) -> None:
    """Every document whose answers differ from the gold, with the sentences that hold a gold
    label, an answer or an event (read these on `--half a` only: half b stays unseen)."""
    by_doc: dict[str, list[dict]] = {}
    for s in sents:
        by_doc.setdefault(str(s["doc_id"]), []).append(s)
    with path.open("w", encoding="utf-8") as fh:
        for doc, rows in by_doc.items():
            if gold[doc] == ours[doc]:
                continue
            fp, fn = sorted(ours[doc] - gold[doc]), sorted(gold[doc] - ours[doc])
            fh.write(f"== doc {doc} gold={sorted(gold[doc])} ours={sorted(ours[doc])} "
                     f"FP={fp} FN={fn}\n")
            for s in rows:
                key = f"{s['doc_id']}:{s['sent_id']}"
                if not (sent_gold[key] or sent_ours[key] or coded[key]):
                    continue
                fh.write(f"  [{s['sent_id']}] gold={sorted(sent_gold[key])} "
                         f"ours={sorted(sent_ours[key])}: {s['sent_text'].strip()}\n")
                for e in coded[key]:
                    fh.write(f"      {_event_line(e)}\n")


def run_india(options: Options, args: argparse.Namespace, timer: Timer) -> dict[str, Any]:
    dates = {}
    with (args.india / "metadata.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            dates[row["doc_id"]] = row.get("date")
    docs = {}
    with (args.india / "docs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            docs[row["doc_id"]] = set(row["doc_labels"]) & set(INDIA_LABELS)
    doc_ids = subsample(sorted(docs), str, args.sample)
    keep = set(doc_ids)
    sents = []
    with (args.india / "sents.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["doc_id"] in keep:
                sents.append(row)
    words = json.loads((args.india / "keyword_baseline.json").read_text(encoding="utf-8"))
    coded = code([(f"{s['doc_id']}:{s['sent_id']}", s["sent_text"], dates.get(s["doc_id"]))
                  for s in sents], options, timer)
    ours: dict[str, set[str]] = {str(d): set() for d in doc_ids}
    police: dict[str, set[str]] = {str(d): set() for d in doc_ids}
    base: dict[str, set[str]] = {str(d): set() for d in doc_ids}
    gold = {str(d): docs[d] for d in doc_ids}
    sent_gold, sent_ours = {}, {}
    for s in sents:
        key = f"{s['doc_id']}:{s['sent_id']}"
        answers = india_answers(coded[key])
        ours[str(s["doc_id"])] |= answers
        police[str(s["doc_id"])] |= india_answers(coded[key], police_only=True)
        base[str(s["doc_id"])] |= keyword_answers(s["sent_text"], words)
        sent_gold[key] = set(s["sent_labels"]) & set(INDIA_LABELS)
        sent_ours[key] = answers
    ev, kw, sent = macro_f1(gold, ours), macro_f1(gold, base), macro_f1(sent_gold, sent_ours)
    cop = macro_f1(gold, police)
    if args.misses is not None:
        write_india_misses(misses_path(args, "india"), sents, coded, gold, ours, sent_gold, sent_ours)
    return {"n_docs": len(doc_ids), "n_sentences": len(sents),
            "doc_macro_f1": ev["macro_f1"], "keyword_doc_macro_f1": kw["macro_f1"],
            "sentence_macro_f1": sent["macro_f1"],
            "per_label": {lab: {"f1": round(ev[lab], 3), "p": round(ev[f"{lab}_p"], 3),
                                "r": round(ev[f"{lab}_r"], 3), "tp_fp_fn": ev[f"{lab}_counts"],
                                "keyword_f1": round(kw[lab], 3)}
                          for lab in INDIA_LABELS},
            "police_reading": {"doc_macro_f1": round(cop["macro_f1"], 3),
                               **{lab: {"f1": round(cop[lab], 3), "p": round(cop[f"{lab}_p"], 3),
                                        "r": round(cop[f"{lab}_r"], 3),
                                        "tp_fp_fn": cop[f"{lab}_counts"]}
                                  for lab in INDIA_LABELS}}}


def misses_path(args: argparse.Namespace, name: str) -> Path:
    """`--misses FILE` itself with one set; FILE with the set's name before its suffix with several."""
    path: Path = args.misses
    if "," not in args.sets:
        return path
    return path.with_name(f"{path.stem}.{name}{path.suffix}")


RUNNERS = {"plv": run_plv, "gsr": run_gsr, "case": run_case, "india": run_india}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sets", default="plv,gsr,case,india")
    p.add_argument("--sample", type=int, default=None,
                   help="A fixed hash-chosen subset of this many items per set (articles for india).")
    p.add_argument("--half", choices=["a", "b"], default=None,
                   help="Only the items of one fixed hash half (write rules on a, check on b).")
    p.add_argument("--quarter", choices=[h + q for h in ("a", "b") for q in QUARTERS], default=None,
                   help="Only one quarter of a half (read the misses of a1, check on a2).")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--plv", type=Path, default=PLV)
    p.add_argument("--aw", type=Path, default=AW, help="Weak pairs the pair model also trains on.")
    p.add_argument("--gsr", type=Path, default=GSR)
    p.add_argument("--gold-in", type=gold_records.parse_parts, default=gold_records.TRAIN_PARTS,
                   help="plv: the parts whose fold training takes the gold records' half a (as "
                        "scripts/train_coder.py --gold-in; default the shipped training's).")
    p.add_argument("--gold-weight", type=int, default=gold_records.TRAIN_WEIGHT,
                   help="plv: times each gold row counts (as scripts/train_coder.py).")
    p.add_argument("--case", type=Path, default=CASE)
    p.add_argument("--india", type=Path, default=INDIA)
    p.add_argument("--misses", type=Path, default=None,
                   help="Write the PLV sentences (in cross-validation), IndiaPoliceEvents documents "
                        "and CASE snippets we answer wrongly, with their events, to this file (FILE.india / FILE.case before "
                        "the suffix with both sets; read it on --half a only).")
    p.add_argument("--json", type=Path, default=None, help="Also write the figures to this file.")
    p.add_argument("--model", default=None,
                   help="Code with the parts of this folder written by `eventwire train` "
                        "(default: the shipped ones; plv refits them per fold all the same).")
    p.add_argument("--threshold", type=float, default=None,
                   help="Probability a learned event needs (default: pairs.THRESHOLD).")
    p.add_argument("--gate", type=float, default=None,
                   help="Event probability that lets the selector place an event in a sentence "
                        "the rules left empty (default: coder.SELECT_GATE; above 1: never).")
    p.add_argument("--select-min", type=float, default=None,
                   help="Probability the selector's pair needs (default: coder.SELECT_MIN).")
    args = p.parse_args(argv)
    global HALF, QUARTER
    HALF = args.half
    QUARTER = args.quarter
    if QUARTER is not None and HALF not in (None, QUARTER[0]):
        p.error("--quarter must lie in --half")
    if args.threshold is not None:
        from eventwire.events import pairs

        pairs.THRESHOLD = args.threshold
    if args.gate is not None:
        from eventwire.events import coder

        coder.SELECT_GATE = args.gate
    if args.select_min is not None:
        from eventwire.events import coder

        coder.SELECT_MIN = args.select_min
    options = Options(model=args.model)
    worker_stages(CODE, options)  # load once, outside the timings
    results: dict[str, Any] = {}
    for name in args.sets.split(","):
        timer = Timer()
        start = time.perf_counter()
        res = RUNNERS[name](options, args, timer)
        res["sentences_per_s"] = round(timer.rate(), 1)
        res["wall_s"] = round(time.perf_counter() - start, 1)
        results[name] = res
        print(name, json.dumps({k: round(v, 3) if isinstance(v, float) else v
                                for k, v in res.items()}), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
