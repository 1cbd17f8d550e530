"""Event coder: clean article text -> PLOVER events (with CAMEO, Goldstein and provenance).

Rules over the dependency parse, driven by the trigger lexicon (lexicon.py):

* A trigger is a verb ("requested"), a phrasal verb ("called for"), an idiom ("sees no basis" =
  REJECT) or an event noun ("visit", "airstrikes", "delivery of wheat").
* Arguments come from the parse: subject (or the passive agent) = actor, object / passive subject
  / typed preposition = recipient. Coordinated subjects ("Russia and Syria agreed") give one
  compound actor; nominal triggers take a possessor, "between X and Y", the subject of a light verb
  ("made a visit"), a demonym ("Israeli airstrikes") or the noun they exemplify ("operations
  against Syria, including airstrikes").
* What trips dictionary coders:
  - negation ("did not attack", "no talks", "failed to meet"): the event is marked negated and not
    emitted;
  - intentions and threats: "threatened to strike" is THREATEN (mode from what is threatened), never
    ASSAULT; cooperative acts that are only planned, promised, agreed or in the future ("plans to
    visit", "will meet", "agreed to convene") are AGREE, as the PLOVER manual says (3.1, 3.2.1);
    conflictual acts that are only planned or hypothetical ("plans to attack", "could strike") give
    no event;
  - denials and allegations: in "X denied attacking Y" and "X accused Y of attacking Z" the attack
    is not asserted, so it is not emitted (the accusation itself is ACCUSE); reported speech ("X
    said Y attacked Z") keeps the reported event;
  - refusals and requests wrap an event: "refused to meet" is REJECT 'meet', "asked Y to extradite"
    is REQUEST 'assist';
  - passive voice: "Y was criticized by X" -> X ACCUSE Y;
  - several events per sentence are all coded; the same type for the same actors once.
* Sentences without a trigger word or a candidate actor are skipped before the parse; the parse
  runs in batches with `nlp.pipe(as_tuples=True)`.
* A "sentence" longer than MAX_SENTENCE_CHARS is a table, a list or run-on text, not prose: only
  its first MAX_SENTENCE_CHARS characters are coded. The work per event grows with its sentence
  (argument search, phrase bounds, classifier features), so an unbounded sentence with many
  event words cost time quadratic in its length (issue 18: 97 KB took over 300 s).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.attrs import ORTH, SPACY
from spacy.symbols import VERB as VERB_POS

from eventwire.clean.text import fix_encoding
from eventwire.data import Actor, Document, Event, Span
from eventwire.dates import WEEKDAYS
from eventwire.events import codebook
from eventwire.events import lexicon as lx
from eventwire.events.model_folder import part_path
from eventwire.events.pairs import Pair, PairModel, candidate_pairs, load_pair_model, vetoed, views
from eventwire.events.selector import PairSelector, SpanPair, load_selector
from eventwire.knowledge.kb import DERIVED_SOURCES, country_names, media_names, name_key, shipped_kb
from eventwire.nlp.name_words import PRONOUN_KINDS
from eventwire.nlp.pipeline import (
    ENTITY_COMPONENTS,
    dictionary_word,
    load_nlp,
    lower_cased,
    run_components,
    split_sentences,
    surface_forms,
)
from eventwire.nlp.recase import recase_lowered
from eventwire.settings import Options

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

log = logging.getLogger(__name__)

CANDIDATE_ACTOR_RE = re.compile(
    r"(?:\S\s+[A-Z]|\b(?:" + "|".join(sorted(lx.ACTOR_NOUNS | lx.ACTOR_PRONOUNS)) + r")s?\b)",
    re.IGNORECASE,
)  # case-insensitive, its first branch passes any two words: the trigger words do the filtering
# (a sentence whose only capital is its first word, "Japan welcomed the deal", must pass)
WORD_RE = re.compile(r"\w+")  # the words a "\b...\b" match would find
COUNT_RE = re.compile(r"\d")  # a crowd counted in digits ("About 2,000 marched")
UPPER_AFTER_START_RE = re.compile(r"\S\s+[\"'“‘(]?[A-Z]")
# UTF-8 punctuation read as Windows-1252 ("â€œ" for “, "â€™" for ’, "Â" before a no-break space):
# `eventwire code` takes text as given, and scraped news keeps it (see `parse_view`).
MOJIBAKE_PUNCT_RE = re.compile("(?:\u00e2\u20ac.)+|\u00c2(?=[\\s\u00a0])")
# An apostrophe doubled inside a word, as a database escape leaves it ("the board''s stand",
# "police didn''t act"; a third of IndiaPoliceEvents' documents): the parser reads "didn''t"
# as one auxiliary and loses the negation. Group 1 is the "n" of a negation.
DOUBLED_APOSTROPHE_RE = re.compile(r"(?i)(?<=\w)(n)?''(?=(?:t|s|d|m|re|ve|ll)\b)")
SENT_BATCH = 256
BEFORE = "before"  # Doc.user_data key: (document text, sentence start, sentence spans or None)
LOWERED = "lowered"  # Doc.user_data key: whether the sentence was lower-cased (`_lowered_sentence`)
# Doc.user_data key: `EventCoder._triggered` as `_parse` found it before the entity component
# ran; the driver reads it instead of testing the named parse again (speed round 9).
TRIGGERED = "triggered"
HYPHEN_JOINED = "hyphen_joined"  # Doc.user_data key: `_hyphen_joined`, made on first use
# Doc.user_data key: the text's publication date (ISO, or None), which `told_as_history` measures
# an act's year against
PUBLISHED_ON = "published_on"
# Doc.user_data key: (token count, lower-cased lemmas, lower-cased words) of the sentence
# (`sentence_words`), made on first use: several tests ask it of every candidate.
SENTENCE_WORDS = "sentence_words"
# Longest sentence coded, in characters: news sentences stay under 600 (99.9 % under 470 on the
# India police dev set), so only non-prose is cut.
MAX_SENTENCE_CHARS = 1000
AGREE_CAMEO = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "SUPPORT": "032"}
RECIPIENT_PREPS = {
    "CONSULT": {"with", "to"}, "ASSAULT": {"on", "against", "at"}, "AID": {"to", "for", "into"},
    "REQUEST": {"from"}, "COOPERATE": {"with"}, "MOBILIZE": {"against", "toward", "towards"},
    "SANCTION": {"against", "on", "to", "with"}, "COERCE": {"against", "on"}, "THREATEN": {"with", "against"},
    "ACCUSE": {"against"}, "PROTEST": {"against"}, "SUPPORT": {"for"}, "AGREE": {"with"},
    "REJECT": set(), "RETREAT": {"from"}, "CONCEDE": {"to"},
}
NOUN_RECIPIENT_PREPS = {"to", "on", "against", "with", "for"}
_ALONE, _COMPANIONS = lx.trigger_lemmas()
KEY_LEMMAS = _ALONE | frozenset(_COMPANIONS)  # every rule of match_trigger keys on one of these
PROTESTER_PHRASAL_VERBS = frozenset(v for v, _ in lx.PROTESTER_PHRASALS)  # "workers walked out"
CONDITIONAL_KEYS = lx.conditional_keys()  # keys only where their condition holds (key_positions)
# ... which match_trigger checks ("maintained" reports, or keeps a vigil: india5)
MATCHED_KEYS = (lx.OBJECT_CONDITIONAL_KEYS | lx.ARMED_VERBS | lx.WATCH_KEEPING_VERBS
               | lx.TELLING_TO_ACT_VERBS  # "told Beijing to pull out" (probe6)
               | lx.FORCE_ENTRY_VERBS  # "its troops would enter Iraq if ..." (threat2)
               | lx.UNTRIGGERED_AID_VERBS  # "deposited $2 billion in Egypt's central bank" (aid2)
               | lx.FAIL_VERBS  # "said the government had failed to act" (audit10)
               | lx.CONDITIONAL_FORCE_VERBS  # "posts would be shelled if ..." (threat5)
               | lx.INVOKED_THREAT_VERBS  # "will invoke Article 4 if ..." (threat5)
               | lx.CRITICISM_IDIOM_KEYS  # "came down heavily on X", "was critical of X" (criticism2)
               | frozenset(lx.REPORTED_WRONGDOING)  # "said the bjp was playing politics" (criticism3)
               | lx.OPPOSED_PREDICATES  # "is opposed to X" (precision6)
               | lx.STATE_RESTRICTING_VERBS | {lx.FINED_MISLEMMA})  # "South Korea fined Google" (precision6)
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # "X and Y met": no recipient
FINITE_TAGS = frozenset({"VBD", "VBZ"})  # tensed forms no "to" can govern (VBP is also the bare form)
# A sentence the rules left empty holds an event when the pair model gives one of its pairs this
# probability of being an event (selector placement, `EventCoder._add_selected`); BENCHMARKS.md.
SELECT_GATE = 0.3
# The selector's best pair of a sentence must be this likely to be placed as a new event.
SELECT_MIN = 0.05
# A sentence with no trigger and no learned verb holds an event when its best phrase pair is this
# likely and both phrases are actors ("The Swiss government gave account information to the
# Indian government"); 0.5 and 0.7 compared on the four real-news sets (BENCHMARKS.md). A trigger
# the rules declined ("dropped the charges against") stays declined.
SELECT_OPEN = 0.7
# ... also in sentences with no trigger word at all (parsed whole for it: about half the speed of
# the main job for 2-3 points of PLV, BENCHMARKS.md); off, only sentences the word prefilter keeps.
OPEN_UNTRIGGERED = False
# ... in sentences the word prefilter keeps whose parse shows no trigger (such sentences then need
# the entity component and the selector too). Off: a fifth less coding time with the statistical
# entity recogniser, an eighth with the name labeler; the same gold-record, CASE and IndiaPolice
# figures, but PLV dyad 57.0 -> 55.9 % (BENCHMARKS.md, "Speed round 2" and "Speed round 3").
OPEN_PREFILTERED = True
# ... and of those, only sentences whose parse (before the entity component names anything) has
# two tokens that may head actors in one tree, at least OPEN_GATE_NAMES of them names
# (`_may_open_unnamed`): the rest seldom open, and skipping them saves their entity component,
# rules and selector scoring; 0, 1 and 2 names compared (BENCHMARKS.md, "Speed round 7a").
OPEN_GATE = True
OPEN_GATE_NAMES = 1
# Beside events the rules coded in the same sentence, a selected pair is a second event only
# with this confidence (pair probability x type probability); 0 and never compared (BENCHMARKS.md).
SELECT_BESIDE = 0.35



@dataclass(slots=True)
class Candidate:
    """An event found in one parsed sentence, before it becomes an Event."""

    plover: str
    mode: str | None
    cameo: str
    contexts: list[str]
    anchor: Token  # the token the arguments are read from
    trigger: tuple[int, int]  # token indices [start, end) within the sentence doc
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    confidence: float = 0.8
    negated: bool = False
    suppressed: str = ""  # why it is not emitted as itself (absorbed by a frame, denied ...)
    how: str = "verb"
    embedded: list[Candidate] = field(default_factory=list)  # events a frame verb absorbed
    unnamed: bool = False  # asserted with no actor in the text ("649 people were arrested")


def emits(cand: Candidate) -> bool:
    """An event is emitted with an actor, or with an unnamed one where the text names none.

    An unnamed actor is an Actor with empty entity_text and no span (metadata
    "actor_unnamed"), so dyads never count it; the resolver gives it a sector (and the
    document's country) only for acts that law enforcement alone does
    (roles.UNNAMED_ACTOR_SECTORS: arrests, baton charges).
    """
    return bool(cand.actors) or cand.unnamed


class EventCoder:
    """Codes sentences into PLOVER events; loads spaCy (and the classifier, if trained) once."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.nlp = load_nlp(options.spacy_model)
        model = options.model  # None: the shipped parts
        self.classifier = load_classifier(part_path(model, "classifier"), neural=options.neural)
        self.selector: PairSelector | None = load_selector(part_path(model, "selector"))
        self.use_pair_model(load_pair_model(part_path(model, "pairs")))

    def use_pair_model(self, model: PairModel | None) -> None:
        """Decide with `model` where the rules code nothing (None: rules only).

        Verbs the model learned as event verbs open the parse to sentences the trigger lexicon
        misses ("gathered", "blew up"); lexicon words stay the rules' call, except those that key
        a rule only under a condition ("returned the artifacts to Italy" is no refusal).
        """
        self.pairs = model
        rules = KEY_LEMMAS - CONDITIONAL_KEYS
        self.learned_verbs = model.event_verbs() - rules if model is not None else frozenset()
        self.prefilter = Prefilter.for_pipeline(self.nlp, self.learned_verbs)
        self._verb_hashes: dict[int, bool] = {}

    # -- public API ---------------------------------------------------------------------------
    def code_text(self, text: str, *, doc_id: str = "", published: str | None = None) -> list[Event]:
        """Events of one clean article text."""
        return self._code_many([(text, doc_id, published)])[0]

    def code_documents(self, docs: list[Document]) -> list[Document]:
        """Fill `events` of the OK documents (one batched parse for all); others untouched."""
        todo = [d for d in docs if d.ok]
        spans = [d.sentences or split_sentences(d.text) for d in todo]
        results = self._code_many([(d.text, d.id, d.published) for d in todo], spans)
        for doc, events, sents in zip(todo, results, spans, strict=True):
            doc.events = events
            doc.sentences = sents  # split once: the resolver reads them from the document
            doc.metadata["sentences"] = len(sents)
        return docs

    def code_sentence_doc(self, sdoc: Doc, *, keep_negated: bool = False,
                          declined: list[Candidate] | None = None,
                          keys: list[int] | None = None) -> list[Candidate]:
        """Candidates of one parsed sentence (negated and absorbed ones only if asked); the ones
        the rules declined (negated, framed away) are added to `declined` if given. `keys`:
        `key_positions(sdoc)` if the caller has them."""
        found = find_candidates(sdoc, declined, keys)
        return [c for c in found if not c.suppressed and (keep_negated or not c.negated)]

    # -- internals ----------------------------------------------------------------------------
    def _code_many(self, items: list[tuple[str, str, str | None]],
                   spans: list[list[tuple[int, int]]] | None = None) -> list[list[Event]]:
        """Split (unless `spans` are given), filter, parse in batches and code several texts."""
        out: list[list[Event]] = [[] for _ in items]
        jobs = list(iter_candidate_sentences(items, self.prefilter, spans,
                                             actors_alone=OPEN_UNTRIGGERED and self.selector is not None))
        last_request: dict[int, tuple[int, Candidate, Doc]] = {}
        parsed: list[tuple[Doc, tuple[str, int, int, tuple[int, int]], list[Event]]] = []
        openings: dict[int, bool] = {}
        triggered: set[int] = set()  # parsed sentences with a trigger or a learned event verb
        parsed_keys: list[list[int]] = []  # key_positions of each parsed sentence
        closed: set[int] = set()  # ... with a trigger the rules declined (negated, framed away)
        denied: list[set[int]] = []  # per parsed sentence, the token indices of negated triggers
        for sdoc, (text, start, end, ctx) in zip(self._parse(jobs), jobs, strict=True):
            if sdoc is None:
                continue
            i, sent_index = ctx
            doc_id, published = items[i][1], items[i][2]
            declined: list[Candidate] = []
            # "200 fires are burning. The government declared a state of emergency": `refine`
            # reads the sentence before too (found only when a rule asks, see `in_hazard`)
            sdoc.user_data[BEFORE] = (text, start, spans[i] if spans is not None else None)
            sdoc.user_data[PUBLISHED_ON] = published
            # the rules, the trigger test and the pair model read the same key positions of the
            # finished parse: found once here (nothing below changes the parse or its entities)
            keys = key_positions(sdoc)
            cands = self.code_sentence_doc(sdoc, declined=declined, keys=keys)
            openings[len(parsed)] = bool(cands)  # a trigger the rules did not decline
            if declined:
                closed.add(len(parsed))
            denied.append(negated_trigger_tokens(declined))
            parsed_keys.append(keys)
            found = sdoc.user_data.get(TRIGGERED)  # the test `_parse` made, if it made one
            if self.selector is None or self._parse_filters() or (
                    found if found is not None else self._triggered(sdoc, keys)):
                triggered.add(len(parsed))  # (where `_parse` filters, it kept only these)
            link_rejections(cands, last_request.get(i), sent_index)
            for c in cands:
                if c.plover == "REQUEST":
                    last_request[i] = (sent_index, c, sdoc)
            events = [self._to_event(c, sdoc, text, start, end, doc_id, sent_index, published)
                      for c in cands if emits(c)]
            out[i].extend(events)
            parsed.append((sdoc, (text, start, end, ctx), events))
        gate: dict[int, float] = {}
        if self.pairs is not None:
            gate = self._add_learned(parsed, items, out, triggered, parsed_keys, denied)
        if self.selector is not None and self.classifier is not None:
            self._add_selected(parsed, items, out, gate, openings, closed)
        # An event's id is its sentence, trigger and type: a learned or selected event on the
        # trigger of an earlier one is that event again (ids stay unique, the first one stands).
        out = [_first_of_each_id(events) for events in out]
        if self.classifier is not None:
            self._rescore([e for events in out for e in events])  # one batch: each call has overhead
        floor = self.options.min_confidence
        return [[e for e in events if e.confidence >= floor] for events in out]

    def _add_learned(self, parsed: list[tuple[Doc, tuple[str, int, int, tuple[int, int]], list[Event]]],
                     items: list[tuple[str, str, str | None]], out: list[list[Event]],
                     triggered: set[int], parsed_keys: list[list[int]],
                     denied: list[set[int]] | None = None) -> dict[int, float]:
        """Events the pair model finds where the rules coded none (pairs.py), in one batch.
        Returns, per parsed sentence, the highest probability of an event among its scored pairs.
        `parsed_keys`: `key_positions` of each parsed sentence; `denied`: the token indices of
        the triggers the rules negated in it (`negated_trigger_tokens`).

        Not scored: sentences with no trigger and no learned event verb (parsed for the
        selector's `SELECT_OPEN` only), pairs the rules coded, pairs on a verb they veto (negated, conditional,
        denied, alleged, failed) and pairs on a lexicon trigger the rules declined. On a trigger
        the rules did code, the model may only name the recipient their event left out.
        """
        todo: list[tuple[int, Pair, set[str] | None]] = []
        for k, (sdoc, (_, start, _, _), rule_events) in enumerate(parsed):
            coded = [(_local(e.actor.span, start), _local(e.recipient.span, start)
                      if e.recipient is not None else None) for e in rule_events]
            keys = set(parsed_keys[k])
            if k not in triggered:
                continue  # parsed for the selector alone: no verb the model may read as an event
            for pair in candidate_pairs(sdoc):
                if pair.targets and all(is_thing(t) for t in pair.targets):
                    continue  # "delivered goods to X": the goods are no recipient, X's pair is
                if pair.targets and all(in_fixed_object(t) for t in pair.targets):
                    continue  # "took to the streets of Kathmandu": where, not against whom
                _, src, tgt = pair.item()
                if vetoed(pair) or any(  # the rules coded this pair (or, for one actor, source)
                        _overlap(src, a) and (not pair.targets or _overlap(tgt, r))
                        for a, r in coded):
                    continue
                # A trigger word of the lexicon is the rules' call: where they coded nothing
                # ("released a report", "plans to attack", "declined to comment") the model
                # does not either, and where they coded an event it may only add its recipient.
                # ... and so is the act a verb frames ("plans to [attack]": the rules' decline)
                verbs = [pair.anchor] + ([pair.anchor.head] if pair.anchor.dep_ in
                                         ("xcomp", "ccomp") else [])
                verbs += [c for c in pair.anchor.children if c.dep_ == "xcomp"]
                # a trigger the rules negated is their call too, whatever the model reads on its
                # words ("in no mood to [resume talks]": no CONSULT the rules denied)
                if denied is not None and any(v.i in denied[k] for v in verbs):
                    continue
                ruled = [v for v in verbs if v.i in keys]
                allowed = None
                if ruled:
                    allowed = {e.event for e in rule_events for v in ruled if e.trigger is not None
                               and e.trigger.start - start <= v.idx < e.trigger.end - start}
                    if not allowed:
                        continue
                todo.append((k, pair, allowed))
        gate: dict[int, float] = {}
        decisions = []
        if todo:
            probs = self.pairs.predict_proba([views(p) for _, p, _ in todo])
            decisions = self.pairs.decide([p for _, p, _ in todo], probs=probs)
            for (k, _, _), row in zip(todo, 1.0 - probs[:, self.pairs.none_index], strict=True):
                gate[k] = max(gate.get(k, 0.0), float(row))
        # One event per verb: its likeliest pair naming a recipient, else the one-actor pair.
        best: dict[tuple[int, int], tuple[tuple[bool, float], Pair, str, float, bool]] = {}
        for (k, pair, allowed), decision in zip(todo, decisions, strict=True):
            if decision is None or (allowed is not None and decision[0] not in allowed):
                continue
            rank = (bool(pair.targets), decision[1])
            key = (k, pair.anchor.i)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, pair, *decision, allowed is not None)
        for (k, _), (_, pair, plover, prob, ruled) in sorted(best.items(), key=lambda kv: kv[0]):
            sdoc, (text, start, end, (i, sent_index)), _ = parsed[k]
            verb = pair.anchor
            cand = Candidate(plover, None, codebook.default_cameo(plover) or "", [], verb,
                             (verb.i, verb.i + 1), actors=list(pair.sources),
                             recipients=list(pair.targets), confidence=prob, how="learned")
            refine(cand, {})
            if cand.suppressed:
                continue
            event = self._to_event(cand, sdoc, text, start, end, items[i][1], sent_index,
                                   items[i][2])
            same = next((e for e in out[i] if e.sentence_index == sent_index
                         and e.event == event.event and e.recipient is None
                         and _overlap(_local(e.actor.span, 0), _local(event.actor.span, 0))),
                        None)
            if same is not None:  # the rules' event, with the recipient it left unnamed
                # "Both sides agreed to convene X": a symmetric event among its actors
                if event.recipient is not None and event.event not in SYMMETRIC_TYPES:
                    same.recipient = event.recipient
                    same.metadata["recipient_rule"] = "learned"
            elif not ruled:
                out[i].append(event)
        return gate

    def _add_selected(self, parsed: list[tuple[Doc, tuple[str, int, int, tuple[int, int]], list[Event]]],
                      items: list[tuple[str, str, str | None]], out: list[list[Event]],
                      gate: dict[int, float], openings: dict[int, bool], closed: set[int]) -> None:
        """The event of each sentence that holds one, placed on its likeliest phrase pair.

        A sentence holds an event when a trigger of the lexicon matched in it, whether or not
        the rules found its arguments ("has condemned the attacks": no actor recipient), when
        the pair model coded one, when it gives one of its pairs at least SELECT_GATE on a
        verb it learned as an event verb, or when the selector's best pair of two actors is at
        least SELECT_OPEN likely where the rules declined no trigger (PLV_train: a tenth of its
        events have no trigger word, and a trigger whose arguments the rules missed is no decline).
        The selector (selector.py) then picks the sentence's likeliest (source, recipient)
        phrases, at least SELECT_MIN likely, with a source that `may_act`. Where an event of
        the sentence has that source and no recipient, the pair names it (`names_recipient`:
        not where the event happened, "rallied outside the hospital"; not for compound actors
        or a symmetric type between both sides: "X and Y met", "both sides agreed" have none);
        otherwise the type classifier types the pair and it becomes an event (`rule` =
        "selected") if the sentence had none or its confidence reaches SELECT_BESIDE, unless
        the rules' frames
        (`apply_frames`: negation, modality, denial, threat ...) decline it on the joining verb.
        """
        opened = {k for k, (sdoc, (_, _, _, (i, sent_index)), _) in enumerate(parsed)
                  if openings.get(k) or any(e.sentence_index == sent_index for e in out[i])
                  or (gate.get(k, 0.0) >= SELECT_GATE and self._has_learned_verb(sdoc))}
        # Other sentences open on their best pair alone, unless the rules declined a trigger in
        # them ("did not attack", "plans to attack", "denied arresting"): those are not scored.
        # ... and only where two actors share a parse tree: `_opens` asks that of the best pair's
        # heads, so a sentence without two cannot open and its pairs need no scoring.
        scored = sorted(opened | {k for k in range(len(parsed)) if k not in closed
                                  and k not in opened and self._may_open(parsed[k][0])})
        # a thing ("$50,000 worth of goods", "mortars") is no recipient: the best pair among the rest
        best = dict(zip(scored, self.selector.best((parsed[k][0] for k in scored),
                                                   pair_ok=may_receive), strict=True))
        todo = [k for k in scored if k in opened or (
            best[k] is not None and best[k][1] >= SELECT_OPEN and self._opens(best[k][0]))]
        chosen = []
        for k in todo:
            if best[k] is None:
                continue
            pair, prob = best[k]
            if prob < SELECT_MIN or not may_act(pair.source.root):
                continue
            _, (text, start, _, (i, sent_index)), _ = parsed[k]
            src, tgt = pair.chars()
            if any(e.sentence_index == sent_index and e.recipient is not None
                   and _overlap(_local(e.actor.span, start), src)
                   and _overlap(_local(e.recipient.span, start), tgt) for e in out[i]):
                continue
            anchor = selection_anchor(pair.source.root, pair.target.root)
            if anchor is None or is_negated(anchor) or in_topic(pair.target.root):
                continue
            if asked_party(anchor, pair.source.root):
                continue  # "called on Israel not to build ...": Israel is asked, it does nothing
            if _passive_agent_of(anchor, pair.target.root):
                continue  # "troops were deployed by Pakistan": the agent acts, it is not acted on
            coded = [e for e in out[i] if e.sentence_index == sent_index]
            same = [e for e in coded if _overlap(_local(e.actor.span, start), src)]
            opens = [e for e in same if e.recipient is None and "actors" not in e.metadata
                     and not (e.event in SYMMETRIC_TYPES and reciprocal(pair.source))]
            # the open event on the word that joins the pair before any other ("following a
            # meeting of its ministers, the OIC expressed its condemnation of X": X is the
            # condemnation's, not the meeting's)
            word = (anchor.idx, anchor.idx + len(anchor.text))
            open_event = next((e for e in opens if _overlap(_local(e.trigger, start), word)),
                              opens[0] if opens else None)
            # the event's own words are no recipient of it ("went on strike": the strike)
            if open_event is not None and names_recipient(pair.target.root, open_event) \
                    and not _overlap(_local(open_event.trigger, start), tgt):
                # "condemned the move announced by X", "protested the recommendation by X": whose
                # act the phrase names is the recipient, as the rules read it (`_owners`)
                owners = _owners([pair.target.root]) if open_event.event in lx.OWNER_NAMED_TYPES else []
                open_event.recipient = make_actor(owners or [pair.target.root], text, start)
                open_event.metadata["recipient_rule"] = "selected"
                continue
            # confidence = prob x type probability <= prob: no need to type a pair that cannot stand;
            # and a verb the rules already coded for this source is read ("Police fired tear gas
            # at protesters in Nairobi": no second event from the police to the city)
            if coded and _inside_coded_act(pair.source.root, anchor,
                                           [_local(e.trigger, start) for e in coded]):
                continue  # "the killing of X by gunmen shocked the country": no act of the gunmen's
            if coded and (prob < SELECT_BESIDE or any(
                    e.recipient is None or _overlap(_local(e.trigger, start), word) for e in same)):
                continue
            chosen.append((k, pair, prob, anchor, bool(coded)))
        if not chosen:
            return
        preds = self.classifier.predict([(parsed[k][0].text, *pair.chars())
                                         for k, pair, _, _, _ in chosen])
        for (k, pair, prob, anchor, beside), pred in zip(chosen, preds, strict=True):
            sdoc, (text, start, end, (i, sent_index)), _ = parsed[k]
            confidence = prob * pred.score
            if beside and confidence < SELECT_BESIDE:
                continue
            if pred.event != "REQUEST" and asked_act(anchor) is not None:
                continue  # "a court order asked the police to arrest X": the asking, no arrest
            if beside and lemma_of(anchor) in lx.REPORTING_VERBS and any(
                    e.sentence_index == sent_index and e.event == pred.event
                    and e.recipient is not None
                    and _overlap(_local(e.recipient.span, start), pair.chars()[1])
                    for e in out[i]):
                continue  # "X said Y shelled Z": the speaker is no second attacker of Z
            cand = Candidate(pred.event, None, codebook.default_cameo(pred.event) or "", [],
                             anchor, (anchor.i, anchor.i + 1), actors=[pair.source.root],
                             recipients=[pair.target.root], confidence=confidence,
                             how="selected")
            apply_frames(cand, {})  # the rules' reading of modality, negation and framing verbs
            if cand.negated or cand.suppressed:
                continue
            refine(cand, {})
            if not cand.suppressed:
                out[i].append(self._to_event(cand, sdoc, text, start, end, items[i][1],
                                             sent_index, items[i][2]))

    def _parse(self, jobs: list[tuple[str, int, int, tuple[int, int]]]) -> Iterator[Doc | None]:
        """Parsed sentences of `jobs` in order; None where the parse shows no trigger.

        The parser and tagger-based components run on every job; the entity component (the
        statistical recogniser, with its own tok2vec, the costliest component of the small
        English model, or the name labeler) only where a trigger matched with any token allowed as actor, a test every real match also passes, or on
        every job when a selector may place an event with no trigger (`_parse_filters`).
        """
        stages = self.prefilter.stages
        for k in range(0, len(jobs), 4 * SENT_BATCH):  # bounded: parsed docs hold their tensors
            texts = [parse_view(text[s:e], text) for text, s, e, _ in jobs[k : k + 4 * SENT_BATCH]]
            if stages is None:
                yield from self.nlp.pipe(texts, batch_size=SENT_BATCH)
                continue
            docs = run_components(self.nlp, list(self.nlp.tokenizer.pipe(texts)), stages[0],
                                  SENT_BATCH)
            if self._parse_filters():
                triggered = [d for d in docs if self._triggered(d)]
            elif OPEN_GATE and not OPEN_UNTRIGGERED:
                triggered = []
                for d in docs:
                    d.user_data[TRIGGERED] = found = self._triggered(d)
                    if found or _may_open_unnamed(d):
                        triggered.append(d)
            else:
                triggered = docs
            run_components(self.nlp, triggered, stages[1], SENT_BATCH)
            marked = {id(d) for d in triggered}
            yield from (d if id(d) in marked else None for d in docs)

    def _parse_filters(self) -> bool:
        """Whether `_parse` keeps only sentences with a trigger (or a learned event verb): where
        the pipeline ends in an entity component, unless a selector may open a sentence
        without one (OPEN_PREFILTERED, OPEN_UNTRIGGERED)."""
        return self.prefilter.stages is not None and (
            self.selector is None or not (OPEN_PREFILTERED or OPEN_UNTRIGGERED))

    def _triggered(self, sdoc: Doc, keys: list[int] | None = None) -> bool:
        """A trigger of the lexicon (with any token allowed as actor) or a learned event verb.
        `keys`: `key_positions(sdoc)` if the caller has them."""
        return self._has_learned_verb(sdoc) or any(
            match_trigger(sdoc[i], _anyone)
            for i in (key_positions(sdoc) if keys is None else keys))

    @staticmethod
    def _may_open(sdoc: Doc) -> bool:
        """Whether two tokens of the sentence that `is_actor` share a parse tree: the heads of a
        pair `_opens` accepts are two such tokens (`selection_anchor` joins no other two)."""
        roots: set[int] = set()
        for tok in sdoc:
            if not is_actor(tok):
                continue
            root = tok
            while root.head.i != root.i:
                root = root.head
            if root.i in roots:
                return True
            roots.add(root.i)
        return False

    @staticmethod
    def _opens(pair: SpanPair) -> bool:
        """Two actors the parse joins: a pair that may place an event in a sentence with no
        trigger."""
        source, target = pair.source.root, pair.target.root
        return selection_anchor(source, target) is not None and is_actor(source) and is_actor(target)

    def _has_learned_verb(self, sdoc: Doc) -> bool:
        """A verb whose lemma the pair model learned as an event verb (lemma hashes, cached).
        Verbs only: "based on respect" is no act of respecting."""
        if not self.learned_verbs:
            return False
        strings, cache = sdoc.vocab.strings, self._verb_hashes
        for h, pos in sdoc.to_array(["LEMMA", "POS"]).tolist():
            if pos != VERB_POS:
                continue
            hit = cache.get(h)
            if hit is None:
                hit = cache[h] = strings[h].lower() in self.learned_verbs
            if hit:
                return True
        return False

    def _to_event(self, c: Candidate, sdoc: Doc, text: str, start: int, end: int, doc_id: str,
                  sent_index: int, published: str | None) -> Event:
        """Turn a candidate into an Event with document offsets."""
        t0, t1 = sdoc[c.trigger[0]].idx, _end_char(sdoc[c.trigger[1] - 1])
        trigger = Span(start + t0, start + t1, text[start + t0 : start + t1])
        cameo = c.cameo
        contexts = sorted(dict.fromkeys(c.contexts))
        event = Event(
            doc_id=doc_id,
            sentence_index=sent_index,
            text=text[start:end],
            event=c.plover,
            actor=make_actor(c.actors, text, start),
            recipient=make_actor([antecedent_in_sentence(r, c.actors) for r in c.recipients],
                                 text, start) if c.recipients else None,
            mode=c.mode,
            context=contexts,
            quad_code=codebook.quad_of(c.plover),
            event_scale=codebook.event_scale(c.plover, c.mode),
            cameo=cameo,
            goldstein=codebook.goldstein(cameo),
            event_text=trigger.text,
            trigger=trigger,
            sentence_span=Span(start, end, text[start:end]),
            confidence=round(c.confidence, 3),
            negated=c.negated,
            metadata={"rule": c.how, "cameo_name": codebook.cameo_name(cameo)},
        )
        if not c.actors:
            event.metadata["actor_unnamed"] = True
        if len(c.actors) > 1:
            event.metadata["actors"] = [_member(t, text, start) for t in c.actors]
        if len(c.recipients) > 1:
            event.metadata["recipients"] = [_member(t, text, start) for t in c.recipients]
        if published:
            event.date, event.date_precision = published, _precision(published)
            event.metadata["date_source"] = "published"
        key = f"{doc_id}|{sent_index}|{trigger.start}|{trigger.end}|{c.plover}"
        event.id = hashlib.sha1(key.encode("utf-8")).hexdigest()
        return event

    def _rescore(self, events: list[Event]) -> None:
        """Blend the learned classifier's probability for the coded type into the confidence."""
        rows, keep = [], []
        for e in events:
            if e.recipient is None or e.actor.span is None or e.recipient.span is None:
                continue
            s0 = e.sentence_span.start if e.sentence_span else 0
            rows.append((e.text, (e.actor.span.start - s0, e.actor.span.end - s0),
                         (e.recipient.span.start - s0, e.recipient.span.end - s0)))
            keep.append(e)
        if not rows:
            return
        for e, pred in zip(keep, self.classifier.predict(rows), strict=True):
            probs = getattr(pred, "probs", None)
            prob = float(probs.get(e.event, 0.0)) if isinstance(probs, dict) else float(pred.event == e.event)
            e.metadata["classifier"] = {"event": pred.event, "score": float(pred.score)}
            e.confidence = round(0.5 * e.confidence + 0.5 * prob, 3)


def may_receive(source: SpacySpan, target: SpacySpan) -> bool:
    """Can a selected phrase be the recipient of the other's act? Not a thing given, fired or
    paid (`is_thing`), nor the source's own description ("Doctors from two aid groups", "the
    leader of the party": the group is who the doctors are, no one they act on)."""
    head = target.root.head
    return not is_thing(target.root) and not (
        target.root.dep_ == "pobj" and head.lower_ in lx.DESCRIBING_PREPS
        and head.head.i == source.root.i)


def _first_of_each_id(events: list[Event]) -> list[Event]:
    seen: set[str] = set()
    return [e for e in events if not (e.id in seen or seen.add(e.id))]


def reciprocal(phrase: SpacySpan) -> bool:
    """A phrase that names both sides of a symmetric event ("both sides agreed", "X and Y met",
    "the two leaders discussed"): it has no recipient to name."""
    return phrase.root.dep_ == "conj" or any(t.dep_ in ("cc", "conj") or t.lower_ in lx.RECIPROCAL_WORDS
                                             for t in phrase)


def names_recipient(tok: Token, event: Event | None = None) -> bool:
    """Can the head of a selected phrase be the recipient an event left unnamed? An actor, or
    what the event is aimed at ("condemned the decision"), not where it happened, except for
    acts aimed at a place ("troops on alert in the north", "a curfew in parts of Kashmir")."""
    if tok.lemma_.lower() in lx.IMPOSED_MEASURES or is_thing(tok):  # "imposed a curfew",
        return False  # "fired mortars": the means
    if (event is not None and event.event in lx.VENUE_TYPES and tok.dep_ == "pobj"
            and tok.head.lower_ in lx.PLACE_PREPS and tok.ent_type_ in lx.VENUE_ENT_LABELS
            and _on_the_act(tok.head.head)):
        return False  # "signed the accord in Doha": the venue ("an embassy in Tehran" is no venue)
    if in_topic(tok) or speaker_seat(tok) or in_fixed_object(tok):
        return False  # ... "took to the streets of Kathmandu": where, not against whom
    if event is not None and (event.event in lx.PLACE_TARGET_TYPES
                              or (event.event, event.mode) in lx.PLACE_TARGET_MODES):
        return True
    return is_actor(tok) or not (tok.dep_ == "pobj" and tok.head.lower_ in lx.PLACE_PREPS)


def speaker_seat(tok: Token) -> bool:
    """Is a phrase head the seat of whoever reports the sentence ("..., the interior ministry in
    Nicosia said")? The place says where the speaker sits, not whom the reported act is aimed at."""
    body = tok.head.head
    return (tok.dep_ == "pobj" and tok.head.lower_ == "in" and body.dep_ == "nsubj"
            and body.head.lemma_.lower() in lx.REPORTING_VERBS)


def in_topic(tok: Token) -> bool:
    """Is a phrase head inside what is discussed ("discussed a plan to reopen Ukrainian ports":
    the topic, not a partner; "discussed trade with China" keeps the partner)?"""
    return not (tok.dep_ == "pobj" and tok.head.lower_ == "with") and any(
        a.dep_ == "dobj" and lemma_of(a.head) in lx.TOPIC_VERBS for a in (tok, *tok.ancestors))


def _on_the_act(head: Token) -> bool:
    """Does a place phrase hanging on `head` say where an act happened? On the verb, or on an
    agreement or talks it holds, where the parser hangs it ("signed an agreement in Paris"); not
    on other objects ("opened an embassy in Tehran": the embassy's place)."""
    return head.pos_ in ("VERB", "AUX") or (
        head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in lx.AGREEMENTS | lx.TALKS_WORDS)


def selection_anchor(source: Token, target: Token) -> Token | None:
    """The word that joins two phrase heads: their lowest common ancestor, or the head of
    the one that governs the other (None when the parse joins them nowhere)."""
    above = {t.i for t in (source, *source.ancestors)}
    for tok in (target, *target.ancestors):
        if tok.i in above:
            return tok.head if tok.i in (source.i, target.i) else tok
    return None


def _inside_coded_act(source: Token, anchor: Token, triggers: list[tuple[int, int]]) -> bool:
    """Does a phrase head hang, below the word that joins a selected pair, on the trigger of an
    event the sentence already has ("the killing of a journalist by gunmen shocked the country":
    the gunmen are the killing's doers, and "shocked" is what the killing did, no act of theirs)?"""
    for tok in source.ancestors:
        if tok.i == anchor.i:
            return False
        if any(_overlap((tok.idx, tok.idx + len(tok.text)), t) for t in triggers):
            return True
    return False


def _local(span: Span | None, offset: int) -> tuple[int, int]:
    return (span.start - offset, span.end - offset) if span is not None else (0, 0)


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


# -- loading ----------------------------------------------------------------------------------
def load_classifier(path: str | None, *, neural: bool = False) -> Any:
    """The learned classifier, or None (lexicon only) while it is not trained or not installed.

    `neural` asks for the blend with the fine-tuned MiniLM: missing weights or a missing base
    model are then errors, not a quiet fallback. Without it the coder types pairs with the
    linear model alone (BENCHMARKS.md: the blend costs more than the parse).
    """
    try:
        from eventwire.events.classifier import EventClassifier
    except ImportError:
        if neural:
            raise
        return None
    try:
        return EventClassifier.load(path, neural=neural)
    except FileNotFoundError:
        if neural:
            raise
        log.info("no trained event classifier; coding with the lexicon only")
        return None


@dataclass(frozen=True, slots=True)
class Prefilter:
    """What decides, before and during the parse, that a sentence cannot hold an event.

    Every test is one that a sentence coded by `match_trigger` passes, but for the words that
    admit a sentence alone only by their verb's own forms (`lx.IDLE_ADMITTERS`: where no other
    trigger was beside them they gave almost no event): `words` holds each form
    the pipeline's lemmatizer reduces to a lemma that is a trigger on its own; a form in
    `needs` (a verb that is a trigger only with other words, "turned down", "has no plans")
    counts when all the words of one of its alternatives are there too. `stages` splits the
    pipeline so the entity component (the statistical recogniser or the name labeler) runs
    only on sentences where a trigger matched (None: a pipeline of other components, run whole). Word sets, not one big regex: a set lookup per
    word is many times faster than an alternation of a thousand forms.
    """

    words: frozenset[str]
    needs: dict[str, list[tuple[frozenset[str], ...]]]
    stages: tuple[tuple[str, ...], tuple[str, ...]] | None
    # Forms of triggers that are events with no actor named ("were arrested", "a protest was
    # held"): a sentence holding one needs no candidate actor.
    unnamed: frozenset[str] = frozenset()
    # Counted crowds ("thousands", "hundreds") and forms of protest verbs, for a crowd with no
    # name: such a sentence needs no candidate actor either.
    crowds: frozenset[str] = frozenset()
    protests: frozenset[str] = frozenset()

    @classmethod
    def for_pipeline(cls, nlp: Any, extra: frozenset[str] = frozenset()) -> Prefilter:
        """The filter of the lexicon's triggers plus the `extra` lemmas (learned event verbs),
        with the words that admit few sentences with an event (`lx.IDLE_ADMITTERS`) narrowed to
        the forms only their verb has ("freed", "trained": not "free", "trains"). A learned
        verb admits by its verb forms only: `_has_learned_verb` reads verbs ("men" is no "man")."""
        alone, companions = lx.trigger_lemmas()
        idle = lx.IDLE_ADMITTERS & (alone | extra | companions.keys())
        verbal = surface_forms(nlp, idle, ("verb",))
        narrowed = (verbal - surface_forms(nlp, idle, ("noun", "adj"))) | (verbal & lx.IDLE_VERB_FORMS_KEPT)
        alone = alone - idle
        companions = {v: alts for v, alts in companions.items() if v not in idle}
        learned = surface_forms(nlp, extra - idle, ("verb",)) | narrowed
        all_pos = ("verb", "noun", "adj", "adv")  # companions are matched by any token's lemma
        needs: dict[str, list[tuple[frozenset[str], ...]]] = {}
        for verb, alternatives in companions.items():
            tests = [tuple(surface_forms(nlp, ws, all_pos) | ws for ws in alt)
                     for alt in alternatives]
            for form in surface_forms(nlp, {verb}):
                needs.setdefault(form, []).extend(tests)
        # ... an idle word that heads a compound trigger still admits beside its modifier
        # ("a disinformation campaign")
        for (modifier, head), _ in lx.NOUN_COMPOUNDS.items():
            if head in idle:
                test = (surface_forms(nlp, {modifier}, all_pos) | {modifier},)
                for form in surface_forms(nlp, {head}):
                    needs.setdefault(form, []).append(test)
        names = tuple(nlp.pipe_names)
        stages = None
        if names and names[-1] in ENTITY_COMPONENTS and ENTITY_COMPONENTS.isdisjoint(names[:-1]):
            stages = (names[:-1], names[-1:])
        unnamed = surface_forms(nlp, lx.AGENTLESS_VERBS | lx.CAUSED_VERBS | set(lx.NOUN_TRIGGERS)
                                | lx.POLICE_CHARGING_VERBS)
        protests = surface_forms(nlp, lx.PROTESTER_VERBS | {"protest", "riot", "boycott"})
        return cls(surface_forms(nlp, alone) | learned, needs, stages, unnamed, lx.QUANTITY_NOUNS,
                   protests)

    def may_hold_event(self, sentence: str, actors_alone: bool = False) -> bool:
        """A trigger and a candidate actor (a name or an actor noun) in `sentence`; with
        `actors_alone` (a phrase-pair selector places events with no trigger word), the
        candidate actor suffices."""
        if len(sentence) < 12:
            return False
        if actors_alone and (UPPER_AFTER_START_RE.search(sentence)
                             or CANDIDATE_ACTOR_RE.search(sentence)):
            return True
        words = set(WORD_RE.findall(sentence.lower()))
        if self.words.isdisjoint(words) and not any(
                all(not ws.isdisjoint(words) for ws in alternative)
                for form in words & self.needs.keys() for alternative in self.needs[form]):
            return False
        # A crowd counted by number ("Thousands marched ...", "About 2,000 rallied") is an actor
        # of a protest verb, with no name or actor noun in the sentence.
        return bool(UPPER_AFTER_START_RE.search(sentence) or CANDIDATE_ACTOR_RE.search(sentence)
                    or not self.unnamed.isdisjoint(words)
                    or (not self.protests.isdisjoint(words) and (
                        not self.crowds.isdisjoint(words) or COUNT_RE.search(sentence) is not None)))


def iter_candidate_sentences(
    items: list[tuple[str, str, str | None]], prefilter: Prefilter,
    spans_of: list[list[tuple[int, int]]] | None = None, actors_alone: bool = False,
) -> Iterator[tuple[str, int, int, tuple[int, int]]]:
    """(text, start, end, (item index, sentence index)) of sentences that may hold an event.

    `spans_of[i]`, if given, are the sentences of item i, already split; `actors_alone`: see
    `Prefilter.may_hold_event`.
    """
    for i, (text, _, _) in enumerate(items):
        spans = spans_of[i] if spans_of is not None else split_sentences(text)
        for k, (s, e) in enumerate(spans):
            e = coded_end(text, s, e)
            if prefilter.may_hold_event(parse_view(text[s:e], text), actors_alone):
                yield text, s, e, (i, k)


def parse_view(text: str, document: str = "") -> str:
    """`text` as the parser sees it: mojibake punctuation repaired in place, padded with spaces
    in front to its own length so every offset into `text` stays valid.

    Left as it is, "â€œnobody was arrested" parses "â€œnobody" as one word, so the negative
    subject is lost and the arrest is coded; "the policeâ€™s men fired" loses its possessor. The
    repair is the clean stage's (`fix_encoding`); letters ("Ã©") are left alone, since padding
    them would split their word. An apostrophe doubled inside a word is undoubled, a space
    taking one apostrophe's place. A lower-cased sentence gets its known names' capitals back
    (`eventwire.nlp.recase`), also in place, and so do the persons `document` (the article it
    is a sentence of) introduces by a title.
    """
    if "''" in text:
        # the same length, so offsets hold: "n''t" -> " n't", "''s" -> " 's"
        text = DOUBLED_APOSTROPHE_RE.sub(lambda m: f" {m.group(1)}'" if m.group(1) else " '", text)
    if "\u00e2" not in text and "\u00c2" not in text:
        return recase_lowered(text, document)

    def repaired(m: re.Match[str]) -> str:
        run = m.group(0)
        fixed = fix_encoding(run)[0] if run != "\u00c2" else " "
        return fixed.rjust(len(run)) if len(fixed) <= len(run) else run

    # a lower-cased sentence gets the knowledge base's names in capitals (`nlp.recase`)
    return recase_lowered(MOJIBAKE_PUNCT_RE.sub(repaired, text), document)


def is_hazard(tok: Token) -> bool:
    """Does `tok` name a natural hazard, itself or by its modifier ("storm surge", "locust
    swarms", "quake-hit")?"""
    return tok.lemma_.lower() in lx.HAZARD_NOUNS or any(
        c.dep_ in ("compound", "npadvmod") and c.lemma_.lower() in lx.HAZARD_NOUNS for c in tok.children)


def hazard_caused(sdoc: Doc) -> bool:
    """Does the sentence name a natural hazard or an accident as what acts or causes ("a
    landslide buried houses", "killed in the floods", "a gas cylinder exploded") and no weapon
    or armed force at all? A learned attack there is the hazard's harm ("a thunderstorm killed
    four people")."""
    hazard = any(
        t.pos_ in ("NOUN", "PROPN") and (is_hazard(t) or t.lemma_.lower() in lx.ACCIDENT_NOUNS) and (
            t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.lower_ in lx.CAUSE_PREPS))
        for t in sdoc)
    return hazard and not any(
        w in lx.WEAPON_SUBJECTS or w in lx.ARMED_GROUP_NOUNS or w in lx.ATTACKING_CRAFT
        or w in lx.DEPLOYED_FORCES for t in sdoc for w in (t.lower_, t.lemma_.lower()))


def sentence_words(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased lemmas and the lower-cased words of `doc`'s tokens, read once per parse."""
    got = doc.user_data.get(SENTENCE_WORDS)
    if got is None or got[0] != len(doc):
        got = doc.user_data[SENTENCE_WORDS] = (
            len(doc), frozenset(t.lemma_.lower() for t in doc), frozenset(t.lower_ for t in doc))
    return got[1], got[2]


def in_hazard(tok: Token) -> bool:
    """Is the sentence of `tok`, or the one before it in its document, about a natural hazard?
    An emergency declared then is declared over it, and help given then is relief (`refine`)."""
    if not sentence_words(tok.doc)[0].isdisjoint(lx.HAZARD_NOUNS):
        return True
    text, start, spans = tok.doc.user_data.get(BEFORE, ("", 0, None))
    before = [(s, e) for s, e in (spans or split_sentences(text)) if e <= start]
    return bool(before) and any(
        w.lower() in lx.HAZARD_NOUNS or w.lower().rstrip("s") in lx.HAZARD_NOUNS
        for w in WORD_RE.findall(text[before[-1][0]:before[-1][1]]))


def coded_end(text: str, start: int, end: int) -> int:
    """End of the part of text[start:end] that is coded: all of it, or the first
    MAX_SENTENCE_CHARS characters cut at a space (see the module docstring)."""
    if end - start <= MAX_SENTENCE_CHARS:
        return end
    cut = text.rfind(" ", start, start + MAX_SENTENCE_CHARS)
    return cut if cut > start else start + MAX_SENTENCE_CHARS


def _anyone(tok: Token) -> bool:
    return True


_KEY_HASHES: dict[int, bool] = {}  # lemma hash -> lower-cased lemma in KEY_LEMMAS (per process)
# A sentence with at most this share of title-case words (of those over three letters) is no
# headline, so a title-case trigger between two title-case words is inside a name (_in_title_name).
HEADLINE_TITLE_SHARE = 0.5


def _in_title_name(sdoc: Doc, i: int) -> bool:
    """A trigger word inside a title-case name in running text: "NASA's Volatiles Investigating
    Polar Exploration Rover", "the Protecting Workers From Retaliation Act" name a mission and a
    law, no act; a headline in title case ("Police Arrest Three Men") keeps its verbs."""
    tok = sdoc[i]
    if i == 0 or i + 1 >= len(sdoc) or not tok.is_title:
        return False
    if not all(t.is_title and t.is_alpha for t in (sdoc[i - 1], sdoc[i + 1])):
        return False
    words = [t for t in sdoc if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in words) <= HEADLINE_TITLE_SHARE * len(words)


def key_positions(sdoc: Doc) -> list[int]:
    """Indices of the tokens whose lemma a trigger rule keys on (`match_trigger` is None elsewhere).

    Reads the lemma hashes as one array instead of making a Token object per word, which cost
    more than the rules themselves.
    """
    strings = sdoc.vocab.strings
    out = []
    for i, h in enumerate(sdoc.to_array("LEMMA").tolist()):
        hit = _KEY_HASHES.get(h)
        if hit is None:
            hit = _KEY_HASHES[h] = strings[h].lower() in KEY_LEMMAS
        if hit and not _in_title_name(sdoc, i):
            out.append(i)
    # an act done "jointly" keys on its verb, whatever the verb (probe8: joint_act)
    joint = [sdoc[i].head.i for i in out if sdoc[i].lower_ in lx.JOINT_ADVERBS and sdoc[i].dep_ == "advmod"]
    if joint:
        out = sorted(set(out) | set(joint))
    # A reporting verb keys a rule only with a demand in its clause ("said Y must ..."), a crowd
    # verb only with protesters as subject, a gathering only with its protest's purpose: other
    # "said"s and "gathered"s ("protesters gathered outside the embassy") stay open to the
    # learned models, which the rules' key words overrule.
    return [i for i in out if (lemma := lemma_of(sdoc[i])) not in CONDITIONAL_KEYS
            or (match_trigger(sdoc[i], _anyone) is not None if lemma in lx.GATHERING_VERBS else (
                demanded_of(sdoc[i], _anyone) is not None or rioting_subject(sdoc[i])
                or vowed_act(sdoc[i]) is not None or said_no(sdoc[i]) or non_grata(sdoc[i]) is not None
                or blamed(sdoc[i], _anyone) is not None or judged_criticism(sdoc[i]) or judged_praise(sdoc[i])
                or (lemma in PROTESTER_PHRASAL_VERBS and protesting_subject(sdoc[i]))
                or (lemma in MATCHED_KEYS and match_trigger(sdoc[i], _anyone) is not None)))]


# -- finding candidates -----------------------------------------------------------------------
def find_candidates(sdoc: Doc, declined: list[Candidate] | None = None,
                    keys: list[int] | None = None) -> list[Candidate]:
    """All candidates of a sentence: triggers, frames, arguments, then de-duplication; those
    suppressed or negated are also added to `declined` if given. `keys`: `key_positions(sdoc)`
    if the caller has them."""
    cands: dict[int, Candidate] = {}
    for i in key_positions(sdoc) if keys is None else keys:
        cand = match_trigger(sdoc[i])
        if cand is not None:
            _resultative(cand)
            cands[i] = cand
    for cand in list(cands.values()):
        # the call stands for its purpose ("to congratulate him"), the protest for the demand it
        # gathered to make (manual 3.8.2: "gathered outside the court, demanding ...")
        if cand.how == "verb+purpose":
            for c in cand.anchor.children:
                if c.dep_ in ("xcomp", "advcl") and c.i in cands:
                    cands[c.i].suppressed = "purpose"
    for cand in list(cands.values()):
        apply_frames(cand, cands)
    for cand in cands.values():
        if not cand.suppressed or cand.suppressed not in ("not_aid",):
            fill_arguments(cand, cands)
        for inner in cand.embedded:  # vet absorbed events too ("want to help you" is nothing)
            fill_arguments(inner, cands)
            check_aid(inner, clause_words(inner, cands))
            # "willing to withdraw its troops from X": X is the frame's ("both sides agreed to
            # convene the commission" has none: both sides are the symmetric event's two ends)
            if not cand.recipients and not (cand.plover in SYMMETRIC_TYPES and any(
                    t.lower_ in lx.RECIPROCAL_WORDS for a in cand.actors for t in a.subtree)):
                cand.recipients = [r for r in inner.recipients if r not in cand.actors]
    for cand in cands.values():  # "killed in police firing": the firing is the killing's cause
        if "+cause" in cand.how:  # "in police firing" (prep + noun), "when police opened fire"
            near = [*cand.anchor.children, *(c for g in cand.anchor.children for c in g.children)]
            for cause in near:
                other = cands.get(cause.i)
                if other is not None and other.plover == cand.plover and other is not cand:
                    other.suppressed = "cause"
                    if cand.unnamed and other.actors:  # "a bomb emplaced by the rebels killed"
                        cand.actors, cand.unnamed = other.actors, False
                        cand.how = cand.how.replace("+unnamed", "")
    for cand in cands.values():
        if not cand.suppressed:
            refine(cand, cands)
        if cand.how == "frame" and cand.embedded and all(i.suppressed == "not_aid" for i in cand.embedded):
            cand.suppressed = "not_aid"
    for cand in list(cands.values()):
        _protest_of_recipients(cand, cands)
    for cand in cands.values():
        _demand_of_protest(cand, cands)
        _exercise_alone(cand)  # before the pair: "X and Y held exercises" has two actors
        _pair_sides(cand)
    if declined is not None:
        declined.extend(c for c in cands.values() if c.suppressed or c.negated)
    return dedupe([c for c in cands.values() if not c.suppressed or c.negated])


def _pair_sides(cand: Candidate) -> None:
    """"Jordan and the United States held exercises", "X and Y signed a treaty": a symmetric
    event between coordinated actors is coded from the first to the others (PLV's convention,
    and a dyad for the dyad tables, which an event with no recipient never reaches)."""
    # a joint act's recipient is the partner, not its object; so is a joint act's noun's ("carried
    # out a joint operation against Boko Haram": the partner, not Boko Haram)
    joint = "+jointly" in cand.how or (cand.plover == "COOPERATE" and any(
        c.dep_ == "amod" and c.lower_ in lx.JOINT_WORDS for c in cand.anchor.children))
    if cand.suppressed or (cand.recipients and not joint):
        return
    verb = cand.anchor.head if cand.anchor.dep_ == "dobj" else cand.anchor  # "exchanged fire"
    if len(cand.actors) == 1 and (_symmetric(cand) or lemma_of(verb) in lx.MUTUAL_FIGHT_VERBS):
        # "Indian and Chinese troops clashed": the second nationality is the other side (probe8)
        other = _partner_nationalities(cand.actors[0])
        cand.recipients = other[:1] or cand.recipients
        return
    if joint and len(cand.actors) > 1:
        cand.recipients = []
    if len(cand.actors) < 2:
        return
    if _symmetric(cand) or lemma_of(verb) in lx.MUTUAL_FIGHT_VERBS:  # "X and Y clashed" (probe8)
        cand.actors, cand.recipients = cand.actors[:1], cand.actors[1:]


def _partner_nationalities(actor: Token) -> list[Token]:
    """The nationalities coordinated with an actor's own ("Indian and Chinese troops"), and in a
    headline's comma list ("Kyrgyz, Kazakh presidents", whose first the parser hangs on the verb,
    as a `dep`, `advcl` or `advmod`): the other sides of a symmetric event."""
    doc = actor.doc
    partners = []
    for m in actor.children:
        if m.dep_ not in lx.NATIONALITY_MODIFIER_DEPS or m.ent_type_ != "NORP" or m.i > actor.i:
            continue
        partners += [c for c in m.children if c.dep_ == "conj" and c.ent_type_ == "NORP"]
        stray = doc[m.i - 2] if m.i >= 2 and doc[m.i - 1].lower_ == "," else None
        if (not partners and stray is not None and stray.ent_type_ == "NORP"
                and stray.head.i == actor.head.i != actor.i and not list(stray.children)):
            partners.append(stray)
    return partners


def _symmetric(cand: Candidate) -> bool:
    """Is the event one between its coordinated actors (a symmetric type, a treaty signed, "X and
    Y failed to reach agreement": each the other's)?"""
    return (cand.plover in SYMMETRIC_TYPES or (cand.plover == "SUPPORT" and cand.cameo.startswith("057"))
            or cand.how.endswith("+failed"))


def _exercise_alone(cand: Candidate) -> None:
    """"Iran held naval exercises in the Gulf": exercises with no partner (no second actor, no
    "with", no "joint") are one country's show of force, MOBILIZE (PLOVER 3.14.1)."""
    tok = cand.anchor
    if (cand.suppressed or cand.plover != "COOPERATE" or tok.lemma_.lower() not in lx.DRILL_NOUNS
            or len(cand.actors) > 1):
        return
    around = [*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ())]
    if any(c.lower_ in lx.JOINT_WORDS or (c.dep_ == "prep" and c.lower_ == "with") for c in around):
        return
    cand.plover, cand.mode, cand.cameo = "MOBILIZE", "troops", "150"


def _protest_of_recipients(cand: Candidate, cands: dict[int, Candidate]) -> None:
    """Force used on protesters reports their protest too: "police fired tear gas at
    demonstrators" is also a PROTEST by the demonstrators. Not arrests (protesters are arrested
    at home or days later) and not a mere crowd ("lathicharged the crowd"). One protest per
    sentence: the protesters are one crowd."""
    if cand.suppressed or cand.negated or cand.plover not in ("ASSAULT", "COERCE") or not emits(cand):
        return
    # the people acted on: in the trigger's own clause ("clashed with protesters", "in an
    # attempt to disperse a crowd of rioters"), not in clauses beside it ("..., while police
    # arrested protesters")
    stack = [cand.anchor]
    while stack:
        tok = stack.pop()
        stack.extend(c for c in tok.children if c.dep_ not in lx.OTHER_CLAUSE_DEPS)
        if (tok.i in cands or tok in cand.actors or tok.dep_ not in ("dobj", "pobj", "nsubjpass")
                or tok.lemma_.lower() not in lx.PROTEST_PARTICIPANTS):
            continue
        if cand.plover == "COERCE" and not any(t.lemma_.lower() == "disperse"
                                               for t in cand.anchor.subtree):
            return
        mode, cameo = ("riot", "145") if tok.lemma_.lower() == "rioter" else ("demo", "141")
        protest = Candidate("PROTEST", mode, cameo, [], tok, (tok.i, tok.i + 1),
                            actors=[tok], confidence=0.6, how="noun+recipient")
        refine(protest, cands)
        cands[tok.i] = protest
        return


def _headline_verb(tok: Token) -> bool:
    """A headline's present-tense verb the tagger read as a plural noun: "UN chief calls for
    ceasefire" (a sentence's root noun with a subject of its own is its predicate)."""
    return tok.dep_ == "ROOT" and tok.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in tok.children)


def _demand_of_protest(cand: Candidate, cands: dict[int, Candidate]) -> None:
    """A demand that is the purpose of a protest is that protest's (manual 3.8.2: demands made
    by demonstrating are PROTEST): "continued their hunger strike to demand the resignation of
    X" is one PROTEST aimed at X."""
    tok = cand.anchor
    if (cand.suppressed or cand.plover != "REQUEST" or tok.dep_ not in ("advcl", "xcomp")
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        return
    protest = next((c for c in cands.values() if c.plover == "PROTEST" and not c.suppressed
                    and c.trigger[0] <= tok.head.i < c.trigger[1]), None)
    if protest is None:
        return
    protest.recipients = protest.recipients or [r for r in cand.recipients
                                                if r not in protest.actors]
    cand.suppressed = "protest_demand"


def match_trigger(tok: Token, actor: Callable[[Token], bool] | None = None) -> Candidate | None:
    """A candidate if `tok` is a verb, phrasal, idiom or noun trigger.

    `actor` decides what may be an actor (default `is_actor`); `_anyone` makes the test one that
    any true match also passes, usable before the entities are known. Callers pass the tokens of
    `key_positions`: for any other lemma no rule below matches.
    """
    lemma = lemma_of(tok)
    actor = actor or is_actor
    kids = tuple(tok.children)  # read many times below: spaCy makes new Token objects per walk
    if state_restriction(tok):  # "South Korea fined Google" (precision6)
        return _cand(lx.STATE_RESTRICTION, tok, (tok.i, tok.i + 1), "verb")
    if opposed_predicate(tok, actor):  # "Beijing is strongly opposed to the arms sale" (precision6)
        return _cand(lx.VERB_TRIGGERS["oppose"], tok, (tok.i, tok.i + 1), "adjective+opposed")
    if (lemma in lx.DISPLEASED_ADJECTIVES or lemma in lx.PLEASED_ADJECTIVES
            or lemma in lx.CRITICAL_OF_ADJECTIVES) and displeased_with(tok, actor):
        # "the allies were upset with the attorney-general's statement": disapproval of its owner
        # (its arguments: displeased_with again, in the "adjective+displeased" branch)
        return _cand(lx.DISPLEASURE, tok, (tok.i, tok.i + 1), "adjective+displeased")
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or _headline_verb(tok):
        if lemma in lx.ADMITTING_VERBS and any(c.dep_ == "ccomp" for c in kids):
            return None  # "a senior leader conceded that the riots cost votes": an admission (audit11)
        if lemma in lx.NAMING_VERBS and named_criticism(tok):
            return _cand(lx.NAMED_CRITICISM, tok, (tok.i, tok.i + 1), "verb")
        if joint_act(tok, kids):  # "jointly patrolled the creeks" (probe8)
            own = lx.VERB_TRIGGERS.get(lemma)
            entry = (("COOPERATE", None, "062", ("military",)) if own and own[0] == "MOBILIZE"
                     else ("COOPERATE", None, "060", ()))
            return _cand(entry, tok, (tok.i, tok.i + 1), "verb+jointly")
        for child in kids:
            key = (lemma, child.lower_ if child.dep_ in ("prt", "prep") else child.lemma_.lower())
            if key == ("call", "on") and not any(actor(g) for g in child.children) and not (
                    not any(True for _ in child.children) and any(
                        c.dep_ == "dobj" and c.left_edge.i == child.i + 1 and actor(c) for c in kids)):
                # "called X on Wednesday" is not "called on X to ..." (but "calling on the
                # prime minister to resign" may be parsed with the minister the verb's object)
                continue
            if child.dep_ == "prep" and any(g.ent_type_ in lx.TIME_ENT_LABELS and g.dep_ == "pobj"
                                            and lemma_of(g) not in lx.NOUN_TRIGGERS
                                            for g in child.children):
                continue  # "called a strike for Monday": a date, not what is called for
            # the small parser sometimes reads a particle right after its verb as an adverb
            particle = child.dep_ == "advmod" and child.i == tok.i + 1
            if key in lx.INTRANSITIVE_PHRASALS and any(c.dep_ == "dobj" for c in kids):
                continue  # "giving the exam centre in gomtipur"
            if child.dep_ == "prep" and any(c.dep_ == "prt" and c.i < child.i for c in kids):
                # "called up reservists for a month of training": the particle makes the verb
                # ("call up"), the preposition after it only says what for (probe10)
                continue
            if key in lx.PHRASAL_TRIGGERS and (child.dep_ in ("prt", "prep", "dobj") or particle or (
                    child.dep_ in lx.RESULT_DEPS and child.lower_ in lx.RESULT_WORDS)):
                entry = lx.PHRASAL_TRIGGERS[key]
                if entry[0] == "REQUEST" and any(g.dep_ == "pobj" and g.lemma_.lower() in
                                                 lx.PUNITIVE_DEMANDS for g in child.children):
                    entry = lx.PUNITIVE_DEMAND
                phrasal = f"{lemma} {child.lower_}"  # "called off the strike"
                if not (lemma in lx.WITHDRAWING_VERBS and _units_withdrawn(tok)):
                    entry = _phrasal_retype(tok, phrasal) or entry
                if key == lx.RULING_OUT and is_negated(tok) and _force_option(tok):
                    return _cand(lx.FORCE_NOT_RULED_OUT, tok, (tok.i, max(tok.i, child.i) + 1), "litotes")
                return _cand(entry, tok, (tok.i, max(tok.i, child.i) + 1), "phrasal")
        for child in kids:  # "picked up three youths", "chased away the mob": of people only
            if (child.dep_ in ("prt", "advmod") and (lemma, child.lower_) in lx.PERSON_PHRASALS
                    and any(o.dep_ in ("dobj", "nsubjpass") and actor(o) for o in kids)):
                return _cand(lx.PERSON_PHRASALS[(lemma, child.lower_)], tok,
                             (tok.i, max(tok.i, child.i) + 1), "phrasal")
        for child in kids:  # "took in 40 migrants": shelter, of displaced people only (probe10)
            if (child.dep_ in ("prt", "advmod", "prep") and child.i == tok.i + 1
                    and (lemma, child.lower_) in lx.SHELTERING_PHRASALS
                    and any(o.dep_ in ("dobj", "nsubjpass") and any(
                        lemma_of(w) in lx.DISPLACED_PEOPLE for w in o.subtree) for o in kids)):
                return _cand(lx.SHELTER_ENTRY, tok, (tok.i, max(tok.i, child.i) + 1), "phrasal")
        for child in kids:  # "continue to stand by the government", "sided with X": of actors only
            if child.dep_ == "prep" and (lemma, child.lower_) in lx.ALLEGIANCE_PHRASALS:
                backed = [g for g in child.children if g.dep_ == "pobj" and actor(g)]
                if backed:
                    cand = _cand(lx.ALLEGIANCE_PHRASALS[(lemma, child.lower_)], tok,
                                 (tok.i, child.i + 1), "phrasal")
                    cand.recipients = actor_tokens(backed)
                    return cand
        idiom = criticism_idiom(tok, kids, lemma, actor)
        if idiom is not None:  # "came down heavily on the centre", "took X to task" (criticism2)
            return idiom
        # "police pushed back the protesters": crowds only, or migrants turned back at a border
        # ("border guards pushed back dozens of migrants": kept out, as a crowd is held back)
        for child in kids:
            if (child.dep_ in ("prt", "advmod") and (lemma, child.lower_) in lx.CROWD_PHRASALS
                    and any(o.dep_ in ("dobj", "nsubjpass")
                            and counted(o).lemma_.lower() in lx.PROTESTER_NOUNS | lx.DISPLACED_PEOPLE
                            for o in kids)):
                return _cand(lx.CROWD_PHRASALS[(lemma, child.lower_)], tok,
                             (tok.i, max(tok.i, child.i) + 1), "phrasal")
        for child in kids:  # "the bsf was called in": forces only
            if ((lemma, child.lower_) in lx.FORCE_PHRASALS and child.dep_ in ("prt", "prep", "advmod")
                    and any(_names_force(o) for o in [
                        *_passive_subjects(tok), *(c for c in kids if c.dep_ == "dobj"),
                        # "called in the army", parsed as a preposition and its object
                        *(g for g in child.children if g.dep_ == "pobj" and child.lower_ == "in")])):
                return _cand(lx.FORCE_PHRASALS[(lemma, child.lower_)], tok,
                             (tok.i, max(tok.i, child.i) + 1), "phrasal")
        for child in kids:  # "the workers walked out": a strike, by protesters only
            if (child.dep_ in ("prt", "prep") and (lemma, child.lower_) in lx.PROTESTER_PHRASALS
                    and (protesting_subject(tok) or ((lemma, child.lower_) == ("walk", "out")
                                                     and protesting_subject(tok, lx.WALKOUT_NOUNS)))):
                return _cand(lx.PROTESTER_PHRASALS[(lemma, child.lower_)], tok,
                             (tok.i, child.i + 1), "phrasal")
            # said of anyone else, such a phrasal keys only with its object ("the rebels walked
            # out of the talks" halts them)
            entry = (_phrasal_retype(tok, f"{lemma} {child.lower_}")
                     if child.dep_ in ("prt", "prep") and (lemma, child.lower_) in lx.PROTESTER_PHRASALS
                     else None)
            if entry is not None:
                return _cand(entry, tok, (tok.i, child.i + 1), "phrasal")
        if any(c.dep_ in ("prt", "prep") and (lemma, c.lower_) in lx.NON_EVENT_PHRASALS
               for c in kids):
            return None  # "struck off the debentures", "stormed out of the meeting"
        if _spoken_phrasal(tok, lemma):
            return None  # "shot back, saying ...", "shot down the proposal"
        if lemma in lx.DEATH_WORDS:  # "died in police firing": see `_death`
            return _cand(lx.DEATH_WORDS[lemma], tok, (tok.i, tok.i + 1), "death")
        lives = [o for o in kids if o.dep_ == "dobj" and o.lower_ in lx.LIFE_VERBS.get(lemma, ())]
        if lives:  # "police firing claimed two lives": a death, see `_death`
            return _cand(lx.DEATH_WORDS["death"], tok, (tok.i, lives[0].i + 1), "death")
        prefix = _hyphen_prefix(tok)
        if prefix is not None and (prefix.lower_, lemma) in lx.HYPHEN_VERBS:  # "lathi-charged"
            return _cand(lx.HYPHEN_VERBS[(prefix.lower_, lemma)], tok, (prefix.i, tok.i + 1), "verb")
        for child in kids:  # "called for the UN to act": "for" marks the clause
            marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ == "for"]
            if child.dep_ == "advcl" and marks and (lemma, "for") in lx.PHRASAL_TRIGGERS:
                return _cand(lx.PHRASAL_TRIGGERS[(lemma, "for")], tok, (tok.i, tok.i + 1),
                             "phrasal")
        # "took to the streets", "taken into custody"; the parser may hang the phrase on the
        # object ("hacked a farmer to death", "took him into custody")
        for child in [*kids, *(g for c in kids if c.dep_ == "dobj" for g in c.children)]:
            if child.dep_ == "prep":
                for obj in child.children:
                    key3 = _fixed_phrase_key(lemma, child, obj)
                    if obj.dep_ == "pobj" and key3 in lx.VERB_PREP_OBJECT:
                        if lemma in lx.EXPULSION_VERBS and not any(
                                c.dep_ in ("dobj", "nsubjpass") for c in kids):
                            continue  # "drove from his home to work": no one driven out
                        if lemma in lx.WITHDRAWING_VERBS and _units_withdrawn(tok):
                            continue  # "withdrew its contingent from the force": troops leave
                        return _cand(lx.VERB_PREP_OBJECT[key3], tok, (tok.i, obj.i + 1), "verb")
        for child in kids:  # "kept on alert", parsed as a particle and its predicate
            if child.dep_ == "prt":
                for obj in kids:
                    key3 = (lemma, child.lower_, obj.lemma_.lower())
                    # "was put on standby": the parser may make the predicate an adverb
                    if obj.dep_ in ("oprd", "dobj", "advmod") and obj.i > child.i and key3 in lx.VERB_PREP_OBJECT:
                        return _cand(lx.VERB_PREP_OBJECT[key3], tok, (tok.i, obj.i + 1), "verb")
        if lemma in lx.REJECTION_IDIOMS:
            for child in kids:
                if (child.dep_ == "dobj" and child.lemma_.lower() in lx.REJECTION_IDIOMS[lemma]
                        and any(d.lower_ == "no" for d in child.children)):
                    return _cand(("REJECT", None, "120", ()), tok, (tok.i, child.i + 1), "idiom")
        if lemma == "protest" and _official_protest(tok):
            return _cand(lx.OFFICIAL_PROTEST_ENTRY, tok, (tok.i, tok.i + 1), "verb")
        if (lemma in lx.PRESSING_VERBS or lemma in lx.TELLING_TO_ACT_VERBS) and _pressed_to_act(tok, actor):
            # "pressed Beijing to release the crew", "told Beijing to pull its ships out":
            # pressing or telling someone to act asks it of them (CAMEO 10); the act itself is
            # only asked for (apply_frames)
            return _cand(("REQUEST", None, "100", ()), tok, (tok.i, tok.i + 1), "verb")
        if said_no(tok):  # "said no to the peace plan"
            return _cand(("REJECT", None, "120", ()), tok, (tok.i, tok.i + 2), "idiom")
        act = vowed_act(tok)
        if act is not None:  # "vowed to retaliate", "swore to fight on"
            return _cand(("THREATEN", "violence", "138", ()), tok, (tok.i, act.i + 1), "verb")
        if conditional_force_move(tok):  # "said its troops would enter Iraq if ..." (threat2)
            return _cand(lx.FORCE_ENTRY, tok, (tok.i, tok.i + 1), "verb+conditional")
        act = warned_own_act(tok)
        if act is not None:  # "Erdogan warned he would launch a new ground operation"
            cand = _cand(lx.OWN_ACT_WARNING, tok, (tok.i, tok.i + 1), "verb+own")
            cand.recipients = actor_tokens(c for c in tok.children if c.dep_ == "dobj" and actor(c)) or [
                o for o in actor_tokens(c for c in act.children if c.dep_ == "dobj" and actor(c))
                or actor_tokens(o for h in [act, *(c for c in act.children if c.dep_ == "dobj")]
                                for o in prep_objects(h, lx.THREATENED_PREPS) if actor(o))]
            return cand
        if forces_left(tok, actor):  # "the last U.S. troops left Afghanistan on Monday"
            return _cand(lx.VERB_TRIGGERS["withdraw"], tok, (tok.i, tok.i + 1), "verb")
        if forces_arrived(tok) is not None:  # "two army columns arrived in the city" (audit9)
            return _cand(lx.VERB_TRIGGERS["deploy"], tok, (tok.i, tok.i + 1), "verb+arrive")
        declared = non_grata(tok)
        if declared is not None:  # "Chad declared the German ambassador persona non grata"
            cand = _cand(lx.VERB_TRIGGERS["expel"], tok, (tok.i, tok.i + 1), "verb")
            cand.recipients = [declared]
            return cand
        if lemma in lx.DEMAND_SPEECH_VERBS and (accused := blamed(tok, actor)) is not None:
            cand = _cand(lx.BLAME_ENTRY, tok, (tok.i, tok.i + 1), "verb+blame")
            cand.recipients = [accused]  # "said Hezbollah was responsible for the bombing"
            return cand
        if lemma in lx.JUDGING_VERBS and judged_criticism(tok):
            cand = _cand(lx.NAMED_CRITICISM, tok, (tok.i, tok.i + 1), "verb+judged")
            cand.recipients = judged_party(tok)
            return cand
        if lemma in lx.JUDGING_VERBS and judged_praise(tok):
            # "said the closure was a welcome decision": praise of whoever acted
            cand = _cand(lx.JUDGED_PRAISE, tok, (tok.i, tok.i + 1), "verb+judged")
            cand.recipients = judged_party(tok, _praising)
            return cand
        if lemma in lx.DEMAND_SPEECH_VERBS:
            addressee = demanded_of(tok, actor)
            if addressee is not None:  # "said that Beijing must drop its barriers"
                cand = _cand(("REQUEST", None, "100", ()), tok, (tok.i, tok.i + 1), "verb+must")
                cand.recipients = [addressee]
                return cand
        wished = wanted_of(tok, actor)
        if wished is not None:  # "wants the governor to resign" (audit9)
            cand = _cand(("REQUEST", None, "100", ()), tok, (tok.i, tok.i + 1), "verb+want")
            cand.recipients = [wished]
            return cand
        if lemma in lx.FAIL_VERBS and failure_reported(tok, actor) is not None:
            # "the delegation said the government had failed to contain the violence": the
            # speaker's criticism of whoever failed (audit10; its arguments in fill_arguments)
            return _cand(lx.FAILURE_CRITICISM, tok, (tok.i, tok.i + 1), "verb+failure")
        if lemma in lx.REPORTED_WRONGDOING and wrongdoing_reported(tok, actor) is not None:
            # "the spokesman said the bjp was playing politics": the speaker's criticism of
            # whoever did the wrong (criticism3; its arguments in fill_arguments)
            return _cand(lx.WRONGDOING_CRITICISM, tok, (tok.i, tok.i + 1), "verb+wrongdoing")
        if lemma in ("deal", "take") and (target := stern_treatment(tok)) is not None:
            # "those found rioting will be dealt with sternly": a threat to whom it names
            cand = _cand(lx.STERN_TREATMENT, tok, (tok.i, tok.i + 1), "verb+stern")
            cand.recipients = actor_tokens([target]) if actor(target) else []
            return cand
        if lemma in lx.INVOKED_THREAT_VERBS and (condition := invoked_on_condition(tok)) is not None:
            # "will invoke Article 4 if the drills cross the border": a threat (threat5)
            cand = _cand(lx.STERN_TREATMENT, tok, (tok.i, tok.i + 1), "verb+invoked")
            cand.recipients = actor_tokens([s for s in condition.children if s.dep_ == "nsubj" and actor(s)])
            return cand
        if lemma in lx.CONDITIONAL_THREAT_ACTS and (condition := threatened_on_condition(tok)) is not None:
            # "will respond militarily if Azerbaijani troops cross": a threat (leftovers2)
            cand = _cand(lx.CONDITIONAL_THREAT_ACTS[lemma][1], tok, (tok.i, tok.i + 1), "verb+conditional")
            cand.recipients = actor_tokens([s for s in condition.children if s.dep_ == "nsubj" and actor(s)])
            return cand
        if lemma == "take" and (condition := retaliation_threatened(tok)) is not None:
            # "would be forced to take retaliatory steps if Finland joined": a threat (threat3)
            cand = _cand(lx.STERN_TREATMENT, tok, (tok.i, tok.i + 1), "verb+retaliation")
            cand.recipients = actor_tokens([s for s in condition.children if s.dep_ == "nsubj" and actor(s)])
            return cand
        if lemma in lx.PUBLISHING_VERBS and (report := critical_report(tok)) is not None:
            # "released a highly critical report on the ministry": criticism by its author
            cand = _cand(lx.NAMED_CRITICISM, tok, (tok.i, report.i + 1), "verb+report")
            objects = prep_objects(report, lx.REPORT_TOPIC_PREPS)
            cand.recipients = actor_tokens([*(o for o in objects if actor(o)),
                                            *(w for o in objects for w in _owner_words(o))])
            return cand
        if lemma in lx.CRITICISM_DRAWING_VERBS and drew_criticism(tok) is not None:
            # "the plan drew sharp criticism from rights groups": the subject is criticised
            return _cand(("ACCUSE", "disapprove", "111", ()), tok, (tok.i, tok.i + 1), "verb+drew")
        if lemma == "come" and (attack := under_attack(tok)) is not None:  # "came under fire"
            # "came under fire from X over its record": criticism, said with its reason
            verbal = attack.lemma_.lower() in lx.CRITICISM_NOUNS or any(
                (c.dep_ == "prep" and c.lower_ == "over") or _for_reason(c)
                for c in [*kids, *attack.children])
            entry = (("ACCUSE", "disapprove", "111", ()) if verbal
                     else ("ASSAULT", None, "190", ("military",)))
            return _cand(entry, tok, (tok.i, attack.i + 1), "verb+under")
        if lemma == "call" and any(c.dep_ == "dobj" and actor(c) for c in kids):
            # "called Erdogan to congratulate him": the call's purpose is the event
            purpose = next((lx.VERB_TRIGGERS[c.lemma_.lower()] for c in kids
                            if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in lx.VERB_TRIGGERS
                            and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
            if purpose is not None and purpose[0] not in ("CONSULT", "REQUEST"):
                return _cand(purpose, tok, (tok.i, tok.i + 1), "verb+purpose")
            return _cand(("CONSULT", "phone", "041", ()), tok, (tok.i, tok.i + 1), "verb")
        if lemma in lx.OPINION_AGREE_VERBS and _shared_opinion(tok, actor):
            cand = _cand(lx.VERB_TRIGGERS[lemma], tok, (tok.i, tok.i + 1), "verb")
            cand.suppressed = "opinion"  # declined: the learned models may not code it either
            return cand
        # disapproval voiced over a deal is no support of it: "voiced anger over the pact"
        if lemma in lx.OBJECT_RETYPE_VERBS and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in lx.DISAPPROVAL_WORDS for c in kids) and any(
                g.lemma_.lower() in lx.SUPPORT_OBJECTS
                for c in kids if c.dep_ in ("dobj", "prep")
                for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])):
            return _cand(("SUPPORT", None, "051", ("diplomatic",)), tok, (tok.i, tok.i + 1), "verb")
        objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")] or _participle_misread_subject(tok)
        if not objs and tok.dep_ == "conj" and tok.tag_ == "VBN":
            # "was surrounded and heckled by strikers": the conjoined passive shares its subject
            objs = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
        if lemma == "meet" and any(not actor(o) and o.lemma_.lower() != "demand"
                                   and not _done_by_actor(o, actor) for o in objs):
            return None  # "targets were met", "met the deadline" ("met the demands" yields)
        if lemma in lx.MISSILE_VERBS and crowd_missiles(tok):  # "fans hurled bottles at police"
            return _cand(("PROTEST", "riot", "145", ()), tok, (tok.i, tok.i + 1), "verb+protesters")
        if lemma in lx.REQUIRED_OBJECTS and not any(
                lemma_of(o) in lx.REQUIRED_OBJECTS[lemma]
                or (lx.ANY_ACTOR in lx.REQUIRED_OBJECTS[lemma] and actor(o))
                or (lx.PERSONS_HELD <= lx.REQUIRED_OBJECTS[lemma]  # "the kidnapped engineers"
                    and any(m.dep_ == "amod" and m.lower_ in lx.HELD_MARKS for m in o.children))
                for o in map(counted, objs)):
            return None  # "signed an executive order", "released a report", "recalled that"
        if (lemma in lx.IDIOM_ENDINGS and tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "to"
                and tok.doc[tok.i - 2].lemma_.lower() == lx.IDIOM_ENDINGS[lemma]):
            return None  # "bring to book the culprits"
        # the thing booked: object, passive subject, or the noun a relative clause is about
        things = objs + ([tok.head] if tok.dep_ == "relcl" else [])
        if lemma in lx.EXCLUDED_OBJECTS and (
                (not things and lemma not in lx.OBJECTLESS_EVENTS) or excluded_object(tok)):
            return None  # "booked tickets", "coaches which were booked", "struck a note"
        if lemma in lx.SHOWING_VERBS and any(c.dep_ in lx.SHOWN_DEPS for c in kids):
            return None  # "demonstrated its new car at the show", "demonstrated how ...": shown (audit14)
        protesters = lemma in lx.PROTESTER_VERBS and protesting_subject(tok)
        rally = lemma in lx.PURPOSE_RALLY_VERBS and _protest_purpose(tok)  # "rallied ..., demanding"
        if lemma in lx.REQUIRED_PREPS and not protesters and not rally and not any(
                (c.dep_ == "prep" and c.lower_ in lx.REQUIRED_PREPS[lemma])
                or c.dep_ in lx.REQUIRED_PREPS[lemma] for c in kids) and not accused_of_doing(tok):
            return None  # "asked him if ...", "rallied to beat" (sport)
        if lemma == "strike" and protesting_subject(tok):  # "the nurses struck for a week": no attack
            return _cand(lx.NOUN_TRIGGERS["labour_strike"][0], tok, (tok.i, tok.i + 1), "verb")
        if protesters and lemma not in lx.VERB_TRIGGERS:  # "students chanted outside parliament"
            return _cand(("PROTEST", "demo", "141", ()), tok, (tok.i, tok.i + 1), "verb")
        if lemma in lx.GATHERING_VERBS and _protest_purpose(tok):  # "gathered ..., demanding X"
            return _cand(("PROTEST", "demo", "141", ()), tok, (tok.i, tok.i + 1), "verb+purpose")
        if lemma in lx.PROTEST_ACTION_VERBS and lemma not in lx.VERB_TRIGGERS and rioting_subject(tok):
            riot = lemma in lx.RIOT_ACTION_VERBS or crowd_missiles(tok)  # "rioters stormed the building"
            entry = ("PROTEST", "riot", "145", ()) if riot else ("PROTEST", "demo", "141", ())
            return _cand(entry, tok, (tok.i, tok.i + 1), "verb+protesters")
        if lemma == "fire" and (any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in lx.MUNITIONS
                                    for c in kids)
                                or (tok.dep_ == "acl" and tok.head.lemma_.lower() not in lx.MUNITIONS
                                    and not _force_firing_on(tok))):
            return None  # "fired the minister" is a dismissal, "fired rockets" an attack
        if lemma == "hold" and _persons_held(tok):  # "police held 50 persons": detained
            return _cand(("COERCE", "arrest", "173", ("legal",)), tok, (tok.i, tok.i + 1), "verb")
        if lemma == "hold" and (held := held_responsible(tok, actor)) is not None:
            # "held the chief minister responsible for the violence": blame (criticism3)
            cand = _cand(lx.BLAME_ENTRY, tok, (tok.i, tok.i + 1), "verb+held_responsible")
            cand.recipients = actor_tokens([held])
            return cand
        if lemma in lx.DEPLOYED_VERBS and _force_moved_to(tok):  # "police rushed to the spot"
            return _cand(("MOBILIZE", "troops", "154", ()), tok, (tok.i, tok.i + 1), "verb+moved")
        if (lemma in lx.DEPLOYED_VERBS and lemma not in lx.VERB_TRIGGERS
                and any(_names_force(c) for c in _passive_subjects(tok))):
            return _cand(("MOBILIZE", "troops", "154", ()), tok, (tok.i, tok.i + 1), "verb")
        if lemma in lx.WATCH_KEEPING_VERBS:  # "the police kept a strict vigil": a force on alert
            watch = next((c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in lx.WATCH_NOUNS),
                         None)
            keepers = [c for c in kids if c.dep_ == "nsubj"]
            if watch is not None and keepers and all(_names_force(c) for c in keepers):
                police = any(c.lemma_.lower() in lx.POLICE_NOUNS or c.lower_ in lx.POLICE_NOUNS
                             for k in keepers for c in (k, *k.children))
                entry = ("MOBILIZE", "police", "151", ()) if police else (
                    "MOBILIZE", "troops", "152", ("military",))
                return _cand(entry, tok, (tok.i, watch.i + 1), "verb")
            if _agentless_watch(tok):  # "a close watch is being kept at the stations" (india4)
                return _cand(("MOBILIZE", "police", "151", ()), tok, (tok.i, tok.i + 1), "verb")
        if lemma in lx.CONDITIONAL_FORCE_VERBS and conditional_force_passive(tok):  # (threat5)
            return _cand(lx.VERB_TRIGGERS.get(lemma, ("ASSAULT", None, "190", ("military",))),
                         tok, (tok.i, tok.i + 1), "verb")
        if lemma in lx.ARMED_VERBS and any(  # "jets hit positions", "was hit by a missile"
                t.lemma_.lower() in lx.ARMED_SUBJECTS
                for c in kids if c.dep_ in ("nsubj", "agent")
                for h in ([c] if c.dep_ == "nsubj" else [g for g in c.children if g.dep_ == "pobj"])
                for t in [h, *(m for m in h.children if m.dep_ == "compound")]):
            return _cand(("ASSAULT", None, "190", ("military",)), tok, (tok.i, tok.i + 1), "verb")
        if lemma == "attack" and (any(  # "openly attacked the allies", "attacked X for failing"
                (c.dep_ == "advmod" and c.lower_ in lx.VERBAL_ATTACK_ADVERBS) or _for_reason(c)
                for c in kids) or _spoken_attack(tok)):
            return _cand(("ACCUSE", "disapprove", "111", ()), tok, (tok.i, tok.i + 1), "verb")
        # a weapon a reduced participle is said of is its object: "a landmine planted by
        # militants" (for attacks only: "a state of emergency declared after the floods" is not)
        weapons = [tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBN" else []
        # ... and so are the means it is done with: "the mob was dispersed with tear gas"
        weapons += [g for c in kids if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj"]
        if lemma in lx.KEEP_FROM_VERBS and any(actor(o) or may_act(o) for o in objs) and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(
                    g.dep_ == "pcomp" and g.lemma_.lower() in lx.MOVEMENT_GERUNDS for g in c.children)
                for c in kids):  # "prevented the activists from entering the town"
            return _cand(("COERCE", "restrict", "172", ()), tok, (tok.i, tok.i + 1), "verb")
        # "ordered seven UN officials to leave the country", "instructed the mission to leave": staff or
        # a body sent out is expelled (CAMEO 166); residents ordered to leave a coast are
        # evacuated, so only EXPELLED_PRESENCE words count.
        if lemma in lx.EXPULSION_ORDER_VERBS and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in lx.LEAVING_VERBS
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lx.EXPELLED_PRESENCE for c in kids):
            return _cand(("SANCTION", "expel", "166", ("diplomatic",)), tok, (tok.i, tok.i + 1), "verb")
        if lemma in lx.DEADLINE_GIVING_VERBS and _given_time_to_leave(kids):
            # "gave the French ambassador 72 hours to leave": expelled as if ordered out (probe7)
            return _cand(("SANCTION", "expel", "166", ("diplomatic",)), tok, (tok.i, tok.i + 1), "verb")
        # the subject of an object-control infinitive is the object acted on: "allowed the
        # inspectors to return", "ordered the monitors to leave"
        controlled = [g for c in kids if c.dep_ in ("ccomp", "xcomp")
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                      for g in c.children if g.dep_ == "nsubj"]
        stopped = _cessation_nominal(tok, kids) if lemma in lx.CESSATION_ORDERING_VERBS else None
        if stopped is not None:  # "announced a suspension of aid to Uganda": aid suspended
            return stopped
        if lemma in lx.SURRENDERING_VERBS and _extradited(tok, objs):
            # "handed over a suspected money launderer to the United States" (probe8)
            return _cand(("COOPERATE", None, "063", ("legal",)), tok, (tok.i, tok.i + 1), "verb")
        untriggered = _untriggered_aid(tok, objs)
        if untriggered is not None:  # "deposited $2 billion in Egypt's central bank" (aid2)
            return untriggered
        carried = _carried_aid(tok, objs)
        if carried is not None:  # "a plane carrying tents landed in Tonga" (probe9)
            return carried
        if lemma in lx.INVITING_VERBS and invited_visit(tok):  # (probe9)
            return _cand(lx.INVITATION_ENTRY, tok, (tok.i, tok.i + 1), "verb")
        if lemma in lx.STATIONING_VERBS and _stationed_forces(objs):  # (threat3)
            return _cand(lx.STATIONING_ENTRY, tok, (tok.i, tok.i + 1), "verb")
        if lemma in lx.SCRAMBLING_VERBS and _scrambled_craft(tok, kids):  # (threat3)
            return _cand(lx.SCRAMBLING_ENTRY, tok, (tok.i, tok.i + 1), "verb")
        retypes = _retypes_of(lemma)
        if retypes and tok.dep_ == "acl" and tok.tag_ == "VBN":
            objs = objs + [tok.head]  # "tariffs imposed by China": the noun is what is imposed
        # the first object's own head word decides before later objects and before the words
        # of its modifiers: "blocked a highway, the latest demonstration of a wave" blocks a road
        for deep in (False, True) if retypes else ():  # no retype: no object's words to read
            for o in objs + weapons + controlled:
                said = {lemma_of(w) for w in (o.subtree if deep else (o,))}
                if any(m.dep_ == "amod" and m.lower_ in lx.HELD_MARKS for m in o.children):
                    said.add(lx.ANY_ACTOR)  # "handed back the captured pilot": a person held
                for words, entry in retypes:
                    if said & words and o in (objs + weapons if entry[0] == "ASSAULT"
                                              else objs + controlled):
                        if (entry[0] == "ACCUSE" and o.lower_ in lx.HELD_GROUND_PLURALS
                                and not any(c.dep_ == "poss" for c in o.children)):
                            continue  # "attacked Djiboutian positions": ground held (probe9)
                        return _cand(entry, tok, (tok.i, tok.i + 1), "verb")
        if lemma in lx.REFUSABLE_ACTS and is_negated(tok):  # "will not accept": apply_frames
            return _cand(lx.REFUSABLE_ENTRY, tok, (tok.i, tok.i + 1), "verb")
        if lemma in lx.REFUSAL_VERBS and any(
                c.dep_ == "xcomp" and c.lemma_.lower() not in lx.SPEECH_VERBS for c in kids):
            return _cand(lx.VERB_TRIGGERS[lemma], tok, (tok.i, tok.i + 1), "verb")
        # ... unless the verb names its munitions ("violated the ceasefire by shelling with
        # mortars": the weapon says which sense, as an object would)
        # (a passive with its doer named has its object as subject: "were freed by police",
        # "a ban on Ugandan sugar was lifted by Kenya")
        if lemma in lx.OBJECT_VERBS and not any(c.dep_ == "dobj" for c in kids) and not any(
                g.lemma_.lower() in lx.MUNITIONS for g in prep_objects(tok, {"with"})) and not (
                any(c.dep_ == "nsubjpass" for c in kids)
                and any(c.dep_ == "agent" and any(actor(g) for g in c.children) for c in kids)):
            return None  # "seeking to preserve" is an aim, "seek aid" a request
        if lemma in lx.VERB_TRIGGERS and tok.pos_ != "AUX":
            return _cand(lx.VERB_TRIGGERS[lemma], tok, (tok.i, tok.i + 1), "verb")
        return None
    if tok.pos_ in ("NOUN", "PROPN"):
        noun = lemma
        start = tok.i
        for child in kids:
            if (child.dep_ in ("compound", "amod")
                    and (child.lemma_.lower(), lemma) in lx.NOUN_COMPOUNDS):
                noun, start = lx.NOUN_COMPOUNDS[(child.lemma_.lower(), lemma)], min(start, child.i)
        # ("nmod": a possessive with a curly apostrophe, "a truckers’ strike", audit14)
        if noun == "strike" and any(c.lemma_.lower() in lx.PROTESTER_NOUNS for c in [
                *(c for c in kids if c.dep_ in ("compound", "poss", "amod", "nmod")),
                *prep_objects(tok, {"by"})]):
            noun = "labour_strike"  # "a workers' strike", "the teachers strike", "a strike by nurses"
        if (noun in ("strike", "labour_strike", "hunger_strike") and tok.head.lower_ == "on"
                and tok.head.head.lemma_.lower() in ("go", "be")):
            verb = tok.head.head  # "workers went on strike": a PROTEST read from the verb
            entry = (lx.NOUN_TRIGGERS[noun][0] if noun == "hunger_strike"  # on hunger strike: 142
                     else ("PROTEST", "strike", "143", ()))
            return _cand(entry, verb, (verb.i, tok.i + 1), "verb")
        # "workers joined a strike", "teachers took part in the strike": the light or
        # participation verb's subject protests
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
        if noun == "strike" and verb is not None and verb.pos_ == "VERB" and protesting_subject(verb):
            noun = "labour_strike"
        if (noun == "protest" and tok.dep_ == "dobj"
                and lemma_of(tok.head) in lx.OFFICIAL_PROTEST_VERBS):
            return None  # "lodged a protest with X": the verb's official complaint (ACCUSE 114)
        if noun in lx.PARTNERED_NOUNS and not (prep_objects(tok, {"with"}) or prep_objects(tok.head, {"with"})):
            return None  # "after legal consultation Washington concluded": no talks with anyone
        if noun in lx.DEATH_WORDS:  # "deaths due to police firing": see `_death`
            return _cand(lx.DEATH_WORDS[noun], tok, (start, tok.i + 1), "death")
        if noun == "warning" and any(c.lemma_.lower() in lx.NOT_THREAT_WARNINGS | lx.HAZARD_NOUNS
                                     for c in kids if c.dep_ in ("compound", "amod")):
            return None  # "a flood warning", "a travel warning"
        if noun in lx.VERBAL_ATTACK_NOUNS and _verbal_attack_noun(tok):
            return _cand(("ACCUSE", "disapprove", "111", ()), tok, (tok.i, tok.i + 1), "noun")
        if noun in lx.NOUN_REQUIRED_PREPS and not any(
                c.dep_ == "prep" and c.lower_ in lx.NOUN_REQUIRED_PREPS[noun] for c in kids):
            return None  # "a call for talks" asks; "a phone call", "a close call" do not
        if lemma in lx.AGREEMENTS and _in_force(tok) and prep_objects(tok, {"between"}):
            # "the ceasefire agreement between X and Y took effect": the sides' AGREE
            return _cand(("AGREE", None, "030", ()), tok, (start, tok.i + 1), "noun")
        if (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                and _acted_on_of(tok.head.head)):
            return None  # "the ambush of a patrol": the one ambushed, not a patrol of its own
        if noun in lx.NOMINAL_OF_OBJECT_NOUNS and not _nominal_object(tok, noun, actor):
            return None  # "a press release", "the lifting of weights" (nominal3)
        if ((noun in lx.NOMINAL_ACTS_MORE or noun in lx.GIVEN_AID_NOUNS) and tok.dep_ == "pobj"
                and tok.head.lower_ in lx.TALK_TOPIC_PREPS
                and lx.NOUN_TRIGGERS.get(lemma_of(tok.head.head), (("",),))[0][0] == "CONSULT"):
            return None  # "talks on a troop withdrawal": the talks' topic, not done (nominal3)
        if noun in lx.GIVEN_AID_NOUNS and not (tok.dep_ in ("nsubj", "nsubjpass") and any(
                actor(o) for o in prep_objects(tok, lx.GIVEN_AID_PREPS))):
            return None  # "the suspension of aid to Niger", "aid workers" (nominal3)
        if noun in lx.NOUN_TRIGGERS:
            entry, weak = lx.NOUN_TRIGGERS[noun]
            cand = _cand(entry, tok, (start, tok.i + 1), "noun_weak" if weak else "noun")
            cand.confidence = 0.7
            if weak and asked_noun(tok):
                cand.suppressed = "requested"  # "demanded a police probe": asked for, not begun
            return cand
    return None


def _nominal_object(noun: Token, lemma: str, actor: Callable[[Token], bool]) -> bool:
    """Does the noun of an object-needing verb (lx.NOMINAL_OF_OBJECT_NOUNS) have the object its
    verb would need as its "of" ("the release of two French nationals", "the signing of a defence
    pact"), by the verb's own REQUIRED_OBJECTS words where it has them?"""
    objs = [counted(o) for o in prep_objects(noun, {"of"})]
    words = lx.REQUIRED_OBJECTS.get(lx.NOMINAL_ACTS_MORE[lemma])
    return bool(objs) and (words is None or any(
        lemma_of(o) in words or (lx.ANY_ACTOR in words and actor(o)) for o in objs))


def _nominal_recipients(noun: Token, plover: str) -> list[Token]:
    """The one a noun of lx.NOMINAL_ACTS_MORE is done to, where no "to"/"on"/"against" names it:
    the place a withdrawal leaves ("the pullout from southern Lebanon": RECIPIENT_PREPS'
    "from"), whose act or proposal is condemned or rejected ("the denunciation of the Israeli
    raid", "the rejection of the Turkish plan": `_owners`), the one an accusation's clause
    is about ("the accusation that India sponsors militants")."""
    if plover == "RETREAT":
        return [o for o in prep_objects(noun, RECIPIENT_PREPS["RETREAT"]) if is_actor(o)]
    if plover not in lx.OWNER_RECIPIENT_TYPES:
        return []
    owners = _owners(prep_objects(noun, {"of"}))
    if owners or plover != "ACCUSE":
        return owners
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj" and is_actor(s)]


def _done_by_actor(noun: Token, actor: Callable[[Token], bool]) -> bool:
    """Does an act noun name its doer after "by" ("any attempt by Turkey to drill", "any
    incursion by Venezuelan troops")? Such a noun met "with force" is that actor's act, as "any
    Greek drilling" is (leftovers2); only act nouns (lx.DOER_ACT_NOUNS), not "a delegation led
    by the minister"."""
    return noun.lemma_.lower() in lx.DOER_ACT_NOUNS and any(
        c.lower_ == "by" and any(g.dep_ == "pobj" and actor(g) for g in c.children)
        for c in noun.children)


def joint_act(verb: Token, kids: tuple[Token, ...]) -> bool:
    """An act done "jointly" (lx.JOINT_ADVERBS) by two sides, coordinated or "with" a partner
    ("Senegal and Mauritania began jointly developing the field"), whose verb is no trigger of
    another type than MOBILIZE (a joint patrol cooperates; "jointly condemned" stays ACCUSE)."""
    own = lx.VERB_TRIGGERS.get(lemma_of(verb))
    if (own is not None and own[0] != "MOBILIZE") or not any(
            c.dep_ == "advmod" and c.lower_ in lx.JOINT_ADVERBS for c in kids):
        return False
    doer = verb.head if verb.dep_ == "xcomp" else verb  # "began jointly developing"
    subjects = [c for c in doer.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "conj" for s in subjects for c in s.subtree) or bool(prep_objects(verb, {"with"}))


def _state_named(tok: Token) -> bool:
    """A state, or a body of one named by its nationality: "the United States", "Croatia",
    "Indian authorities" (not "the police")."""
    return tok.ent_type_ in ("GPE", "NORP") or any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP") for c in tok.children)


def _extradited(verb: Token, objs: list[Token]) -> bool:
    """A wanted person (lx.WANTED_PERSONS, in the object's words: "a suspected money launderer")
    handed over or transferred "to" a state: an extradition without the verb."""
    return any(lemma_of(w) in lx.WANTED_PERSONS for o in objs for w in o.subtree) and any(
        _state_named(o) for o in prep_objects(verb, {"to"}))


def _stationed_forces(objs: list[Token]) -> bool:
    """Forces as the object of "stationed" ("has stationed additional troops along its border"),
    not peacekeepers (lx.PEACEKEEPING_WORDS anywhere in the object: AID 074 by the retype)."""
    objs = [o for o in objs if o.dep_ == "dobj"]  # "troops are stationed in Germany": no act
    return any(o.lemma_.lower() in lx.MOVING_FORCES or o.lower_ in lx.MOVING_FORCES for o in objs) and not any(
        w.lower_ in lx.PEACEKEEPING_WORDS for o in objs for w in o.subtree)


def _scrambled_craft(verb: Token, kids: tuple[Token, ...]) -> bool:
    """Warplanes that scramble, with no object ("two Danish jets scrambled to meet the
    bombers"): the subject's head word is a craft (lx.SCRAMBLING_CRAFT)."""
    return not any(c.dep_ == "dobj" for c in kids) and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in lx.SCRAMBLING_CRAFT or c.lower_ in lx.SCRAMBLING_CRAFT)
        for c in kids)


def _cessation_nominal(verb: Token, kids: tuple[Token, ...]) -> Candidate | None:
    """A stopping put in force by its noun ("announced a suspension of aid to Uganda", "ordered a
    halt to budget support"): the entry the noun's verb takes from what is stopped
    (lx.CESSATION_NOUN_VERBS, RETYPE_BY_OBJECT), the head word of what is stopped before the words
    of its modifiers, as for a verb's object; None if nothing stopped names an entry."""
    for noun in kids:
        stops = lx.CESSATION_NOUN_VERBS.get(noun.lemma_.lower()) if noun.dep_ == "dobj" else None
        if stops is None:
            continue
        what = prep_objects(noun, lx.CESSATION_NOUN_PREPS)
        for deep in (False, True):
            for g in what:
                said = {lemma_of(w) for w in (g.subtree if deep else (g,))}
                entry = next((e for words, e in _retypes_of(stops) if said & words), None)
                if entry is not None:
                    return _cand(entry, verb, (verb.i, noun.i + 1), "verb+nominal")
    return None


def _fixed_phrase_key(lemma: str, prep: Token, obj: Token) -> tuple[str, str, str]:
    """The lx.VERB_PREP_OBJECT key of a verb's lemma, its preposition and that one's object, read
    for the span's content ("bowing to weeks of protests": protests)."""
    return lemma, prep.lower_, _spanned(obj).lemma_.lower()


def _acted_on_of(noun: Token) -> bool:
    """Is the noun an act whose "of" is the one it is done to (lx.ACTED_ON_OF_NOUNS and nominal3's
    lx.ACTED_ON_OF_MORE: "the ambush of a patrol", "the release of two nationals")?"""
    return lemma_of(noun) in lx.ACTED_ON_OF_NOUNS or lemma_of(noun) in lx.ACTED_ON_OF_MORE


def in_fixed_object(tok: Token) -> bool:
    """Is a phrase head the object of a verb's fixed phrase (lx.VERB_PREP_OBJECT), or named in
    it by "of" ("took to the streets of Kathmandu", "taken into the custody of the police")? The
    phrase is the act, and its object where or how it happens, not whom the act is aimed at; a
    phrase of its own under the object ("on alert along the Russian frontier") may be."""
    node = tok
    while node.dep_ in ("compound", "amod", "poss") and node.head is not node:
        node = node.head
    while node.dep_ == "pobj" and (prep := node.head).dep_ == "prep":
        if _fixed_phrase_key(lemma_of(prep.head), prep, node) in lx.VERB_PREP_OBJECT:
            return True
        if prep.lower_ != "of":
            return False
        node = prep.head
    return False


def _units_withdrawn(verb: Token) -> bool:
    """Are the object of a withdrawing verb armed units ("pulled its contingent out of the
    multinational force", "withdrew its battalion from the mission")? Then troops leave the
    ground (RETREAT), whatever body they leave: the body read behind the preposition would make
    it a state leaving an organisation (SANCTION 16). Not from a peacekeeping body ("withdrew its
    troops from the African peacekeeping force"): peacekeepers withdrawn, SANCTION 1661, as the
    tables have them."""
    units = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lx.WITHDRAWN_UNITS]
    # the body may hang on the verb or on the units ("its troops from the ... force")
    left = [w for h in (verb, *units) for c in h.children if c.dep_ == "prep" for w in c.subtree]
    return bool(units) and not any(w.lower_ in lx.PEACEKEEPING_WORDS for w in left)


def _phrasal_retype(verb: Token, phrasal: str) -> lx.Entry | None:
    """The entry a phrasal takes from its object, or the one behind its preposition ("pulled out
    of the talks", which the parser may chain as "out" -> "of" -> "talks"); None if none."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for c in preps for g in c.children if g.dep_ == "prep"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in preps for g in c.children if g.dep_ == "pobj"]
    return next((e for words, e in _retypes_of(phrasal)
                 if any(lemma_of(w) in words for o in objects for w in o.subtree)),
                None)


_RETYPE_INDEX: list[Any] = [None, {}]  # [the table indexed, verb -> [(words, entry), ...]]


def _retypes_of(verb: str) -> list[tuple[frozenset[str], lx.Entry]]:
    """The (object words, entry) pairs of `lx.RETYPE_BY_OBJECT` for `verb` (a lemma or a
    phrasal), in table order: an index instead of scanning the whole table at each verb."""
    table = lx.RETYPE_BY_OBJECT
    if _RETYPE_INDEX[0] is not table:  # built on first use, again if the table is replaced
        index: dict[str, list[tuple[frozenset[str], lx.Entry]]] = {}
        for (v, words), entry in table.items():
            index.setdefault(v, []).append((words, entry))
        _RETYPE_INDEX[:] = [table, index]
    return _RETYPE_INDEX[1].get(verb, [])


def excluded_object(verb: Token) -> bool:
    """The verb's object (or passive subject, or the noun its relative clause is about) makes it
    no event of its own (lx.EXCLUDED_OBJECTS): "booked tickets", "struck a discordant note"."""
    lemma = lemma_of(verb)
    if lemma not in lx.EXCLUDED_OBJECTS:
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    things += [verb.head] if verb.dep_ == "relcl" else []
    # an article right after the verb opens its object whatever the parse made of the next
    # word: "stormed the well shouting slogans" (parsed with "well" an adverb of "shouting")
    doc = verb.doc
    if (verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in lx.ARTICLES
            and (verb.i + 3 == len(doc) or doc[verb.i + 3].text != "-")):  # not "the well-guarded"
        things.append(doc[verb.i + 2])
    return any(o.lemma_.lower() in lx.EXCLUDED_OBJECTS[lemma] or o.lower_ in lx.EXCLUDED_OBJECTS[lemma]
               for o in things)


def _force_firing_on(tok: Token) -> bool:
    """"the police firing on the crowd", parsed as "police" with the participle "firing" on it:
    the force fires at someone. Without a target ("killed in police firing") it is the cause of
    a killing, which `_violent_cause` reads."""
    return tok.tag_ == "VBG" and _names_force(tok.head) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "at") for c in tok.children)


def _in_force(noun: Token) -> bool:
    """Is `noun` said to take effect or come into force ("the truce took effect", "the accord
    is set to come into force")?"""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "xcomp")]
    return any(v.lemma_.lower() in lx.IN_FORCE_VERBS and any(
        w.lower_ in lx.IN_FORCE_WORDS for c in v.children
        for w in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]))
        for v in verbs)


def _protest_purpose(verb: Token) -> bool:
    """Does a clause of protest hang on the gathering `verb`: a participle ("gathered outside the
    court, demanding his release") or an infinitive of purpose ("assembled to denounce ...")?"""
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in lx.PROTEST_PURPOSE_VERBS
               and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
               for c in verb.children)


def criticism_idiom(tok: Token, kids: tuple[Token, ...], lemma: str,
                    actor: Callable[[Token], bool]) -> Candidate | None:
    """Criticism told by an idiom, with its recipients: a verb and preposition whose object is
    criticised, beside one of their words ("came down heavily on the centre", "tore into the
    government", "took a swipe at the bjp": lx.CRITICISM_PREP_PHRASALS), or a verb whose object
    is ("took the state government to task": lx.CRITICISM_OBJECT_IDIOMS). The subject must be an
    actor, and so must the one criticised ("rain came down heavily on the pitch" is none)."""
    if not any(c.dep_ == "nsubj" and actor(c) for c in kids):
        return None
    for child in kids:
        if child.dep_ not in ("prep", "xcomp"):
            continue
        words = lx.CRITICISM_PREP_PHRASALS.get((lemma, child.lower_)) if child.dep_ == "prep" else None
        pobjs = [g for g in child.children if g.dep_ == "pobj"]
        if words is not None and (not words or any(
                c.lower_ in words or c.lemma_.lower() in words for c in kids if c is not child)):
            aimed = [g for g in pobjs if actor(g)]
        elif any((lemma, child.lower_, g.lemma_.lower()) in lx.CRITICISM_OBJECT_IDIOMS for g in pobjs) or (
                # the parser also reads "took Iran to task" as a verb "task" with its "to"
                child.dep_ == "xcomp" and (lemma, "to", child.lower_) in lx.CRITICISM_OBJECT_IDIOMS
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
            aimed = [c for c in kids if c.dep_ == "dobj" and actor(c)]
        else:
            continue
        if aimed:
            cand = _cand(lx.DISPLEASURE, tok, (tok.i, child.i + 1), "phrasal")
            cand.recipients = actor_tokens(aimed)
            return cand
    return None


def named_criticism(tok: Token) -> bool:
    """Does a naming verb name its object with a word of condemnation ("called the inquiry a
    sham", "called it an extremely adverse development", "described the ruling as illegal")?
    The complement (oprd, an apposition to the object, or what follows "as") or a modifier of
    it is in CONDEMNING_WORDS;
    the verb has an object (the act named), so "he was called a traitor" is left alone."""
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False
    named = [c for c in tok.children if c.dep_ in ("oprd", "npadvmod", "attr")]
    # the parser also hangs the name on the object ("the decision, a sham") or under "as"
    named += [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "appos"]
    named += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    # criticism2: a long object swallows its complement; "termed the decision to sell the airline
    # unfortunate" hangs it on the object's clause, "termed china's move to rename places in
    # arunachal pradesh unacceptable" makes it the object's last word: an adjective there
    named += [g for c in objects for a in c.children if a.dep_ in ("acl", "relcl")
              for g in a.children if g.dep_ == "oprd"]
    # ... but not a report's content ("terming the news that the pilgrims had left as baseless"
    # denies the news, set 4)
    named += [c.right_edge for c in objects if c.right_edge.i > c.i and (
        c.right_edge.pos_ == "ADJ" or _hyphen_prefix(c.right_edge) is not None)  # "anti-people"
              and not any(w.dep_ == "mark" for w in c.subtree)]
    # criticism3: the parser also hangs "as" inside the object ("described the police firing on the
    # activists as uncalled for", "described the arrest of its leaders as political vendetta"),
    # not inside a report's clause
    named += [g for c in objects if not any(w.dep_ == "mark" for w in c.subtree)
              for a in c.subtree if a.dep_ == "prep" and a.lower_ == "as" and a.head.i != tok.i
              for g in a.children if g.dep_ in ("pobj", "amod", "acomp")]
    words = lx.CONDEMNING_WORDS | lx.NAMED_CONDEMNING_WORDS | lx.NAMED_CONDEMNING_MORE
    return any(w.lemma_.lower() in words or w.lower_ in words or _hyphened(w) in words
               for n in named for w in (n, *(m for m in n.children if m.dep_ == "amod")))


def _hyphened(tok: Token) -> str:
    """The word the tokenizer split at its hyphen that ends at `tok` ("anti-people"), or ""."""
    prefix = _hyphen_prefix(tok)
    return f"{prefix.lower_}-{tok.lower_}" if prefix is not None else ""


def judged_criticism(tok: Token) -> bool:
    """Does a verb of judging say in its clause that something is condemnable ("said the expulsion
    was unjustified", "considers the settlements illegal")? The clause has a subject (the thing
    judged) and a predicate in CONDEMNING_WORDS, itself or a modifier ("a serious provocation");
    a negated clause ("said the vote was not illegal") is no criticism."""
    return bool(_judged(tok))


def judged_praise(tok: Token) -> bool:
    """Does a verb of judging say in its clause that something is praiseworthy ("said the closure
    was a welcome decision", "said the administration had done an excellent job")? As
    judged_criticism, with lx.PRAISING_WORDS, or a plain word of praise on a job done
    (lx.PRAISED_WORK_NOUNS, lx.WORK_PRAISE)."""
    return bool(_judged(tok, _praising))


def _condemning(preds: list[Token]) -> bool:
    return any(w.lemma_.lower() in lx.CONDEMNING_WORDS or w.lower_ in lx.CONDEMNING_WORDS for w in preds)


def _praising(preds: list[Token]) -> bool:
    return any(w.lower_ in lx.PRAISING_WORDS or (
        w.lemma_.lower() in lx.PRAISED_WORK_NOUNS
        and any(m.dep_ == "amod" and m.lower_ in lx.WORK_PRAISE for m in w.children)) for w in preds)


def _judged(tok: Token, judges: Callable[[list[Token]], bool] = _condemning
            ) -> list[tuple[Token, list[Token]]]:
    """(subject, predicate words) of each clause of `tok` that judges its subject as `judges` says
    (condemnable, see judged_criticism; praiseworthy, judged_praise); "amounted to ethnic
    cleansing", "constituted a war crime" judge as "was" does, and so do the light verbs' objects
    ("made a mistake", "had done a commendable job", lx.JUDGING_LIGHT_VERBS)."""
    if lemma_of(tok) not in lx.JUDGING_VERBS:
        return []
    if lemma_of(tok) not in lx.DEMAND_SPEECH_VERBS and not (
            tok.dep_ == "ccomp" and lemma_of(tok.head) in lx.REPORTING_VERBS):
        return []  # a view held is an event when stated: "said it considers X illegal"
    found = []
    for clause in tok.children:
        if clause.dep_ not in ("ccomp", "xcomp", "oprd") or any(c.dep_ == "neg" for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        if clause.lemma_.lower() == "be":
            preds = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        elif clause.lemma_.lower() in lx.JUDGING_COPULAS:
            preds = [c for c in clause.children if c.dep_ == "dobj"] + prep_objects(clause, {"to"})
        elif clause.lemma_.lower() in lx.JUDGING_LIGHT_VERBS:
            preds = [c for c in clause.children if c.dep_ == "dobj"]
        elif clause.pos_ in ("ADJ", "NOUN"):
            preds = [clause]  # the small clause of "considers the settlements illegal"
        else:
            continue
        preds += [g for p in preds for g in p.children if g.dep_ in ("amod", "conj")]
        # "an act of aggression": the act is named by what it is an act of
        preds += [g for p in preds if p.lemma_.lower() == "act" for g in prep_objects(p, {"of"})]
        if judges(preds):
            found.append((subjects[0], preds))
    return found


def judged_party(tok: Token, judges: Callable[[list[Token]], bool] = _condemning) -> list[Token]:
    """Whose act a judging verb condemns: the owner of the thing judged ("said Azerbaijan's
    offensive amounted to ethnic cleansing", "the Russian strike ... was a war crime"), or the
    agent the predicate names ("was a violation of international law by Israel")."""
    for subject, preds in _judged(tok, judges):
        # the thing judged may read as an actor ("Russia's occupation"): its owner still names it
        owners = actor_tokens(_owner_words(subject)) or actor_tokens(
            g for p in preds for g in prep_objects(p, {"by"}) if is_actor(g))
        if owners:
            return owners
    return []


def _spoken_phrasal(tok: Token, lemma: str) -> bool:
    """A verb of violence used of words (lx.SPOKEN_PHRASALS): a retort when what follows is
    speech ("shot back, saying ..."), a rejection when its object is an idea ("shot down the
    proposal", "a suggestion the minister shot down")."""
    particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")}
    for particle, (speech, ideas) in lx.SPOKEN_PHRASALS.get(lemma, {}).items():
        if particle not in particles:
            continue
        if speech and any(c.dep_ in ("ccomp", "advcl", "xcomp") and c.lemma_.lower() in lx.SPEECH_VERBS
                          | lx.DEMAND_SPEECH_VERBS or c.dep_ == "ccomp" for c in tok.children):
            return True
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ in ("relcl", "acl"):
            objs.append(tok.head)  # "a suggestion which the minister shot down"
        if any(o.lemma_.lower() in ideas for o in objs):
            return True
    return False


def _for_reason(prep: Token) -> bool:
    """A "for" that gives the reason of an attack, so a criticism: "for failing to act", "for
    the violence", or stranded ("what he has been attacking them for"); not a duration ("for
    three days")."""
    if prep.dep_ != "prep" or prep.lower_ != "for":
        return False
    objs = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    return not objs or any(g.tag_ == "VBG" or (g.dep_ == "pobj" and not g.like_num
                                               and g.lemma_.lower() not in lx.DURATION_WORDS)
                           for g in objs)


def _verbal_attack_noun(tok: Token) -> bool:
    """An attack noun that is criticism: modified by a word of speech or politics ("a veiled
    attack"), or made "for" a reason on its own or its light verb ("made a direct attack on the
    minister for the riots")."""
    if any(c.lower_ in lx.VERBAL_ATTACK_WORDS for c in tok.children):
        return True
    light = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.LIGHT_VERBS else None
    # the parser often hangs the reason on the one attacked: "an attack on [the minister for ...]"
    targets = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
               for g in p.children if g.dep_ == "pobj"]
    return any(_for_reason(c) or _over_issue(c)
               for c in [*tok.children, *(light.children if light is not None else ()),
                         *(c for t in targets for c in t.children)])


def _over_issue(prep: Token) -> bool:
    """An "over" that gives the issue of an attack, so a criticism (criticism3): "the bjp's attack on
    the congress over the rafale deal", "stepped up its attack on the centre over the rise in
    prices"; not a time or a place ("over the weekend", "over the city", "over Kyiv")."""
    if prep.dep_ != "prep" or prep.lower_ != "over":
        return False
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(
        not g.like_num and g.ent_type_ not in lx.OVER_NOT_ISSUE_ENTS
        and g.lemma_.lower() not in lx.DURATION_WORDS | lx.OVER_NOT_ISSUES for g in objs)


def _hyphen_prefix(tok: Token) -> Token | None:
    """"lathi" in "lathi-charged" (split by the tokenizer into "lathi", "-", "charged")."""
    doc = tok.doc
    joined = doc.user_data.get(HYPHEN_JOINED)
    if joined is None:
        joined = doc.user_data[HYPHEN_JOINED] = _hyphen_joined(doc)
    return doc[tok.i - 2] if tok.i in joined else None


def _hyphen_joined(doc: Doc) -> frozenset[int]:
    """Indices of the tokens from the third on that follow a "-" with no space after it, read
    as one array: `lemma_of` asks for every token it reads, and a Token object per ask cost
    more than the answer."""
    hyphen = doc.vocab.strings["-"]
    rows = doc.to_array([ORTH, SPACY]).tolist()
    return frozenset(i for i in range(2, len(rows))
                     if rows[i - 1][0] == hyphen and not rows[i - 1][1])


def _force_option(verb: Token) -> bool:
    """Does the object of "rule out" name a use of force ("military action", "air strikes", "the
    use of force")?"""
    return any(lemma_of(w) in lx.FORCE_OPTIONS for o in verb.children if o.dep_ == "dobj"
               for w in o.subtree)


def _pressed_to_act(verb: Token, actor: Callable[[Token], bool]) -> bool:
    """An actor pressed and an infinitive of what it is pressed to do ("pressed Ankara to
    respect ...", the infinitive the parser's xcomp or advcl)."""
    return (any(c.dep_ == "dobj" and actor(c) for c in verb.children)
            and any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                          for a in c.children)
                    for c in verb.children))


def said_no(verb: Token) -> bool:
    """"said no to X" (the parser's "no" an interjection or object, "to X" on the verb)."""
    return (lemma_of(verb) in lx.SAID_NO_VERBS
            and any(c.lower_ == "no" and c.i == verb.i + 1 for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children))


def vowed_act(verb: Token) -> Token | None:
    """The act of violence that "vowed"/"swore" takes as its complement ("vowed to retaliate")."""
    if verb.lemma_.lower() not in ("vow", "swear"):
        return None
    return next((c for c in verb.children if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))  # "sworn [to fight]"
                 and c.lemma_.lower() in lx.THREAT_ACTS and not is_negated(c)), None)


def conditional_force_move(verb: Token) -> bool:
    """Forces that would or could move in on a condition ("said its troops would enter Iraq if the
    raids went on", "warned the army could intervene unless ..."): an act of force whose future
    or possible frame (apply_frames) makes it a threat where it is reported, hypothetical
    elsewhere. The verbs alone are no event ("entered talks"): lx.FORCE_ENTRY_VERBS."""
    if lemma_of(verb) not in lx.FORCE_ENTRY_VERBS or is_negated(verb):
        return False
    kids = list(verb.children)
    return (any(c.dep_ == "nsubj" and counted(c).lemma_.lower() in lx.MOVING_FORCES for c in kids)
            and any(c.dep_ == "aux" and c.lower_ in lx.WARNED_OWN_MODALS for c in kids)
            and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lx.THREAT_CONDITION_MARKS
                                              for m in c.children) for c in kids))


def warned_own_act(verb: Token) -> Token | None:
    """The warner's own future act in "warned (that) it would respond", "warned that Israel could
    return Lebanon to the Stone Age": a clause of "warn" with a future or possible modal whose
    subject is a pronoun or the warner's own name. A warning of what others will do ("warned
    that famine would spread") or of a state ("warned it would be difficult") is no threat."""
    if verb.lemma_.lower() != "warn":
        return None
    warners = [c for c in verb.children if c.dep_ == "nsubj"]
    names = {t.lower_ for w in warners for t in [w, *(c for c in w.children if c.dep_ in ("poss", "compound"))]}
    for clause in verb.children:
        if clause.dep_ != "ccomp" or (clause.lemma_.lower() in lx.WARNED_STATES and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in lx.WARNED_MEASURES for c in clause.children)):
            continue  # "would take years" is no act, "would take measures" is
        if not any(c.dep_ == "aux" and c.lower_ in lx.WARNED_OWN_MODALS for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.lower_ in lx.WARNER_PRONOUNS or subj.lower_ in names):
            return clause
    return None


def forces_left(verb: Token, actor: Callable[[Token], bool]) -> bool:
    """Forces that "left" a country or a named place withdrew from it (CAMEO 0872): the subject
    is troops or soldiers, the object an actor or a named place; "the minister left Kyiv" is
    travel, "troops left the barracks" no withdrawal from anyone."""
    if verb.lemma_.lower() != "leave":
        return False
    return (any(c.dep_ == "nsubj" and counted(c).lemma_.lower() in lx.LEAVING_FORCES for c in verb.children)
            and any(c.dep_ == "dobj" and (actor(c) or c.ent_type_ in ("GPE", "LOC")) for c in verb.children))


def forces_arrived(verb: Token) -> Token | None:
    """The armed force that "arrived" (lx.ARRIVING_FORCES): the subject, the noun a relative
    clause hangs on ("the columns of the army which arrived"), or the force of a unit ("companies
    of paramilitary forces", "army columns"); None for the police, a delegation, anyone else."""
    if verb.lemma_.lower() != "arrive":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subjects):
        subjects = [verb.head]  # "the columns of the army which arrived"
    for subj in subjects:
        head = counted(subj)
        if head.lower_ in lx.FORCE_UNIT_NOUNS:  # "columns of the army", "army columns"
            head = next((g for c in head.children if c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"), None) or next(
                (c for c in head.children if c.dep_ in ("compound", "amod")), head)
        if head.lower_ in lx.ARRIVING_FORCES or head.lemma_.lower() in lx.ARRIVING_FORCES:
            return head
    return None


def non_grata(verb: Token) -> Token | None:
    """Whom "declared X persona non grata" expels (a diplomat, CAMEO 166): the noun between the
    verb and the phrase that heads its words. The parser splits the Latin phrase every way."""
    if verb.lemma_.lower() != "declare":
        return None
    doc = verb.doc
    phrase = next((t.i for t in doc[verb.i + 1:] if t.lower_ == "persona" and t.i + 2 < len(doc)
                   and doc[t.i + 1].lower_ == "non" and doc[t.i + 2].lower_ == "grata"), None)
    if phrase is None:
        return None
    between = [t for t in doc[verb.i + 1:phrase] if t.pos_ in ("NOUN", "PROPN", "PRON")
               and not verb.i < t.head.i < phrase]
    return between[-1] if between else None


def failure_reported(verb: Token, actor: Callable[[Token], bool]) -> tuple[list[Token], list[Token]] | None:
    """(speakers, failed actors) of a failure a speaker reports: "the delegation said the
    government had failed to contain the violence", "said the first step would be the dismissal
    of the state government, which has miserably failed in upholding its duty", "said X and Y
    should resign as they have failed to contain the violence" (the pronoun of a reason clause is
    the subject of what it explains). Only an act failed ("failed to V", "failed in V-ing"), not
    denied, by a named actor other than the speaker, under a reporting verb with a named
    subject; a failure told as narration ("the police failed to stop the mob") is no one's
    criticism. None otherwise."""
    kids = tuple(verb.children)
    acts = [c for c in kids if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    acts += [g for c in kids if c.dep_ == "prep" and c.lower_ in lx.FAILED_IN_PREPS
             for g in c.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
    # "the rebels failed to capture the town" is an attack that did not happen, not a fault
    if is_negated(verb) or not acts or any(
            lemma_of(a) in lx.VIOLENCE_WORDS or lx.VERB_TRIGGERS.get(lemma_of(a), ("",))[0] in lx.CONFLICT_TYPES
            for a in acts):
        return None
    return _reported_fault(verb, actor, lx.REPORTING_VERBS)


def wrongdoing_reported(verb: Token, actor: Callable[[Token], bool]) -> tuple[list[Token], list[Token]] | None:
    """(speakers, wrongdoers) of a wrongdoing a speaker reports: "the spokesman said the bjp was
    playing politics over the deaths", "claimed that the government was shielding the culprits",
    "'the centre has betrayed the farmers,' the tdp chief said". The verb is one of
    lx.REPORTED_WRONGDOING with an object it needs, active and not denied; who did it and who
    reports it are read as for a failure (`_reported_fault`). None otherwise."""
    kids = tuple(verb.children)
    needed = lx.REPORTED_WRONGDOING.get(lemma_of(verb))
    if needed is None or is_negated(verb) or any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return None
    if needed and not any(c.dep_ == "dobj" and (lemma_of(c) in needed or c.lower_ in needed)
                          for c in kids):
        return None
    return _reported_fault(verb, actor, lx.WRONGDOING_REPORTING_VERBS)


def _reported_fault(verb: Token, actor: Callable[[Token], bool], reporting: frozenset[str]
                    ) -> tuple[list[Token], list[Token]] | None:
    """(speakers, actors at fault) of a fault told by `verb` under one of the `reporting` verbs:
    its named subject (the pronoun of a reason clause is the subject of what it explains) and the
    named subject of the reporting verb, who must be another; None otherwise."""
    kids = tuple(verb.children)
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if verb.dep_ == "advcl" and subjects and all(s.lower_ in lx.ADDRESSEE_PRONOUNS for s in subjects):
        failed = subject_of(verb.head)[0]  # "should resign as they have failed": who should resign
    else:
        failed = subject_of(verb)[0]
    failed = [f for f in failed if f.pos_ != "PRON" and actor(f)]
    if not failed:
        return None
    report = next((a for a in verb.ancestors if lemma_of(a) in reporting), None)
    if report is None:
        return None
    named = {t.i for f in failed for t in f.subtree}
    speakers = [c for c in report.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                and c.i not in named and actor(c)]
    return (actor_tokens(speakers), actor_tokens(failed)) if speakers else None


def stern_treatment(verb: Token) -> Token | None:
    """Whom a promise of stern treatment threatens, or None: "X will be dealt with sternly" (the
    passive subject), "strict action will be taken against X", "would take stern action against
    X" (the "against" object); only under a modal of the future (lx.WARNED_OWN_MODALS)."""
    kids = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in lx.WARNED_OWN_MODALS for c in kids) or is_negated(verb):
        return None
    if lemma_of(verb) == "deal":  # the adverb may hang on "with" ("dealt with sternly")
        if not any(w.lower_ in lx.STERN_ADVERBS for c in kids
                   for w in [c, *(c.children if c.dep_ == "prep" else ())]):
            return None
        subjects = [c for c in kids if c.dep_ == "nsubjpass"] or (
            [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.dep_ == "conj" else [])
        # people, not matters: "the issue will be dealt with firmly" threatens no one
        # ("those found rioting" may be parsed with "found" as the subject and "those" its own)
        subjects += [c for s in subjects for c in s.children if c.dep_ == "nsubj"]
        return next((s for s in subjects if may_act(s) or s.lower_ in lx.STERN_TARGET_PRONOUNS), None)
    actions = [c for c in kids if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lx.STERN_ACTIONS
               and any(m.dep_ == "amod" and m.lower_ in lx.STERN_ADJECTIVES for m in c.children)]
    if not actions:
        return None
    return next(iter(prep_objects(verb, {"against"}) + prep_objects(actions[0], {"against"})), None)


def conditional_force_passive(verb: Token) -> bool:
    """A passive of force declared for the future on a condition, said of a target the speaker
    threatens: "enemy outposts would be targeted if ...", "the depots will be shelled unless ...".

    The target is a military one (lx.THREATENED_TARGETS), or a site (lx.THREATENED_SITES) when
    the condition's subject is an actor, since "the port would be hit if the storm turned" is
    weather."""
    kids = list(verb.children)
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in kids) or not any(
            c.dep_ == "aux" and c.lower_ in lx.WARNED_OWN_MODALS for c in kids):
        return False
    conds = [c for c in kids if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in lx.THREAT_CONDITION_MARKS for m in c.children)]
    if not conds:
        return False
    # the plural's own singular too: the lemmatiser makes "bases" "basis"
    targets = {w for s in _passive_subjects(verb)
               for w in (s.lemma_.lower(), s.lower_.removesuffix("s"))}
    return bool(targets & lx.THREATENED_TARGETS) or bool(targets & lx.THREATENED_SITES) and any(
        s.dep_ in ("nsubj", "nsubjpass") and is_actor(s) for c in conds for s in c.children)


def invoked_on_condition(verb: Token) -> Token | None:
    """The condition of a right or clause that will be invoked ("will invoke Article 4 if ...",
    "would invoke the treaty's defence clause unless ..."), or None: an object, a modal of the
    future and an "if" or "unless" clause on the verb, not negated."""
    kids = list(verb.children)
    if is_negated(verb) or not any(c.dep_ == "dobj" for c in kids) or not any(
            c.dep_ == "aux" and c.lower_ in lx.WARNED_OWN_MODALS for c in kids):
        return None
    return next((c for c in kids if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in lx.THREAT_CONDITION_MARKS for m in c.children)), None)


def threatened_on_condition(verb: Token) -> Token | None:
    """The condition of a state's own act promised on it ("will respond militarily if ...",
    "would block Sweden's membership unless ..."), or None: a modal of the future on the verb,
    one of its words (lx.CONDITIONAL_THREAT_ACTS) outside the condition, an "if" or "unless"
    clause, and no negation."""
    words = lx.CONDITIONAL_THREAT_ACTS[lemma_of(verb)][0]
    kids = list(verb.children)
    if is_negated(verb) or not any(c.dep_ == "aux" and c.lower_ in lx.WARNED_OWN_MODALS for c in kids):
        return None
    condition = next((c for c in kids if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in lx.THREAT_CONDITION_MARKS for m in c.children)), None)
    if condition is None or not any(w.lower_ in words for c in kids if c.dep_ != "advcl"
                                    for w in c.subtree):
        return None
    return condition


def retaliation_threatened(verb: Token) -> Token | None:
    """The condition of retaliation promised ("would be forced to take retaliatory steps if
    Finland joined NATO", "will take countermeasures unless ..."), or None: "take" with a
    measure marked retaliatory or a countermeasure as object (lx.RETALIATION_ADJECTIVES,
    lx.RETALIATION_NOUNS), a modal of the future on it or on the verbs it completes, and an
    "if" or "unless" clause on one of them."""
    if is_negated(verb) or not any(
            c.dep_ == "dobj" and (c.lower_ in lx.RETALIATION_NOUNS or (
                c.lemma_.lower() in lx.STERN_ACTIONS and any(
                    m.dep_ in ("amod", "compound") and m.lower_ in lx.RETALIATION_ADJECTIVES for m in c.subtree)))
            for c in verb.children):
        return None
    chain = [verb]  # "would be forced to take", "will have to take": up the xcomp chain
    while chain[-1].dep_ == "xcomp" and len(chain) < 4:
        chain.append(chain[-1].head)
    if not any(c.dep_ == "aux" and c.lower_ in lx.WARNED_OWN_MODALS for v in chain for c in v.children):
        return None
    return next((c for v in chain for c in v.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in lx.THREAT_CONDITION_MARKS for m in c.children)), None)


def _displeased_subjects(tok: Token) -> list[Token] | None:
    """Who is displeased in "X was upset with ...": the subject of the copula the adjective is
    the predicate of, or the passive subject where the parser read it as a participle ("they
    were upset with"); None when the word is no such predicate or is negated."""
    # a word of pleasure says displeasure only when denied: "was not happy with" (audit8)
    denied = tok.lemma_.lower() in lx.PLEASED_ADJECTIVES
    if tok.dep_ == "acomp" and tok.head.lemma_.lower() in lx.DISPLEASURE_COPULAS:
        if (is_negated(tok) or is_negated(tok.head)) != denied:
            return None
        return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "auxpass" for c in tok.children):
        return None if is_negated(tok) != denied else [c for c in tok.children if c.dep_ == "nsubjpass"]
    return None


def displeased_with(tok: Token, actor: Callable[[Token], bool] | None = None) -> list[Token]:
    """Whom the displeasure of "X was upset with Y / unhappy with Y's statement" is aimed at
    (lx.DISPLEASED_ADJECTIVES as a predicate, lx.DISPLEASED_PREPS): an actor, or the owner of
    what an actor said or did (lx.OWNED_ACT_NOUNS); [] when it names no one."""
    if _displeased_subjects(tok) is None:
        return []
    actor = actor or is_actor
    holders = [tok, tok.head] if tok.dep_ == "acomp" else [tok]  # the parser hangs "with" on either
    # "critical of X" (criticism2): its own prepositions, and the owner of whatever it names
    critical = lx.CRITICAL_OF_ADJECTIVES.get(tok.lemma_.lower())
    preps = critical or lx.DISPLEASED_PREPS
    objects = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in preps
               for g in p.children if g.dep_ == "pobj"]
    aimed = [g for g in objects if actor(g)]
    aimed += [w for g in objects if critical or g.lemma_.lower() in lx.OWNED_ACT_NOUNS
              for w in _owner_words(g) if actor(w)]
    # "unhappy with the way the government handled it", "sore that the bjp let it down": the
    # doer of the relative clause on a manner noun, or the named subject of a "that" clause (or
    # its owner: "the bjp's allies stormed"), audit8
    clauses = [c for g in objects if g.lemma_.lower() in lx.MANNER_NOUNS
               for c in g.children if c.dep_ == "relcl"]
    clauses += [c for h in holders for c in h.children if c.dep_ == "ccomp"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    for clause in clauses:
        for subj in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
            aimed += [subj] if actor(subj) else [w for w in _owner_words(subj) if actor(w)]
    return aimed


def _spoken_attack(verb: Token) -> bool:
    """An "attack" made in words (lx.ATTACK_SPEECH_VERBS, OWNED_ACT_NOUNS): a participle framing a
    speech verb ("attacking the vhp, yadav said ..."), one a speech participle explains ("attacked
    the opposition, saying ..."), or an attack on what an actor said or did ("attacked each
    other's policies"). Audit8."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma_of(verb.head) in lx.ATTACK_SPEECH_VERBS:
        return True
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and lemma_of(c) in lx.ATTACK_SPEECH_VERBS
           for c in verb.children):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lx.OWNED_ACT_NOUNS
               for c in verb.children)


def critical_report(verb: Token) -> Token | None:
    """The report in "released a (highly) critical report on the ministry": the object of a verb
    of publishing, in lx.REPORT_NOUNS, with an adjective in lx.CRITICAL_ADJECTIVES and what it
    is on (lx.REPORT_TOPIC_PREPS); a critical report on nothing named stays no event
    (test_coder's "NASA released two highly critical reports on Monday")."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in lx.REPORT_NOUNS and any(
                m.dep_ == "amod" and m.lower_ in lx.CRITICAL_ADJECTIVES for m in obj.children) and (
                prep_objects(obj, lx.REPORT_TOPIC_PREPS)):
            return obj
    return None


def drew_criticism(verb: Token) -> Token | None:
    """The criticism in "drew (a storm of) criticism", "faced a backlash": the object, or the
    "of" object of a quantity word, in lx.CRITICISM_DRAWN; None when the verb is negated."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        heads = [obj]
        if obj.lemma_.lower() in lx.CRITICISM_QUANTITIES:
            heads += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
        for head in heads:
            if head.lemma_.lower() in lx.CRITICISM_DRAWN and not is_negated(verb):
                return head
    return None


def under_attack(verb: Token) -> Token | None:
    """The attack in "came under (a grenade) attack / fire": the pobj of "under"."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"
                 for g in c.children if g.dep_ == "pobj"
                 and g.lemma_.lower() in lx.UNDER_ATTACK_NOUNS), None)


def _named_subject(clause: Token, speakers: set[int], actor: Callable[[Token], bool]) -> Token | None:
    """The clause's subject when it is named (no pronoun), no speaker, and an actor."""
    return next((s for s in clause.children if s.dep_ == "nsubj" and s.pos_ != "PRON"
                 and s.i not in speakers and actor(s)), None)


def demanded_of(verb: Token, actor: Callable[[Token], bool]) -> Token | None:
    """The named subject of a clause of `verb` held to an obligation ("X said [Y] must leave"),
    other than the speaker and not a pronoun; None if there is none."""
    speakers = {c.i for c in verb.children if c.dep_ == "nsubj"}
    # "said the only answer is that Y must ...": the obligation is the clause of a copula the
    # speaker reports (audit8)
    clauses = [*verb.children, *(g for c in verb.children if c.dep_ == "ccomp"
                                 and c.lemma_.lower() == "be" for g in c.children)]
    # "Y should take measures, he said, by ...": the parser hangs the speech verb on the
    # obligation it reports (audit9)
    reported = {verb.head.i} if verb.dep_ == "parataxis" and verb.head.i != verb.i else set()
    if reported:
        clauses.append(verb.head)
    # "told the chief minister that he should raise funds": a pronoun subject of an obligation
    # told to an addressee is the addressee (audit9)
    addressee = next((c for c in verb.children if c.dep_ == "dobj" and (
        actor(c) or c.lower_ in lx.ADDRESSED_OBJECT_PRONOUNS)), None) if (
        lemma_of(verb) in lx.TELLING_TO_ACT_VERBS) else None
    for clause in clauses:
        # "insisted that Moscow withdraw": a bare subjunctive holds Y to it as "must" does
        # (not a past form the tagger read as one: "X forgave Kenya's debt, the ministry said",
        # lx.FORM_LEMMAS lists inflected forms only; aid2)
        subjunctive = clause.tag_ == "VB" and clause.lower_ not in lx.FORM_LEMMAS and not any(
            c.dep_ in ("aux", "auxpass", "neg") for c in clause.children)
        if (clause.dep_ != "ccomp" and clause.i not in reported) or not (subjunctive or any(
                c.dep_ == "aux" and c.lower_ in lx.OBLIGATION_MODALS for c in clause.children)):
            continue
        subj = _named_subject(clause, speakers, actor)
        if subj is not None:
            return subj
        if addressee is not None and not any(c.lower_ in lx.PERFECT_AUX for c in clause.children) and any(
                s.dep_ == "nsubj" and s.lower_ in lx.ADDRESSEE_PRONOUNS for s in clause.children):
            return addressee
    return None


def _to_clause(verb: Token) -> Token | None:
    """The infinitive clause with its own subject that `verb` governs ("wants [the governor to
    resign]"), or None."""
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and any(s.dep_ == "nsubj" for s in c.children)), None)


def _telling_of(verb: Token) -> Token | None:
    """The verb of telling that reports `verb` to an addressee: its head ("told X he expected
    ..."), or a "when ... told X" clause the parser hung under it; else None."""
    if verb.dep_ == "ccomp" and lemma_of(verb.head) in lx.TELLING_TO_ACT_VERBS:
        return verb.head
    return next((c for c in verb.children if c.dep_ == "advcl"
                 and lemma_of(c) in lx.TELLING_TO_ACT_VERBS), None)


def _wishes(verb: Token, told: Token | None) -> bool:
    """Whether `verb` wishes for another's act: "want" (lx.WANTING_VERBS), or "expect"
    (lx.TOLD_WISH_VERBS) told to an addressee (`told`, from `_telling_of`)."""
    lemma = lemma_of(verb)
    return lemma in lx.WANTING_VERBS or (lemma in lx.TOLD_WISH_VERBS and told is not None)


def wanted_of(verb: Token, actor: Callable[[Token], bool]) -> Token | None:
    """Whom a wish that another actor act is put to (a demand, CAMEO 10; audit9): the subject of
    the infinitive of "want" when it is an actor other than who wants ("the president wants the
    governor to resign"); an expectation or a wish told to an addressee about "him" / "them"
    names the addressee ("told the chief minister he expected him to build homes"). None for a
    wish to act oneself ("wanted to raid": DESIRE_FRAMES), a denied one, or anything else."""
    told = _telling_of(verb)
    if not _wishes(verb, told) or is_negated(verb):
        return None
    clause = _to_clause(verb)
    if clause is None:
        return None
    subj = _named_subject(clause, {c.i for c in verb.children if c.dep_ == "nsubj"}, actor)
    if subj is not None:
        return subj
    if told is not None and any(s.dep_ == "nsubj" and s.lower_ in lx.ADDRESSED_OBJECT_PRONOUNS
                                for s in clause.children):
        return next((c for c in told.children if c.dep_ == "dobj" and actor(c)), None)
    return None


def blamed(verb: Token, actor: Callable[[Token], bool]) -> Token | None:
    """The named subject a clause of `verb` holds to blame ("X said [Y] was responsible for the
    attack", "... [Y] was behind it"), other than the speaker and not a pronoun; else None."""
    speakers = {c.i for c in verb.children if c.dep_ == "nsubj"}
    for clause in verb.children:
        if (clause.dep_ != "ccomp" or clause.lemma_.lower() != "be"
                or any(c.dep_ == "neg" for c in clause.children)):
            continue
        preps = [c for c in clause.children if c.dep_ == "prep" and c.lower_ in lx.BLAME_PREPS]
        preps += [p for c in clause.children if c.dep_ == "acomp" and c.lower_ in lx.BLAME_ADJECTIVES
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
        # blame is for a harm ("the bombing", "the violence"), not a charge ("for the roads")
        if not any(g.dep_ in ("pobj", "pcomp") and (
                lemma_of(g) in lx.VIOLENCE_WORDS or lemma_of(g) in lx.BLAMED_HARMS
                or lx.NOUN_TRIGGERS.get(lemma_of(g), (("",),))[0][0] in lx.CONFLICT_TYPES)
                   for p in preps for g in p.children):
            continue
        subj = _named_subject(clause, speakers, actor)
        if subj is not None:
            return subj
    return None


def lemma_of(tok: Token) -> str:
    """The lower-case lemma, corrected where the model gets it wrong ("raped" -> "rap"), and
    the one word of a noun the tokenizer split at its hyphen ("fire" of "cease-fire" ->
    "ceasefire", lx.HYPHEN_NOUNS)."""
    prefix = _hyphen_prefix(tok)
    if prefix is not None:
        joined = lx.HYPHEN_NOUNS.get((prefix.lower_, tok.lemma_.lower()))
        if joined is not None:
            return joined
    return lx.FORM_LEMMAS.get(tok.lower_) or tok.lemma_.lower()


def _official_protest(verb: Token) -> bool:
    """Is "protested" a state's complaint: made by a state ("Tokyo protested ...", "the foreign
    ministry protested ...") or to one ("protested to Iran over ...")?"""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.ent_type_ == "GPE" and subj.lemma_.lower() not in lx.ACTOR_NOUNS:
            return True
        if _headline_country(subj):  # "japan protests north korean missile launch"
            return True
        if subj.lemma_.lower() in lx.OFFICIAL_PROTESTERS:
            return True
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children) for c in verb.children)


def protesting_subject(verb: Token, nouns: frozenset[str] = lx.PROTESTER_NOUNS) -> bool:
    """The subject of `verb` (or the people it counts: "thousands of farmers") protest (is one
    of `nouns`); a purpose clause's is its head's ("hundreds took part in a vigil to protest")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subj in subjects:
        counted = [g for c in subj.children if c.lower_ == "of" for g in c.children]
        if any(t.lemma_.lower() in nouns for t in [subj, *counted]):
            return True
        # "thousands marched": a bare crowd size (not for "chanted", said of any crowd)
        if (not counted and (subj.like_num or subj.lemma_.lower() in lx.QUANTITY_NOUNS)
                and verb.lemma_.lower() in lx.VERB_TRIGGERS):
            return True
    return False


def rioting_subject(verb: Token) -> bool:
    """The subject of `verb` (or the people it counts) are protesters or rioters, or a crowd
    that throws stones at the police (`crowd_missiles`)."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        counted = [g for c in subj.children if c.lower_ == "of" for g in c.children]
        if any(t.lemma_.lower() in lx.RIOTER_NOUNS for t in [subj, *counted]):
            return True
    return crowd_missiles(verb)


def crowd_missiles(verb: Token) -> bool:
    """A crowd (protesters, supporters, youths, villagers; no armed group) throwing stones,
    bottles or firecrackers at police or troops: "supporters of X hurled bottles at riot
    police", "youths pelted the police with stones". Their riot, not an armed attack."""
    if verb.lemma_.lower() not in lx.MISSILE_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    crowd = lx.PROTESTER_NOUNS | lx.CROWD_NOUNS
    if not subjects or not all(
            s.lemma_.lower() in crowd and s.lemma_.lower() not in lx.ARMED_GROUP_NOUNS for s in subjects):
        return False
    if verb.lemma_.lower() == "pelt":
        targets = [c for c in verb.children if c.dep_ == "dobj"]
        thrown = prep_objects(verb, {"with"})
    else:
        targets = prep_objects(verb, {"at", "on", "towards", "toward"})
        thrown = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    forces = lx.POLICE_NOUNS | lx.DEPLOYED_FORCES
    return (any(t.lemma_.lower() in forces or t.lower_ in forces for t in targets)
            and (not thrown or any(o.lemma_.lower() in lx.RIOT_MISSILES for o in thrown)))


def _resultative(cand: Candidate) -> None:
    """"shot dead", "beaten to death": the trigger spans the result, which makes it a killing."""
    doc, end = cand.anchor.doc, cand.trigger[1]
    if cand.plover != "ASSAULT" or cand.how != "verb":
        return
    if end < len(doc) and doc[end].lower_ == "dead":
        cand.trigger = (cand.trigger[0], end + 1)
    elif end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].lower_ == "death":
        cand.trigger = (cand.trigger[0], end + 2)


def _untriggered_aid(tok: Token, objs: list[Token]) -> Candidate | None:
    """Aid or cooperation no trigger word names (aid2): money deposited in a state's central bank
    (AID 071), aid goods dropped from the air (AID 073), a project opened or inaugurated with a
    partner (COOPERATE 061), energy a state starts exporting to another (COOPERATE 061). The
    recipient, where the rule reads it: the bank's state, the partner named with "with", the
    importer. None for anything else ("deposited the cheque", "opened a new store")."""
    lemma = lemma_of(tok)
    things = [counted(o) for o in objs]
    if lemma in lx.DEPOSIT_VERBS and (lemma == "deposit" or any(
            t.lemma_.lower() in lx.DEPOSIT_NOUNS for t in things)):
        # "placed a deposit of $500 million in X's central bank": the place may hang in the object
        banks = [b for h in [tok, *(w for o in objs for w in o.subtree)]
                 for b in prep_objects(h, set(lx.DEPOSIT_PREPS))
                 if b.lemma_.lower() == "bank" and any(m.lower_ in lx.STATE_BANK_MARKS for m in b.children)]
        if banks:
            cand = _cand(lx.DEPOSIT_ENTRY, tok, (tok.i, tok.i + 1), "verb")
            owner = [c for c in banks[0].children if c.dep_ == "poss" and is_actor(c)]
            cand.recipients = actor_tokens(owner or dig(banks[0]))
            return cand
    if lemma in lx.AIR_DROPPING_VERBS and any(
            t.lemma_.lower() in lx.AID_GOODS["humanitarian"] or t.lower_ in lx.AID_GOODS["humanitarian"]
            for t in things) and (
            prep_objects(tok, {"over", "to", "into", "on"}) or _hyphen_prefix(tok) is not None) and not any(
            p.lemma_.lower() in lx.HAZARD_NOUNS for p in prep_objects(tok, {"over", "on", "onto"})):
        # ... not water dropped on a fire ("dropped water over the blaze"): firefighting
        return _cand(lx.DROPPED_AID_ENTRY, tok, (tok.i, tok.i + 1), "verb")
    if lemma in lx.OPENING_VERBS and any(t.lemma_.lower() in lx.JOINT_PROJECTS for t in things):
        partners = [p for h in [tok, *objs] for p in prep_objects(h, {"with"}) if is_actor(p)]
        joint = any(m.lower_ in lx.JOINT_WORDS for o in objs for m in o.children)
        paired = any(c.dep_ == "conj" and is_actor(c) for s in subject_of(tok)[0] for c in s.children)
        if partners or joint or paired:
            cand = _cand(lx.COOPERATION_ENTRY, tok, (tok.i, tok.i + 1), "verb")
            cand.recipients = actor_tokens(partners)
            return cand
    if (lemma in lx.EXPORTING_VERBS and tok.dep_ == "xcomp" and lemma_of(tok.head) in lx.STARTING_VERBS
            and any(t.lemma_.lower() in lx.ENERGY_GOODS for t in things)):
        importers = [g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj" and is_actor(g)]  # "to" read as a dative
        if importers:
            cand = _cand(lx.COOPERATION_ENTRY, tok, (tok.i, tok.i + 1), "verb")
            cand.recipients = actor_tokens(importers)
            return cand
    return None


def _carried_relief(carrier: Token) -> bool:
    """Does a carrier carry relief goods (lx.CARRIED_RELIEF_GOODS): "a C-130 carrying tarpaulins",
    "a ship loaded with food and medicine"? (probe9)"""
    for c in carrier.children:
        if c.dep_ in ("acl", "amod", "relcl") and lemma_of(c) in lx.CARRYING_VERBS:
            goods = [g for g in c.children if g.dep_ == "dobj"] + prep_objects(c, {"with"})
            if any(w.lemma_.lower() in lx.CARRIED_RELIEF_GOODS or w.lower_ in lx.CARRIED_RELIEF_GOODS
                   for g in goods for w in g.subtree):
                return True
    return False


def _carried_aid(tok: Token, objs: list[Token]) -> Candidate | None:
    """Aid that arrives with no verb of giving (probe9, AID 073): a carrier of relief goods that
    lands in, docks in or reaches a place, whose state (the place's) is the recipient ("a C-130
    carrying tarpaulins landed in Nuku'alofa"), or one a state sends ("sent a navy ship loaded
    with relief supplies to Vanuatu": aid, not a show of force). None otherwise ("a ship
    carrying grain docked in Istanbul": trade)."""
    lemma = lemma_of(tok)
    if lemma in lx.ARRIVAL_VERBS and any(c.dep_ == "nsubj" and _carried_relief(c) for c in tok.children):
        places = prep_objects(tok, set(lx.ARRIVAL_PLACE_PREPS)) + [c for c in tok.children if c.dep_ == "dobj"]
        cand = _cand(lx.DROPPED_AID_ENTRY, tok, (tok.i, tok.i + 1), "verb")
        cand.recipients = actor_tokens(p for p in places if is_actor(p))
        return cand
    if lemma in lx.ARRIVAL_VERBS and any(c.dep_ == "nsubj" and _relief_team(c) for c in tok.children):
        # "Swiss rescue teams arrived in Morocco": only where the place is a state's (aid2)
        places = [p for p in prep_objects(tok, set(lx.ARRIVAL_PLACE_PREPS)) if is_actor(p)]
        if places:
            cand = _cand(lx.DROPPED_AID_ENTRY, tok, (tok.i, tok.i + 1), "verb")
            cand.recipients = actor_tokens(places)
            return cand
    if lemma not in lx.CARRIER_SENDING_VERBS:  # checked first: this runs at every keyed verb
        return None
    carriers = [counted(o) for o in objs if _carried_relief(counted(o))]
    if carriers:
        cand = _cand(lx.DROPPED_AID_ENTRY, tok, (tok.i, tok.i + 1), "verb")
        # "to Sudan" may hang on the verb or anywhere in the carrier ("loaded with medicine to")
        cand.recipients = actor_tokens(g for h in [tok, *(w for o in carriers for w in o.subtree)]
                                       for g in prep_objects(h, {"to"}) if is_actor(g))
        return cand
    return None


def invited_visit(verb: Token) -> bool:
    """Is what a verb of inviting invites to a visit (lx.VISIT_NOUNS): "invited X to visit
    Tallinn", "to make a state visit", "for a visit"? (probe9)"""
    for c in verb.children:
        if c.dep_ == "xcomp" and (lemma_of(c) in lx.VISIT_NOUNS or (
                lemma_of(c) in lx.LIGHT_VERBS
                and any(g.dep_ == "dobj" and g.lemma_.lower() in lx.VISIT_NOUNS for g in c.children))):
            return True
    return any(g.lemma_.lower() in lx.VISIT_NOUNS for g in prep_objects(verb, {"for", "on", "to"}))


def _picketed_missions(verb: Token) -> list[Token]:
    """The embassy or consulate of a state a protest is held at (lx.MISSION_NOUNS), the state
    marked on it: "outside the U.S. embassy", "marched to the Chinese consulate in Makati", "in
    front of the embassy of Japan" (the state named by "of"). [] for a mission no state marks.
    (probe9)"""
    found = []
    for o in prep_objects(verb, set(lx.PICKET_PREPS)):
        if o.lemma_.lower() in lx.FRONT_NOUNS:  # "in front of the embassy"
            o = next(iter(prep_objects(o, {"of"})), o)
        if o.lemma_.lower() not in lx.MISSION_NOUNS:
            continue
        owner = [g for g in prep_objects(o, {"of"}) if is_actor(g)]
        if owner:
            found += owner
        elif any(m.dep_ in ("amod", "compound", "poss") and m.ent_type_ in ("NORP", "GPE")
                 for m in o.children):
            found.append(o)
    return actor_tokens(found)


def _debtors(objs: list[Token]) -> list[Token]:
    """Whose debt is written off or forgiven (aid2): its owner ("North Korea's debt", "the debt of
    Zambia") or who owes it ("debts owed by Myanmar"), in the object's phrase."""
    for debt in (w for o in objs for w in o.subtree if w.lemma_.lower() in lx.DEBT_WORDS):
        owners = [c for c in debt.children if c.dep_ == "poss" and is_actor(c)] or dig(debt) or [
            a for c in debt.children if c.dep_ == "acl" and c.lemma_.lower() == "owe"
            for a in passive_agents(c.children) if is_actor(a)]
        if owners:
            return actor_tokens(owners)
    return []


def _cand(entry: lx.Entry, tok: Token, span: tuple[int, int], how: str) -> Candidate:
    plover, mode, cameo, contexts = entry
    return Candidate(plover, mode, cameo, list(contexts), tok, span, how=how)


def finite_conjunct(tok: Token) -> Token | None:
    """The finite verb a finite conjunct joins where the parser hung it on an infinitive: in
    "asked the government to raise wages and [threatened] a strike" a past or present tense
    cannot share the infinitive's "to", so the threat is the asker's second act, not part of
    what was asked (and its subject is the asker's, not the government's). None elsewhere."""
    # a participle without an auxiliary of its own is a past tense the tagger misread ("asked
    # them to leave and arrested those who refused"): no "to" governs a participle, nor a gerund
    # ("calling on X to resign and [accusing] him of ...": the caller accuses)
    if (tok.dep_ != "conj" or tok.tag_ not in FINITE_TAGS | {"VBN", "VBG"}
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children)
            or (tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in tok.children))):
        return None
    up = tok.head
    if up.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in up.children):
        return None
    for _ in range(3):
        if up.dep_ not in ("xcomp", "advcl", "ccomp", "conj") or up.head.i == up.i:
            return None
        up = up.head
        if up.tag_ in FINITE_TAGS or up.tag_ in ("VBP", "MD"):
            return up
    return None


def first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts of `tok`'s part of speech that it is coordinated with, up to a
    tensed verb the parser hung on an infinitive (`finite_conjunct`): the one whose frame they
    share."""
    while tok.dep_ == "conj" and tok.head.pos_ == tok.pos_:
        tok = finite_conjunct(tok) or tok.head
    return tok


def governor(tok: Token) -> Token | None:
    """The verb that frames `tok` ("threatened to [strike]", "accused X of [attacking]")."""
    tok = first_conjunct(tok)
    if tok.dep_ in ("xcomp", "ccomp") or (tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)):
        return tok.head  # "pressed for the US to support": the support is asked for
    if (tok.dep_ == "advcl" and tok.head.lemma_.lower() in (lx.INFINITIVE_FRAMES | lx.ADVCL_REQUEST_VERBS
                                                            | lx.DESIRE_FRAMES | lx.NEED_FRAMES)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        # "declined on Friday to meet", "appealed to the kidnappers to free them": the parser's
        # advcl is the refused or asked-for act
        return tok.head
    if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ in ("prep", "agent"):
        return tok.head.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.LIGHT_VERBS:
        return governor(tok.head)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == lx.RULING_OUT[0] and any(
            c.lower_ == lx.RULING_OUT[1] for c in tok.head.children):
        return tok.head  # "(did not) rule out air strikes": threatened or refused, not done
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.CONSIDER_FRAMES:
        return tok.head  # "is considering sanctions against X": weighed, as "considering imposing"
    if tok.dep_ == "acl":  # "the fear of [checking staff] being attacked": a prospect, no act
        for up in list(tok.ancestors)[:4]:
            if up.pos_ == "NOUN" and up.lemma_.lower() in lx.PROSPECT_NOUNS:
                return up
            if up.tag_ in ("VBD", "VBZ", "VBP", "MD"):  # a finite clause of its own
                break
    return None


def _purpose_denied(verb: Token) -> bool:
    """An infinitive whose frame denies the will to act: "is in no mood to reopen talks" (a
    clause beside "in no mood"), "has no desire to resume talks", "no wish to meet him" (a
    clause on the noun, parsed `acl` or `relcl`), or a gerund after a noun so denied ("showed no
    interest in holding talks"); not a noun whose denial asserts the act ("no choice but to")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return _will_denied(head.head)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ in ("acl", "relcl"):
        return _will_denied(head)
    return verb.dep_ in ("advcl", "xcomp") and any(
        is_negated(o) for c in head.children
        for o in ([c] if c.dep_ in ("dobj", "attr") else c.children if c.dep_ == "prep" else ())
        if o.dep_ in ("dobj", "attr", "pobj") and o.pos_ == "NOUN")


def _will_denied(noun: Token) -> bool:
    """A noun with "no" that names a will to act ("no wish", "no interest"; `_purpose_denied`)."""
    return (noun.pos_ == "NOUN" and is_negated(noun)
            and noun.lemma_.lower() not in lx.DENIAL_ASSERTING_NOUNS
            and not any(c.lower_ == "but" for c in noun.children))


def negated_trigger_tokens(declined: list[Candidate]) -> set[int]:
    """Token indices of the triggers (and their anchors) of the negated candidates among
    `declined`: the words on which no learned event may stand."""
    return {i for c in declined if c.negated for i in (*range(*c.trigger), c.anchor.i)}


def is_negated(tok: Token) -> bool:
    """A neg child ("not", "never"), "no" before a noun trigger, or either side of "neither ...
    nor" ("would neither accept nor recognise the ruling": both verbs are denied)."""
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ in ("det", "preconj") and child.lower_ in ("no", "neither")):
            return True
    return tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < tok.i
                                      for c in tok.head.children)


def frame_negated(tok: Token) -> bool:
    """A framing word denied: its own "not", or, for an adjective ("were not ready to give in",
    "is not willing to negotiate"), the "not" the parser hangs on its copula (audit11)."""
    return is_negated(tok) or (tok.dep_ == "acomp" and is_negated(tok.head))


def _passive_agent_of(verb: Token, tok: Token) -> bool:
    """`tok` names who does `verb` in the passive ("were deployed [by Pakistan]")."""
    tok = first_conjunct(tok)
    return (tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i == verb.i
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children))


def asked_noun(tok: Token) -> bool:
    """Whether a noun is the thing a verb of request asks for (`asked_act` is the act asked for):
    the object of "demanded" or "sought", the object of "for" after "called" or "pressed"
    ("demanded a cbi probe into the riots")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    if meeting_called(tok):
        return False  # "called a meeting" holds it; "called for a meeting" asks for one
    return head.pos_ == "VERB" and lemma_of(head) in lx.REQUEST_VERBS


def asked_act(verb: Token) -> Token | None:
    """The act a verb of asking asks for (lx.ASKING_VERBS): its infinitive ("asked Israel to
    withdraw", "called on Russia to stop shelling") or its clause ("demanded that Syria withdraw");
    None for any other verb or a request of nothing ("asked about the talks")."""
    lemma = lemma_of(verb)
    if _wishes(verb, _telling_of(verb)):
        return _to_clause(verb)  # "wants the governor to resign": only wished for (audit9)
    if lemma in lx.TELLING_TO_ACT_VERBS:  # "told Manila to withdraw": only an addressee + infinitive
        if not any(c.dep_ == "dobj" for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "xcomp"
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if lemma not in lx.ASKING_VERBS or (lemma == "call" and not _calls_on(verb)):
        return None  # "Putin called Erdogan to discuss Syria": a phone call and its purpose
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "police have been asked to ensure safety": left to the rules as it was
    for c in verb.children:
        to = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        if (c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")) or (c.dep_ in ("xcomp", "advcl") and to):
            return c
    return None


def _calls_on(verb: Token) -> bool:
    """A call "on", "upon" or "for" someone (lx.CALL_ASKING_PREPS), or an "on" the parser left
    without its object ("calling on [the minister]" parsed as the verb's object); not a meeting
    called "on Saturday" (a date, dates.WEEKDAYS)."""
    for c in verb.children:
        if c.dep_ not in ("prep", "prt") or c.lower_ not in lx.CALL_ASKING_PREPS:
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if not objs or any(may_act(g) and g.ent_type_ not in lx.TIME_ENT_LABELS
                           and g.lower_ not in WEEKDAYS for g in objs):
            return True
    return False


def asked_party(verb: Token, tok: Token) -> bool:
    """`tok` is whom `verb` asks to act: its object ("urged Iran"), the object of its "on", "to"
    or "with" ("called on Russia", "appealed to the rebels"), or the subject of the act it asks
    for ("demanded that Syria withdraw"). The asked party does not act by being asked."""
    act = asked_act(verb)
    if act is None:
        return False
    tok = first_conjunct(tok)
    if tok.head.i == verb.i and tok.dep_ in ("dobj", "dative"):
        return True
    if (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == verb.i
            and tok.head.lower_ in lx.ASKED_PREPS):
        return True
    return tok.head.i == act.i and tok.dep_ in ("nsubj", "nsubjpass")


def within_asked_act(tok: Token) -> bool:
    """`tok` is (in) the act a verb of asking asks for: "asked Israel to halt its [strikes] on
    Hezbollah" reports no strike by the asker. The walk up stops at a clause of its own: "urged
    Pakistan to stop backing the militants who [attack] Indian troops" reports the attacks."""
    while tok.head.i != tok.i:
        act = asked_act(tok.head) if tok.dep_ in ("xcomp", "ccomp", "advcl") else None
        if act is not None and act.i == tok.i:
            return True
        if tok.dep_ not in lx.ASKED_ACT_DEPS or finite_conjunct(tok) is not None:
            return False  # "asked X to raise wages and [threatened] a strike": the asker's own
        tok = tok.head
    return False


def counterfactual(aux: set[str]) -> bool:
    """Do a verb's auxiliaries join a modal and a perfect ("said he would have objected", "could
    have captured the town")? Such an act was neither done nor declared (branch precision)."""
    return bool(aux & lx.HYPOTHETICAL_MODALS and aux & lx.PERFECT_AUX)


def apply_frames(cand: Candidate, cands: dict[int, Candidate]) -> None:
    """Negation, modality and framing verbs (intent, threat, refusal, denial, request)."""
    tok = cand.anchor
    # a trip's verb carries its meeting's tense and negation: "will travel to Somalia for talks"
    travel = _travel_verb(tok) if cand.how.startswith("noun") and cand.plover in ("CONSULT", "AGREE") else None
    # ... and so does a participation's verb: "would not be taking part in the meeting"
    travel = travel or participation_verb(cand)
    head = tok.head if cand.how.startswith("noun") and tok.dep_ == "dobj" else travel
    if (is_negated(tok) and cand.how != "litotes") or (
            head is not None and (head.lemma_.lower() in lx.LIGHT_VERBS or head is travel)
            and is_negated(head)):
        cand.negated = True  # (not "did not rule out force": a threat, RULING_OUT)
    clause = head if head is not None else tok
    chain = clause_chain(clause, cands)
    if any(is_negated(c) and c.lemma_.lower() not in lx.LITOTES | lx.ABSTAIN_VERBS and not _contrasted(link)
           for link, c in zip(chain, chain[1:], strict=False)):
        cand.negated = True  # "will not go to Moscow to meet him"
    if any(c.lemma_.lower() in lx.ABSTAIN_VERBS and not is_negated(c) for c in chain[1:]):
        cand.negated = True  # "refrained from attacking the rebels"
    if _purpose_denied(clause):
        cand.negated = True  # "has no wish to meet him": a verb's will denied, as a light verb's
    if found_hard(clause):
        cand.negated = True  # "found it difficult to arrest him": not done, as "failed to"
    aux = {c.lower_ for link in chain for c in link.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "advmod" and c.lower_ in lx.HABITUAL_ADVERBS for link in chain for c in link.children):
        aux.discard("would")  # "the police would routinely pick up the boys": past habit, done
    # "said it would boycott the talks": "would" in reported speech is the future of the past
    in_report = any(link.dep_ == "ccomp" and link.head.lemma_.lower() in lx.REPORTING_VERBS
                    for link in chain)
    reported = ("would" in aux and not aux & (lx.HYPOTHETICAL_MODALS | lx.OBLIGATION_MODALS) - {"would"}
                and in_report)  # "said he would not hesitate to use force"
    # "Norland could cut ties with Sudria, the minister said": a conflictual act reported as one
    # the actor could or might take is a threat (lx.THREAT_MODALS); unreported, hypothetical
    possible = (cand.plover in lx.CONFLICT_TYPES and not cand.negated and in_report
                and bool(aux & lx.THREAT_MODALS) and _speaks_for_actor(chain)
                and not aux & (lx.HYPOTHETICAL_MODALS | lx.OBLIGATION_MODALS) - lx.THREAT_MODALS)
    # "the Serbs would not accept the plan": a "would not" of a refusable act says what the actor
    # will not do (a refusal), unless a condition makes it hypothetical (the "if" test below)
    refused = ("would" in aux and cand.negated and cand.plover in lx.ASK_MODE
               and not aux & (lx.HYPOTHETICAL_MODALS | lx.OBLIGATION_MODALS) - {"would"}
               and not any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                           for link in chain for c in link.children if c.dep_ == "advcl"
                           for m in c.children))
    # "the union would abide by the verdict.": a main clause's bare "would", with an actor as
    # subject and no condition, is the future of a report whose speaker the text named before,
    # as "said it would abide" is; only for pledges of compliance (lx.ELIDED_REPORT_TYPES), as a
    # bare "would attack" is as often speculation (leftovers2)
    elided = ("would" in aux and not cand.negated and cand.plover in lx.ELIDED_REPORT_TYPES
              and not aux & (lx.HYPOTHETICAL_MODALS | lx.OBLIGATION_MODALS) - {"would"}
              and clause.dep_ == "ROOT" and len(chain) == 1
              and any(c.dep_ == "nsubj" and c.pos_ != "PRON" and is_actor(c) for c in clause.children)
              and not any(t.lower_ in lx.THREAT_CONDITION_MARKS for t in clause.sent))
    reported = reported or elided
    future = bool(aux & lx.FUTURE_MARKERS) or reported or refused or possible
    if counterfactual(aux):
        cand.suppressed = "hypothetical"
    elif conditioned(chain):
        # "if they attack", "until the demands are met", "would not say whether troops would go",
        # "had they deployed the army"
        cand.suppressed = "hypothetical"
    elif aux & (lx.HYPOTHETICAL_MODALS | lx.OBLIGATION_MODALS) and not (reported or refused or possible):
        cand.suppressed = "hypothetical"
    elif cand.plover in lx.CONFLICT_TYPES and _subjunctive_passive(tok):
        cand.suppressed = "hypothetical"  # "suggested that those guilty be booked"
    elif future and cand.negated and cand.plover in lx.ASK_MODE:
        # "will not release the prisoners", "will not begin talks": a refusal (REJECT)
        cand.mode, cand.plover, cand.negated = lx.ASK_MODE[cand.plover], "REJECT", False
        cand.cameo, cand.contexts = "120", [c for c in cand.contexts if c != "diplomatic"]
        cand.how += "+refusal"
    elif future and cand.how != "idiom":
        _intend(cand, clause, cands, future=True)
    first = first_conjunct(tok)  # "easier for terrorists to sneak in and strike": its frame
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
    if cand.plover in lx.CONFLICT_TYPES and infinitive and (
            (first.dep_ in ("acl", "xcomp", "relcl") and first.head.pos_ in ("NOUN", "ADJ")
             and first.head.lemma_.lower() not in lx.READINESS_FRAMES)
            or (first.dep_ == "advcl" and first.head.pos_ == "ADJ")
            or (first.dep_ == "advcl" and first.head.lemma_.lower() in lx.GRANT_VERBS
                and any(c.dep_ == "dative" for c in first.head.children))
            or any(c.dep_ == "mark" and c.lower_ == "for" for c in first.children)):
        # "20 days to arrest him", "difficult to arrest him", "easier for terrorists to strike",
        # "found it difficult to arrest him" (the infinitive parsed as the adjective's advcl),
        # "gave them a free hand to loot" (an infinitival relative), "granted the police ten
        # days to arrest him" (the infinitive parsed as the granting's advcl): a time, a leave
        # or a task given is no act done
        cand.suppressed = "hypothetical"
    if (tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj")
            and tok.head.lemma_.lower() in lx.CESSATION_VERBS):
        cand.negated = True  # "threatened to stop releasing hostages": no release asserted
    if (cand.how.startswith("noun") and cand.plover == "AID" and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in lx.CESSATION_VERBS | lx.AID_HALTING_VERBS):
        cand.suppressed = "halted"  # "halted some weapons shipments to Israel": aid cut, not given
    if (cand.how.startswith("noun") and tok.dep_ == "dobj"
            and lemma_of(tok.head) in lx.CANCELLING_VERBS):
        cand.suppressed = "cancelled"  # "cancelled a state visit by X": no visit took place
    gov = governor(tok)
    if gov is None or gov.i == tok.i:
        if within_asked_act(tok):  # "asked Israel to halt its air [strikes] on Hezbollah"
            cand.suppressed = "requested"
        return
    glemma = gov.lemma_.lower()
    framed = cands.get(gov.i)
    if cand.how == "verb+wrongdoing" and framed is None and glemma in lx.WRONGDOING_FRAMES:
        return  # "claimed the centre was shielding the culprits": the claim is the criticism
    if glemma in lx.FAIL_VERBS and cand.cameo in lx.FAILED_AGREEMENT_CAMEOS and not is_negated(gov):
        # "Greece and Turkey failed to reach agreement": talks that end without one reject it
        # (PLOVER REJECT "all rejections and refusals", mode 'meet'), not an agreement denied
        cand.plover, cand.mode, cand.cameo = "REJECT", "meet", "12"
        cand.contexts = [c for c in cand.contexts if c != "diplomatic"]
        cand.how += "+failed"
    elif glemma in lx.FAIL_VERBS:
        cand.negated = True
    elif glemma in lx.DENIAL_VERBS:
        cand.suppressed = "denied"
        refused = any(c.dep_ == "dobj" and c.lemma_.lower() in lx.REQUIRED_OBJECTS.get(glemma, ())
                      for c in gov.children)  # "denied permission to their march": a refusal
        if framed is not None and not refused:
            framed.suppressed = "denial"  # "denied attacking" is not a REJECT either
    elif glemma in lx.ALLEGATION_VERBS:
        cand.suppressed = "alleged"
        if framed is not None:
            framed.contexts += [c for c in cand.contexts if c != "diplomatic"]
    elif glemma in lx.THREAT_VERBS and _foresees_others_act(gov, cand):
        cand.suppressed = "hypothetical"  # "critics warned of a crackdown": no threat by critics
    elif glemma in lx.THREAT_VERBS and (cand.plover in lx.CONFLICT_TYPES
                                        or glemma not in lx.PLEDGE_VERBS) and not _assured_partner(gov, cand):
        cand.suppressed = "threatened"
        frame = framed or _new_frame(gov, cands, "THREATEN", "130")
        frame.plover = "THREATEN"  # "pledged to attack": the pledge's own AGREE is the threat
        frame.embedded.append(cand)
        frame.mode = lx.THREAT_MODE.get(cand.plover)
        frame.cameo = lx.THREAT_CAMEO.get(cand.plover, "130")
        frame.contexts += cand.contexts
        frame.trigger = (min(frame.trigger[0], cand.trigger[0]), max(frame.trigger[1], cand.trigger[1]))
    elif glemma == lx.RULING_OUT[0] and framed is not None:
        cand.suppressed = "threatened" if framed.plover == "THREATEN" else "refused"
        framed.embedded.append(cand)
    elif glemma in lx.REFUSAL_VERBS:
        cand.suppressed = "refused"
        frame = framed or _new_frame(gov, cands, "REJECT", "120")
        frame.embedded.append(cand)
        frame.mode = lx.ASK_MODE.get(cand.plover)
        frame.contexts += [c for c in cand.contexts if c != "diplomatic"]
        frame.trigger = (frame.trigger[0], max(frame.trigger[1], cand.trigger[1]))
    elif ((glemma in lx.REQUEST_VERBS or glemma in lx.DEMAND_SPEECH_VERBS)
          and framed is not None and framed.plover == "REQUEST"):
        cand.suppressed = "requested"
        framed.mode = lx.ASK_MODE.get(cand.plover, framed.mode)
        framed.contexts += [c for c in cand.contexts if c != "diplomatic"]
        if cand.anchor.dep_ in ("ccomp", "advcl"):  # "asked that Russia extradite": Russia is the addressee
            subjects = actor_tokens([c for c in cand.anchor.children if c.dep_ == "nsubj"])
            # ... but "told the governor that he should ...": the told addressee stands (audit9)
            if not (framed.recipients and subjects and all(t.pos_ == "PRON" for t in subjects)):
                framed.recipients = subjects
    elif glemma in lx.REQUEST_VERBS and framed is None and how_learned(cand):
        cand.suppressed = "requested"  # a learned pair inside "urged X to release ...": asked for
    elif glemma in lx.CONSIDER_FRAMES and cand.anchor.dep_ in ("xcomp", "dobj"):
        if cand.plover in lx.CONFLICT_TYPES and not cand.negated and not is_negated(gov):
            _intend(cand, gov, cands, future=True)  # "is considering suspending ties": a warning
        else:
            cand.suppressed = "hypothetical"  # "is considering sending aid": not done yet
    elif glemma in lx.ATTEMPT_VERBS and cand.anchor.dep_ == "xcomp":
        cand.suppressed = "attempted"  # "tried to storm the embassy": an attempt, no act reported
    elif glemma in lx.INTENT_VERBS or (glemma in lx.HOPE_VERBS and cand.anchor.dep_ == "xcomp") or (
            glemma in lx.DESIRE_FRAMES and cand.anchor.dep_ in ("xcomp", "advcl")
            and lemma_of(cand.anchor) not in lx.PERFORMATIVE_VERBS):
        _intend(cand, gov, cands, future=False)  # "wanted to raid", "is keen to meet": wishes
    elif glemma in lx.NEED_FRAMES and cand.anchor.dep_ in ("xcomp", "advcl"):
        cand.suppressed = "hypothetical"  # "needed to investigate the company": not done
    elif glemma in lx.PROSPECT_FRAMES and cand.plover in lx.CONFLICT_TYPES:
        cand.suppressed = "hypothetical"  # "likely to be arrested"
    elif glemma in lx.SCHEDULE_FRAMES and cand.anchor.dep_ == "xcomp":
        _intend(cand, gov, cands, future=True)  # "is due to visit Pyongyang": a planned visit
    if not cand.suppressed and within_asked_act(tok):
        # "protesters gathered, calling on the prime minister to [resign]" (the call read as a
        # phone call, no REQUEST to absorb it): asked for, not done
        cand.suppressed = "requested"


def _assured_partner(pledge: Token, cand: Candidate) -> bool:
    """A pledge of forces made to a named partner ("promised Spain it would step up coastguard
    patrols") assures that partner of a measure taken with it in mind: an AGREE, not a threat
    against it (probe12). Only mobilisations: a promise to strike someone stays a threat."""
    return (cand.plover == "MOBILIZE" and lemma_of(pledge) in lx.PLEDGE_VERBS
            and any(c.dep_ in ("dative", "dobj") and is_actor(c) for c in pledge.children))


def _shared_opinion(tok: Token, actor: Callable[[Token], bool]) -> bool:
    """"Residents agreed that the situation was bad": an "agree" whose only complement is a "that"
    clause stating a fact or view, not an act to be done (no modal, or a modal clause whose
    subject is no actor and whose verb is no trigger: "experts agree the crisis will worsen")."""
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in lx.AGREED_PREPS)
           for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    for clause in clauses:
        modal = any(c.dep_ == "aux" and c.lower_ in lx.COMMITTING_MODALS for c in clause.children)
        acted = any(c.dep_ in ("nsubj", "nsubjpass") and (actor(c) or c.pos_ == "PRON")
                    for c in clause.children) or lemma_of(clause) in KEY_LEMMAS
        if modal and acted:
            return False
    return True


def _foresees_others_act(warn: Token, cand: Candidate) -> bool:
    """A warning of a use of force by someone who cannot use it ("rights groups warned of a
    crackdown", "analysts warn of an attack"): a guess about another's act, not a threat."""
    if not cand.how.startswith("noun") or cand.plover not in lx.FORCE_TYPES:
        return False
    return any(t.lemma_.lower() in lx.SPECULATORS or t.lemma_.lower() in lx.CIVIL_VOICES
               or t.lower_ in lx.CIVIL_VOICES  # "rights" is lemmatised "right"
               for c in warn.children if c.dep_ == "nsubj"
               for t in [c, *(m for m in c.children if m.dep_ in ("compound", "amod"))])


def _speaks_for_actor(chain: list[Token]) -> bool:
    """Whether the speaker of the reported clause in `chain` can speak for its actor: not someone
    guessing (lx.SPECULATORS), nor a speaker whose phrase names a party the actor's does not ("US
    officials said Russia could ..."); a pronoun on either side refers back ("it could ...")."""
    link = next(link for link in chain
                if link.dep_ == "ccomp" and link.head.lemma_.lower() in lx.REPORTING_VERBS)
    speaker = next((c for c in link.head.children if c.dep_ == "nsubj"), None)
    actor = next((c for c in link.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or actor is None or "PRON" in (speaker.pos_, actor.pos_):
        return speaker is None or speaker.lemma_.lower() not in lx.SPECULATORS
    if speaker.lemma_.lower() in lx.SPECULATORS:
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in actor.children):
        return True  # "Sudan said its jets could bomb ...": the speaker's own (threat2)
    actor_words = {t.lower_ for t in phrase_words(actor)}
    return not any(t.lower_ not in actor_words for t in phrase_words(speaker)
                   if t.pos_ == "PROPN" or (t.dep_ == "amod" and t.text[:1].isupper()))


def _subjunctive_passive(verb: Token) -> bool:
    """A bare "be" passive with no finite verb: "demanded that they be arrested"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxes) and all(c.dep_ == "auxpass" and c.tag_ == "VB" for c in auxes)


def how_learned(cand: Candidate) -> bool:
    """Placed by a learned model (pairs.py, selector.py), framed here with no rule candidates."""
    return cand.how in ("learned", "selected")


def _contrasted(tok: Token) -> bool:
    """A conjunct set against the one before it ("has not been withdrawn but kept on alert"): the
    first's negation is not the second's (lx.CONTRAST_CONJUNCTIONS)."""
    return tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in lx.CONTRAST_CONJUNCTIONS
                                      and c.i < tok.i for c in tok.head.children)


def clause_chain(tok: Token, cands: dict[int, Candidate]) -> list[Token]:
    """`tok` and the plain verbs it is the purpose/complement of ("go to Moscow to [meet]")."""
    chain = [tok]
    frames = (lx.INTENT_VERBS | lx.THREAT_VERBS | lx.REFUSAL_VERBS | lx.DENIAL_VERBS
              | lx.ALLEGATION_VERBS | lx.REQUEST_VERBS | lx.FAIL_VERBS)
    # A verb coordinated with no subject or auxiliary of its own shares its first conjunct's
    # ("if police tried to stop us and [arrest] us": the arrest is as conditional as the stop).
    while (tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i != tok.i
           and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)):
        tok = finite_conjunct(tok) or tok.head
        chain.append(tok)
    while len(chain) < 3 and tok.dep_ in ("xcomp", "advcl") and tok.head.i != tok.i:
        tok = tok.head
        if tok.i in cands or tok.lemma_.lower() in frames or tok.pos_ != "VERB":
            break
        chain.append(tok)
    if (len(chain) < 3 and tok.dep_ == "pcomp" and tok.head.lower_ == "from"
            and tok.head.head.lemma_.lower() in lx.ABSTAIN_VERBS):
        chain.append(tok.head.head)  # "will not refrain from attacking": the act is announced
    return chain


def _intend(cand: Candidate, frame_tok: Token, cands: dict[int, Candidate], *, future: bool) -> None:
    """An intended or future act: cooperative -> AGREE; conflictual -> THREATEN when declared
    for the future ("will strike", "said it would boycott": manual 2.3, a threat is a conflictual
    act announced), no event when only planned or intended ("plans to strike")."""
    if cand.plover == "AGREE":
        return
    if cand.plover == "MOBILIZE" and _sent_to_ally(cand.anchor):
        # "offered to send troops to East Timor": forces offered to a country are military aid
        # offered (AGREE 0332), as "will send troops to X" is; not a show of force
        cand.plover, cand.mode, cand.cameo = "AID", None, "072"
        if future:
            cand.plover, cand.cameo = "AGREE", "0332"
            cand.how += "+future"
        else:
            _agree_frame(cand, frame_tok, cands, "0332")
        return
    if cand.plover in ("RETREAT", "CONCEDE") and frame_tok.lemma_.lower() in lx.DECISION_VERBS:
        return  # "has decided to lift the sanctions": a yield decided is made, not offered
    if cand.plover in ("RETREAT", "CONCEDE") and not future:
        # "is willing to withdraw", "offered to lift the ban": a willingness to yield is AGREE
        # (manual 3.1: "indicate willingness or commitment"; CAMEO 035 express intent to yield)
        _agree_frame(cand, frame_tok, cands, lx.INTENT_TO_YIELD_CAMEO.get(cand.mode or "", "035"))
        return
    if cand.plover == "RETREAT":  # "will release the hostages": intent to yield (CAMEO 035)
        # The manual (3.4.2) says CONCEDE, but CAMEO2PLOVER maps 035 to AGREE and so do the PLV
        # sentences (20 of 22 declared future releases/withdrawals) and the gold records.
        cand.cameo = lx.INTENT_TO_YIELD_CAMEO.get(cand.mode or "", "035")
        cand.plover, cand.mode = "AGREE", None
        cand.how += "+future"
        return
    if cand.plover == "MOBILIZE" and _posted_on_duty(cand.anchor):
        return  # "1,200 policemen will be deployed at the counting centres": a mobilisation announced
    tok = cand.anchor  # a noun is declared only as the object of a light verb ("will hold a protest")
    declared = not cand.how.startswith("noun") or (
        tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.LIGHT_VERBS | lx.CONSIDER_FRAMES)
    # "said it was ready to strike": a readiness declared is a threat, a plan is not
    future = future or frame_tok.lemma_.lower() in lx.READINESS_FRAMES
    if future and declared and cand.plover in lx.CONFLICT_TYPES and not cand.negated:
        cand.mode = ("arrest" if cand.mode == "arrest"
                     else lx.THREAT_MODE.get(cand.plover, "restrict" if cand.plover == "PROTEST" else None))
        cand.cameo = lx.THREAT_CAMEO.get(cand.plover, "130")
        cand.plover, cand.contexts = "THREATEN", [c for c in cand.contexts if c]
        cand.how += "+future"
        return
    if cand.plover not in lx.COOPERATIVE_TYPES:
        if cand.plover in lx.CONFLICT_TYPES:
            cand.suppressed = "intended"
        return
    if future:  # "will visit": the act itself becomes AGREE
        if frame_tok.lemma_.lower() in lx.READINESS_FRAMES and frame_negated(frame_tok):
            cand.negated = True  # "the union was not willing to negotiate": no readiness (audit11)
        cand.contexts.append("diplomatic" if cand.plover == "CONSULT" else "")
        cand.cameo = AGREE_CAMEO.get(cand.plover, "030")
        cand.plover, cand.mode = "AGREE", None
        cand.how += "+future"
        return
    _agree_frame(cand, frame_tok, cands, AGREE_CAMEO.get(cand.plover))


def _posted_on_duty(verb: Token) -> bool:
    """A passive future deployment that names no one it is aimed at ("1,200 policemen will be
    deployed at the counting centres", "forces would be deployed in full strength"): forces put in
    place, announced, not a show of force against someone (that names its target: "troops will be
    deployed along the border with Ukraine"). The active form alike ("Britain will deploy two more
    warships to the Red Sea", threat3), and open water named is no one (lx.OPEN_WATER_WORDS)."""
    return (lemma_of(verb) in lx.DEPLOYED_VERBS
            and any(c.dep_ in ("auxpass", "dobj") for c in verb.children)
            and not any((is_actor(t) or t.ent_type_ in lx.VENUE_ENT_LABELS) and not _open_water(t)
                        for o in prep_objects(verb, set(lx.DEPLOYMENT_TARGET_PREPS)) for t in o.subtree))


def _border_sides(verb: Token, objs: list[Token]) -> list[Token]:
    """The state across a border forces are sent to or posted along, named by a nationality or
    a country before the border word (lx.FACED_BORDER_WORDS): "Colombian" in "to the Colombian
    frontier", "Croatia" in "to the Croatia border" (probe11)."""
    borders = [o for h in [verb, *objs] for o in prep_objects(h, set(lx.DEPLOYMENT_TARGET_PREPS))
               if o.lemma_.lower() in lx.FACED_BORDER_WORDS]
    return _nationality_marks(borders)


def _nationality_marks(nouns: list[Token]) -> list[Token]:
    """The nationalities or countries that modify `nouns` ("Colombian" frontier, "Croatia"
    border, "Nigerian" rice), as actors."""
    return actor_tokens(m for n in nouns for m in n.children
                        if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE")
                        and is_actor(m))


def _nationals_hit(verb: Token) -> list[Token]:
    """The nationality naming the goods, people or ships an act falls on (lx.NATIONALS_HIT_VERBS),
    the act being `verb` or the one it frames ("threatened to ban", "ruled out hosting"):
    "Gambian" in "agreed to buy Gambian groundnuts", "Trinidadian" in "ban imports of Trinidadian
    goods"; a topic's nationality ("discussed Chinese investment") is none (probe11b)."""
    acts = [verb] if lemma_of(verb) in lx.NATIONALS_HIT_VERBS else [
        c for c in verb.children if c.dep_ in ("xcomp", "advcl") and lemma_of(c) in lx.NATIONALS_HIT_VERBS
        and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    objs = [o for a in acts for d in a.children if d.dep_ == "dobj" for o in [d, *d.conjuncts]]
    held = objs + [g for o in objs if o.lemma_.lower() in lx.GOODS_HOLDER_NOUNS for g in prep_objects(o, {"of"})]
    return _nationality_marks(held)


def _open_water(tok: Token) -> bool:
    """A word of a place named as open water ("the Red Sea", "the eastern Mediterranean"): the
    last word of its entity is in lx.OPEN_WATER_WORDS (threat3)."""
    if not tok.ent_type_:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent[-1].lower_ in lx.OPEN_WATER_WORDS


def _sent_to_ally(verb: Token) -> bool:
    """Forces sent "to" or "into" a named actor that is not itself a force ("send troops to
    Uganda"; not "send more police to the border" nor "send troops to the police")."""
    return lemma_of(verb) in lx.FORCE_SENDING_VERBS and any(
        is_actor(o) and o.lemma_.lower() not in lx.NO_ALLY_DESTINATIONS
        for o in prep_objects(verb, {"to", "into"}))


def _agree_frame(cand: Candidate, frame_tok: Token, cands: dict[int, Candidate],
                 cameo: str | None) -> None:
    """The intended act `cand` becomes the AGREE of the verb or adjective that frames it (with
    `cameo`, the code of intending that act, when there is one)."""
    cand.suppressed = "intended"
    frame = cands.get(frame_tok.i)
    if frame is None or frame.plover != "AGREE":
        frame = _new_frame(frame_tok, cands, "AGREE", cameo or "030")
        frame.confidence = cand.confidence
    elif cameo:
        frame.cameo = cameo
    frame.embedded.append(cand)
    frame.negated = frame.negated or cand.negated
    frame.contexts += cand.contexts
    frame.trigger = (min(frame.trigger[0], cand.trigger[0]), max(frame.trigger[1], cand.trigger[1]))


def _new_frame(tok: Token, cands: dict[int, Candidate], plover: str, cameo: str) -> Candidate:
    """A new candidate anchored on a framing verb ("plans" in "plans to visit")."""
    cand = Candidate(plover, None, cameo, [], tok, (tok.i, tok.i + 1), how="frame")
    cand.negated = frame_negated(tok)
    cands[tok.i] = cand
    return cand


# -- arguments --------------------------------------------------------------------------------
# Dependency slots of a verb's or preposition's arguments.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def is_actor(tok: Token, *, lowered: bool = True) -> bool:
    """Can this token head an actor phrase? `lowered=False`: not by `_lowered_name` alone (the
    selector's actor feature, `selector._Phrase.of`)."""
    if tok.ent_type_ in lx.ACTOR_ENT_LABELS:
        return True
    if tok.pos_ == "PRON":
        # "asked them to stay", "accused him of": the party acted on ("her" as an object only)
        return tok.lower_ in lx.ACTOR_PRONOUNS or (tok.lower_ in lx.OBJECT_PRONOUNS
                                                   and tok.dep_ != "poss" and tok.tag_ != "PRP$")
    if _headline_country(tok):
        return True
    if lowered and _lowered_name(tok):  # "the bjp", "the congress", "trinamul mp sudip bandyopadhyay"
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        # a lower-cased acronym the small parser tags as an adverb or adjective but places in
        # an argument's slot ("the bsf arrested two men": bsf/RB nsubj) is still the noun
        return tok.dep_ in ARGUMENT_DEPS and tok.lower_ in lx.ACTOR_NOUNS
    if tok.pos_ == "PROPN" and _named_partner(tok):  # "Trump and Putin": NER missed one name
        return True
    if _acronym(tok):  # "the ELN declared a ceasefire": NER misses many group acronyms
        return True
    lemma = tok.lemma_.lower()
    if lemma in lx.ACTOR_NOUNS or lemma in lx.LOWER_NEWS_ACTOR_NOUNS:
        return True
    if (lemma in lx.UNIT_NOUNS or tok.lower_ in lx.UNIT_NOUNS) and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in lx.ACTOR_NOUNS for c in tok.children):
        return True  # "a police team", "two crpf companies": a force's unit acts as the force
    if lemma in lx.LEADING_BODIES and any(  # "the rebel leadership", "the Serb leadership"
            c.dep_ in ("compound", "amod", "poss") and (c.lemma_.lower() in lx.ACTOR_NOUNS
                                                        or c.ent_type_ in ("NORP", "GPE", "ORG"))
            for c in tok.children):
        return True
    if lemma in lx.NOT_ACTOR_NOUNS or lemma in lx.NOUN_TRIGGERS:
        return False
    # "Taliban bombers", "Israeli jets", "Russian companies": a named modifier makes an actor
    return any(c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
               for c in tok.children)


def _may_open_unnamed(sdoc: Doc) -> bool:
    """`EventCoder._may_open` before the entity component has run: a name (PROPN, or a
    capitalised adjective such as a demonym) stands for any entity it may be labelled."""
    counts: dict[int, tuple[int, int]] = {}  # per tree: tokens that may head actors, names
    for tok in sdoc:
        named = tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and tok.is_title)
        if not (named or is_actor(tok)):
            continue
        root = tok
        while root.head.i != root.i:
            root = root.head
        heads, names = counts.get(root.i, (0, 0))
        heads, names = heads + 1, names + named
        if heads >= 2 and names >= OPEN_GATE_NAMES:
            return True
        counts[root.i] = (heads, names)
    return False


def _headline_country(tok: Token) -> bool:
    """The subject of a lower-cased headline that names a country or its capital ("australia
    rushes aid to ...", "u.s. sends aid ..."): NER tags no entity in a sentence with no
    capitals, so it would be no actor. Subjects only: a place named after "in" is a location."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:
        return False
    words = [t.lower_ for t in tok.children if t.dep_ == "compound" and t.i < tok.i] + [tok.lower_]
    # the sentence's capitals last: making its span and text costs more than the name lookup
    return (" ".join(words).rstrip(".") in country_names()
            and not any(ch.isupper() for ch in tok.sent.text))


def _lowered_name(tok: Token) -> bool:
    """A lower-cased name in an argument's place that `eventwire.nlp.recase` left lower-case and
    the name labeler so missed: an organisation of the knowledge base (`lx.LOWER_NAME_KINDS`:
    "the congress", "the bjp's call", where the possessive kept recasing off), the person a title
    introduces ("trinamul mp sudip bandyopadhyay": the head is a surname in no dictionary), or
    such a title itself with a determiner or modifier ("the trinamul mp also demanded"). A name
    that is also an English word ("congress") is one only after "the" or as an owner ("'s"), and
    never with "of" after it ("a congress", "the congress of the union": a meeting). Lower-cased
    sentences only."""
    if (not tok.is_lower or not tok.is_alpha or tok.ent_type_
            or tok.dep_ not in ARGUMENT_DEPS and tok.dep_ != "poss" or not _lowered_sentence(tok)):
        return False  # (the sentence test first: capitalised news never reaches the KB look-up)
    kids = list(tok.children)
    if tok.lower_ in lx.LOWER_TITLE_HEADS:
        return any(c.dep_ in ("det", "amod", "compound", "poss") and c.i < tok.i for c in kids)
    before = [c for c in kids if c.dep_ == "compound" and c.i < tok.i]
    # the title may hang on the first name rather than the surname ("the cjm sanjay shukla":
    # cjm -> sanjay -> shukla; "cpi state secretary ashok mishra")
    if tok.pos_ in ("NOUN", "PROPN") and any(
            w.lower_ in lx.LOWER_NAME_TITLES or w.lower_ in lx.LOWER_NAME_TITLES_NOUNS2
            for c in before for w in c.subtree):
        return not dictionary_word(tok.lower_)
    if any(c.lower_ == "of" for c in kids):
        return False
    words = " ".join([c.lower_ for c in before] + [tok.lower_])
    common = dictionary_word(tok.lower_)
    # the head alone only where it is no English word: "the party congress" is a meeting
    if not (_lowered_org(words) or (before and not common and _lowered_org(tok.lower_))):
        return False
    return not common or any(c.lower_ == "the" or c.dep_ == "case" for c in kids)


def _lowered_sentence(tok: Token) -> bool:
    """Whether `tok`'s sentence is lower-cased news. A sentence the coder parsed: its text as the
    document has it, before recasing put capitals on names, has none (a mojibake "Â" aside);
    "Kenya announced the amnesty" looks recased. Any other parse: its first word outside a name
    is lower-case."""
    doc = tok.doc
    if BEFORE in doc.user_data:
        if LOWERED not in doc.user_data:
            text, start, _ = doc.user_data[BEFORE]
            original = text[start:start + len(doc.text)].replace("\u00c2", "")
            doc.user_data[LOWERED] = lower_cased(original, min_letters=1)
        return doc.user_data[LOWERED]
    return next((t.is_lower for t in tok.sent if t.is_alpha and not t.ent_type_), False)


@lru_cache(maxsize=1 << 12)
def _lowered_org(words: str) -> bool:
    """Whether the knowledge base knows lower-case `words` as an organisation of
    `lx.LOWER_NAME_KINDS` (a short word also as an acronym: "bjp" -> BJP, not from the derived
    tables, whose party acronyms are ordinary words: "hun", "amen")."""
    kb = shipped_kb()
    offices = kb.lookup_key(name_key(words))
    if 2 <= len(words) <= 5 and words.isalpha():
        offices = offices + [o for o in kb.lookup_key(words.upper()) if o.source not in DERIVED_SOURCES]
    return any(o.role in lx.LOWER_NAME_KINDS for o in offices)


def _acronym(tok: Token) -> bool:
    """An upper-case abbreviation ("ELN", "ICE", "LNA") in a sentence that is not all capitals
    (a shouted headline makes every word one)."""
    text = tok.text.replace(".", "")
    return (2 <= len(text) <= 6 and text.isalpha() and text.isupper()
            and tok.lemma_.lower() not in lx.HAZARD_NOUNS
            and any(t.is_alpha and t.is_lower for t in tok.sent))


def _named_partner(tok: Token) -> bool:
    """A name coordinated with a named actor ("Trump and Putin", "Hamas and Fatah")."""
    partners = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        partners.append(tok.head)
    return any(p.pos_ == "PROPN" and p.ent_type_ in lx.ACTOR_ENT_LABELS for p in partners)


def may_act(tok: Token) -> bool:
    """Looser than `is_actor`, for the selector's sources: any noun or name that is not a
    natural hazard ("an earthquake killed eight people"), an abstraction or an event word."""
    if is_actor(tok):
        return True
    lemma = tok.lemma_.lower()
    return (tok.pos_ in ("NOUN", "PROPN") and lemma not in lx.HAZARD_NOUNS
            and lemma not in lx.NOT_ACTOR_NOUNS and lemma not in lx.NOUN_TRIGGERS
            and tok.lower_ not in lx.HAZARD_NOUNS)


def counted(tok: Token) -> Token:
    """What a quantity counts ("dozens of students", "two of the hostages"), else `tok`."""
    if tok.lemma_.lower() not in lx.QUANTITY_NOUNS and not tok.like_num:
        return tok
    return next((g for c in tok.children if c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), tok)


def is_thing(tok: Token) -> bool:
    """Does a phrase head name what is given, fired or paid, not a party ("$50,000 worth of
    goods", "mortars", "$2 million")? Such a phrase is never a recipient: the next candidate
    (whom the goods go "to", what the mortars hit) takes its place. Names and pronouns are no
    things; a count is read for what it counts ("two of the hostages")."""
    tok = counted(tok)
    if tok.pos_ == "PRON" or tok.ent_type_ in lx.ACTOR_ENT_LABELS:
        return False
    return (tok.ent_type_ in lx.AMOUNT_ENT_LABELS or tok.lemma_.lower() in lx.THING_NOUNS
            or tok.lower_ in lx.THING_NOUNS)


def antecedent_in_sentence(tok: Token, actors: list[Token]) -> Token:
    """The actor an object pronoun stands for when its sentence names it before ("X was released
    after Y pardoned him": X; "the people ... ready to help them": the people), else the pronoun
    itself (the resolver looks further back). Never the event's own actor phrase (a pronoun object
    is not its clause's subject); "him"/"her" a person, "them" a group (PRONOUN_KINDS)."""
    if tok.pos_ != "PRON" or tok.lower_ not in lx.OBJECT_PRONOUNS:
        return tok
    person = PRONOUN_KINDS[tok.lower_]
    own = {w.i for a in actors for w in phrase_words(a)}
    for t in reversed(tok.doc[: tok.i]):
        if (t.i in own or t.pos_ == "PRON" or t.dep_ in lx.INSIDE_PHRASE_DEPS
                or not is_actor(t)):
            continue
        plural = t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("ORG", "GPE", "NORP")
        one = t.ent_type_ == "PERSON" or (not plural and t.lemma_.lower() in lx.ONE_PERSON_NOUNS)
        if one if person else plural:
            return t
    return tok


def actor_tokens(heads: Iterable[Token]) -> list[Token]:
    """Actor heads plus the actors coordinated with them ("Russia and Syria")."""
    out: list[Token] = []
    for head in heads:
        stack = [head]
        while stack:
            tok = stack.pop()
            if tok.lower_ in lx.UNIT_NOUNS:  # "65 companies of crpf", not "men of the village"
                tok = next((g for c in tok.children if c.lower_ == "of" for g in c.children
                            if g.dep_ == "pobj" and is_actor(g)), tok)
            else:
                tok = counted(tok)  # "dozens of students"
            if is_actor(tok) and tok not in out:
                out.append(tok)
            stack.extend(c for c in tok.children if c.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)


def passive_agents(children: Iterable[Token]) -> list[Token]:
    """The objects of a passive's "by" among a verb's `children` ("was attacked by a dog")."""
    return [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _fronted_name_subject(verb: Token) -> list[Token]:
    """A state's name that opens the clause of a tensed verb with no subject, read by the parser
    as a noun-phrase adverb: "Turkey massed tanks along its border ..., Anadolu reported" (threat2).
    Only a place or group name right before the verb; a date ("Monday") is none."""
    if verb.tag_ not in FINITE_TAGS:
        return []
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.right_edge.i == verb.i - 1
            and c.ent_type_ in ("GPE", "NORP", "ORG")][:1]


def _participle_misread_subject(verb: Token) -> list[Token]:
    """The subject of a passive the parser hung on a reduced participle before it: in "two men
    wanted for fraud were extradited by X", "wanted" is read as the finite verb of "two men" and
    "were extradited" as its complement, with no subject; the men are the ones extradited.
    Empty unless `verb` has a passive auxiliary and no subject of its own and its head is a bare
    participle (tagged as a participle or a past tense) with a subject before it."""
    head = verb.head
    if (verb.dep_ not in ("ccomp", "advcl", "conj") or head.i == verb.i or head.i > verb.i
            or head.tag_ not in ("VBN", "VBD")  # the participle read as a past tense
            or not any(c.dep_ == "auxpass" for c in verb.children)
            # a modal or a "that" makes it a clause the head reports or warns of ("warned that
            # Cameroonians would be deported"), not its own predicate
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark", "aux") for c in verb.children)
            or head.lemma_.lower() in lx.REPORTING_VERBS
            or any(c.dep_ in ("aux", "auxpass") for c in head.children)):
        return []
    return [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]


def _misread_participle(verb: Token) -> bool:
    """`verb` is the reduced participle of `_participle_misread_subject`'s misparse ("workers
    detained in a raid were released": "detained" says what was done to the workers)."""
    return any(_participle_misread_subject(c) for c in verb.children if c.i > verb.i)


def subject_of(verb: Token, depth: int = 0) -> tuple[list[Token], list[Token]]:
    """(actors, passive subjects) of a verb, climbing xcomp/conj/advcl for shared subjects."""
    kids = tuple(verb.children)  # read three times: spaCy makes new Token objects per walk
    subj = [c for c in kids if c.dep_ in ("nsubj", "csubj")]
    passive = [c for c in kids if c.dep_ == "nsubjpass"] or _participle_misread_subject(verb)
    agents = passive_agents(kids)
    if subj and _misread_participle(verb):  # "workers detained in a raid were freed": undergone
        return actor_tokens(agents), actor_tokens(subj)
    if not subj and not passive:
        subj = _subject_on_be(verb) or _fronted_name_subject(verb)
    if verb.dep_ == "relcl":  # "the officers who arrested the rioters": "who" is the officers
        subj = [verb.head if _relative_pronoun(c) else c for c in subj]
        passive = [verb.head if _relative_pronoun(c) else c for c in passive]
    if passive and not agents:
        agents = _gerund_agents(verb) or _conjunct_agents(verb)
    if passive:
        return actor_tokens(agents), actor_tokens(passive)
    if (not subj and verb.dep_ == "conj" and depth < 3
            and any(c.dep_ == "auxpass" for c in verb.children)):
        # "the leaders left the office and were arrested": a passive conjunct's shared subject
        # undergoes the act, it does not do it
        shared, shared_passive = subject_of(verb.head, depth + 1)
        return actor_tokens(agents), shared_passive or shared
    if (not subj and verb.dep_ == "conj" and depth < 3 and verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in verb.head.children)):
        # "was surrounded and heckled by strikers": the auxiliary is the first participle's, so
        # is the subject; the agent is either's ("chased away by the police and arrested")
        shared, shared_passive = subject_of(verb.head, depth + 1)
        return actor_tokens(agents) or shared, shared_passive
    if (not subj and verb.dep_ == "conj" and depth < 3 and verb.tag_ in FINITE_TAGS
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
            and any(c.dep_ == "auxpass" for c in verb.head.children)):
        # "the protesters were dispersed by police and blocked the highway": a tensed active
        # conjunct (with an object: "was ripped from her arms and kidnapped" is one more
        # participle) of a passive is done by the passive's subject, not by its agent
        return subject_of(verb.head, depth + 1)[1], []
    if agents and verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a mine planted by the militants"
        return actor_tokens(agents), []
    undergo = _caused_to_undergo(verb, subj)
    if undergo:  # "the collector had the two leaders arrested": the causer acts on them
        return subject_of(verb.head if verb.dep_ == "ccomp" else verb.head.head, depth + 1)[0], undergo
    if subj:  # two subjects only from a misparse ("(AFP) Earlier, X met"): the nearer wins
        near = min(subj, key=lambda t: abs(t.i - verb.i))
        if near.tag_ in ("VBG", "VBN"):  # "The Red Cross operating in Iraq said": a misparse
            near = next((c for c in near.children if c.dep_ == "nsubj" and is_actor(c)), near)
        if near.lower_ in lx.REPORTED_PRONOUNS:
            return _reporter(verb) or actor_tokens([near]), []
        return actor_tokens([*_headline_partner(verb, near), near]), []
    if verb.dep_ == "relcl" and is_actor(verb.head):
        return actor_tokens([verb.head]), []
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and is_actor(verb.head):
        return actor_tokens([verb.head]), []  # "the police firing on the crowd", "troops storming"
    # "acomp": the subject of "is ready to send" is ready (a frame on the adjective)
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and verb.head.i != verb.i:
        head = verb.head.head if verb.dep_ == "pcomp" else (finite_conjunct(verb) or verb.head)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "for":  # "criticised the police for
            objs = [c for c in head.children if c.dep_ == "dobj" and is_actor(c)]  # opening fire"
            if objs:
                return actor_tokens(objs), []
            # "the workers were arrested (by the police) for blocking the road": the reason of a
            # passive is its subject's act, not its agent's (audit12); the parser may hang that
            # subject on the passive's auxiliary ("workers were [taken into custody] for ...")
            auxpass = [c for c in head.children if c.dep_ == "auxpass"]
            held = [c for h in (head, *auxpass) for c in h.children
                    if c.dep_ in ("nsubjpass", "nsubj") and is_actor(c)]
            if held and auxpass:
                return actor_tokens(held), []
        if verb.dep_ == "xcomp" and raised_subjects(verb):  # "X is said to have attacked"
            if any(c.dep_ == "auxpass" for c in verb.children):  # "X is said to have been
                return [], actor_tokens(raised_subjects(verb))  # killed": X undergoes it
            return actor_tokens(raised_subjects(verb)), []
        if verb.dep_ == "xcomp":  # object control: "asked Russia to extradite" -> Russia acts
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative") and is_actor(c)]
            if objs and head.lemma_.lower() in lx.OBJECT_CAUSE_VERBS:
                # "X pushed in, but Y forced them to retreat": "them" is the forced side named
                # before, never the forcer, whom a pronoun's resolution would otherwise reach
                # first (leftovers2)
                forcers = [w for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                           for w in c.subtree]  # "shots from Indian troops forced them"
                objs = [antecedent_in_sentence(o, forcers) for o in objs]
            if objs and head.lemma_.lower() in lx.REQUEST_VERBS | lx.OBJECT_CAUSE_VERBS:
                return actor_tokens(objs), []  # "prompting the policemen to open fire"
            if head.lemma_.lower() in lx.IMPLICATIVE_PASSIVES:  # "police were forced to fire"
                return actor_tokens(c for c in head.children if c.dep_ == "nsubjpass"), []
        return subject_of(head, depth + 1)[0], []
    return [], []


def _headline_partner(verb: Token, subj: Token) -> list[Token]:
    """The first of two subjects a headline joins with a comma ("China, Russia hold joint
    drills", "Nigeria, Ghana sign trade pact"), which the parser hangs on the verb apart. Only in
    a headline (no closing stop), so that a dateline ("KABUL, Pakistan sent ...") stays out."""
    sent = verb.sent
    first = sent[0]
    if (sent[-1].text in (".", "!", "?", '"') or subj.i != first.i + 2 or sent[1].text != ","
            or first.head.i != verb.i or first.is_upper or first.ent_type_ not in ("GPE", "NORP", "ORG")):
        return []
    return [first]


def _subject_on_be(verb: Token) -> list[Token]:
    """The subject of a progressive the parser hung on its "be": on the auxiliary ("Egypt and
    Qatar are mediating", with coordinated subjects) or on "is" read as the main verb with the
    participle as its attribute ("The Vatican is mediating between ...")."""
    be = [c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() == "be"]
    if verb.dep_ == "attr" and verb.tag_ == "VBG" and verb.head.lemma_.lower() == "be":
        be.append(verb.head)
    return [g for b in be for g in b.children if g.dep_ == "nsubj"]


def _relative_pronoun(tok: Token) -> bool:
    """"who", "that", "which" as a relative pronoun (not the acronym "WHO")."""
    return tok.tag_ in ("WP", "WDT") and tok.lower_ in lx.RELATIVE_SUBJECTS


def _caused_to_undergo(verb: Token, subj: list[Token]) -> list[Token]:
    """Who a causative "have" or "get" makes undergo `verb`, a bare participle: "had the two
    leaders arrested" (the parser's subject of a ccomp), "got a constable suspended" (the object
    the participle hangs on); nothing where `verb` is no such participle."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lx.CAUSATIVE_VERBS and verb.head.i < verb.i:
        return actor_tokens(subj)
    if (verb.dep_ == "acl" and verb.head.dep_ == "dobj"
            and verb.head.head.lemma_.lower() in lx.CAUSATIVE_VERBS):
        return actor_tokens([verb.head])
    return []


def raised_subjects(verb: Token) -> list[Token]:
    """The subject a passive reporting verb raised from `verb`, its xcomp: "a helicopter is
    said to have dropped gas" -> helicopter (any noun: the caller decides if it acts)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in lx.RAISING_PASSIVES:
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def _conjunct_agents(verb: Token) -> list[Token]:
    """The agent a passive shares with its conjoined participle: "was booed and shouted down by
    residents" (the parser hangs the "by" on the last participle)."""
    return [g for c in verb.children if c.dep_ == "conj"
            and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
            for g in passive_agents(c.children)]


def _gerund_agents(verb: Token) -> list[Token]:
    """The agent of a passive that the parser hung on its active gerund: "was accused of taking
    bribes by prosecutors" (an active gerund takes no "by" agent of its own, so the "by" phrase
    is the passive's)."""
    gerunds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "with")
               for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
               and not any(a.dep_ == "auxpass" for a in g.children)]
    return [o for g in gerunds for o in prep_objects(g, {"by"}) if is_actor(o)]


def _reporter(verb: Token) -> list[Token]:
    """The named subject of the verb that reports `verb`'s clause ("Hungary said [it] will
    support"), or nothing."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lx.REPORTING_VERBS:
        return []
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    # the pronoun is the speaker, named or not: "Gantz's rival said he would", "Rivals of the
    # government said they will boycott"
    return (actor_tokens(subjects)
            or actor_tokens(a for s in subjects for a in s.children if a.dep_ == "appos")
            or [s for s in subjects if may_act(s)])


def prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    """Objects of the given prepositions hanging on `tok`."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _out_of(tok: Token) -> list[Token]:
    """Objects of "out of" on `tok` ("pulled its troops out of Haiti"), which the parser hangs as
    "out" (a preposition or particle) with "of" under it."""
    return [g for c in tok.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")
            for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
            for g in o.children if g.dep_ == "pobj"]


def dig(tok: Token) -> list[Token]:
    """Actor inside a nominalised object: "the modernization of the Syrian armed forces"."""
    for sub in tok.subtree:
        if sub.dep_ == "pobj" and sub.head.lower_ == "of" and is_actor(sub):
            return [sub]
    return []


def fill_arguments(cand: Candidate, cands: dict[int, Candidate]) -> None:
    """Actors and recipients of a candidate from the parse."""
    tok = cand.anchor
    if cand.how.startswith("death"):
        _death(cand)
        return
    if cand.how.startswith("noun"):
        _noun_arguments(cand, cands)
        return
    if cand.how == "verb+drew":  # "the plan drew criticism from rights groups": the plan's owner
        crit = drew_criticism(tok)
        cand.recipients = subject_of(tok)[0]
        sources = prep_objects(crit, {"from", "by"}) if crit is not None else []
        sources = sources or prep_objects(tok, {"from", "by"})
        if not sources and crit is not None:  # "Palestinian criticism": the people criticise
            mods = [m for m in crit.children if m.dep_ in ("amod", "compound")]
            sources = [m for m in mods + [c for m in mods for c in m.conjuncts]
                       if m.ent_type_ in ("NORP", "GPE", "ORG")]
        cand.actors = actor_tokens(o for o in sources if is_actor(o))
        cand.unnamed = not cand.actors
        return
    if cand.how == "adjective+opposed":  # "X is opposed to Y's plan": X refuses Y
        cand.actors = actor_tokens(_displeased_subjects(tok) or [])
        cand.recipients = actor_tokens(opposed_to(tok))
        cand.unnamed = not cand.actors
        return
    if cand.how == "adjective+displeased":  # "X was upset with Y's statement": X disapproves of Y
        cand.actors = actor_tokens(_displeased_subjects(tok) or [])
        cand.recipients = actor_tokens(displeased_with(tok))
        cand.unnamed = not cand.actors
        return
    if cand.how == "verb+failure":  # "X said Y had failed to act": X criticises Y (audit10)
        cand.actors, cand.recipients = failure_reported(tok, is_actor) or ([], [])
        cand.unnamed = not cand.actors
        return
    if cand.how == "verb+wrongdoing":  # "X said Y was playing politics": X criticises Y (criticism3)
        cand.actors, cand.recipients = wrongdoing_reported(tok, is_actor) or ([], [])
        cand.unnamed = not cand.actors
        return
    if cand.how == "verb+stern":  # "would be dealt with strictly, the commissioner said": the
        # speaker threatens, unless the clause names who will act
        cand.actors = subject_of(tok)[0] or _reporter(tok)
        cand.unnamed = not cand.actors
        return
    if "+under" in cand.how:  # "police came under attack from militants": the police are hit
        attack = under_attack(tok)
        cand.recipients = subject_of(tok)[0]
        # the "from" on the noun, or on the verb where the parser hangs it ("came under fire
        # from Britain over ...")
        sources = prep_objects(attack, {"by", "from"}) or prep_objects(tok, {"by", "from"})
        cand.actors = actor_tokens(o for o in sources if is_actor(o))
        cand.unnamed = not cand.actors
        return
    actors, passive = subject_of(tok)
    if cand.how == "verb+arrive" and not actors:  # "the columns of the army which arrived": the army
        force = forces_arrived(tok)
        actors = actor_tokens([force]) if force is not None and is_actor(force) else actors
    told = _telling_of(tok) if cand.how == "verb+want" else None
    if told is not None and told.head.i == tok.i:  # "said that when X told Y he expected ...": X
        actors = subject_of(told)[0] or actors
    if cand.how == "verb+purpose" and tok.dep_ == "acl" and may_act(tok.head):
        # "a large crowd assembled outside, demanding ...", read as a reduced participle: the
        # crowd gathers, it is not acted on
        actors, passive = actor_tokens([tok.head]), []
    split = _hyphen_prefix(tok) is not None and cand.trigger[0] < tok.i  # "lathi-charged"
    # "the protesters were lathi-charged": the participle read as an adjective after "were"
    copular = split and tok.dep_ == "acomp" and tok.head.lemma_.lower() == "be"
    if copular:
        actors, passive = [], actor_tokens(c for c in tok.head.children if c.dep_ == "nsubj")
    if split and not actors and not passive:  # "police lathi-charged": the parser made "lathi"
        prefix = tok.doc[cand.trigger[0]]  # the subject and "police" its compound
        # ... or, as it reads "cane", its adverbial ("the police cane-charged", india7)
        if prefix.dep_ in ("nsubj", "npadvmod") and prefix.head.i == tok.i:
            actors = actor_tokens(c for c in prefix.children if c.dep_ == "compound")
    if split and not actors:  # "by the police", wherever the parser hung the participle
        actors = actor_tokens(g for c in tok.children if c.lower_ == "by"
                              for g in c.children if g.dep_ == "pobj")
    passive = [p for p in passive if p.lemma_.lower() not in lx.MUNITIONS]  # "rockets were fired"
    if not passive and lemma_of(tok) == "meet":  # "any attempt by Turkey ... would be met with
        # force": Turkey's act is met, as "any Greek drilling" is Greece's (leftovers2)
        passive = actor_tokens(g for s in tok.children if s.dep_ == "nsubjpass" and _done_by_actor(s, is_actor)
                               for b in s.children if b.lower_ == "by" for g in b.children if g.dep_ == "pobj")
    arson = any(c.lower_ in lx.ARSON_PHRASALS for c in tok.children)  # "set a man ablaze": the victim
    if arson and not passive:  # "a notorious robber was set ablaze": any person burned
        passive = [c for c in tok.children if c.dep_ == "nsubjpass" and may_act(c)]
    cand.actors = cand.actors or actors
    # "the 51 people arrested on Friday", "the arrested persons" (an arrest, said of anyone)
    # (a participle with a subject or auxiliary of its own is a finite verb the parser hung on
    # a dateline: "Kolkata: the government has denied ...")
    reduced = tok.tag_ == "VBN" and (tok.dep_ == "acl" or (
        tok.dep_ == "amod" and lemma_of(tok) in lx.ATTRIBUTIVE_ARRESTS)) and not any(
        c.dep_ in ("nsubj", "aux") for c in tok.children)
    if reduced and not passive and is_actor(tok.head):
        passive = actor_tokens([tok.head])
    if not cand.actors and tok.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "conj"):
        cand.actors = _modifier_actors(tok)  # a verb read as a noun: "killed in police firing"
    agreed = [c for c in tok.children if c.dep_ == "nsubjpass"
              and lemma_of(c) in lx.AGREEMENTS | lx.SETTLEMENT_WORDS]
    if not cand.actors and cand.cameo == "057" and agreed:
        # "an agreement was reached between the owners and the union": the two sides reached
        # it (from the first to the other, `_pair_sides`), as "the truce between X and Y"
        sides = prep_objects(agreed[0], {"between"}) or prep_objects(tok, {"between"})
        cand.actors = actor_tokens(o for o in sides if is_actor(o))
        if cand.actors:
            passive = []
            cand.how += "+between"
    voice = copular or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or bool(
        tok.dep_ == "conj" and _passive_subjects(tok))  # "has not been withdrawn but kept on alert"
    if not cand.actors and (voice or reduced or _subjectless_participle(tok)):
        _agentless(cand)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] or raised_subjects(tok)
    if not cand.actors and cand.plover == "ASSAULT":  # "a helicopter dropped barrel bombs"
        cand.actors = [s for s in subjects if s.lemma_.lower() in lx.ATTACKING_CRAFT][:1]
    if not cand.actors and lemma_of(tok) in lx.CAUSED_VERBS and subjects:
        # "shelling killed two villagers", "a night of shelling that killed ...": the violent
        # cause's actor (often unnamed) acts; a flood or a crash that kills is no event
        causes = [_cause_subject(subj, tok) for subj in subjects]  # "Heavy shelling": split
        read = next((r for cause in causes if _weapon_named(cause)
                     and (r := _read_cause(cause)) is not None), None)
        if read is None and tok.tag_ == "VBN" and tok.dep_ == "conj" and any(
                c.dep_ == "auxpass" for c in tok.head.children):
            # "seven were killed and 15 injured after gunmen opened fire": a passive whose
            # auxiliary the conjunction left out, caused by its clause
            found, named = _violent_cause(tok)
            read = named if found else None
        if read is not None:
            cand.actors, cand.unnamed = read, not read
            cand.how += "+cause" + ("" if read else "+unnamed")
    if (not cand.actors and not subjects and lemma_of(tok) in lx.CAUSED_VERBS and tok.tag_ == "VBG"
            and tok.dep_ == "advcl" and _violent_clause(tok.head)):
        # "a bomb exploded near the patrol, wounding three soldiers": the clause it hangs on is
        # the attack, whose actor (often unnamed) wounds; "the storm struck, killing" is not
        read = actor_tokens(c for c in tok.head.children if c.dep_ == "nsubj" and is_actor(c))
        cand.actors, cand.unnamed = read, not read
        cand.how += "+cause" + ("" if read else "+unnamed")
    if lemma_of(tok) == "set" and cand.plover == "ASSAULT" and subjects and not cand.actors:
        cand.suppressed = "uncaused"  # "lightning set the houses ablaze": no one attacked
        return
    if not cand.actors and cand.plover == "PROTEST" and (protesting_subject(tok) or crowd_missiles(tok)):
        cand.unnamed = True  # "Thousands marched": a crowd counted, not named
        cand.how += "+unnamed"
    if not cand.actors and lemma_of(tok) in lx.PROTEST_ONLY_VERBS:
        # "Prisoners rioted", "Residents protested", "was heckled by miners": whoever does these
        agents = [g for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                  for g in c.children if g.dep_ == "pobj"]
        cand.actors = [c for c in tok.children if c.dep_ == "nsubj" and may_act(c)][:1] or [
            a for a in agents if may_act(a)][:1]
    if cand.recipients:
        return
    passive = [p for p in passive if p not in cand.actors]  # a deployed force acts, see _agentless
    if lemma_of(tok) in lx.EXTRADITION_VERBS or (  # "extradited the officer to Spain": Spain
            cand.cameo == "063" and lemma_of(tok) in lx.SURRENDERING_VERBS):  # (probe8)
        destination = [o for o in prep_objects(tok, {"to"}) if is_actor(o)]
        if destination:
            cand.recipients = actor_tokens(destination)
            return
    if passive:
        cand.recipients = passive
        if cand.plover == "CONSULT" and lemma_of(tok) in lx.HOST_VERBS and cand.actors:
            # "X was received by Y": the visitor, the passive subject, is the actor (manual
            # 3.2.2), as the active verb's object is below; the host the agent
            cand.actors, cand.recipients = passive, cand.actors
        return
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    # "sent weapons to Ukraine" is sometimes parsed with "to" as the dative
    objs = [g for o in objs for g in ([o] if o.pos_ != "ADP" else [p for p in o.children if p.dep_ == "pobj"])]
    if not objs:  # "a Serbian request was rejected by X": the passive subject is what the active
        # verb's object would be (no actor itself, or it would be the recipient above)
        objs = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not objs and cand.how != "verb+own":  # "helped Pakistan build a dam": the parser makes the object the clause's subject
        objs = [g for c in tok.children if c.dep_ in ("ccomp", "xcomp") and (c.tag_ == "VB" or any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                for g in c.children if g.dep_ == "nsubj"]
    # "found the activists guilty": the verdict's subject is who is found guilty
    objs += [g for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in lx.VERDICT_WORDS
             for g in c.children if g.dep_ == "nsubj"]
    if (not objs and cand.plover == "ACCUSE" and lemma_of(tok) in lx.ALLEGING_VERBS
            and any(c.dep_ == "nsubj" for c in tok.children)):
        # "Beijing charged that the United States had violated its airspace": the subject of
        # what is alleged is the accused (a participle's borrowed subject may be the wrong one)
        objs = [g for c in tok.children if c.dep_ == "ccomp"
                for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and is_actor(g)]
    if not objs and cand.plover in lx.OWNER_RECIPIENT_TYPES:
        # "denounced as a crime Serbia's crackdown": whose act it is is the recipient
        owners = actor_tokens(c for o in _shifted_objects(tok) for c in o.children
                              if c.dep_ == "poss" and is_actor(c))
        if owners:
            cand.recipients = [r for r in owners if r not in cand.actors]
            return
    if cand.cameo.startswith(lx.GIVING_CAMEOS + lx.HANDED_TO_CAMEOS) and lemma_of(tok) in lx.GIVEN_TO_VERBS:
        # "will send two more Patriot systems to Ukraine", "rushed a carrier group and munitions
        # to Israel": what is given is the means (a named weapon reads as an actor: "Patriot
        # systems"), whom it goes to the recipient
        dest = actor_tokens(o for h in [tok, *objs] for o in prep_objects(h, {"to", "into"}) if is_actor(o))
        if dest:
            cand.recipients = [r for r in dest if r not in cand.actors]
            return
    # what is mobilised ("deployed troops", "strengthened its forces") is not its recipient
    # ("sent troops" keeps them: refine reads troops sent to someone as military aid)
    mobilised = cand.plover == "MOBILIZE" and lemma_of(tok) != "send"
    given = lemma_of(tok) in lx.GIVING_VERBS  # "offered its troops to X": the troops are given
    withdrawn = lemma_of(tok) in lx.WITHDRAWING_VERBS
    measure = any(w.lemma_.lower() in lx.IMPOSED_MEASURES for o in objs for w in phrase_words(o))
    shielded = cand.cameo == "184"  # "used villagers as human shields": the people used are hit
    means = (given or withdrawn or measure or (lemma_of(tok) in lx.MEANS_VERBS and not arson
                                               and not shielded)
             or lemma_of(tok) in lx.TOPIC_VERBS)
    # "withdrew its troops from Afghanistan", "recalled its ambassador from Libya": what the
    # actor moves of its own is not the recipient; the preposition below names it
    own = {o.i for o in objs if cand.actors and any(
        c.dep_ == "poss" and c.lower_ in lx.OWN_POSSESSIVES for c in o.children)}
    # "sent 200 troops to Syria": the forces sent are the means, Syria the recipient; so are
    # weapons or goods sent or given ("is sending tanks to Ukraine")
    sent = {o.i for o in objs if lemma_of(tok) == "send" and counted(o).lemma_.lower() in lx.DEPLOYED_FORCES}
    sent |= {o.i for o in objs if (lemma_of(tok) == "send" or cand.plover == "AID")
             and counted(o).lemma_.lower() in lx.GIVEN_AID_GOODS}
    # "wrote off $10 billion of North Korea's debt": the debtor, not the debt (aid2)
    recips = _debtors(objs) if cand.cameo == "071" else []
    recips = recips or (actor_tokens(o for o in objs if is_actor(o) and not (means and o.dep_ == "dobj")
                                     and o.i not in own and o.i not in sent) if not mobilised else [])
    if not recips and arson:  # "set a suspected thief ablaze": whoever is burned
        recips = [o for o in objs if may_act(o)]
    if not recips and cand.plover in ("AID", "SUPPORT", "COOPERATE") and not (
            len(cand.actors) > 1 and _symmetric(cand)):  # "X and Y signed a treaty on the
        # management of the Parana": each side the other's (_pair_sides), not the thing (probe7)
        recips = actor_tokens(d for o in objs if o.i not in sent for d in dig(o))
    if not recips and cand.plover == "MOBILIZE":  # "sent police to the Colombian border"
        recips = _border_sides(tok, objs)
    if not recips and cand.plover == "ASSAULT":  # "hit military positions in Saudi Arabia's
        # Asir region", "shelled the enclave of Eastern Ghouta": a place hit stands for its owner
        recips = _place_hit(objs)
    if not recips and cand.plover == "REQUEST":  # "demanded the withdrawal of Serbian forces"
        recips = actor_tokens(d for o in objs if o.lemma_.lower() in lx.DEMANDED_OF_NOUNS
                              for d in dig(o))
    if not recips and cand.how == "verb+nominal":  # "ordered the closure of four Russian
        # consulates": what the noun stops is the recipient, as the object of its verb (probe6)
        recips = actor_tokens(d for o in objs for d in dig(o))
    if not recips and cand.plover == "COERCE":  # "prevented the demonstration staged by students"
        recips = _protesters_of(objs, cands)
    if not recips and cand.plover in lx.OWNER_RECIPIENT_TYPES - {"REJECT"}:  # "backed Morocco's
        # plan for Western Sahara": whose plan it is, before what it is for (probe7; REJECT
        # reads a refused thing's partner first, below)
        recips = _owners(objs)
    if not recips:  # "sent weapons to Ukraine": the preposition may hang on the object
        preps = (RECIPIENT_PREPS.get(cand.plover, set()) | (lx.MEASURE_PREPS if measure else set())
                 | lx.VERB_RECIPIENT_PREPS.get(lemma_of(tok), set()) | ({"to"} if sent else set()))
        recips = actor_tokens(o for h in [tok, *objs] for o in prep_objects(h, preps) if is_actor(o))
    if not recips and cand.plover == "PROTEST":  # "marched against the French president's
        # defence of the cartoons": whose act the protest is against (probe6)
        recips = _owners(prep_objects(tok, {"against"}))
    if not recips and cand.plover == "PROTEST":  # "rallied outside the U.S. embassy" (probe9)
        recips = _picketed_missions(tok)
    # "offered its troops to Lebanon's president", "will provide aid to refugees" (AGREE),
    # "delivered medicine to a hospital in Gaza" (AID): whoever is given something is its
    # recipient, people and institutions too ("families", "refugees", "a hospital")
    if not recips and (given or cand.plover in ("AGREE", "AID")):
        recips = [o for h in [tok, *objs] for o in prep_objects(h, {"to"})
                  if may_act(o) and o.lemma_.lower() not in lx.JOINED_BODIES]
    if not recips and withdrawn:  # "withdrew its troops from South Vietnam / a border zone":
        # the place left is the recipient (PLV's convention, as for alerts and curfews)
        recips = [o for h in [tok, *objs] for o in prep_objects(h, {"from"})
                  if o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in lx.TIME_ENT_LABELS]
    if not recips and withdrawn:  # "pulled its troops out of X's region": its owner (a place
        # with no owner named stays open to the learned recipient, as on the base)
        recips = actor_tokens(c for h in [tok, *objs] for o in _out_of(h) if not is_actor(o)
                              for c in o.children if c.dep_ == "poss" and is_actor(c))
    if not recips and cand.plover == "AGREE":
        recips = _promised_to(tok)
    if not recips and cand.plover == "REJECT":  # the refused thing's partner or owner, or
        # whoever must act first ("will not end the strike until X ...")
        recips = _refused_partners(tok, objs) or _owners(objs) or _condition_doers(tok)
    elif not recips and cand.plover in lx.OWNER_RECIPIENT_TYPES:  # "condemned Israel's decision"
        recips = _owners(objs)
    if not recips and cand.plover in ("CONCEDE", "RETREAT"):  # "accepted the demands by X"
        demands = [o for h in [tok, *objs] for o in [h, *prep_objects(h, {"to"})]
                   if o.lemma_.lower() in lx.DEMAND_NOUNS]
        recips = _owners(demands) or actor_tokens(d for o in demands for d in dig(o))
    if not recips and cand.plover in lx.NATIONALS_HIT_TYPES:  # "threatened to ban imports of
        # Trinidadian goods", "seized shipments of Nigerian rice": the goods' state (probe11b)
        recips = _nationals_hit(tok)
    # "froze the U.S. assets of three Nicaraguan officials": the holders are hit, not the place
    # the holdings lie in (the "U.S." that made them read as an actor)
    recips = [next(iter(_holders(r)), r) for r in recips]
    if cand.plover == "CONSULT" and cand.anchor.lemma_.lower() in lx.HOST_VERBS:
        cand.actors, recips = recips, cand.actors  # the visitor is the actor (manual 3.2.2)
    cand.recipients = [r for r in recips if r not in cand.actors]


def _weapon_named(cause: Token) -> bool:
    """A cause that also kills in accidents ("blast") needs a weapon beside it ("bomb blast")."""
    if cause.lemma_.lower() not in lx.ACCIDENTAL_CAUSES:
        return True
    return any(m.lemma_.lower() in lx.VIOLENT_CAUSES - lx.ACCIDENTAL_CAUSES
               for m in cause.children if m.dep_ in ("compound", "amod"))


def _cause_subject(subj: Token, verb: Token) -> Token:
    """The cause a killing verb's subject names: the noun a relative clause is about ("shelling
    that killed"), the violence a span of time is "of" ("a night of shelling")."""
    if subj.lower_ in lx.RELATIVE_SUBJECTS and verb.dep_ == "relcl":
        subj = verb.head
    return _spanned(subj)


def _spanned(noun: Token) -> Token:
    """What a span of time or a series is "of" ("a night of shelling", "weeks of street
    protests"); else the noun itself."""
    if noun.lemma_.lower() in lx.PERIOD_NOUNS | lx.SERIES_NOUNS:
        inner = [g for c in noun.children if c.lower_ == "of"
                 for g in c.children if g.dep_ in ("pobj", "pcomp")]
        return inner[0] if inner else noun
    return noun


def _promised_to(verb: Token) -> list[Token]:
    """Who an agreement's act is for: its partner ("agreed to share information with the
    U.S."), else the place it is for ("agreed to set up two field hospitals in Louisiana", PLV's
    convention when there is no partner)."""
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    # ("agreed to sell more gas to Thailand": the parser may hang the "to" on the goods, or
    # make it the verb's dative)
    heads = [h for c in acts for h in [c, *(d for d in c.children if d.dep_ == "dobj")]]
    datives = [g for h in heads for d in h.children if d.dep_ == "dative" and d.lower_ == "to"
               for g in d.children if g.dep_ == "pobj"]
    partners = actor_tokens(o for o in [*(o for h in heads for o in prep_objects(h, {"with", "to"})), *datives]
                            if is_actor(o))
    return partners or [o for c in acts for h in [c, *(d for d in c.children if d.dep_ == "dobj")]
                        for o in prep_objects(h, {"in"}) if o.ent_type_ == "GPE"][:1]


def _place_hit(objs: list[Token]) -> list[Token]:
    """The first named place or nationality inside an attacked object that is no actor itself
    (positions, villages, a mosque, "an Afghan army base"): its root token, as a recipient."""
    for obj in objs:
        if is_actor(obj) or any(  # "water cannon against protesters in Belgrade": the protesters
                p.dep_ == "prep" and p.lower_ in RECIPIENT_PREPS["ASSAULT"]
                and any(g.dep_ == "pobj" and is_actor(g) for g in p.children) for p in obj.subtree):
            continue
        lo, hi = obj.left_edge.i, obj.right_edge.i
        for ent in obj.doc.ents:
            if ent.label_ in lx.PLACE_ENT_LABELS and lo <= ent.start and ent.end - 1 <= hi:
                return [ent.root]
    return []


def _refused_partners(verb: Token, objs: list[Token]) -> list[Token]:
    """The partner or beneficiary of a refused thing that is no actor itself: "rejected any
    cooperation with the ICC", "denied permission to X's rally" (its owner, X; the parser
    hangs this "to" on the verb or on the object)."""
    things = [o for o in objs if not is_actor(o)]
    heads = [*things, verb] if things else []
    return actor_tokens(m for h in heads for g in prep_objects(h, lx.REFUSED_PARTNER_PREPS)
                        for m in ([g] if is_actor(g) else _owners([g])))


def _condition_doers(verb: Token) -> list[Token]:
    """Whoever must act before a refusal ends: the subject of its "until" clause, or the agent
    of a passive one ("until their demands are met by the authorities"); pronouns left out,
    as they often name the refuser ("until he is satisfied")."""
    for clause in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        for cond in clause.children:
            if cond.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lx.CONDITION_MARKS
                                            for m in cond.children):
                doers = [c for c in cond.children if c.dep_ == "nsubj"] + passive_agents(cond.children)
                doers = [d for d in doers if d.pos_ != "PRON" and is_actor(d)]
                if doers:
                    return actor_tokens(doers[:1])
    return []


def phrase_words(tok: Token) -> Iterator[Token]:
    """The tokens of `tok`'s phrase without the clauses inside it: "a resolution that imposes an
    embargo on Libya" names a resolution, not an embargo."""
    stack = [tok]
    while stack:
        t = stack.pop()
        yield t
        stack.extend(c for c in t.children if c.dep_ not in lx.OTHER_CLAUSE_DEPS | {"acl"})


def _shifted_objects(verb: Token) -> list[Token]:
    """The object a verb of judgement moved after its "as" phrase: "condemned as unacceptable
    Turkey's bombing of villages", "denounced as a crime Serbia's crackdown" (the parser makes
    it the object of "as", or that object's apposition). Only where the verb has no object."""
    out = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i == verb.i + 1:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out += [c for c in obj.children if c.dep_ == "appos"] or [obj]
    return out


def _protesters_of(objs: list[Token], cands: dict[int, Candidate]) -> list[Token]:
    """Who held the protest a verb stops: the actors of a protest noun among its objects."""
    for obj in objs:
        protest = cands.get(obj.i)
        if protest is None or protest.plover != "PROTEST":
            continue
        if not protest.actors:
            fill_arguments(protest, cands)
        return list(protest.actors)
    return []


def _holders(holding: Token) -> list[Token]:
    """Whose a frozen holding is, where an "of" names them ("the assets of two banks")."""
    if holding.lower_ not in lx.FROZEN_HOLDINGS:
        return []
    return actor_tokens(g for g in prep_objects(holding, {"of"}) if is_actor(g))


def _owners(objs: list[Token]) -> list[Token]:
    """Whose decision, proposal or appeal an object is: "Israel's decision", "a United Nations
    appeal", "calls by Kofi Annan" (objects that are no actor themselves)."""
    return actor_tokens(m for o in objs if not is_actor(o) for m in _owner_words(o))


def _owner_words(o: Token) -> list[Token]:
    """The words of `o` that name whose it is (see _owners)."""
    return ([c for c in o.children if c.dep_ == "poss" and is_actor(c)]
            or [c for c in o.children if c.dep_ in ("compound", "nmod")
                and c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")]
            # "the American demand", "a Palestinian proposal": a nationality owns it
            or [c for c in o.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]
            or [g for g in prep_objects(o, {"by", "from"}) if is_actor(g)]
            # "the move announced by X": the agent of a participle that says whose it is
            or [g for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for a in c.children if a.dep_ == "agent"
                for g in a.children if g.dep_ == "pobj" and is_actor(g)])


def _modifier_actors(tok: Token) -> list[Token]:
    """Actors named inside an event noun: "police firing", "the army's shelling", "firing by
    the police" (role nouns and names, not a demonym alone: "Russian wheat")."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "poss", "amod", "nmod")
            and (c.lemma_.lower() in lx.ACTOR_NOUNS or c.ent_type_ in ("ORG", "PERSON")
                 or (c.dep_ == "poss" and is_actor(c)))]
    return actor_tokens(mods or [o for o in prep_objects(tok, {"by"}) if is_actor(o)])


def _subjectless_participle(tok: Token) -> bool:
    """A headline-style participle with no subject and no auxiliary: "one person killed in ..."."""
    return tok.tag_ == "VBN" and tok.dep_ == "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def _agentless(cand: Candidate) -> None:
    """A passive (or participle) with no actor: "649 people were arrested" has an unnamed actor.

    Killing and injury need a violent cause, whose actor they take ("killed in police firing"),
    since floods and accidents kill too; "no one was arrested" is no event.
    """
    tok = cand.anchor
    lemma = lemma_of(tok)
    subjects = _passive_subjects(tok)
    if any(d.lower_ in lx.NOBODY_WORDS for s in subjects for d in s.subtree):
        return
    if cand.plover == "THREATEN" and "+future" in cand.how and (any(
            s.lemma_.lower() in lx.THREATENED_TARGETS for s in subjects)
            or conditional_force_passive(tok)):  # "... sites would be destroyed if X ..." (threat5)
        # "said enemy positions would be destroyed if ...": the speaker threatens them (threat2)
        cand.actors = _reporter(tok)
        if cand.actors:
            cand.recipients = cand.recipients or actor_tokens(s for s in subjects if is_actor(s))
            cand.how += "+reporter"
            return
    forces = [s for s in subjects if _names_force(s) or (  # "jets were scrambled" (threat2)
        cand.plover == "MOBILIZE" and (s.lemma_.lower() in lx.MOVING_FORCES or s.lower_ in lx.MOVING_FORCES
                                       # "reservists were called up" (probe12)
                                       or s.lemma_.lower() in lx.MOBILISED_FORCES))]
    if forces and (lemma in lx.DEPLOYED_VERBS or cand.plover == "MOBILIZE" or any(
            # "additional force has been deployed", "police were put on alert", "... called in"
            (lemma, c.lower_) in lx.FORCE_PHRASALS for c in tok.children)):
        # forces that are no actor by their own word belong to the state they are "in"
        # ("reservists in Lithuania were called up", probe12)
        cand.actors = actor_tokens(forces) or actor_tokens(
            o for f in forces for o in prep_objects(f, {"in", "of"}) if _state_named(o))
        cand.how += "+deployed"
        return
    if cand.cameo in lx.REMOVAL_CAMEOS or lemma in lx.ENTRY_BAN_VERBS:
        # "were ordered to leave Estonia", "deported from Tanzania": the state left acts (probe12)
        cand.actors = _removed_from(tok)
        if cand.actors:
            cand.how += "+removed"
            return
    if lemma in lx.CAUSED_VERBS:
        found, cand.actors = _violent_cause(tok)
        if not found:
            # No violence named: a flood, a fall or a crash. Not an open event either, so the
            # learned selector does not place one in the sentence ("injured as the volcano
            # erupted").
            cand.suppressed = "uncaused"
            return
        cand.how += "+cause"
    elif (lemma not in lx.AGENTLESS_VERBS | lx.POLICE_CHARGING_VERBS
          and not cand.cameo.startswith("175")
          and not _agentless_watch(tok)  # ... and so is a strict watch kept (india4)
          and not _asked_in_passive(cand)):  # "were advised to stay indoors" (audit15)
        return  # riot control is an act whatever its verb: "the mob was dispersed with tear gas"
    elif cand.plover == "ASSAULT":  # "five were shot dead when the police opened fire"
        cand.actors = _violent_cause(tok)[1]
        if cand.actors:
            cand.how += "+cause"
    if not cand.actors and cand.cameo.startswith(lx.POLICE_ACT_CAMEOS):
        cand.actors = _police_reporter(tok)
        if cand.actors:
            cand.how += "+reporter"
            cand.confidence -= 0.1
    if not cand.actors:
        cand.unnamed = True
        cand.how += "+unnamed"
        if _police_registered(lemma, subjects):  # "a case has been registered" (india6)
            cand.how += lx.POLICE_ONLY_MARK
        elif lemma in lx.POLICE_CHARGING_VERBS:  # "ten were charge-sheeted" (india7)
            cand.how += lx.POLICE_ONLY_MARK


def _asked_in_passive(cand: Candidate) -> bool:
    """A request whose addressee is the passive subject, asked to act by an infinitive ("the
    residents were advised to stay indoors"; lx.AGENTLESS_ASKING_VERBS). asked_act leaves passives
    alone, so the infinitive is read here; "was asked about the talks" asks nothing."""
    tok = cand.anchor
    return (cand.plover == "REQUEST" and lemma_of(tok) in lx.AGENTLESS_ASKING_VERBS
            and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in tok.children))


def _police_registered(lemma: str, subjects: list[Token]) -> bool:
    """A case or FIR registered, a charge-sheet filed (lx.POLICE_REGISTERED_THINGS): what only
    the police do, whoever the sentence leaves unnamed."""
    things = lx.POLICE_REGISTERED_THINGS.get(lemma, frozenset())
    return any(w.lemma_.lower() in things or w.lower_ in things
               for w in map(counted, subjects))  # "a number of riot cases have been registered"


def _removed_from(verb: Token) -> list[Token]:
    """The named state an agentless passive removes someone from or keeps them out of: "from
    Chad" (expelled, deported, banned), "to leave Estonia", "from entering the United States"."""
    places = prep_objects(verb, {"from"})
    places += [o for c in verb.children if c.dep_ == "xcomp" and lemma_of(c) in lx.LEAVING_VERBS
               for o in c.children if o.dep_ == "dobj"]
    places += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
               for c in p.children if c.dep_ == "pcomp" and lemma_of(c) in lx.ENTERING_VERBS
               for o in c.children if o.dep_ == "dobj"]
    return actor_tokens(o for o in places if o.ent_type_ == "GPE" and is_actor(o))[:1]


def _passive_subjects(verb: Token) -> list[Token]:
    """What a passive verb is said of: its passive subject, or the noun a reduced participle
    modifies ("security personnel deployed at the border")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBN":
        subjects = [verb.head]
    if not subjects and verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children):
        # a participle conjoined to a passive shares its subject: "the army has not been
        # withdrawn but kept on alert"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return subjects


def held_responsible(verb: Token, actor: Callable[[Token], bool]) -> Token | None:
    """The actor that an actor holds to blame with "hold", or None: "held the chief minister
    responsible for the violence", "held Moscow responsible", "held the government accountable"
    (the parser makes the adjective the object's modifier, the verb's predicate, or a clause with
    the object as its subject). Active and not denied, with a named actor holding."""
    kids = tuple(verb.children)
    if is_negated(verb) or not any(c.dep_ == "nsubj" and actor(c) for c in kids):
        return None
    blames = lx.HELD_BLAME_WORDS
    for c in kids:
        if c.dep_ == "dobj" and actor(c) and (
                any(m.dep_ == "amod" and m.lower_ in blames for m in c.children)
                or any(o.dep_ in ("oprd", "acomp", "xcomp") and o.lower_ in blames for o in kids)):
            return c
        if c.dep_ in ("ccomp", "xcomp") and c.lower_ in blames:
            held = [s for s in c.children if s.dep_ == "nsubj" and actor(s)]
            if held:
                return held[0]
    return None


def _persons_held(verb: Token) -> bool:
    """People as the object (or passive subject) of "hold", held in no state ("held two men
    hostage", "held the police responsible"): detained (lx.HELD_PERSONS)."""
    kids = list(verb.children)
    if any(w.lemma_.lower() in lx.HELD_STATES for c in kids for w in c.subtree):
        return False
    return any(counted(c).lemma_.lower() in lx.HELD_PERSONS
               for c in kids if c.dep_ in ("dobj", "nsubjpass"))


def _force_moved_to(verb: Token) -> bool:
    """A force that moves itself to a place ("troops rushed to the border", "police officials who
    rushed to the spot"): intransitive, with "to" or "into", every subject a force (a relative
    pronoun standing for the noun its clause is about)."""
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in kids) or not any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") for c in kids):
        return False
    subjects = [verb.head if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else c
                for c in kids if c.dep_ == "nsubj"]
    return bool(subjects) and all(_names_force(s) for s in subjects)


def _agentless_watch(tok: Token) -> bool:
    """A strict watch kept in the passive with no keeper named: "a close watch is being kept on
    the stations", "the temples were kept under strict vigil" (the unnamed actor of this raised
    police alert is law enforcement, as for "security has been tightened"). Not a vigil with no
    word of strictness ("a silent vigil was kept": mourners), nor one whose keeper is named."""
    kids = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ in ("nsubj", "agent") for c in kids):
        return False
    watches = [c for c in kids if c.dep_ == "nsubjpass"]
    watches += prep_objects(tok, {"under"})
    # A watch kept *on* something is anyone's (prices, the monsoon, a bank's liquidity); the
    # police alert is one kept at or over places ("at the depots", "the temples were kept under").
    things = prep_objects(tok, lx.WATCHED_THING_PREPS)
    things += [t for w in watches for t in prep_objects(w, lx.WATCHED_THING_PREPS)]
    if any(t.ent_type_ not in lx.TIME_ENT_LABELS and t.lower_ not in WEEKDAYS for t in things):
        return False  # ("on friday" is a date, not a thing watched)
    return any(w.lemma_.lower() in lx.WATCH_NOUNS and (
        w.lemma_.lower() in lx.SURVEILLANCE_NOUNS
        or any(a.dep_ == "amod" and a.lower_ in lx.STRICT_WATCH_WORDS for a in w.children))
        for w in watches)


def _names_force(tok: Token) -> bool:
    """A police or military force (lx.DEPLOYED_FORCES), or a unit of one: "additional force",
    "two platoons of the state reserve police"."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))]
    if any(w.lemma_.lower() in lx.DEPLOYED_FORCES or w.lower_ in lx.DEPLOYED_FORCES for w in words):
        return True
    return tok.lemma_.lower() in lx.UNIT_NOUNS and any(_names_force(o) for o in prep_objects(tok, {"of"}))


def _violent_cause(tok: Token, *, custody: bool = False) -> tuple[bool, list[Token]]:
    """(found, actors) of the violent cause of a killing or injury: "in police firing", "by an
    explosive device", "due to police firing", "in an encounter with police", "when police
    opened fire"; with `custody`, also a named custody ("died in police custody")."""
    preps = [c for c in tok.children if c.dep_ in ("prep", "agent")
             and (c.lower_ in lx.CAUSE_PREPS or c.lower_ in lx.CAUSE_PHRASE_HEADS)]
    preps += [g for c in preps if c.lower_ in lx.CAUSE_PHRASE_HEADS  # "due to"
              for g in c.children if g.dep_ in ("prep", "pcomp")]
    causes = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    # "wounded in a border town by rockets": the parser hangs the "by" on the place
    causes += [g for c in causes for b in c.children if b.dep_ == "prep" and b.lower_ == "by"
               for g in b.children if g.dep_ == "pobj"]
    if tok.dep_ == "relcl":  # "the police firing in which four were killed": the noun it is about
        causes = [tok.head if g.lower_ in lx.RELATIVE_CAUSES else g for g in causes]
    for cause in causes:
        read = _read_cause(cause)
        if read is not None:
            return True, read
        if custody and cause.lemma_.lower() in lx.CUSTODY_NOUNS:
            actors = _modifier_actors(cause)  # whose custody: "police custody", not "custody"
            if actors:
                return True, actors
    # "were killed and 30 were wounded when a bomb exploded": the clause says how both happened
    both = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() in lx.CAUSED_VERBS)]
    clauses = [c for v in both for c in v.children if c.dep_ == "advcl" and _violent_clause(c)]
    if clauses:
        return True, actor_tokens(c for c in clauses[0].children if c.dep_ == "nsubj")
    return False, []


def _read_cause(cause: Token) -> list[Token] | None:
    """The actors of a violent cause ("police firing": police; "an encounter with police";
    "the blast": none named), or None if `cause` names no violence ("a heart attack")."""
    words = [cause, *(m for m in cause.children if m.dep_ in ("compound", "amod"))]
    if any(m.lower_ in lx.ILLNESS_MODIFIERS for m in words):
        return None
    # "in police firing" parsed as "police" with the verb "firing" hanging on it
    misparsed = [m for m in cause.children if m.dep_ == "acl" and m.lower_ in lx.VIOLENT_CAUSES]
    if misparsed and is_actor(cause):
        return actor_tokens([cause])
    if any(t.lower_ in lx.VIOLENT_CAUSES or t.lemma_.lower() in lx.VIOLENT_CAUSES for t in words):
        actors = _modifier_actors(cause)
        if not actors and cause.lemma_.lower() in lx.ENCOUNTER_NOUNS:  # "encounter with police"
            actors = actor_tokens(o for o in prep_objects(cause, {"with"}) if is_actor(o))
        return actors
    return None


def _death(cand: Candidate) -> None:
    """"125 persons died in police firing", "40 deaths took place due to police firing",
    "custodial deaths": the dead are the recipients and the cause's actor the actor; a death
    with no violent cause named (illness, accident) is no event."""
    tok = cand.anchor
    if lemma_of(tok) in lx.LIFE_VERBS:  # "police firing claimed two lives": the subject is the cause
        read = next((r for c in tok.children if c.dep_ == "nsubj" and (r := _read_cause(c)) is not None),
                    None)
        if read is None:
            cand.suppressed = "no_cause"  # "the flood claimed ten lives"
            return
        cand.actors, cand.how = read, cand.how + "+cause"
        if not cand.actors:
            cand.unnamed, cand.how = True, cand.how + "+unnamed"
        return
    found, cand.actors = _violent_cause(tok, custody=True)
    if not found and tok.pos_ in ("NOUN", "PROPN"):
        subject = tok  # "40 of these deaths have taken place due to ...": the counted subject
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("nsubj", "nsubjpass"):
            subject = tok.head.head
        if subject.dep_ in ("nsubj", "nsubjpass"):  # the cause hangs on the verb it is subject of
            found, cand.actors = _violent_cause(subject.head, custody=True)
        if not found and any(c.lower_ in lx.CUSTODIAL for c in tok.children if c.dep_ == "amod"):
            found = True  # "custodial deaths": by whoever held them, unnamed here
    if not found:
        cand.suppressed = "no_cause"
        return
    dead = [c for c in tok.children if c.dep_ == "nsubj"] + prep_objects(tok, {"of"})
    cand.recipients = [r for r in actor_tokens(dead) if r not in cand.actors]
    cand.how += "+cause"
    if not cand.actors:
        cand.unnamed = True
        cand.how += "+unnamed"


def _police_reporter(tok: Token) -> list[Token]:
    """The police that report an agentless police act: "five men were arrested, police said",
    "according to police sources, ...". Only the sentence's reporting clause is read."""
    root = tok
    while root.head.i != root.i:
        root = root.head
    heads = []
    if root.i != tok.i and root.lemma_.lower() in lx.REPORT_VERBS:
        heads = [c for c in root.children if c.dep_ == "nsubj"]
    heads += [g for t in tok.doc if t.lower_ == "according"
              for p in t.children if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return actor_tokens(h for h in heads if h.lemma_.lower() in lx.POLICE_NOUNS or any(
        m.dep_ in ("compound", "amod") and m.lower_ in lx.POLICE_NOUNS for m in h.children))


def _violent_clause(verb: Token) -> bool:
    """An attack clause: "when police opened fire", "when militants detonated a bomb", "when a
    grenade exploded" (not "when a gas cylinder exploded")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ in ("NOUN", "PROPN"):  # "when an explosive device detonated", misparsed as the
        # noun with its verb hanging on it
        return lemma in lx.WEAPON_SUBJECTS and any(
            a.dep_ in ("acl", "relcl") and a.lemma_.lower() in lx.VIOLENT_CLAUSE_VERBS
            for a in verb.children)
    if lemma == "open":
        return any(o.lower_ == "fire" for o in verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") and is_hazard(c) for c in verb.children):
        return False  # "when lightning struck their house", "when the storm hit the coast"
    if lemma in lx.IMPACT_VERBS:  # "when a rocket hit their house" (not "when a truck hit")
        return any(t.lemma_.lower() in lx.WEAPON_SUBJECTS
                   for c in verb.children if c.dep_ == "nsubj"
                   for t in [c, *(m for m in c.children if m.dep_ in ("compound", "amod"))])
    if lemma in lx.EXPLODE_VERBS and not any(c.dep_ == "nsubj" and is_actor(c) for c in verb.children):
        return any(t.lemma_.lower() in lx.WEAPON_SUBJECTS
                   for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                   for t in [c, *(m for m in c.children if m.dep_ in ("compound", "amod"))])
    return lemma in lx.VIOLENT_CLAUSE_VERBS


def _noun_arguments(cand: Candidate, cands: dict[int, Candidate], depth: int = 0) -> None:
    """Arguments of an event noun (see the module docstring for the order tried)."""
    tok = cand.anchor
    weak = cand.how == "noun_weak"
    if tok.lemma_.lower() in lx.LIGHT_ONLY_NOUNS and not (
            tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.lemma_.lower() in lx.LIGHT_VERBS):
        return  # "the government's demand" recalls a demand; "renewed its demand" makes one
    between = prep_objects(tok, {"between", "among"})
    if not between and lemma_of(tok) in lx.NOMINAL_OF_OBJECT_NOUNS:
        # "the signing of a defence pact between X and Y": the sides of what is signed (nominal3)
        between = [g for o in prep_objects(tok, {"of"}) for g in prep_objects(o, {"between", "among"})]
    if not between and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lx.OCCURRENCE_VERBS:
        between = prep_objects(tok.head, {"between", "among"})  # "clashes broke out between X and Y"
    sides: list[Token] = []
    if lemma_of(tok) in lx.THIRD_PARTY_NOUNS or any(  # "a mediation effort between X and Y"
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in lx.THIRD_PARTY_NOUNS
            for c in tok.children):
        sides, between = between, []
    if between:
        cand.actors = actor_tokens(between)
        cand.how += "+between"
        return
    carrier = _carrier(tok)
    head = carrier.head
    # the one who weighs sanctions would impose them ("is considering sanctions": apply_frames)
    light = carrier.dep_ in ("dobj", "attr") and (
        head.lemma_.lower() in lx.LIGHT_VERBS | lx.CONSIDER_FRAMES
        or (carrier.lemma_.lower() in lx.SANCTION_NOUNS and head.lemma_.lower() in lx.SANCTIONING_VERBS)
        or protest_taken_out(carrier) or meeting_called(carrier))
    # the light verb in the passive: "a similar demand was made by the academy", "talks were
    # held with the rebels" (subject_of gives the "by" agents, none when no doer is named)
    light = light or (carrier.dep_ == "nsubjpass" and (
        head.lemma_.lower() in lx.LIGHT_VERBS or protest_taken_out(carrier) or meeting_called(carrier)))
    if light:
        cand.actors, _ = subject_of(head)
        cand.trigger = (min(head.i, cand.trigger[0]), cand.trigger[1])
        cand.how += "+light"
        if _purpose_denied(head):
            cand.negated = True
        if not cand.actors and meeting_called(carrier):
            # "a meeting of the party executive has been called": with no one named calling it,
            # the body whose meeting it is meets (audit13)
            cand.actors = actor_tokens([o for o in prep_objects(tok, {"of"}) if is_actor(o)])
    if not cand.actors:
        poss = [c for c in tok.children if c.dep_ == "poss" and is_actor(c)]
        # "the demonstration staged by students": the agent of a participle on the noun
        by = prep_objects(tok, {"by"}) or [g for c in tok.children if c.dep_ == "acl"
                                           for a in c.children if a.dep_ == "agent"
                                           for g in a.children if g.dep_ == "pobj"]
        # "the arrest of the leader by the police": the parser often hangs the noun's "by"
        # on its "of" object, which is then the one acted on
        patients = prep_objects(tok, {"of"})
        moved = [] if by else [g for p in patients for g in prep_objects(p, {"by"}) if is_actor(g)]
        if moved:
            by = moved
            sides = sides + [p for p in patients if is_actor(p)]
        # a weak noun's demonym only beside the noun's own preposition ("Russian strikes on
        # Kharkiv": nominal3), an adjective not a compound ("Russia sanctions" are on Russia)
        own_prep = any(c.dep_ == "prep" and c.lower_ in lx.DEMONYM_DOER_PREPS
                       and any(g.dep_ == "pobj" for g in c.children) for c in tok.children)
        # ... or on the noun's weapon or kind ("Russian missile strikes on Kharkiv")
        mods = [*tok.children, *(g for c in tok.children if c.dep_ == "compound"
                                 for g in c.children if g.dep_ == "amod")]
        demonym = [c for c in mods if c.dep_ in ("amod", "compound")
                   and c.ent_type_ in ("NORP", "GPE")
                   and (not weak or (c.dep_ == "amod" and c.ent_type_ == "NORP" and own_prep
                                     and not any(d.dep_ == "det" and d.lower_ in lx.UNREAL_DETS
                                                 for d in tok.children)))]
        # "the visit of the French president to Algeria": a journey's "of" is who travels (audit8)
        traveller = [o for o in patients if is_actor(o)] if lemma_of(tok) in lx.JOURNEY_NOUNS else []
        cand.actors = actor_tokens(poss or by or demonym or traveller)
    recips = [o for o in prep_objects(tok, NOUN_RECIPIENT_PREPS) if is_actor(o)] + sides
    if not recips and lemma_of(tok) in lx.NOMINAL_ACTS_MORE:
        recips = _nominal_recipients(tok, cand.plover)
    if light and not recips:  # "staged rallies in Gaza against Abbas": the verb holds the "against"
        preps = RECIPIENT_PREPS.get(cand.plover, set()) & NOUN_RECIPIENT_PREPS
        if cand.plover == "REQUEST":  # "made a request to Norway for food aid"
            preps = preps | {"to"}
        recips = [o for o in prep_objects(head, preps) if is_actor(o)]
    if not cand.actors and depth < 3:
        holder = _holder(tok)
        if holder is not None:
            cand.actors, inherited = _holder_arguments(holder, weak, cands)
            recips = recips or inherited
            cand.how += "+inherit"
    if not cand.actors and cand.plover in ("CONSULT", "AGREE"):
        # "arrived in Beijing on a visit", "is ready for talks" (before the noun's modifiers: a
        # "state visit" is a kind of visit, not the state's)
        travelled = _traveller(tok)
        if travelled is not None:
            cand.actors, place = travelled
            recips = recips or place
            cand.how += "+traveller"
    # "after talks in Doha, the two sides signed"; not on a verb that frames another ("sought to
    # talk to his counterpart during the summit": what the subject did there is only sought)
    if (not cand.actors and cand.plover == "CONSULT" and tok.dep_ == "pobj"
            and tok.head.lower_ in lx.MEETING_BESIDE_PREPS and tok.head.head.pos_ == "VERB"
            and tok.head.head.dep_ != "xcomp"
            and not any(c.dep_ == "xcomp" for c in tok.head.head.children)):
        cand.actors = subject_of(tok.head.head)[0]
        cand.how += "+subject" if cand.actors else ""
    if not cand.actors:
        cand.actors = _modifier_actors(tok)
    if (not cand.actors and tok.dep_ == "pobj" and tok.head.lower_ in lx.PARTICIPATION_PREPS
            and tok.head.head.lemma_.lower() in lx.PARTICIPATION_VERBS):
        cand.actors = subject_of(tok.head.head)[0]  # "thousands gathered in a protest"
        cand.how += "+participant"
    if (not cand.actors and tok.dep_ == "pobj" and tok.head.lower_ == "to"
            and tok.head.head.lemma_.lower() in lx.RESORT_VERBS):
        cand.actors = subject_of(tok.head.head)[0]  # "police resorted to a lathi charge"
        resort = tok.head.head
        if not cand.actors and resort.dep_ == "acl":
            # "the cops resorted to a lathi charge", parsed as a noun the participle describes:
            # one resorts to a means, nobody is resorted to it, so the noun is the subject (india7)
            cand.actors = actor_tokens([resort.head])
        cand.how += "+resort"
    if (not cand.actors and not weak and cand.plover in ("AID", "ASSAULT", "MOBILIZE")
            and not _reason_of_other(tok, cand, cands)):
        cand.actors, fallback = _sentence_fallback(tok)
        recips = recips or fallback
        cand.confidence = 0.5
        cand.how += "+fallback"
    if not cand.actors and cand.plover == "MOBILIZE" and tok.dep_ != "dobj":
        # "the deployment of rpf personnel on trains", no deployer named: the force deployed
        # acts, as in "additional force has been deployed" (see match_trigger's deployed forces);
        # not as an object ("the governor announced the deployment of troops": his, if anyone's)
        cand.actors = actor_tokens(o for o in prep_objects(tok, {"of"}) if _names_force(o))
        cand.how += "+deployed" if cand.actors else ""
    # "protests against the law", "protests over fuel prices", "a rally outside parliament"
    against = cand.plover == "PROTEST" and bool(prep_objects(tok, lx.PROTEST_OCCURS_PREPS))
    if not cand.actors and cand.plover in lx.CONFLICT_TYPES and (_occurs(tok) or against):
        if tok.dep_ == "nsubjpass":  # "the rally was organised by the union"
            cand.actors = actor_tokens(g for c in tok.head.children if c.dep_ == "agent"
                                       for g in c.children if g.dep_ == "pobj")
        if not cand.actors:
            cand.unnamed = True  # "clashes broke out", "a protest was held"
            cand.how += "+unnamed"
            if _passive_agent(tok):  # "the ministry was hit by a cyberattack": the ministry
                recips = recips or [c for c in tok.head.head.children
                                    if c.dep_ == "nsubjpass" and is_actor(c)]
    # "the police arrest of the opposition leader", "the detention of journalists", "the killing
    # of a journalist by gunmen": the "of" of an act done to someone is the one it is done to
    arrested = []
    if (cand.mode == "arrest" or _acted_on_of(tok)) and not recips:
        arrested = [p for p in map(counted, prep_objects(tok, {"of"})) if may_act(p)]
    if (not cand.actors and arrested and cand.mode == "arrest" and tok.dep_ == "pobj"
            and tok.head.lower_ in lx.ARREST_SEQUEL_PREPS):
        cand.unnamed = True  # india5: "after the arrest of the two men, ...": an arrest made
        cand.how += "+unnamed"
    cand.recipients = [r for r in actor_tokens(recips) + arrested if r not in cand.actors]


def _given_time_to_leave(kids: tuple[Token, ...]) -> bool:
    """A span of time given to a diplomat or a mission to leave in ("gave the ambassador 72 hours
    to leave the country", "gave its diplomats three days to quit"): the person given it is an
    EXPELLED_PRESENCE word (dative or object), the time a PERIOD_NOUNS word, and a leaving verb's
    infinitive hangs on the verb or on the time."""
    given = [c for c in kids if c.dep_ in ("dative", "dobj") and c.lemma_.lower() in lx.EXPELLED_PRESENCE]
    spans = [c for c in kids if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in lx.PERIOD_NOUNS]
    leaving = [*kids, *(c for span in spans for c in span.children)]
    return bool(given and spans) and any(
        c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.lemma_.lower() in lx.LEAVING_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in leaving)


def protest_taken_out(tok: Token) -> bool:
    """A protest noun taken out ("the farmers took out a rally", lx.PROTEST_TAKING_PHRASALS):
    its verb holds the protest, as a light verb does (audit12); in the passive too ("a march was
    taken out by the students": audit13), its "by" agent the doer."""
    verb = tok.head
    return (tok.dep_ in ("dobj", "nsubjpass") and tok.lemma_.lower() in lx.PROTEST_NOUNS
            and any((verb.lemma_.lower(), c.lower_) in lx.PROTEST_TAKING_PHRASALS
                    for c in verb.children if c.dep_ == "prt"))


def meeting_called(tok: Token) -> bool:
    """A meeting called or convened ("the chief minister called a meeting of the officials", "a
    meeting of the executive has been convened", lx.MEETING_CALLING_VERBS): the verb holds the
    meeting, as a light verb does (audit13); only with a meeting noun (lx.CALLED_MEETING_NOUNS:
    "called the decision a betrayal" calls no meeting); not a phrasal's ("called off a summit"
    cancels it)."""
    return (tok.dep_ in ("dobj", "nsubjpass") and tok.lemma_.lower() in lx.CALLED_MEETING_NOUNS
            and tok.head.lemma_.lower() in lx.MEETING_CALLING_VERBS
            and not any(c.dep_ == "prt" for c in tok.head.children))


def accused_of_doing(verb: Token) -> bool:
    """An accusing verb whose preposition governs a gerund clause, the act the accused is said to
    have done ("charged the party with trying to divide the voters", lx.ACCUSED_DOING_PREPS):
    an accusation, as its that-clause is (audit13). A noun there stays the learned models' ("the
    police charged the crowd with batons", "charged three youths with rioting")."""
    preps = lx.ACCUSED_DOING_PREPS.get(verb.lemma_.lower(), frozenset())
    return any(c.dep_ == "prep" and c.lower_ in preps
               and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in verb.children)


def _carrier(tok: Token) -> Token:
    """The series or span of time an event noun is "of", which carries its verb ("began a new
    round of talks", "flew to Beijing for two days of talks"); else the noun itself."""
    if (tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in lx.SERIES_NOUNS | lx.PERIOD_NOUNS):
        return tok.head.head
    return tok


def _travel_verb(tok: Token) -> Token | None:
    """The verb a meeting noun is the purpose of: a verb of travel ("X arrived in Beijing on a
    visit", "will fly to Doha for talks", "for two days of talks") or the verb of an adjective of
    readiness ("Russia was ready for talks"); it carries the noun's subject, tense and negation."""
    tok = _carrier(tok)
    if tok.dep_ != "pobj":
        return None
    prep, head = tok.head, tok.head.head
    if prep.lower_ in lx.TRAVEL_PURPOSE_PREPS and head.lemma_.lower() in lx.TRAVEL_VERBS:
        return head
    if (prep.lower_ in lx.READY_PREPS and head.lower_ in lx.READY_WORDS
            and head.dep_ in ("acomp", "amod") and head.head.pos_ in ("AUX", "VERB")):
        return head.head
    return None


def _traveller(tok: Token) -> tuple[list[Token], list[Token]] | None:
    """(actors, place) of a meeting noun after `_travel_verb`: the traveller visits the place
    ("arrived in Beijing on a visit"), the ready side intends to meet; None without one."""
    verb = _travel_verb(tok)
    if verb is None:
        return None
    place = [o for o in prep_objects(verb, lx.TRAVEL_PLACE_PREPS) if is_actor(o)]
    return subject_of(verb)[0], place


def _reason_of_other(tok: Token, cand: Candidate, cands: dict[int, Candidate]) -> bool:
    """Is the event noun what another kind of event is about ("protested to Japan over the
    shelling", "vowed revenge for the bombing")? Its actor is then not that event's subject."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in lx.REASON_PREPS:
        return False
    head = tok.head.head
    if head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN"):  # "lodged a protest over X"
        head = head.head
    other = cands.get(head.i)
    return other is not None and other.plover != cand.plover


def _occurs(tok: Token) -> bool:
    """A nominal event said to happen: subject of an occurrence verb ("protests erupted", "an
    attack killed ten") or of a passive light verb ("a rally was held"). Plain "strike" is left
    out: a labour strike and an air strike both "continue"."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.lemma_.lower() == "strike" and not any(c.dep_ in ("compound", "amod") for c in tok.children):
        return False
    if (tok.dep_ == "pobj" and tok.head.lower_ == "of"  # "a number of arrests were made"
            and (tok.head.head.lemma_.lower() in lx.QUANTITY_NOUNS or tok.head.head.like_num)):
        tok = tok.head.head
    verb = tok.head
    if tok.dep_ == "nsubjpass":
        return verb.lemma_.lower() in lx.LIGHT_VERBS
    if _passive_agent(tok):  # "the depot was hit by an airstrike", as "an airstrike hit it"
        return tok.head.head.lemma_.lower() in lx.OCCURRENCE_VERBS
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in lx.OCCURRENCE_VERBS


def _passive_agent(tok: Token) -> bool:
    """Is `tok` the "by" agent of a passive verb ("was hit by an airstrike")?"""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.pos_ in ("VERB", "AUX")


def _holder(tok: Token) -> Token | None:
    """The noun or clause a nominal trigger belongs to: conj head, or "including X" head."""
    if tok.dep_ == "conj":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in lx.INHERIT_PREPS:
        return tok.head.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "amod" and tok.head.lower_ == "such":
        return tok.head.head
    return None


def _holder_arguments(holder: Token, weak: bool, cands: dict[int, Candidate]) -> tuple[list[Token], list[Token]]:
    """Actors/recipients from the holder: another trigger, a verb's subject or a noun's modifiers."""
    other = cands.get(holder.i)
    if other is not None:
        if not other.actors:
            fill_arguments(other, cands)
        return other.actors, other.recipients
    if holder.pos_ in ("VERB", "AUX"):
        subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            return [], []
        holder = subj[0]
    if is_actor(holder):
        return actor_tokens([holder]), []
    mods = [c for c in holder.children if c.dep_ in ("poss", "amod", "compound")
            and c.ent_type_ in ("NORP", "GPE", "ORG")]
    recips = [o for o in prep_objects(holder, {"against", "on", "in"}) if is_actor(o)]
    return (actor_tokens(mods) if not weak else []), recips


def _sentence_fallback(tok: Token) -> tuple[list[Token], list[Token]]:
    """Nearest named clause subject as actor, nearest other named place/people as recipient."""
    sent = list(tok.doc)
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")
                and t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")]
    if not subjects:
        return [], []
    actor = min(subjects, key=lambda t: abs(t.i - tok.i))
    names = {t.text for t in actor_tokens([actor])}
    others = [t for t in sent if t.ent_type_ in ("GPE", "NORP") and t.text not in names
              and t.ent_iob_ == "B"]
    recip = min(others, key=lambda t: (t.i < tok.i, abs(t.i - tok.i)), default=None)
    return actor_tokens([actor]), [recip] if recip is not None else []


# -- modes, contexts, CAMEO -------------------------------------------------------------------
def _keeps_peace(cand: Candidate) -> bool:
    """Forces sent or deployed as or for peacekeeping ("the deployment of 230 troops to Liberia
    on a peacekeeping mission", "sent troops to serve as peacekeepers"): they protect (AID 074),
    as peacekeepers sent do (lx.RETYPE_BY_OBJECT); not forces moved against peacekeepers or
    toward them (lx.AGAINST_PREPS)."""
    for tok in cand.anchor.subtree:
        if tok.lemma_.lower() not in lx.PEACEKEEPING_WORDS and tok.lower_ not in lx.PEACEKEEPING_WORDS:
            continue
        path = [t for t in tok.ancestors if t.i != cand.anchor.i and cand.anchor in t.ancestors]
        if not any(t.dep_ == "prep" and t.lower_ in lx.AGAINST_PREPS for t in path) and not any(
                t in cand.recipients for t in [tok, *path]):
            return True
    return False


def clause_words(cand: Candidate, cands: dict[int, Candidate]) -> set[str]:
    """Lower-cased words and lemmas of the trigger's clause, minus other triggers' clauses."""
    others = {c.anchor.i for c in cands.values() if c is not cand and not c.suppressed}
    words: set[str] = set()
    root = cand.anchor
    # A nominal trigger that is its verb's subject reads that verb's clause: "Russian
    # shipments resumed, ensuring essential supplies" names the goods in the predicate.
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("nsubj", "nsubjpass") and root.head.i not in others:
        root = root.head
    stack = [root]
    while stack:
        tok = stack.pop()
        words.update((tok.lower_, tok.lemma_.lower()))
        stack.extend(c for c in tok.children if c.i not in others)
    return words


def _addressees(verb: Token) -> list[Token]:
    """Whom `verb` speaks to: "told [reporters]", "testified before [the committee]", "spoke to
    [the BBC]", "in an [interview] with ...", "told a news [conference]"."""
    found = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "before", "with", "in", "at")
              for g in c.children if g.dep_ == "pobj"]
    return found


def _is_press(tok: Token) -> bool:
    """Whether `tok` heads a phrase naming the press: a press word ("reporters", "a news
    conference") or a news outlet of the knowledge base ("the BBC", "The Associated Press")."""
    if tok.lower_ in lx.PRESS_WORDS or tok.lemma_.lower() in lx.PRESS_WORDS:
        return True
    words = [t.text for t in tok.subtree if t.dep_ != "det" and not t.is_punct]
    return " ".join(words).lower() in media_names()


def speech_only(cand: Candidate) -> bool:
    """A model's event on a verb of telling that is only a statement: said to the press, given as
    testimony, any telling of a fact read as a meeting ("told the Bundestag that ..." is no
    CONSULT), or a telling read as an act that no telling is (lx.TELLING_TYPES). What was said is
    coded from the said clause's own words, not from the telling."""
    verb = cand.anchor
    # an attack on a telling is left to the violence test (refine: "no_violence")
    if verb.lemma_.lower() not in lx.TELLING_VERBS or cand.plover in lx.SPEECH_EVENT_TYPES | {"ASSAULT"}:
        return False
    to_press = any(_is_press(a) for a in _addressees(verb))
    told_fact = cand.plover == "CONSULT" and any(c.dep_ == "ccomp" for c in verb.children)
    # a telling is a meeting at most ("spoke with Putin by phone"), never an AGREE, SUPPORT or
    # COOPERATE: "said in a statement, 'we are pleased'" (branch precision)
    no_telling_type = cand.plover not in lx.TELLING_TYPES
    if to_press or told_fact or no_telling_type or verb.lemma_.lower() == "testify":
        cand.suppressed = "speech"
        return True
    return False


def _frame_only(cand: Candidate) -> bool:
    """A model's event on a frame that names no act ("was expected to arrest", "hoped to capture",
    "is set to deploy"): the framed act is the rules' to code with the frame's reading."""
    verb = cand.anchor
    if verb.lemma_.lower() in lx.NO_ACT_FRAMES | lx.DESIRE_FRAMES | lx.NEED_FRAMES and any(
            c.pos_ in ("VERB", "AUX") and (c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))  # as `governor` reads
            and not (verb.lemma_.lower() in lx.DESIRE_FRAMES and lemma_of(c) in lx.PERFORMATIVE_VERBS)
            for c in verb.children):
        cand.suppressed = "frame_word"
        return True
    return False


def thing_released(cand: Candidate) -> bool:
    """A model's RETREAT or CONCEDE on "release" of a record, medium or product ("released
    dramatic video", "albums released through the label"): nobody is freed. The rules code a
    release only of people held (lx.REQUIRED_OBJECTS)."""
    verb = cand.anchor
    if cand.plover not in ("RETREAT", "CONCEDE") or verb.lemma_.lower() not in lx.RELEASE_WORDS:
        return False
    things = [counted(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        things.append(verb.head)  # "the video released by police"
    if things and all(lemma_of(t) in lx.RELEASED_THINGS for t in things):
        cand.suppressed = "thing_released"
        return True
    return False


# -- precision (branch precision): events no political actor did ---------------------------------
def _doers(cand: Candidate) -> list[Token]:
    """The heads that do the act: the actors, or a passive's agent ("was attacked by a dog")."""
    return [counted(t) for t in (cand.actors or passive_agents(cand.anchor.children))]


def _non_agent(tok: Token) -> bool:
    """An animal, a cell or germ, or a natural hazard, unless a name makes it an actor."""
    # ... or an abstraction of a figure of speech ("rising prices threaten farmers", precision 4),
    # a pest or a mill's waste, and a group of them ("a swarm of bees", precision 5)
    tok = _creatures_grouped(tok)
    return _named_storm(tok) or (not is_actor(tok) and (
        tok.lemma_.lower() in lx.NON_AGENT_DOERS | lx.ABSTRACT_DOERS
        | lx.MORE_NON_AGENT_DOERS | lx.BIRD_DOERS | lx.CURE_DOERS or is_hazard(tok)))


def _named_storm(tok: Token) -> bool:
    """A name after a storm's kind ("Cyclone Fani", "Typhoon Haiyan"): the storm, though the
    parser may tag the name a person (lx.STORM_TITLES), case8."""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in lx.STORM_TITLES for c in tok.children)


def _illness_attack(cand: Candidate) -> bool:
    """An attack named with an illness ("a heart attack", "the asthma attack")."""
    t0, t1 = cand.trigger
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lx.ILLNESS_MODIFIERS
               for tok in cand.anchor.doc[t0:t1] for c in tok.children)


def sport_context(cand: Candidate) -> bool:
    """Does the event's sentence report a game (a word of play, or a player's role as the doer of
    an act other than a protest) and name no force, armed group, rioters or organ of a state
    (lx.SPORT_OVERRIDES)?"""
    doc = cand.anchor.doc
    lemmas, lowers = sentence_words(doc)
    words = lemmas | lowers
    # hyphenated words as written ("quarter-final", "half-time"), which the tokenizer splits
    written = {w.strip(".,;:!?'\"()") for w in doc.text.lower().split()}
    # a player's protest may be political ("players knelt in protest against racism"): a role
    # alone makes a game only of other acts
    game = bool(words & lx.SPORT_WORDS or (words | written) & lx.GAME_WORDS) or (
        cand.plover != "PROTEST" and (any(
            t.lemma_.lower() in lx.SPORT_ROLES or t.lower_ in lx.SPORT_ROLES for t in _doers(cand))
            or _team_named(doc)))
    return game and not words & lx.SPORT_OVERRIDES


def no_act_anchor(cand: Candidate) -> bool:
    """A model's event on a verb of state ("is", "comprises", "prevailed": lx.STATE_ANCHORS)
    whose predicate holds no trigger word or judgement: the sentence describes, nobody acts."""
    verb = cand.anchor
    # an attack on a state verb is left to the violence tests (refine: "not_violent_anchor")
    if verb.lemma_.lower() not in lx.STATE_ANCHORS or cand.plover == "ASSAULT":
        return False
    # the predicate's own words, not those of a clause inside it ("is in no mood to extend X",
    # "was infructuous as the court had passed an order": the clause is another verb's)
    stack = [c for c in verb.children if c.dep_ in lx.PREDICATE_DEPS and not _adjunct_prep(c)]
    while stack:
        tok = stack.pop()
        lemma = tok.lemma_.lower()
        # criticism2's keys judge nothing unless their idiom matched ("the injured worker was
        # critical"), and then their own rule's event stands
        if ((lemma in KEY_LEMMAS and lemma not in lx.CRITICISM_IDIOM_KEYS and lemma not in lx.REPORTED_WRONGDOING)
                or lemma in lx.STATE_ACT_WORDS):
            return False
        # ... nor those of its circumstances ("sanity prevailed, with the discussion proceeding",
        # "witnessed bedlam over the riots": the discussion and the riots are other acts)
        stack.extend(c for c in tok.children if c.dep_ not in lx.CLAUSE_DEPS and not _adjunct_prep(c))
    return True


def _only_non_agents(cand: Candidate) -> bool:
    """The candidate's only doers are animals, germs or hazards (`_non_agent`)."""
    doers = _doers(cand)
    return bool(doers) and all(_non_agent(t) for t in doers)
# -- end precision --


# -- precision round 2 (branch precision2): questions and conditions -------------------------------
def question_asked(cand: Candidate) -> bool:
    """A REQUEST on a verb of asking (lx.QUESTION_VERBS) that puts a question: its clause is
    marked "whether", "if" or by a wh-word ("asked angrily whether the demolition was legal"), or
    the verb is a participle with no subject of its own ("asked to explain the new line, he
    claimed ...": the sentence's subject was asked, and answers). Nobody is asked to act."""
    verb = cand.anchor
    if cand.plover != "REQUEST" or lemma_of(verb) not in lx.QUESTION_VERBS:
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not subject:
        return True
    # an "if" clause beside what was asked for is its condition ("asked for more arms if the
    # offensive went on"), not the question
    asked_for = any(c.dep_ in ("xcomp", "prep", "dobj") and c.lower_ not in lx.QUESTION_MARKS
                    for c in verb.children)
    for c in verb.children:
        if c.dep_ not in ("ccomp", "advcl"):
            continue
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if marks & lx.QUESTION_MARKS or (c.dep_ == "ccomp" and c.left_edge.tag_ in lx.WH_TAGS):
            return True
        if "if" in marks and (c.dep_ == "ccomp" or not asked_for):
            return True
    return False


def _inverted_condition(verb: Token) -> bool:
    """A clause opened by an auxiliary before its subject, not a question ("Had Washington
    imposed sanctions earlier, the war might have ended"; "said that had they put pressure on
    the government, lives would have been saved"): a condition, as "if" opens one."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in lx.INVERTED_CONDITION_AUX]
    # (a "that" the parser took for the subject: "said that had the army deployed troops")
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in lx.WH_TAGS]
    return (bool(aux and subj) and aux[0].i < subj[0].i and verb.dep_ != "ROOT"
            and verb.sent[-1].text != "?" and verb.sent[-2:-1].text != "?")


def conditioned(chain: list[Token]) -> bool:
    """Is a link of an act's clause chain a condition or a question: marked "if", "until",
    "whether" (lx.CONDITION_MARKS, lx.QUESTION_MARKS), or opened by an inverted auxiliary
    (`_inverted_condition`)? The act is neither done nor declared."""
    return any(any(c.dep_ == "mark" and (c.lower_ == "if" or c.lower_ in lx.CONDITION_MARKS | lx.QUESTION_MARKS)
                   for c in link.children) or _inverted_condition(link) for link in chain)


def participation_verb(cand: Candidate) -> Token | None:
    """The verb whose subject takes part in a noun's act ("would not be taking part in the
    meeting"): its negation and tense are the act's, as a trip's are (the words that
    `fill_arguments` reads for the noun's participant)."""
    tok = cand.anchor
    if not (cand.how.startswith("noun") and tok.dep_ == "pobj" and tok.head.lower_ in lx.PARTICIPATION_PREPS
            and tok.head.head.lemma_.lower() in lx.PARTICIPATION_VERBS):
        return None
    return tok.head.head


def _clause_links(tok: Token) -> list[Token]:
    """The verb of `tok`'s clause (the nearest verb above a noun) and the verbs whose clauses
    hold it ("whether they felt the government would [construct] the temple": construct, felt)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    links = [tok]
    while tok.dep_ in lx.HELD_CLAUSE_DEPS and tok.head.i != tok.i and len(links) < 4:
        tok = tok.head
        links.append(tok)
    return links


def model_conditioned(cand: Candidate) -> bool:
    """A model's event (placed with no frames) in a condition or a question, or a noun's act
    whose own verb is one: "asked whether they felt the government would construct the
    temple", "had they put pressure on the government for army deployment"."""
    if cand.how == "learned":
        return conditioned(_clause_links(cand.anchor))
    # a noun's act only where its own verb is conditioned: "if one were to hear about the
    # arrests made by the police" reports arrests made
    return (cand.how.startswith("noun") and cand.anchor.dep_ == "pobj"
            and conditioned(_clause_links(cand.anchor)[:1]))
# -- end precision round 2 --


# -- precision round 3 (branch precision3): circumstances, and visits to no one -------------------
def _adjunct_prep(tok: Token) -> bool:
    """A preposition that attaches a circumstance (time, manner, topic: lx.ADJUNCT_PREPS) to a
    state verb's predicate: the act its object names is not the state's ("no_act_anchor")."""
    return tok.dep_ == "prep" and tok.lower_ in lx.ADJUNCT_PREPS


def _names_host(tok: Token, *, whole: bool = True) -> bool:
    """Does the phrase headed by `tok` name an actor or a place: a word of it an actor, a name
    (an entity of a place or an actor, a proper noun with no date's label), or, in lower-cased
    news, a word of no dictionary ("ahmedabad city", "the riot-hit areas of ahmedabad", "the Gush
    Etzion settlement bloc", "a camp on the Greek island of Lesbos")? `whole=False`: the head
    and the words before it only ("mahant dharam das", not "... or Vice President Biden")."""
    return is_actor(tok) or any(
        is_actor(w) or w.ent_type_ in lx.PLACE_ENT_LABELS | lx.ACTOR_ENT_LABELS
        or (w.pos_ == "PROPN" and not w.ent_type_)
        or (w.is_alpha and _lowered_sentence(w) and not dictionary_word(w.lower_))
        for w in tok.subtree if whole or (w.i <= tok.i and w.head.i == tok.i) or w.i == tok.i)


def visit_to_nothing(cand: Candidate) -> bool:
    """A visit (lx.VISIT_VERBS) whose object is a thing that names no actor and no place, nor
    does a place phrase on the verb ("visited the temple", "visited his childhood home in the
    village", "visiting a common nuisance" in a list of charges): nobody hosts it, so it is no
    meeting (CONSULT 042 needs a host: a state, a place of one, a person)."""
    verb = cand.anchor
    if cand.plover != "CONSULT" or lemma_of(verb) not in lx.VISIT_VERBS:
        return False
    objects = [counted(c) for c in verb.children if c.dep_ == "dobj"]
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in lx.PLACE_PREPS]
    # case8: areas, villages or districts a hazard struck ("visited the flood-affected areas of
    # Sylhet") host a tour of the damage, not a meeting; a state visited by name after a quake
    # ("visited quake-hit Nepal") is still hosted by that state
    return bool(objects) and (not any(_names_host(t) for t in objects + places) or any(
        t.pos_ == "NOUN" and _struck_place(t) for t in objects))


def said_of_nothing(cand: Candidate) -> bool:
    """A model's event on a verb of saying or of state (lx.REPORTING_VERBS, lx.TELLING_VERBS,
    lx.STATE_ANCHORS) whose recipients name no actor ("said he had no knowledge of any efforts",
    "said the riots were a fall-out of ...", "the cause of the crash is under investigation"): the
    model read a statement or a state between two phrases, and the second is no party to an act.
    A name counts as an actor as a visit's host does (`_names_host`: lower-cased names too, "said
    ... mahant dharam das")."""
    verb = cand.anchor
    lemma = lemma_of(verb)
    # a judgement in a state's predicate is an act whatever it is about: "said the EU is
    # responsible for the collapse of the talks" accuses (lx.STATE_ACT_WORDS)
    judged = lemma in lx.STATE_ANCHORS and any(
        c.dep_ in lx.PREDICATE_DEPS and c.lemma_.lower() in lx.STATE_ACT_WORDS for c in verb.children)
    # an attack is left to the violence tests, as on a telling (refine: "no_violence"): "the army
    # said its jets struck the depot"
    return (how_learned(cand) and bool(cand.recipients) and not judged and cand.plover != "ASSAULT"
            and lemma in lx.REPORTING_VERBS | lx.TELLING_VERBS | lx.STATE_ANCHORS
            and not any(_names_host(counted(r), whole=False) for r in cand.recipients))
# -- end precision round 3 --


# -- precision round 4 (branch precision4): metaphors, history and abstractions as doers -----------
def _team_named(doc: Doc) -> bool:
    """A player's role named by a nationality ("the Welsh forwards stormed the Irish line", "a
    barrage from the French forwards"): the nationality is a team's."""
    if sentence_words(doc)[1].isdisjoint(lx.TEAM_ROLES):
        return False  # (the usual case, answered without a walk over the tokens)
    return any(t.lower_ in lx.TEAM_ROLES and t.i > 0 and doc[t.i - 1].ent_type_ == "NORP"
               for t in doc)


def _past_year(tok: Token) -> bool:
    """Is `tok` a year at least lx.HISTORY_YEARS before the sentence's publication date?"""
    published = tok.doc.user_data.get(PUBLISHED_ON) or ""
    if not (tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and published[:4].isdigit()):
        return False
    return int(tok.text) <= int(published[:4]) - lx.HISTORY_YEARS


def _long_ago(tok: Token) -> bool:
    """Is `tok` the "ago" of "two centuries ago", "decades ago", "80 years ago" (from
    lx.HISTORY_YEARS years, in figures)?"""
    if tok.lower_ != "ago":
        return False
    for unit in tok.children:
        lemma = unit.lemma_.lower()
        if lemma in lx.AGO_UNITS:
            return True
        if lemma == "year":
            return any(c.dep_ == "nummod" and c.text.isdigit() and int(c.text) >= lx.HISTORY_YEARS
                       for c in unit.children)
    return False


def _dated_long_ago(verb: Token) -> bool:
    """Is a verb dated lx.HISTORY_YEARS or more before publication ("attacked the port in 1941",
    "clashed two centuries ago")?"""
    dated = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(_past_year(t) for t in dated) or any(_long_ago(c) for c in verb.children)


def told_as_history(cand: Candidate) -> bool:
    """In a sentence of remembrance (lx.REMEMBRANCE_WORDS), an act dated long before the text
    (`_dated_long_ago`: "to honour those killed when German bombers attacked the port in 1941"),
    or a model's pair whose side is named in such an act's clause ("visited the
    battlefield where the armies clashed two centuries ago"), or an act held in a commemoration's
    phrase ("on the anniversary of the day the bomb was dropped"): a past war remembered, not the
    day's news."""
    verb = cand.anchor
    if any(a.lemma_.lower() in lx.COMMEMORATION_NOUNS for a in verb.ancestors):
        return True
    # a date long ago makes history only in a sentence of remembrance
    if sentence_words(verb.doc)[0].isdisjoint(lx.REMEMBRANCE_WORDS):
        return False
    if _dated_long_ago(verb):
        return True
    # the clause read as one of its own right after the commemoration's phrase ("prayed on the
    # anniversary of the night the rebels shelled the capital", "shelled" parsed a ccomp of
    # "prayed"): it still says when the night was
    if verb.dep_ != "ROOT" and any(t.lemma_.lower() in lx.COMMEMORATION_NOUNS
                                   and t.right_edge.i + 1 == verb.left_edge.i for t in verb.doc):
        return True
    between = [a for t in [*cand.actors, *cand.recipients] for a in t.ancestors
               if verb.is_ancestor(a) and a.pos_ in ("VERB", "AUX")]
    return how_learned(cand) and any(_dated_long_ago(a) for a in between)


def named_past_noun(cand: Candidate) -> bool:
    """An act named by its noun and dated by a year before the text's own ("the 1992 riots",
    "the Soviet invasion of Afghanistan in 1979"): a past event referred to, not the day's news
    (stop 39). The noun's own year only: "the 2019 treaty was signed" dates a thing, not an act
    named by a noun."""
    if not cand.how.startswith("noun"):
        return False
    noun = cand.anchor
    published = noun.doc.user_data.get(PUBLISHED_ON) or ""
    if not published[:4].isdigit():
        return False
    # a number before the noun is a year only after "the" ("the 1992 riots"): "made 1500
    # arrests", "carried out 2000 raids" count them
    definite = any(c.dep_ == "det" and c.lower_ in lx.YEAR_NOUN_DETS for c in noun.children)
    years = [c for c in noun.children if c.dep_ in lx.NOUN_YEAR_DEPS] if definite else []
    years += prep_objects(noun, lx.NOUN_YEAR_PREPS)
    # ... or on what it is done to ("the invasion of Afghanistan in 1979")
    years += [g for o in prep_objects(noun, {"of"}) for g in prep_objects(o, lx.NOUN_YEAR_PREPS)]
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit()
               and lx.FIRST_NAMED_YEAR <= int(t.text) < int(published[:4]) for t in years)


def attacked_by_abstraction(cand: Candidate) -> bool:
    """"came under attack from rising costs": the attack's only sources are abstractions or
    non-agents (`_non_agent`), so nobody attacks."""
    if "+under" not in cand.how or cand.actors or (attack := under_attack(cand.anchor)) is None:
        return False
    sources = prep_objects(attack, {"by", "from"}) or prep_objects(cand.anchor, {"by", "from"})
    return bool(sources) and all(_non_agent(counted(t)) for t in sources)


def retyped_blow(cand: Candidate) -> bool:
    """A model's ASSAULT on a verb whose object makes it another act in the rules' table
    (lx.RETYPE_BY_OBJECT): "struck a deal to supply processors" finalises an agreement (SUPPORT
    057 where the rules find a party), no blow; "struck a depot" has no such object."""
    verb = cand.anchor
    if not (how_learned(cand) and cand.plover == "ASSAULT"):
        return False
    objects = {w for c in verb.children if c.dep_ == "dobj" for w in (c.lower_, c.lemma_.lower())}
    return any(objects & words and entry[0] != "ASSAULT" for words, entry in _retypes_of(lemma_of(verb)))


def _medical_adviser(tok: Token) -> bool:
    """A doctor, a nurse, or a health worker (lx.MEDICAL_ADVISERS, lx.HEALTH_WORDS)."""
    lemma = tok.lemma_.lower()
    return not _named([tok]) and (lemma in lx.MEDICAL_ADVISERS or (lemma == "worker" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lx.HEALTH_WORDS for c in tok.children)))


def health_advice(cand: Candidate) -> bool:
    """A request by doctors or health workers to the public at large (lx.PUBLIC_ADDRESSEES):
    "doctors urged people to walk more", "health workers called on residents to drain standing
    water" is a health campaign's advice, no demand on any party."""
    return (cand.plover == "REQUEST" and bool(cand.actors) and bool(cand.recipients)
            and all(_medical_adviser(counted(a)) for a in cand.actors)
            and all(counted(r).lemma_.lower() in lx.PUBLIC_ADDRESSEES for r in cand.recipients))
# -- end precision round 4 --


# -- india5 --
def victims_described(cand: Candidate) -> bool:
    """An attack or killing with no doer named, told only in a clause on the victims inside
    another noun's phrase: "paid homage to the people killed in the train attack", "the kin of
    those killed in the riots", "the bodies of those who died during the riots", "the brother of a
    man who was killed last year". The sentence is about the homage, the kin or the bodies; the
    act is background already reported (the victims named, not the event). A counted toll of them
    reports the act ("the toll of people killed rose to 500": lx.VICTIM_COUNT_NOUNS), and a named
    doer keeps it ("the kin of those killed in police firing")."""
    verb = cand.anchor
    if cand.plover != "ASSAULT" or cand.actors or verb.dep_ not in ("acl", "relcl"):
        return False
    victims = verb.head
    if victims.dep_ != "pobj" or victims.head.dep_ != "prep":
        return False
    if not (victims.pos_ == "PRON" or is_actor(victims)):
        return False  # no people: a misparse ("... as a refrigerator truck, detonated at ...")
    holder = victims.head.head
    if holder.pos_ in ("VERB", "AUX"):
        # the parser hangs the noun's "to" on its light verb ("paid homage to the people killed");
        # a verb with no such noun ("were among those killed") reports the deaths
        holder = next((c for c in holder.children if c.dep_ == "dobj" and c.i < victims.i), holder)
    return (holder.pos_ in ("NOUN", "PROPN")
            and not {holder.lemma_.lower(), holder.lower_} & lx.VICTIM_COUNT_NOUNS)


def found_hard(verb: Token) -> bool:
    """An act's infinitive that a word of inability governs (lx.HARDSHIP_WORDS): "were finding it
    difficult to arrest him" (the parser hangs the infinitive on "finding" beside its
    "difficult"), "found it hard to trace the accused", "is unable to arrest them"."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lower_ in lx.HARDSHIP_WORDS:
        return True
    return any(c.lower_ in lx.HARDSHIP_WORDS and c.i < verb.i
               and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") for c in head.children)
# -- end india5 --


# -- precision round 5 (branch precision5): stories, creatures in groups, markets, rescue searches --
def _creatures_grouped(tok: Token) -> Token:
    """What a group of creatures groups ("a herd of wild elephants", lx.CREATURE_GROUPS), else
    `tok`: the herd is no more an actor than the elephants."""
    if tok.lemma_.lower() not in lx.CREATURE_GROUPS:
        return tok
    return next((g for c in tok.children if c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), tok)


def _story_work(tok: Token) -> bool:
    """Does `tok` name a work of fiction, a book or a game (lx.STORY_WORKS), or a part of one
    that such a word names ("the chess final", "the film's climax")? A work of something ("a
    series of attacks", "the book of condolences") is not read as one."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    return lemma in lx.STORY_WORKS or (lemma in lx.STORY_PARTS and any(
        c.dep_ in ("compound", "poss", "amod") and c.lemma_.lower() in lx.STORY_WORKS | lx.STORY_MODIFIERS
        for c in tok.children))


def _story_frame(tok: Token, *, own: bool = False) -> bool:
    """Is `tok` a clause told by a work (its subject: "the book traces how ...", "the sequel sees
    ..."), set in one ("in the final episode ..."), a part a performer plays ("the star plays a
    commando"), or a noun that names a work ("the film's climax, in which ...")? On the act's
    `own` verb only an active subject tells: "the book was seized" is a seizure of a book."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return _story_work(tok)
    kids = list(tok.children)
    subjects = ("nsubj",) if own else ("nsubj", "nsubjpass")
    if any(c.dep_ in subjects and _story_work(c) for c in kids):
        return True
    if any(_story_work(g) for g in prep_objects(tok, {"in"})):
        return True
    return tok.lemma_.lower() in lx.PERFORMING_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.PERFORMERS for c in kids)


def told_as_story(cand: Candidate) -> bool:
    """An act of force or coercion (lx.STORY_ACT_TYPES) told in a film's or a novel's plot, a
    game, or a book's history (`_story_frame` on its verb or a word it hangs from): "aliens
    invade Earth in the director's new blockbuster", "a new book chronicles how the marathas
    raided the mughal camps" report no act of the day."""
    if cand.plover not in lx.STORY_ACT_TYPES:
        return False
    verb = cand.anchor
    return _story_frame(verb, own=True) or any(_story_frame(a) for a in verb.ancestors)


def market_raid(cand: Candidate) -> bool:
    """An attack or a seizure whose only doers are buyers, sellers or investors with no name
    (lx.MARKET_DOERS): "shoppers raided the shelves", "the hedge fund launched a raid on the
    retailer's shares" is trade in a figure of speech."""
    doers = _doers(cand)
    return (cand.plover in ("ASSAULT", "COERCE") and bool(doers) and not _named(doers)
            and all(_market_doer(t) for t in doers))


def _market_doer(tok: Token) -> bool:
    """A buyer, seller or investor (lx.MARKET_DOERS), by its word or with its compounds ("bargain
    hunters")."""
    lemma = tok.lemma_.lower()
    compounds = [c.lemma_.lower() for c in tok.children if c.dep_ == "compound"]
    return lemma in lx.MARKET_DOERS or " ".join([*compounds, lemma]) in lx.MARKET_DOERS


def rescue_search(cand: Candidate) -> bool:
    """A coercive search (COERCE) on a verb of searching whose quarry is the lost or the dead
    (lx.SOUGHT_IN_RESCUE): "soldiers searched collapsed houses for survivors" is a rescue."""
    verb = cand.anchor
    if cand.plover != "COERCE" or lemma_of(verb) not in lx.SEARCH_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    sought = prep_objects(verb, {"for"}) + [g for o in objects for g in prep_objects(o, {"for"})]
    return any(counted(t).lemma_.lower() in lx.SOUGHT_IN_RESCUE for t in sought)
# -- end precision round 5 --

# -- precision round 6 (branch precision6): private bodies' own acts, trials retold, prizes -------
def _private_body(tok: Token) -> bool:
    """A company or a club, school or league by its name or its common noun (lx.PRIVATE_BODIES,
    `_company_named`), never a state's ("the Russian Federation", "the Arab League")."""
    if _state_named(tok):
        return False
    if _company_named(tok):
        return True
    # "twenty-one companies of the state reserve police", "a company of soldiers": a force's units
    return (not tok.ent_type_ and lemma_of(tok) in lx.PRIVATE_BODIES | lx.PRIVATE_HOUSES
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))


def _state_faced(cand: Candidate) -> bool:
    """Is a state the act's own recipient, its object or the object of its own preposition ("pulled
    out of Myanmar"), not a place named inside another phrase ("at its factory near Durban")?"""
    # the recipients, and the words the act's own preposition holds (RETREAT's "of" is read later)
    for r in {*cand.recipients, *cand.anchor.subtree}:
        if not _state_named(r):
            continue
        tok, steps = r, 0
        while tok.dep_ in ("dobj", "pobj", "prep", "prt", "advmod") and tok.head.i != tok.i and steps < 4:
            tok, steps = tok.head, steps + 1
            if tok.i == cand.anchor.i:
                return True
    return False


def private_body_act(cand: Candidate) -> bool:
    """A withdrawal, suspension, ban or threat (lx.PRIVATE_BODY_ACT_TYPES) whose only doers are
    companies or private bodies (`_private_body`) and whose recipient is no state: "the mining
    company pulled out of the copper project", "the kennel club banned the breeder" are their own
    business. A state acting on a company ("Russia banned Meta") has a state for its doer; a
    company's act on a state ("pulled out of Myanmar") stays."""
    doers = _doers(cand)
    return (cand.plover in lx.PRIVATE_BODY_ACT_TYPES and bool(doers)
            and all(_private_body(t) for t in doers) and not _state_faced(cand))


def _charged_people(verb: Token) -> list[Token]:
    """The people a verdict or a charge is on: the verb's object or passive subject, or the noun
    a participle describes ("the man accused of the robbery")."""
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "found the guard not guilty": the parser makes the guard the adjective's subject
    people += [g for c in verb.children if c.lower_ in lx.VERDICT_WORDS for g in c.children if g.dep_ == "nsubj"]
    if verb.dep_ == "acl":
        people.append(verb.head)
    return [counted(p) for p in people]


def charge_retold(cand: Candidate) -> bool:
    """A court's verdict, or a charge named as a description, on people no name or role makes
    actors: "two men were acquitted of assaulting a driver", "a woman was convicted of attacking
    her neighbour", "the jury found the guard not guilty", "the trial of the man accused of the
    robbery" report an ordinary crime's trial, no new act of its type nor an accusation between
    actors. Only private people (lx.PRIVATE_PERSONS) with no name: a dissident, a journalist, a
    soldier or a named person convicted stays."""
    verb = cand.anchor
    lemma = lemma_of(verb)
    verdict = lemma in lx.VERDICT_VERBS or (lemma == "find" and any(
        c.lower_ in lx.VERDICT_WORDS for c in verb.subtree))
    described = lemma == "accuse" and verb.dep_ == "acl" and not cand.actors
    if not (verdict or described):
        return False
    people = _charged_people(verb)
    return (bool(people) and all(lemma_of(p) in lx.PRIVATE_PERSONS and not _own_name(p) for p in people)
            and not _named(cand.actors))


def _own_name(tok: Token) -> bool:
    """Does a noun carry a name of its own (an entity, or one in its compounds, modifiers or
    possessor: "the Kurdish man", "Navalny's lawyer"), not one in a clause that hangs from it?"""
    return bool(tok.ent_type_) or any(c.ent_type_ in lx.ACTOR_ENT_LABELS for c in tok.children
                                      if c.dep_ in ("compound", "amod", "poss", "appos", "nmod"))


def told_in_court(cand: Candidate) -> bool:
    """An act of force or a threat told in a courtroom by its prosecution, defence, judge or
    jury (lx.COURT_TELLERS as the subject of the verb it hangs from: "the defence argued that the
    owner had struck the burglar", "jurors were told the robbers had threatened the cashier"),
    done by no one named and no force or state (lx.SPORT_OVERRIDES' words): a past crime's
    telling, no event of the day."""
    doers = _doers(cand)
    if cand.plover not in ("ASSAULT", "THREATEN", "COERCE") or _named(doers) or any(
            lemma_of(t) in lx.SPORT_OVERRIDES for t in doers):  # soldiers, police, a government
        return False
    return any(lemma_of(c) in lx.COURT_TELLERS or c.lower_ in lx.COURT_TELLERS
               for a in cand.anchor.ancestors if lemma_of(a) in lx.COURT_TELLING_VERBS
               for c in a.children if c.dep_ in ("nsubj", "nsubjpass"))


def prize_won(cand: Candidate) -> bool:
    """An attack or a seizure on a verb of capture (lx.CAPTURE_VERBS) whose object is a prize, a
    lead or a market's share (lx.PRIZE_WORDS): "Spain captured the European title" is won."""
    verb = cand.anchor
    return (cand.plover in ("ASSAULT", "COERCE") and lemma_of(verb) in lx.CAPTURE_VERBS
            and not any(lemma_of(t) in lx.SPORT_OVERRIDES for t in _doers(cand))  # police seize
            and any(c.dep_ == "dobj" and lemma_of(counted(c)) in lx.PRIZE_WORDS for c in verb.children))


def opposed_predicate(tok: Token, actor: Callable[[Token], bool]) -> bool:
    """"X is (strongly) opposed to Y", "remains opposed to the plan": the word as a copula's
    predicate (or the participle the parser reads), not negated, with its "to", said of an actor
    ("the two teams were opposed to each other" names none)."""
    if tok.lower_ not in lx.OPPOSED_PREDICATES or not any(map(actor, _displeased_subjects(tok) or [])):
        return False
    return bool(_opposed_preps(tok))


def _opposed_preps(tok: Token) -> list[Token]:
    """The "to" of "opposed": on the word, or on its copula when it is the predicate."""
    holders = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
    return [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in lx.OPPOSED_PREPS]


def state_restriction(tok: Token) -> bool:
    """A fine, a bar or a blacklisting (lx.STATE_RESTRICTING_VERBS) whose doer is a state or its
    regulator (`_state_named`, lx.STATE_REGULATORS): its subject, or a passive's agent ("Google
    was fined by the Commission")."""
    if lemma_of(tok) not in lx.STATE_RESTRICTING_VERBS or tok.pos_ != "VERB":
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"] + passive_agents(tok.children)
    return any(_state_named(d) or lemma_of(d) in lx.STATE_REGULATORS for d in doers)


def opposed_to(tok: Token) -> list[Token]:
    """Whom "X is opposed to ..." refuses: an actor after "to", or the owner of what it names
    ("the American arms sale": the Americans)."""
    objects = [g for p in _opposed_preps(tok) for g in p.children if g.dep_ == "pobj"]
    return [g for g in objects if is_actor(g)] + [w for g in objects if not is_actor(g) for w in _owner_words(g)]
# -- end precision round 6 --

# -- precision round 7 (branch precision7): private quarrels and ordinary violence ------------------
def _private_party(tok: Token) -> bool:
    """A person or a house by a private common noun (lx.PRIVATE_PERSONS, lx.PRIVATE_PARTIES,
    `_private_body`) with no name of its own, no state's ("the Kurdish singer" has one) and no
    force's dress."""
    tok = counted(tok)
    if _own_name(tok) or _state_named(tok) or any(_dressed_in_force(c) for c in tok.children):
        return False  # "men in khaki" are the police
    return lemma_of(tok) in lx.PRIVATE_PERSONS | lx.PRIVATE_PARTIES or _private_body(tok)


def _parties_faced(cand: Candidate) -> list[Token]:
    """Whom the act is on: its recipients, and its verb's object or passive subject ("stabbed his
    friend", "a teenager was kidnapped by a neighbour")."""
    objects = [c for c in cand.anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    return [counted(t) for t in (*cand.recipients, *objects)]


def private_quarrel(cand: Candidate) -> bool:
    """A quarrel or a blow (lx.PRIVATE_QUARREL_TYPES) between private people: every doer a
    private party (`_private_party`), one party faced a private party and none an actor of
    another kind nor a state ("the singer accused her former label of withholding royalties", "a
    man killed his wife after a quarrel", "two brothers attacked their cousin"); a lawsuit
    (lx.LAWSUIT_VERBS) by such a party against anyone but a state, a force or a regulator. "The singer
    accused the government", "a man attacked a constable" and "villagers attacked the police
    patrol" face a state or a force, or are done by people the dev sets code, and stay."""
    doers = _doers(cand)
    if cand.plover not in lx.PRIVATE_QUARREL_TYPES or not doers or _named([*doers, *cand.recipients]):
        return False
    if not all(_private_party(t) for t in doers) or _state_faced(cand):
        return False
    faced = _parties_faced(cand)
    if lemma_of(cand.anchor) in lx.LAWSUIT_VERBS:
        # a suit against anyone but a state, a force or a regulator ("sued the magazine")
        return bool(faced) and not any(
            _state_named(t) or lemma_of(t) in lx.SPORT_OVERRIDES | lx.STATE_REGULATORS for t in faced)
    private = [t for t in faced if _private_party(t)]
    return bool(private) and all(t in private or not is_actor(t) for t in faced)
# -- end precision round 7 --

# Why a candidate is no political act, asked in this order (the first that holds names it, as
# `cand.suppressed`): each precision round's tests, defined with their helpers above. A game
# (`sport_context`), a model's verb of state or accident, a question put, a model's event in a
# condition or question, a visit to a thing, a model's statement towards no actor, a past war
# remembered, victims named by the act that harmed them (india5), an attack from an abstraction,
# a model's blow its object makes another act, a health campaign's advice, a story's plot or a
# book's history, a market's raid, a rescue's search, a private body's own business, a trial of an
# ordinary crime, a crime told in court, a prize won (precision6), a private quarrel or blow
# (precision7).
NO_ACT_TESTS: tuple[tuple[str, Callable[[Candidate], bool]], ...] = (
    ("non_agent", _only_non_agents),
    ("illness", _illness_attack),
    ("sport", sport_context),
    ("state_verb", lambda c: bool(how_learned(c)) and no_act_anchor(c)),
    ("accident", lambda c: bool(how_learned(c)) and lemma_of(c.anchor) in lx.ACCIDENT_VERBS),
    ("question", question_asked),
    ("hypothetical", model_conditioned),
    ("visit_to_nothing", visit_to_nothing),
    ("said_of_nothing", said_of_nothing),
    ("history", told_as_history),
    ("named_past", named_past_noun),
    ("victims_described", victims_described),
    ("abstraction", attacked_by_abstraction),
    ("retyped_blow", retyped_blow),
    ("health_advice", health_advice),
    ("story", told_as_story),
    ("market_raid", market_raid),
    ("rescue_search", rescue_search),
    ("private_body", private_body_act),
    ("charge_retold", charge_retold),
    ("told_in_court", told_in_court),
    ("prize_won", prize_won),
    ("private_quarrel", private_quarrel),
)


def no_political_act(cand: Candidate) -> bool:
    """Is the candidate no political act (NO_ACT_TESTS)? Marks it suppressed with the reason."""
    why = next((name for name, test in NO_ACT_TESTS if test(cand)), "")
    if why:
        cand.suppressed = why
    return bool(why)


def refine(cand: Candidate, cands: dict[int, Candidate]) -> None:
    """Conditions on objects (AID goods), modes from words, contexts, and the CAMEO code."""
    words = clause_words(cand, cands)
    lemma = cand.anchor.lemma_.lower()
    if how_learned(cand) and (speech_only(cand) or _frame_only(cand) or thing_released(cand)):
        return
    if no_political_act(cand):
        return
    goods = aid_goods(words)
    if check_aid(cand, words):
        return
    if lemma in lx.SELF_ADDRESSED_VOID and any(
            c.dep_ == "dobj" and c.lower_ in lx.REFLEXIVE_PRONOUNS for c in cand.anchor.children):
        cand.suppressed = "self_addressed"  # "'Yes,' he assures himself"
        return
    if cand.cameo in lx.HANDED_TO_CAMEOS and lemma in lx.HANDING_VERBS and not cand.recipients:
        cand.suppressed = "not_shared"  # "handed the documents to reporters": made public, no side
        return
    if ((cand.plover == "AID" or (cand.plover == "MOBILIZE" and _relief_purpose(cand.anchor)))
            and not _named(cand.actors) and in_hazard(cand.anchor)):
        # rescuers helping flood victims, soldiers deployed to help after a landslide: relief
        cand.suppressed = "relief"
        return
    if cand.plover == "ACCUSE" and lemma == "blame" and not cand.recipients and _blamed_on_thing(cand.anchor):
        # "officials blamed the fire on a short circuit": a cause found, nobody accused
        cand.suppressed = "blamed_nobody"
        return
    if cand.plover == "MOBILIZE" and not _named(cand.actors) and (
            _relief_purpose(cand.anchor, rescue=True)
            or (in_hazard(cand.anchor) and _sent_as_relief(cand.anchor))):
        # forces called in "to help with rescue operations", troops sent with medical teams or
        # into a quake-hit region: relief (AID, PLOVER 3.14.1), not a show of force
        cand.suppressed = "relief"
        return
    if cand.plover == "ASSAULT" and any(c.dep_ == "nsubj" and is_hazard(c) for c in cand.anchor.children):
        cand.suppressed = "hazard"  # "a magnitude 6.4 earthquake struck the province"
        return
    if lemma in lx.EVACUATION_VERBS and _moves_civilians(cand):
        cand.suppressed = "evacuation"  # residents moved out of danger: no retreat, no attack
        return
    if lemma in ("support", "back", "help") and (words & lx.DIG_OBJECTS or goods - {"humanitarian"}):
        cand.plover, cand.mode = "AID", None  # material support (armies, reconstruction)
        cand.contexts = []
    # troops sent to an ally (not the troops themselves, the recipient a passive finds: "3,000
    # troops are being sent into the islands" mobilises them); "promised to send troops to X"
    # looks at the promise's embedded sending
    sent = [cand] if lemma == "send" else [
        i for i in cand.embedded if lemma_of(i.anchor) == "send"] if lemma in lx.PROMISE_VERBS else []
    # ("sent troops to the Turkish border": the state across the border is faced, no ally)
    to_ally = any(r.lemma_.lower() not in lx.NO_ALLY_DESTINATIONS
                  and not (r.dep_ in ("amod", "compound") and r.head.lemma_.lower() in lx.FACED_BORDER_WORDS)
                  for s in sent for r in s.recipients)
    if cand.plover == "MOBILIZE" and to_ally:
        cand.plover, cand.mode, cand.cameo = "AID", None, "072"
    elif cand.plover == "MOBILIZE" and words & lx.PEACEKEEPING_WORDS and _keeps_peace(cand):
        cand.plover, cand.mode, cand.cameo = "AID", None, "074"
        cand.contexts.append("peacekeeping")
    elif (cand.plover == "THREATEN" and cand.cameo == "138" and to_ally
          and ("+future" in cand.how or lemma in lx.PROMISE_VERBS)):
        # troops an ally will be sent are military aid promised (0332), not a threat to it: the
        # future frame read the sending as a show of force before its recipient was known
        cand.plover, cand.mode, cand.cameo = "AGREE", None, "0332"
    cand.contexts += sorted(goods)
    for ctx, vocab in lx.CONTEXT_WORDS.items():
        if words & vocab:
            cand.contexts.append(ctx)
    if cand.plover == "AID" and "humanitarian" in cand.contexts and "military" in goods:
        # "medical equipment" is humanitarian; "equipment" alone does not make aid military
        dropped = "military" if words & lx.AID_GOODS["military"] <= lx.UNMARKED_GOODS else "humanitarian"
        cand.contexts.remove(dropped)
    if cand.how in ("learned", "selected") and cand.anchor.pos_ == "VERB" and (
            cand.anchor.lower_ in lx.POLICE_NOUNS):
        cand.suppressed = "rank"  # "squad dig vipul singh told": a rank misparsed as "to dig"
        return
    if cand.how in ("learned", "selected") and cand.plover == "ASSAULT" and lemma in lx.NOT_VIOLENT_ANCHORS:
        cand.suppressed = "not_violent_anchor"  # "termed the killing barbaric", "the mob was huge"
        return
    if cand.how in ("learned", "selected") and cand.plover == "ASSAULT" and not _shows_violence(cand):
        cand.suppressed = "no_violence"  # "police officials said 400 people were whisked away"
        return
    if cand.how in ("learned", "selected") and cand.plover == "ASSAULT" and hazard_caused(cand.anchor.doc):
        cand.suppressed = "hazard"  # "a thunderstorm killed four", "killed when a landslide buried"
        return
    _captured(cand, lemma)
    if cand.plover == "ASSAULT" and (any(a.lemma_.lower() in lx.RIOTER_NOUNS for a in cand.actors)
                                     or crowd_missiles(cand.anchor)):
        cand.plover, cand.mode, cand.cameo = "PROTEST", "riot", "145"  # "rioters attacked police"
    elif (cand.plover == "ASSAULT" and lemma in lx.RIOT_ACTION_VERBS
          and any(a.lemma_.lower() in lx.PROTESTER_NOUNS for a in cand.actors)
          and not _single_victim(cand)):
        cand.plover, cand.mode, cand.cameo = "PROTEST", "riot", "145"  # "activists stormed the hall"
    if cand.mode == "martial-law" and in_hazard(cand.anchor):
        cand.suppressed = "hazard"  # an emergency declared over floods or fires is relief
        return
    if cand.cameo in lx.OBSTRUCTING_CAMEOS and cand.actors and all(
            a.lemma_.lower() in lx.PROTESTER_NOUNS | lx.CIVILIAN_NOUNS for a in cand.actors):
        cand.plover, cand.mode, cand.cameo = "PROTEST", "obstruct", "144"  # villagers besieged
    if (cand.plover == "COERCE" and lemma == "raid"
            and any(a.lemma_.lower() in lx.ARMED_GROUP_NOUNS for a in cand.actors)):
        cand.plover, cand.mode, cand.cameo = "ASSAULT", None, "190"  # "insurgents raided a base"
    if cand.plover == "REQUEST" and any(a.lemma_.lower() in lx.PROTEST_PARTICIPANTS for a in cand.actors):
        # demands made by demonstrating are the protest (manual 3.8.2): "protesters demanded"
        cand.plover, cand.mode, cand.cameo = "PROTEST", "demo", "141"
    if cand.plover == "ASSAULT" and cand.mode == "firearms" and lemma == "fire" and any(
            w.lemma_.lower() in lx.WEAPON_MODES["heavy-weapons"]
            for c in cand.anchor.children if c.dep_ == "dobj" for w in c.subtree):
        cand.mode = "heavy-weapons"  # "fired artillery shells", "fired rockets": not small arms
    if cand.plover == "ASSAULT" and cand.mode is None and not cand.cameo.startswith("175"):
        near = {w.lemma_.lower() for w in cand.anchor.subtree} | {
            w.lemma_.lower() for a in cand.actors for w in a.subtree}
        if "suicide" in near and near & lx.SUICIDE_ATTACK_HEADS:
            cand.mode = "suicide-attack"
        else:
            cand.mode = next((m for m, vocab in lx.WEAPON_MODES.items() if near & vocab), None)
    if cand.plover in ("REQUEST", "REJECT") and cand.mode is None:
        cand.mode = next((m for m, vocab in lx.MODE_WORDS.items() if words & vocab), None)
    cand.contexts = [c for c in dict.fromkeys(cand.contexts) if c]
    cand.cameo = pick_cameo(cand)
    if (cand.mode == "yield" and words & lx.RELEASE_WORDS and cand.cameo in lx.RELEASE_CAMEOS
            and lx.VERB_TRIGGERS.get(lemma, ())[2:3] != ("128",)):
        # "urged X to release the crew", "refused to free the hostages": not the mode's first
        # code (1051 sanctions eased, 1056 de-escalation for soldiers freed, 128 a law defied);
        # "defied" keeps its own 128
        cand.cameo = lx.RELEASE_CAMEOS[cand.cameo]
    if cand.actors and cand.actors[0].pos_ == "PRON":
        cand.confidence -= 0.1
    if cand.recipients:
        cand.confidence += 0.1


def _captured(cand: Candidate, lemma: str) -> None:
    """People captured or seized: arrested by the state's forces (CAMEO 173, "police captured
    two suspects"), abducted by armed groups (181); a town captured or arms seized keep their
    type (occupation 192, confiscation 171)."""
    if lemma not in lx.CAPTURE_VERBS or cand.plover not in ("ASSAULT", "COERCE") or not any(
            counted(r).lemma_.lower() in lx.ACTOR_NOUNS or r.ent_type_ == "PERSON"
            for r in cand.recipients):
        return
    captors = [a.lemma_.lower() for a in cand.actors]
    if captors and all(c in lx.ABDUCTORS for c in captors):
        cand.plover, cand.mode, cand.cameo = "ASSAULT", "abduct", "181"
    elif captors and all(c in lx.STATE_CAPTORS or a.ent_type_ == "GPE"
                         for c, a in zip(captors, cand.actors, strict=True)):
        cand.plover, cand.mode, cand.cameo = "COERCE", "arrest", "173"
        cand.contexts = [*cand.contexts, "legal"]


def _relief_purpose(verb: Token, *, rescue: bool = False) -> bool:
    """Is `verb` done to help ("deployed to help residents", "to assist in the rescue")? With
    `rescue`, only help that a disaster calls for, its words in the purpose ("to help with rescue
    operations", "to assist flood victims") or relief goods handed out ("to bring food and
    medicine")."""
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]
    if not rescue:
        return any(c.lemma_.lower() in lx.RELIEF_VERBS for c in purposes)
    words = {w for c in purposes for t in c.subtree for w in (t.lower_, t.lemma_.lower())}
    handed = {t.lemma_.lower() for c in purposes for o in c.children if o.dep_ == "dobj"
              for t in o.subtree}
    return bool(purposes) and (
        (any(c.lemma_.lower() in lx.RELIEF_VERBS for c in purposes) and bool(words & lx.RELIEF_NOUNS))
        or bool(handed & lx.AID_GOODS["humanitarian"]))


def _blamed_on_thing(verb: Token) -> bool:
    """"Blamed X on Y" where neither X nor Y is anyone: "blamed the fire on a short circuit"."""
    on = prep_objects(verb, {"on"})
    blamed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(on) and not any(
        is_actor(t) or any(w.ent_type_ in lx.ACTOR_ENT_LABELS for w in t.subtree) for t in on + blamed)


def _sent_as_relief(verb: Token) -> bool:
    """Forces sent beside relief workers ("troops and medical teams") or into the stricken
    place ("to the quake-hit region", "to the flooded districts")?"""
    sent = [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in (c, *c.conjuncts)]
    if any(w.lemma_.lower() in lx.RELIEF_WORKERS for o in sent
           for w in (o, *(m for m in o.children if m.dep_ in ("compound", "amod")))):
        return True
    return any(_struck_place(p) for p in prep_objects(verb, {"to", "into"}))


def _struck_place(place: Token) -> bool:
    """Is `place` named as one a hazard struck ("the quake-hit region", "the flooded districts",
    "flood-affected areas of Sylhet"), by a word before its head?"""
    return any(t.i < place.i and (t.lemma_.lower() in lx.HAZARD_NOUNS or t.lower_ in lx.HAZARD_STRUCK)
               for t in place.subtree)


def _named(actors: list[Token]) -> bool:
    """Does an actor phrase name a state, people, organisation or person ("Japan", "Turkish
    rescuers", "the Red Cross"), not only a role ("volunteers", "the army")?"""
    return any(t.ent_type_ in lx.ACTOR_ENT_LABELS or _headline_country(t)
               for a in actors for t in a.subtree)


def _single_victim(cand: Candidate) -> bool:
    """One person harmed ("a man", "the trader", a named person), not a group or a place."""
    return any(r.tag_ in ("NN", "NNP") and (
        r.lemma_.lower() in lx.SINGLE_VICTIMS or r.ent_type_ == "PERSON"
        or any(t.ent_type_ == "PERSON" for c in r.children if c.dep_ in ("appos", "acl")
               for t in c.subtree))  # "a cultist identified as 'Pastor'"
        for r in cand.recipients)


def _shows_violence(cand: Candidate) -> bool:
    """A word of violence (lx.VIOLENCE_WORDS) joins a learned event's actors to its verb: on the
    verb, its objects and their prepositions ("set the houses on fire", "sustained injuries in the
    firing"), or on the parse path from an actor or recipient up to it ("said its jets struck
    the town"). Clauses hanging off the verb are not read: "said that after the attack, 400
    people were moved" reports no attack by the speaker; nor is what an "after" or "since" dates
    the act by."""
    verb = cand.anchor
    near = [verb]
    for child in verb.children:
        if child.dep_ in lx.OTHER_CLAUSE_DEPS or child.dep_ in ("ccomp", "xcomp"):
            continue
        near.append(child)
        if child.lemma_.lower() in lx.VERBAL_ATTACK_NOUNS and _verbal_attack_noun(child):
            continue  # "made a direct attack on the minister for the violence": what is criticised
        near += [g for g in child.children if g.dep_ in ("pobj", "dobj", "compound", "amod", "prep")]
        near += [p for g in child.children if g.dep_ == "prep" for p in g.children if p.dep_ == "pobj"]
    for arg in [*cand.actors, *cand.recipients]:
        near += [arg, *(m for m in arg.children if m.dep_ in ("compound", "amod"))]
        near += [t for t in arg.ancestors if verb.is_ancestor(t)]
    # "the party gave a call for a bandh after the killing of pilgrims": an act before the verb's
    near = [t for t in near if not (t.dep_ == "pobj" and t.head.dep_ == "prep"
                                    and t.head.lower_ in lx.EARLIER_ACT_PREPS)]
    return any((t.lemma_.lower() in lx.VIOLENCE_WORDS or t.lower_ in lx.VIOLENCE_WORDS)
               and not (t.lemma_.lower() in lx.VERBAL_ATTACK_NOUNS and _verbal_attack_noun(t))
               and not excluded_object(t)  # "struck a discordant note"
               and not (t.dep_ == "dobj" and t.head.i == verb.i and t.lower_ in lx.VICTIM_WORDS)
               for t in near)  # "in a veiled attack on the ministers, the party took a dig"


def _moves_civilians(cand: Candidate) -> bool:
    """The people an evacuation verb moves are civilians ("6,800 people evacuated", "evacuated
    residents"), not forces or settlements: that is disaster relief, not RETREAT (manual 3.7)."""
    tok = cand.anchor
    moved = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not moved:  # "people evacuated" (read as active), "residents evacuated their homes"
        moved = [c for c in tok.children if c.dep_ == "nsubj"]
    if not moved and tok.dep_ == "acl":  # "residents evacuated by the police"
        moved = [tok.head]
    for head in moved:
        counted = [g for c in head.children if c.lower_ == "of" for g in c.children]
        if any(t.lemma_.lower() in lx.CIVILIAN_NOUNS or t.lower_ in lx.CIVILIAN_NOUNS
               for t in [head, *counted]):
            return True
        if not counted and (head.like_num or head.lemma_.lower() in lx.QUANTITY_NOUNS):
            return True
    return False


def aid_goods(words: set[str]) -> set[str]:
    """The kinds of aid (lx.AID_GOODS keys) a clause's words name as goods: weapon systems named
    by make ("Patriot batteries", lx.WEAPON_SYSTEM_WORDS) are military, a team of relief workers
    ("rescue teams", lx.RELIEF_TEAM_NOUNS) humanitarian (aid2)."""
    goods = {ctx for ctx, vocab in lx.AID_GOODS.items() if words & vocab}
    if words & lx.WEAPON_SYSTEM_WORDS:
        goods.add("military")
    if words & lx.RELIEF_TEAM_WORKERS and (words & lx.RELIEF_TEAM_NOUNS or "rescuer" in words):
        goods.add("humanitarian")
    if words & lx.LONE_RELIEF_WORKERS:  # "sent 150 firefighters to Sweden": no team word needed
        goods.add("humanitarian")
    return goods


def _relief_team(subject: Token) -> bool:
    """Is a subject a team of relief workers: "South Korean rescue teams", "a medical team",
    "Greek rescuers" (lx.RELIEF_TEAM_NOUNS, lx.RELIEF_TEAM_WORKERS)? (aid2)"""
    head = subject.lemma_.lower()
    marked = {w.lower_ for w in subject.subtree} | {w.lemma_.lower() for w in subject.subtree}
    return bool(marked & lx.RELIEF_TEAM_WORKERS) and (head in lx.RELIEF_TEAM_NOUNS
                                                      or head in lx.RELIEF_TEAM_WORKERS)


def _name_tokens(tok: Token) -> list[Token]:
    """The words of the name `tok` heads: its named entity, else it and its compounds."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None:
        return list(ent)
    return [*(c for c in tok.children if c.dep_ == "compound"), tok]


@lru_cache(maxsize=1 << 12)
def _company_key(key: str) -> bool:
    """Does the knowledge base list `key` (a `name_key`) as a company (its role, its sector BUS,
    or Phoenix's code MNC for a multinational in place of a country)?"""
    return any(o.role == "company" or o.sector == "BUS" or o.country == "MNC"
               for o in shipped_kb().lookup_key(key))


def _company_named(tok: Token) -> bool:
    """Is `tok` a company by what the coder can see: a name ending in a company word ("Embraer
    Ltd", "Emirates Airlines", lx.COMPANY_NAME_ENDS) or one the knowledge base lists as a company
    ("Airbus", "Nokia")? Goods such a name delivers are sold, not given as aid; the resolver's
    sector comes later and is not read here."""
    if (tok.pos_ != "PROPN" and tok.ent_type_ != "ORG") or tok.ent_type_ in ("GPE", "NORP", "LOC"):
        return False  # a state's name is never a company's
    words = _name_tokens(tok)
    if words[-1].lower_.rstrip(".") in lx.COMPANY_NAME_ENDS:
        return True
    return _company_key(name_key(" ".join(w.text for w in words)))


def check_aid(cand: Candidate, words: set[str]) -> bool:
    """Suppress AID that is not aid: "provided details", "helped you"; True if suppressed. A
    company's delivery is a sale whatever type a learned model gives it ("Airbus delivered jets
    to IndiGo": AID, or CONCEDE from the pair model), unless a state receives it."""
    lemma = cand.anchor.lemma_.lower()
    if (lemma in lx.GOODS_AID_WORDS and cand.actors and all(map(_company_named, cand.actors))
            and not any(r.ent_type_ == "GPE" for r in cand.recipients)):
        cand.suppressed = "not_aid"  # leftovers2
        return True
    if cand.plover != "AID":
        return False
    if (lemma in lx.GOODS_AID_WORDS and lemma not in lx.GIFT_VERBS
            and not aid_goods(words)):
        cand.suppressed = "not_aid"  # commercial deliveries and "provide details" are not AID
    elif lemma in ("help", "assist", "aid") and not cand.recipients:
        cand.suppressed = "not_aid"
    elif lemma in lx.SHELTER_VERBS and not any(
            w.lemma_.lower() in lx.DISPLACED_PEOPLE or w.lower_ in lx.DISPLACED_PEOPLE
            for r in cand.recipients for w in r.subtree):
        cand.suppressed = "not_aid"  # "opened its borders to trade": no one sheltered
    return bool(cand.suppressed)


def pick_cameo(cand: Candidate) -> str:
    """The lexicon's code when it is specific and fits; else the codebook's best fit.

    Generic codes ("070", "100", "12") are re-picked with mode and contexts ("073", "1013"), but
    never replaced by a shorter code; specific ones only refined ("112" -> "1123").
    """
    row = codebook.plover_for_cameo(cand.cameo)
    fits = row is not None and row[0] == cand.plover and cand.mode in (None, row[1])
    best = codebook.default_cameo(cand.plover, cand.mode, cand.contexts)
    if fits and len(cand.cameo) >= 3 and not cand.cameo.endswith("0"):
        # a specific code is kept, or refined by its contexts ("accused ... of aggression": 1123)
        return best if best and len(best) > len(cand.cameo) and best.startswith(cand.cameo) \
            else cand.cameo
    if best is None or (fits and len(best) < len(cand.cameo)):
        return cand.cameo
    return best


def link_rejections(cands: list[Candidate], last: tuple[int, Candidate, Doc] | None,
                    sent_index: int) -> None:
    """A REJECT of "this"/"the request" takes mode, contexts and recipient from the REQUEST."""
    requests = [c for c in cands if c.plover == "REQUEST"]
    for cand in cands:
        if cand.plover != "REJECT":
            continue
        words = {t.lower_ for t in cand.anchor.subtree} | {t.lemma_.lower() for t in cand.anchor.subtree}
        if not words & lx.ANAPHORIC_OBJECTS:
            continue
        before = [r for r in requests if r.anchor.i < cand.anchor.i]
        req = before[-1] if before else (last[1] if last and last[0] == sent_index - 1 else None)
        if req is None:
            continue
        cand.mode = cand.mode or req.mode
        cand.contexts = list(dict.fromkeys(cand.contexts + req.contexts))
        if not cand.recipients and req.anchor.doc is cand.anchor.doc:
            cand.recipients = [a for a in req.actors if a not in cand.actors]
        cand.cameo = pick_cameo(cand)
        cand.how += "+request"


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per (type, actors, recipients) and per trigger span."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for cand in sorted(cands, key=lambda c: (c.suppressed != "", -c.confidence, c.trigger)):
        key = (cand.plover, tuple(t.i for t in cand.actors), tuple(t.i for t in cand.recipients))
        span_key = ("span", cand.plover, cand.trigger)
        if cand.actors and key in seen or span_key in seen:
            continue
        seen.update({key, span_key})
        out.append(cand)
    # "Fighting erupted as clashes broke out between rival militias": an unnamed event beside
    # one of its type whose actor the sentence names is that event told twice
    named = {c.plover for c in out if c.actors and not c.suppressed}
    out = [c for c in out if c.actors or not c.unnamed or c.plover not in named]
    # "met his counterpart and held talks on trade": a meeting's coordinated second verb that
    # names no party of its own is the same meeting told twice, not a second one
    out = [c for c in out if not _meeting_retold(c, out)]
    # "Peru ordered the expulsion of three diplomats": the light verb's own reading of the act,
    # with no recipient, inside the noun's ("ordered the expulsion") that names whom, is one act
    out = [c for c in out if c.recipients or not any(
        o is not c and o.plover == c.plover and o.recipients and o.actors == c.actors
        and _overlap(o.trigger, c.trigger) for o in out)]
    return sorted(out, key=lambda c: c.trigger)


def _clause_verb(cand: Candidate) -> Token:
    """The verb whose clause states `cand`: its own verb, or the light verb of its noun ("held
    talks")."""
    tok = cand.anchor
    return tok.head if tok.pos_ != "VERB" and tok.dep_ == "dobj" else tok


def _meeting_retold(cand: Candidate, cands: list[Candidate]) -> bool:
    """A symmetric event with no recipient whose verb is coordinated with that of an event of
    its type, actors and a recipient ("met X and held talks", "met with X and paid a visit")."""
    if cand.plover not in SYMMETRIC_TYPES or cand.recipients or cand.suppressed or not cand.actors:
        return False
    verb = _clause_verb(cand)
    for other in cands:
        if (other is cand or other.plover != cand.plover or not other.recipients
                or other.suppressed or other.negated or other.actors != cand.actors):
            continue
        near = _clause_verb(other)
        if (verb.dep_ == "conj" and verb.head.i == near.i) or (
                near.dep_ == "conj" and near.head.i == verb.i):
            return True
    return False


# -- actors -----------------------------------------------------------------------------------
def phrase_bounds(tok: Token) -> tuple[int, int]:
    """Token range [start, end) of an actor phrase: the head's subtree minus clauses and conjuncts."""
    if tok.ent_type_ and tok.ent_iob_ in ("B", "I"):
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    else:
        ent = None
    left = {"compound", "amod", "det", "poss", "nummod", "quantmod", "predet", "nmod"}
    start, end = tok.i, tok.i + 1
    for child in tok.children:
        sub = list(child.subtree)
        if child.i < tok.i and child.dep_ in left:
            if any(t.is_punct and t.text not in "-'’" for t in sub):
                continue  # "(MENAFN) Earlier this month, Syria's president": stop at punctuation
            start = min(start, sub[0].i)
        elif child.i > tok.i and (child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of")
                                  or _dressed_in_force(child)):
            if any(t.pos_ in ("VERB", "AUX") for t in sub) or len(sub) > 10:
                continue  # a clause, not a name: keep the actor phrase short
            end = max(end, sub[-1].i + 1)
    if ent is not None:
        start, end = min(start, ent.start), max(end, ent.end)
    doc = tok.doc
    while end > start + 1 and ((last := doc[end - 1]).is_punct or last.dep_ == "case"):
        end -= 1
    # nor blanks: a dateline or a mojibake run `parse_view` blanked ("jalandhar: the bajrang dal")
    while start < end - 1 and ((first := doc[start]).is_punct or first.is_space):
        start += 1
    if start < tok.i and (first := doc[start]).dep_ == "det" and first.lower_ in lx.ARTICLES:
        start += 1
    return start, end


def _dressed_in_force(prep: Token) -> bool:
    """An "in" phrase naming a force's dress ("men in khaki", "men in khaki uniform"): part of
    the actor's name."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        w.lower_ in lx.FORCE_DRESS for g in prep.children if g.dep_ == "pobj"
        for w in (g, *(m for m in g.children if m.dep_ in ("compound", "amod"))))


def make_actor(tokens: list[Token], text: str, offset: int) -> Actor:
    """One Actor for one or more coordinated actor tokens (span covers them all)."""
    if not tokens:
        return Actor(entity_text="")
    bounds = [phrase_bounds(t) for t in tokens]
    doc = tokens[0].doc
    s = doc[min(b[0] for b in bounds)].idx + offset
    e = _end_char(doc[max(b[1] for b in bounds) - 1]) + offset
    return Actor(entity_text=text[s:e], span=Span(s, e, text[s:e]))


def _member(tok: Token, text: str, offset: int) -> dict[str, Any]:
    """One member of a compound actor, as a plain dict for metadata."""
    a, b = phrase_bounds(tok)
    s, e = tok.doc[a].idx + offset, _end_char(tok.doc[b - 1]) + offset
    return {"entity_text": text[s:e], "start": s, "end": e}


def _end_char(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _precision(date: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(date), "day")
