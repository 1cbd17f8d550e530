"""PLOVER gold-standard records as labelled pairs for the learned coder, and their fixed halves.

A record (`records.jsonl` of the PLOVER gold standard) has `text`, an `event` type (older names:
DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) and `textInfo.markup`, the text with spans wrapped as
`(SRC: ...)`, `(TAR: ...)`, `(SRC/TAR: ...)`, `(EVT: ...)` or `(LOC: ...)`, nested at times and
beside plain parentheses of the text ("(UNIFIL)"). `read_gold_records` turns each record of one
half into the `pairs.Gold` row PLV_train's rows become: the first source span, the first target
span (empty where the record marks none), the type as the coder's 15 training types name it.

Halves are by `stable_hash` of the record id, the function `bench/realnews.py --half` uses: rows
are taken from half a only by default, so that half b stays a measure of unseen records.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from eventwire.events.codebook import OLD_TYPE_NAMES, YIELD_TYPES
from eventwire.events.pairs import Gold

HALVES = ("a", "b")
# The learned parts the gold rows can train, and the shipped training's choice: which parts take
# them and how many times each row counts. None by default: no setting tried moved gold half b,
# and every one lowered some other dev set by an item or two (BENCHMARKS.md), while taking them
# would turn gold half a into training-set figures; `--gold-in` opts in.
PARTS = ("pairs", "selector", "classifier")
TRAIN_PARTS: tuple[str, ...] = ()
TRAIN_WEIGHT = 1
# The coder's training types merge CONCEDE and RETREAT as PLV_train does; the coder splits YIELD
# back by its wording.
TRAINING_TYPE = {**OLD_TYPE_NAMES, **YIELD_TYPES}
OPEN_RE = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC):\s?")


def stable_hash(key: str) -> int:
    """A fixed integer of a key (first 8 hex digits of its SHA-1): the dev sets' half split."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16)


def half_of(key: str) -> str:
    """'a' (even hash) or 'b' (odd hash)."""
    return HALVES[stable_hash(key) % 2]


def parse_markup(markup: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The plain text of a marked-up record and its (tag, start, end) spans in that text, in order
    of their opening. A ')' closes the innermost open parenthesis: a tag's, or one of the text's
    own (kept in the text); a ')' with nothing open is the text's."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str | None, int]] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    while pos < len(markup):
        m = OPEN_RE.match(markup, pos)
        if m:
            stack.append((m.group(1), length))
            pos = m.end()
            continue
        ch = markup[pos]
        pos += 1
        if ch == "(":
            stack.append((None, length))
        elif ch == ")" and stack:
            tag, start = stack.pop()
            if tag is not None:
                spans.append((tag, start, length))
                continue
        out.append(ch)
        length += 1
    text = "".join(out)
    spans = [(tag, *_trim(text, s, e)) for tag, s, e in spans]
    spans.sort(key=lambda t: (t[1], -t[2]))
    return text, [t for t in spans if t[2] > t[1]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _locate(text: str, plain: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span of `plain` (the markup's text) in the record's `text`, which can differ from it
    (braces, spacing): the same position when the texts agree there, else the nearest occurrence
    of the span's words."""
    words = plain[span[0]:span[1]]
    if text[span[0]:span[1]] == words:
        return span
    hits = [m.start() for m in re.finditer(re.escape(words), text)]
    if not hits:
        return None
    start = min(hits, key=lambda i: abs(i - span[0]))
    return start, start + len(words)


def record_pair(record: dict) -> Gold | None:
    """The gold pair of one record, or None where it marks no source or has no usable type.

    Sources are the SRC spans, targets the TAR spans (the first of each is used, as PLV_train
    marks one of each). SRC/TAR marks co-actors of a joint event ("The (SRC/TAR: United States)
    and (SRC/TAR: Jordan) have agreed"): each acts towards the other, so the first is the source
    and the second the target (the pair model and the selector also accept the reverse pair for
    the symmetric types); a lone SRC/TAR is a source with no target."""
    label = TRAINING_TYPE.get(str(record.get("event") or ""), str(record.get("event") or ""))
    from eventwire.events.classifier import QUADS

    text = record.get("text") or ""
    markup = (record.get("textInfo") or {}).get("markup") or ""
    if label not in QUADS or not text or not markup:
        return None
    plain, spans = parse_markup(markup)
    found: dict[str, list[tuple[int, int]]] = {"SRC": [], "TAR": [], "SRC/TAR": []}
    for tag, start, end in spans:
        if tag in found:
            where = _locate(text, plain, (start, end))
            if where is not None:
                found[tag].append(where)
    sources, targets, joint = found["SRC"], found["TAR"], found["SRC/TAR"]
    if not sources and joint:
        sources, joint = joint[:1], joint[1:]
    if not targets and joint:
        targets = joint[:1]
    if not sources:
        return None
    source = sources[0]
    target = next((t for t in targets if not (t[0] < source[1] and source[0] < t[1])), (0, 0))
    # grouped by sentence as PLV_train rows are, so CV folds drop a sentence shared with PLV
    return Gold(text, source, target, label, text)


def read_gold_records(path: str | Path, half: str | None = "a") -> list[Gold]:
    """Gold pairs of the records of one half (`None`: all records), in file order."""
    if half is not None and half not in HALVES:
        raise ValueError(f"half must be one of {HALVES} or None, not {half!r}")
    out = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            if half is not None and half_of(str(record.get("id"))) != half:
                continue
            gold = record_pair(record)
            if gold is not None:
                out.append(gold)
    return out


def parse_parts(value: str) -> tuple[str, ...]:
    """A comma-separated list of PARTS ('none' or '' for none)."""
    parts = tuple(p for p in value.replace(" ", "").split(",") if p and p != "none")
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        raise ValueError(f"unknown learned part(s) {unknown}: use {', '.join(PARTS)} or none")
    return parts
