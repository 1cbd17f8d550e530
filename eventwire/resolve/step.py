"""Fill the parts of coded events: actors (by office on the event's date), date, place, quantities."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

from eventwire.data import Actor, Document, Event, Span, scalar_fields
from eventwire.dates import resolve_event_date
from eventwire.events.lexicon import POLICE_ONLY_MARK
from eventwire.knowledge.kb import KnowledgeBase, shipped_kb
from eventwire.knowledge.places import Gazetteer, Place, event_location, find_places
from eventwire.nlp.pipeline import split_sentences
from eventwire.resolve.actor_words import (
    PLACE_AIM_CUES,
    PLACE_AIM_STOPS,
    PLACE_CLAUSE_BREAKS,
    PLACE_CUE_REACH,
    PLACE_PARTNER_CUES,
    PLACE_SITE_CUES,
    PLACE_SITE_EVENTS,
)
from eventwire.resolve.actors import ActorResolver, MentionContext
from eventwire.resolve.quantities import extract_quantities, extract_sizes
from eventwire.resolve.roles import (
    COURT_ACT_WORDS,
    GENERIC_SECURITY_FORCES,
    INDIAN_HOME_FORCE_ACTS,
    UNNAMED_ACTOR_SECTORS,
)
from eventwire.settings import Options
from eventwire.steps import Step

log = logging.getLogger(__name__)
# "Both sides agreed": the two states the document is about.
BOTH_SIDES_RE = re.compile(
    r"^(?:both|(?:the )?two) (?:sides|countries|states|governments|nations|parties)$", re.I)
# Symmetric types: "X and Y met" is X meeting Y.
# Events two joined actors do together: with no recipient named, "X and Y met / agreed / signed
# a pact / upgraded ties" is X's event towards Y (as PLV_train marks them and GDELT codes them).
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}
AND_RE = re.compile(r",? and ")
# Who carries out air strikes, troop movements and ground assaults is the military.
MILITARY_ACTS = {"ASSAULT", "MOBILIZE"}
# What ends a clause between an act and a place ("rushed troops to Ladakh, where ...").
PLACE_BREAK_RE = re.compile(r"[,;:()\u2013\u2014]| - ")
# Words of the text between an act and a place.
PLACE_WORD_RE = re.compile(r"[^\s\"\u201c\u201d]+")


def user_kb_path(options: Options) -> str | None:
    """The user KB file to merge, if there is one (`eventwire kb add` creates the default)."""
    if Path(options.kb_path).exists():
        return options.kb_path
    if options.kb_path != Options().kb_path:
        log.warning("kb_path %s does not exist: using the shipped knowledge base only", options.kb_path)
    return None


def law_enforcement_sector(ev: Event) -> str | None:
    """The sector of whoever does an act only law enforcement does (UNNAMED_ACTOR_SECTORS, by
    CAMEO root: arrests, crowd control), else None."""
    return next((s for root, s in UNNAMED_ACTOR_SECTORS.items()
                 if (ev.cameo or "").startswith(root)), None)


class Resolver:
    """Resolves every event of a document; knowledge base and gazetteer load once."""

    def __init__(self, options: Options) -> None:
        self.options = options
        user_kb = user_kb_path(options)
        self.kb = KnowledgeBase.load(user_kb) if user_kb else shipped_kb()
        self.actors = ActorResolver(self.kb)
        self.gazetteer = Gazetteer.load()

    def resolve_document(self, doc: Document) -> Document:
        """Resolve the events of `doc` in reading order (later short mentions use earlier ones)."""
        context = self.actors.document_context(doc.text, doc.published,
                                               dateline=doc.metadata.get("dateline"))
        events = sorted(doc.events, key=lambda e: (e.sentence_index, e.trigger.start if e.trigger else 0))
        for ev in events:
            self.resolve_date(ev, doc.published)
            self.split_compound(ev)
            ev.actor = self.resolve_actor(ev, ev.actor, context)
            if ev.recipient is not None:
                ev.recipient = self.resolve_actor(ev, ev.recipient, context)
                # "Washington invaded the country": a described state is not the other party
                ev.recipient = self.other_state(ev, ev.recipient, ev.actor, context)
                ev.actor = self.other_state(ev, ev.actor, ev.recipient, context)
            if ev.metadata.get("actor_unnamed"):
                # "3,000 people were massacred": after the victims are resolved
                ev.actor = self.actors.unnamed_doer(ev.actor, ev.recipient, context, ev.text)
        countries = [a.country for e in events for a in (e.actor, e.recipient)
                     if a is not None and a.country and len(a.country) == 3]
        places = find_places(doc.text, self.gazetteer, countries=countries)
        doc.metadata["places"] = [dict(scalar_fields(p), start=s, end=e) for s, e, p in places]
        self.resolve_both_sides(events, countries + countries + [p.country for _, _, p in places])
        for ev in events:
            self.resolve_place(ev, places)
            self.place_recipient(ev, places, doc.text)
        self.attach_quantities(doc, events)
        return doc

    def other_state(self, ev: Event, actor: Actor, other: Actor,
                    context: MentionContext) -> Actor:
        """A described state the resolver made the event's other party's country ("Paris
        intervened in the country" is not France): the state named before it other than that
        one, else no country."""
        if actor.resolved_by != "described_state" or actor.country != other.country:
            return actor
        return self.actors.described_state(actor, context, ev.text, other.country) or replace(
            actor, entity_name=None, country=None, sector=None, resolved_by=None)

    def resolve_actor(self, ev: Event, actor: Actor, context: MentionContext) -> Actor:
        if actor is ev.actor and ev.metadata.get("actor_unnamed"):
            return self.unnamed_actor(ev, actor, context)
        resolved = self.actors.resolve(actor, date=ev.date, context=context, sentence=ev.text)
        if (ev.event in MILITARY_ACTS and resolved.resolved_by == "country_name"
                and resolved.sector == "GOV" and actor is ev.actor):
            resolved = replace(resolved, sector="MIL", resolved_by="country_name+military_act")
        if actor is ev.actor and resolved.sector == "MIL" and resolved.entity_name is None:
            police = self.police_act_sector(ev, actor.entity_text,
                                            (resolved.country, context.document_country))
            if police is not None:
                resolved = replace(resolved, sector=police, resolved_by="security_forces+police_act")
        return resolved

    @staticmethod
    def police_act_sector(ev: Event, mention: str, countries: tuple[str | None, ...]) -> str | None:
        """The sector of security forces named by no service (see GENERIC_SECURITY_FORCES), from
        a law-enforcement act ("security personnel arrested ten" are police), or, in India
        (`countries`: the actor's and the document's), from deploying, patrolling, searching or
        sealing (INDIAN_HOME_FORCE_ACTS: "security personnel deployed at the city's border",
        india6). Their killings, and those acts elsewhere, keep the sector they resolved to."""
        words = [w for w in mention.lower().split() if w.isalpha() or "-" in w]
        if not any(" ".join(words[-k:]) in GENERIC_SECURITY_FORCES for k in (1, 2)):
            return None
        if ev.event in INDIAN_HOME_FORCE_ACTS and "IND" in countries:
            return law_enforcement_sector(ev) or "COP"
        return law_enforcement_sector(ev)

    @staticmethod
    def unnamed_actor(ev: Event, actor: Actor, context: MentionContext) -> Actor:
        """The actor an event names nowhere: law enforcement for acts only it does ("35
        persons were arrested", "the mob was lathi-charged"), of the document's country;
        otherwise unknown here (once the victims are resolved, `ActorResolver.unnamed_doer`
        may give it the document's country). A sentence or a conviction is the judiciary's."""
        court = any(w in COURT_ACT_WORDS for w in (ev.event_text or "").lower().split())
        # a case registered, a charge-sheet filed: the coder marks what only police do (india6)
        police = POLICE_ONLY_MARK in str(ev.metadata.get("rule", ""))
        sector = "JUD" if court else "COP" if police else law_enforcement_sector(ev)
        if sector is None:
            return actor
        return replace(actor, country=context.document_country, sector=sector,
                       resolved_by="unnamed_act")

    @staticmethod
    def split_compound(ev: Event) -> None:
        """"X and Y met", "X and Y signed a pact": X is the actor and Y the recipient."""
        if ev.recipient is not None or ev.event not in SYMMETRIC or ev.actor.span is None:
            return
        text = ev.actor.entity_text
        parts = AND_RE.split(text, maxsplit=1)
        if len(parts) != 2 or not all(p.strip() for p in parts):
            return
        start = ev.actor.span.start
        second = text.index(parts[1], len(parts[0]))
        ev.actor = Actor(entity_text=parts[0], span=Span(start, start + len(parts[0]), parts[0]))
        ev.recipient = Actor(entity_text=parts[1],
                             span=Span(start + second, start + second + len(parts[1]), parts[1]))
        ev.metadata["compound"] = text

    @staticmethod
    def resolve_both_sides(events: list[Event], mentions: list[str]) -> None:
        """"Both sides" are the two states the document names most (ties: first named).

        `mentions` lists the country of every resolved actor (counted twice: they act) and
        of every place named in the text.
        """
        counts: dict[str, int] = {}
        for c in mentions:
            if c and len(c) == 3 and c.isalpha():
                counts[c] = counts.get(c, 0) + 1
        top = sorted(counts, key=lambda c: -counts[c])[:2]
        if len(top) < 2:
            return
        for ev in events:
            if ev.actor.country or not BOTH_SIDES_RE.match(ev.actor.entity_text.strip()):
                continue
            ev.actor = replace(ev.actor, country=top[0], sector="GOV", resolved_by="both_sides")
            if ev.recipient is None:
                ev.recipient = replace(ev.actor, country=top[1])

    @staticmethod
    def resolve_date(ev: Event, published: str | None) -> None:
        """The event's date from its sentence (the expression nearest the trigger), else publication."""
        base = ev.sentence_span.start if ev.sentence_span else 0
        trigger = ev.trigger.start - base if ev.trigger else None
        ref = resolve_event_date(ev.text, published, trigger)
        if ref is not None:
            ev.date, ev.date_precision = ref.date, ref.precision
            ev.date_range = (ref.start, ref.end) if (ref.start or ref.end) else None
            ev.metadata["date_source"] = "sentence"
        elif published:
            ev.date = published
            ev.date_precision = {10: "day", 7: "month", 4: "year"}.get(len(published), "day")
            ev.metadata["date_source"] = "published"

    @staticmethod
    def resolve_place(ev: Event, places: list) -> None:
        start = ev.sentence_span.start if ev.sentence_span else 0
        trigger = ev.trigger.start if ev.trigger else start
        place = event_location(ev.text, start, trigger, places)
        if place is not None:
            ev.location = scalar_fields(place)

    @staticmethod
    def place_recipient(ev: Event, places: list[tuple[int, int, Place]], text: str) -> None:
        """A recipient with no country, or none named, from the place the act is aimed at
        (issue 13). A place in the recipient's own words ("the Heglig oil field"); else the
        first place the clause names after the act behind an aiming preposition
        (actor_words.PLACE_AIM_CUES; a site's, PLACE_SITE_CUES, for physical acts only: "the
        decision in Brussels" may be where it was criticised), one "against" preferred. A named
        recipient takes it only right after its words, or behind "with"/"against" further on
        (PLACE_PARTNER_CUES), and keeps its words and sector; a place that becomes the
        recipient is its text, with no sector."""
        rec = ev.recipient
        if (rec is not None and rec.country) or ev.trigger is None or ev.sentence_span is None:
            return
        if rec is not None and rec.span is None:
            return
        end = ev.sentence_span.end
        own = ev.actor.span
        usable = [p for p in places if p[2].country
                  and not (own is not None and own.start <= p[0] < own.end)]
        if rec is not None:
            inside = [p for p in usable if rec.span.start <= p[0] and p[1] <= rec.span.end]
            if inside:
                ev.recipient = replace(rec, country=inside[-1][2].country,
                                       resolved_by="place_in_recipient")
                return
        start = max(ev.trigger.end, rec.span.end if rec is not None else 0)
        chosen = []
        for p in usable:
            if not start <= p[0] < end:
                continue
            between = text[start:p[0]]
            words = PLACE_WORD_RE.findall(between.lower())
            if PLACE_BREAK_RE.search(between) or PLACE_CLAUSE_BREAKS.intersection(words):
                break
            cue = place_cue(words)
            if cue is None:
                continue
            k, word = cue
            # a named recipient: a place right after its words ('"El Chapo" Guzman to'), or
            # the other side further on ("a resolution expressing solidarity with Ukraine"),
            # not inside another phrase ("a proposal for a meeting with the United States")
            if rec is not None and not all(
                    w[:1].isupper() or not w[:1].isalpha()
                    for w in PLACE_WORD_RE.findall(between[:_nth_word(between, k)])) and (
                    word not in PLACE_PARTNER_CUES or PLACE_AIM_STOPS.intersection(words[:k])):
                continue
            if word in PLACE_SITE_CUES and ev.event not in PLACE_SITE_EVENTS:
                continue
            chosen.append((word, p))
        if not chosen:
            return
        word, (s, e, place) = next((c for c in chosen if c[0] == "against"), chosen[0])
        if rec is not None:
            ev.recipient = replace(rec, country=place.country, resolved_by="place_after_recipient")
        else:
            ev.recipient = Actor(entity_text=text[s:e], entity_name=place.name,
                                 country=place.country, resolved_by="place_recipient",
                                 span=Span(s, e, text[s:e]))

    @staticmethod
    def attach_quantities(doc: Document, events: list[Event]) -> None:
        """Quantities go to the events of their sentence; those of a sentence with no event go
        to the nearest event of the same paragraph (marked `attached: paragraph`)."""
        by_sentence: dict[int, list[Event]] = {}
        for ev in events:
            ev.quantities = []
            # PLOVER size (dead, injured, arrested, participants) from the event's own sentence.
            ev.metadata["size"] = extract_sizes(ev.text, ev.event)
            if ev.sentence_span:
                by_sentence.setdefault(ev.sentence_span.start, []).append(ev)
        sentences = doc.sentences or split_sentences(doc.text)
        para_start, k = 0, 0
        for para in doc.text.split("\n"):
            para_end = para_start + len(para)
            para_events = [ev for ev in events if ev.sentence_span
                           and para_start <= ev.sentence_span.start < para_end]
            # Sentences never cross a line break, so those starting here are this paragraph's.
            while k < len(sentences) and sentences[k][0] < para_end + 1:
                sent_start, sent_end = sentences[k]
                k += 1
                owners = by_sentence.get(sent_start)
                how = "sentence"
                if not owners:
                    if not para_events:
                        continue
                    nearest = min(para_events, key=lambda ev: abs(ev.sentence_span.start - sent_start))
                    owners, how = [nearest], "paragraph"
                for q in extract_quantities(doc.text[sent_start:sent_end]):
                    item = scalar_fields(q)
                    item["start"], item["end"] = q.start + sent_start, q.end + sent_start
                    item["attached"] = how
                    for ev in owners:
                        ev.quantities.append(item)
            para_start = para_end + 1


def place_cue(words: list[str]) -> tuple[int, str] | None:
    """The preposition that aims a phrase at the place after `words` (the text since the act):
    its index and word, looking back at most PLACE_CUE_REACH words past "the", "of" and
    modifiers, stopping at a preposition of another phrase (PLACE_AIM_STOPS)."""
    for k in range(len(words) - 1, max(-1, len(words) - 2 - PLACE_CUE_REACH), -1):
        w = words[k]
        if w in PLACE_AIM_CUES or w in PLACE_SITE_CUES:
            return k, w
        if w in PLACE_AIM_STOPS:
            return None
    return None


def _nth_word(text: str, k: int) -> int:
    """The offset in `text` where its k-th word (PLACE_WORD_RE) starts."""
    return next((m.start() for i, m in enumerate(PLACE_WORD_RE.finditer(text)) if i == k), len(text))


class ResolveStep(Step):
    """Resolves the parts of each coded event: actors, date, place, quantities."""

    name = "resolve"

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.resolver = Resolver(options)

    def process(self, doc: Document) -> Document:
        return self.resolver.resolve_document(doc) if doc.events else doc
