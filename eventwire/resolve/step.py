"""Fill the parts of coded events: actors (by office on the event's date), date, place, quantities."""

from __future__ import annotations

from dataclasses import asdict

from eventwire.data import Document, Event
from eventwire.resolve.actors import ActorResolver, MentionContext
from eventwire.resolve.dates import resolve_event_date
from eventwire.resolve.kb import KnowledgeBase
from eventwire.resolve.places import Gazetteer, event_location, find_places
from eventwire.resolve.quantities import extract_quantities
from eventwire.settings import Options


class Resolver:
    """Resolves every event of a document; knowledge base and gazetteer load once."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.kb = KnowledgeBase.load(options.kb_path)
        self.actors = ActorResolver(self.kb)
        self.gazetteer = Gazetteer.load()

    def resolve_document(self, doc: Document) -> Document:
        """Resolve the events of `doc` in reading order (later short mentions use earlier ones)."""
        context = MentionContext()
        events = sorted(doc.events, key=lambda e: (e.sentence_index, e.trigger.start if e.trigger else 0))
        for ev in events:
            self.resolve_date(ev, doc.published)
            ev.actor = self.actors.resolve(ev.actor, date=ev.date, context=context, sentence=ev.text)
            if ev.recipient is not None:
                ev.recipient = self.actors.resolve(
                    ev.recipient, date=ev.date, context=context, sentence=ev.text)
        countries = [c for e in events for c in (e.actor.country, e.recipient.country if e.recipient else None)
                     if c and len(c) == 3]
        places = find_places(doc.text, self.gazetteer, countries=countries)
        for ev in events:
            self.resolve_place(ev, places)
            self.attach_quantities(ev)
        return doc

    @staticmethod
    def resolve_date(ev: Event, published: str | None) -> None:
        """The event's date from its sentence, relative to publication; else publication."""
        ref = resolve_event_date(ev.text, published)
        if ref is not None:
            ev.date, ev.date_precision = ref.date, ref.precision
            if ref.start or ref.end:
                ev.date_range = (ref.start or "", ref.end or "")
        elif published:
            ev.date = published
            ev.date_precision = {10: "day", 7: "month", 4: "year"}.get(len(published), "day")

    @staticmethod
    def resolve_place(ev: Event, places: list) -> None:
        start = ev.sentence_span.start if ev.sentence_span else 0
        trigger = ev.trigger.start if ev.trigger else start
        place = event_location(ev.text, start, trigger, places)
        if place is not None:
            ev.location = asdict(place)

    @staticmethod
    def attach_quantities(ev: Event) -> None:
        """Quantities written in the event's sentence, with document offsets."""
        base = ev.sentence_span.start if ev.sentence_span else 0
        ev.quantities = []
        for q in extract_quantities(ev.text):
            item = asdict(q)
            item["start"], item["end"] = q.start + base, q.end + base
            ev.quantities.append(item)
