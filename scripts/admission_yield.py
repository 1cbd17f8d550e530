"""What admits each sentence to the coder's parse, and what the sentences each admitter lets in
alone yield in the end (speed round 10, BENCHMARKS.md).

Run from the repository root:
`python scripts/admission_yield.py --corpus CORPUS.pkl --out FILE.json` (CORPUS.pkl: a pickled
list of cleaned `Document`s, e.g. the OK documents `bench/throughput.py`'s corpus gives after
clean and dedup; optional); `python scripts/admission_yield.py --table FILE.json [FILE.json ...]`
prints the table and the lemmas the rule below selects (`lexicon.IDLE_ADMITTERS` is its output).

Admitters are read per sentence the word prefilter keeps (`Prefilter.may_hold_event`):
`lex:L` a trigger lemma of the lexicon whose forms are in the sentence, `needs:L` a companion
verb with its companions, `learned:L` a learned event verb of the pair model (its forms). After
the parse the sentence is `dropped` (no trigger, no gate), `trigger` or `gate`
(`_may_open_unnamed` alone). A sentence's events are those the coder returns for it.

The sets: the corpus, the gold records, CASE and IndiaPolice on their half a (half b is
scored, never read), a hash sample of PLV in cross-validation, and the article audit's pages.

The rule (written before it was applied): a lemma is idle when every set where it admits a
sentence alone gives an event in fewer than 1 % of those sentences, and it admits at least
`MIN_ALONE` distinct sentences alone over all sets together (fewer is no evidence either way).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

MIN_ALONE = 20  # sentences admitted alone, over all sets, before a lemma can be called idle
MAX_RATE = 0.01  # ... and in every set, the share of them that gives an event is under this
# Parse cost (tok2vec, tagger, parser, ruler, lemmatizer) per token on the throughput corpus, and
# its article count (`--n 600` after dedup): for the table's estimate of the time each admitter costs.
MS_PER_TOKEN = 0.043
CORPUS_ARTICLES = 568

RECORDS: list[dict[str, Any]] = []
CURRENT = {"set": ""}


def install(as_shipped: bool = False) -> None:
    """Wrap the coder so each `_code_many` call records its admitted sentences; unless
    `as_shipped`, every word admits (`lexicon.IDLE_ADMITTERS` emptied: this derives it)."""
    from eventwire.events import coder as C
    from eventwire.events import lexicon as lx
    from eventwire.nlp.pipeline import surface_forms

    if not as_shipped:
        lx.IDLE_ADMITTERS = frozenset()

    maps: dict[int, dict[str, set[str]]] = {}

    def form_map(self: Any) -> dict[str, set[str]]:
        key = id(self.prefilter)
        if key not in maps:
            alone, companions = lx.trigger_lemmas()
            m: dict[str, set[str]] = defaultdict(set)
            for lemma in alone:
                for f in surface_forms(self.nlp, {lemma}):
                    m[f].add(f"lex:{lemma}")
            for lemma in self.learned_verbs:
                for f in surface_forms(self.nlp, {lemma}):
                    m[f].add(f"learned:{lemma}")
            for verb in companions:
                for f in surface_forms(self.nlp, {verb}):
                    m["\0" + f].add(f"needs:{verb}")
            maps.clear()
            maps[key] = dict(m)
        return maps[key]

    orig_many, orig_parse = C.EventCoder._code_many, C.EventCoder._parse

    def admitters(self: Any, sentence: str) -> list[str]:
        m = form_map(self)
        pf = self.prefilter
        words = set(C.WORD_RE.findall(sentence.lower()))
        tags: set[str] = set()
        for w in words & pf.words:
            tags |= m.get(w, set())
        for form in words & pf.needs.keys():
            if any(all(not ws.isdisjoint(words) for ws in alt) for alt in pf.needs[form]):
                tags |= m.get("\0" + form, {f"needs:{form}"})
        return sorted(tags)

    def parse(self: Any, jobs: list) -> Any:
        for d, (text, s, e, ctx) in zip(orig_parse(self, jobs), jobs, strict=True):
            sent = C.parse_view(text[s:e], text)
            rec = {"set": CURRENT["set"], "ctx": list(ctx), "adm": admitters(self, sent),
                   "text": sent.strip(),
                   "words": len(C.WORD_RE.findall(sent)), "events": 0, "how": []}
            if d is None:
                rec["parse"] = "dropped"
            else:
                found = d.user_data.get(C.TRIGGERED)
                rec["parse"] = "trigger" if found or found is None else "gate"
                lemmas = {t.lemma_.lower() for t in d if t.pos_ == "VERB"}
                rec["learned_in_parse"] = sorted(lemmas & self.learned_verbs)
                rec["keys"] = sorted({d[i].lemma_.lower() for i in C.key_positions(d)
                                      if C.match_trigger(d[i], C._anyone)})
            self._records.append(rec)
            yield d

    def code_many(self: Any, items: list, spans: Any = None) -> Any:
        self._records = []
        out = orig_many(self, items, spans)
        by = {tuple(r["ctx"]): r for r in self._records}
        for i, events in enumerate(out):
            for ev in events:
                r = by.get((i, ev.sentence_index))
                if r is not None:
                    r["events"] += 1
                    r["how"].append(ev.metadata.get("rule", "") if isinstance(ev.metadata, dict) else "")
        RECORDS.extend(self._records)
        return out

    C.EventCoder._parse = parse
    C.EventCoder._code_many = code_many


def measure(args: argparse.Namespace) -> None:
    install(args.as_shipped)
    import article_audit
    import realnews

    from eventwire.pipeline import CODE, worker_stages
    from eventwire.settings import Options

    if args.corpus:
        CURRENT["set"] = "corpus"
        coder = worker_stages(CODE, Options())[0].coder
        docs = pickle.loads(Path(args.corpus).read_bytes())
        for k in range(0, len(docs), 64):
            coder.code_documents(docs[k : k + 64])
    for name in ("gsr", "case", "india"):
        CURRENT["set"] = name
        realnews.main(["--sets", name, "--half", "a"])
    CURRENT["set"] = "plv"
    realnews.main(["--sets", "plv"] + (["--sample", str(args.plv_sample)] if args.plv_sample else []))
    CURRENT["set"] = "audit"
    saved, sys.argv = sys.argv, ["article_audit.py", "--set", "all"]
    try:
        article_audit.main()
    finally:
        sys.argv = saved
    Path(args.out).write_text(json.dumps(RECORDS))


def idle_by_rule(distinct: int, per_set: list[tuple[int, int]]) -> bool:
    """The rule: at least MIN_ALONE distinct sentences admitted alone, and in every set where
    the admitter lets any in alone (sentences, sentences with an event), under MAX_RATE give one."""
    return distinct >= MIN_ALONE and all(hit < MAX_RATE * n for n, hit in per_set if n)


def table(paths: list[str]) -> None:
    recs = [r for p in paths for r in json.loads(Path(p).read_text())]
    sets = sorted({r["set"] for r in recs})
    print("sentences admitted to the parse, by set: "
          + ", ".join(f"{s} {sum(r['set'] == s for r in recs)}" for s in sets))
    for s in sets:
        rs = [r for r in recs if r["set"] == s]
        c = Counter(r["parse"] for r in rs)
        ev = Counter()
        for r in rs:
            ev[r["parse"]] += r["events"]
        print(f"  {s:7s} " + "  ".join(f"{k} {c[k]} ({ev[k]} events)" for k in ("trigger", "gate", "dropped")))
    alone: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    distinct: dict[str, set[str]] = defaultdict(set)  # the corpus repeats a pool's paragraphs
    for r in recs:
        lemmas = {a.split(":", 1)[1] for a in r["adm"]}
        if len(lemmas) == 1:
            adm = next(iter(sorted(r["adm"])))
            distinct[adm].add(r["text"])
            row = alone[adm][r["set"]]
            row[0] += 1
            row[1] += r["events"] > 0
            row[2] += r["events"]
            row[3] += r["words"]
    total_words = {s: sum(r["words"] for r in recs if r["set"] == s) for s in sets}
    idle = []
    print("\nadmitted alone: sentences / with an event / events, per set; distinct sentences over all "
          "sets; the corpus's parse of them in ms an article (MS_PER_TOKEN x words)")
    print(f"{'admitter':28s} " + " ".join(f"{s:>16s}" for s in sets) + " distinct  ms/art  idle")
    rows = sorted(alone.items(), key=lambda kv: -sum(v[0] for v in kv[1].values()))
    for adm, per in rows:
        n = len(distinct[adm])
        is_idle = idle_by_rule(n, [(v[0], v[1]) for v in per.values()])
        if is_idle:
            idle.append(adm)
        if n >= args_min_print or is_idle:
            print(f"{adm:28s} " + " ".join(
                f"{per[s][0]:>6d}/{per[s][1]:>3d}/{per[s][2]:>4d}" if s in per else f"{'':>16s}"
                for s in sets) + f" {n:>8d}"
                + f" {MS_PER_TOKEN * per['corpus'][3] / CORPUS_ARTICLES if 'corpus' in per else 0:6.2f}"
                + ("  IDLE" if is_idle else ""))
    print("\nidle admitters by the rule:", len(idle))
    for s in sets:
        n = sum(alone[a][s][0] for a in idle)
        w = sum(alone[a][s][3] for a in idle)
        e = sum(alone[a][s][2] for a in idle)
        print(f"  {s:7s} sentences {n}, events lost {e}, words {w} of {total_words[s]} parsed "
              f"({100 * w / max(total_words[s], 1):.1f} %)")
    print(" ".join(sorted(a.split(":", 1)[1] + f"({a.split(':')[0]})" for a in idle)))


args_min_print = 15

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus")
    ap.add_argument("--out", default="admission.json")
    ap.add_argument("--plv-sample", type=int, default=0, help="a hash sample of PLV (0: all, ~6 min)")
    ap.add_argument("--table", nargs="*")
    ap.add_argument("--as-shipped", action="store_true",
                    help="measure with lexicon.IDLE_ADMITTERS left out of the prefilter")
    a = ap.parse_args()
    if a.table:
        table(a.table)
    else:
        measure(a)
