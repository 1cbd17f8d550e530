"""The resolver glue: compound and 'both sides' actors, military acts, quantities by paragraph."""

from __future__ import annotations

import pytest

from eventwire.data import Actor, Document, Event, Span
from eventwire.resolve.step import Resolver
from eventwire.settings import Options


@pytest.fixture(scope="module")
def resolver():
    return Resolver(Options())


def event(text: str, sentence: str, etype: str, actor: str, recipient: str | None = None, **kw) -> Event:
    base = text.index(sentence)
    a = base + sentence.index(actor)
    ev = Event(doc_id="d", sentence_index=0, text=sentence, event=etype,
               actor=Actor(entity_text=actor, span=Span(a, a + len(actor), actor)),
               sentence_span=Span(base, base + len(sentence), sentence), **kw)
    ev.trigger = Span(base, base + 1, sentence[0])
    if recipient:
        r = base + sentence.index(recipient)
        ev.recipient = Actor(entity_text=recipient, span=Span(r, r + len(recipient), recipient))
    return ev


def test_both_sides_are_the_two_states_named_most(resolver):
    s1 = "Ukraine asked Russia to stop attacks on Odesa, Turkish officials said."
    s2 = "Both sides agreed to meet again in Istanbul."
    text = f"{s1} {s2}"
    doc = Document(source_path="x", text=text, published="2025-03-14",
                   events=[event(text, s1, "REQUEST", "Ukraine", "Russia"),
                           event(text, s2, "AGREE", "Both sides")])
    resolver.resolve_document(doc)
    agree = doc.events[1]
    assert {agree.actor.country, agree.recipient.country} == {"UKR", "RUS"}
    assert agree.actor.resolved_by == "both_sides"


def test_compound_actor_of_a_meeting_is_split(resolver):
    s = "Lavrov and Fidan met in Ankara on Monday."
    doc = Document(source_path="x", text=s, published="2025-03-14",
                   events=[event(s, s, "CONSULT", "Lavrov and Fidan")])
    resolver.resolve_document(doc)
    ev = doc.events[0]
    assert (ev.actor.entity_text, ev.recipient.entity_text) == ("Lavrov", "Fidan")
    assert (ev.actor.country, ev.recipient.country) == ("RUS", "TUR")
    assert doc.text[ev.recipient.span.start:ev.recipient.span.end] == "Fidan"


def test_compound_actor_of_a_pact_is_split_but_not_of_a_rejection(resolver):
    s1 = "Canada and Britain signed a trade pact on Saturday."
    s2 = "Italy and Spain refused the request."
    text = f"{s1} {s2}"
    doc = Document(source_path="x", text=text, published="2025-03-14",
                   events=[event(text, s1, "SUPPORT", "Canada and Britain"),
                           event(text, s2, "REJECT", "Italy and Spain")])
    resolver.resolve_document(doc)
    pact, refusal = doc.events
    assert (pact.actor.country, pact.recipient.country) == ("CAN", "GBR")
    assert refusal.recipient is None and refusal.actor.entity_text == "Italy and Spain"


def test_country_carrying_out_strikes_is_its_military(resolver):
    s = "Israel carried out airstrikes on Syria on Tuesday."
    doc = Document(source_path="x", text=s, published="2025-03-14",
                   events=[event(s, s, "ASSAULT", "Israel", "Syria")])
    resolver.resolve_document(doc)
    ev = doc.events[0]
    assert (ev.actor.country, ev.actor.sector) == ("ISR", "MIL")
    assert (ev.recipient.country, ev.recipient.sector) == ("SYR", "GOV")
    assert (ev.date, ev.date_precision) == ("2025-03-11", "day")


def test_quantities_of_an_eventless_sentence_go_to_the_paragraph_event(resolver):
    s1 = "Both governments signed a trade deal worth $2 billion."
    s2 = "About 40 companies will take part."
    text = f"{s1} {s2}\nA later paragraph mentions 500 soldiers."
    doc = Document(source_path="x", text=text, published="2025-03-14",
                   events=[event(text, s1, "AGREE", "Both governments")])
    resolver.resolve_document(doc)
    qs = doc.events[0].quantities
    assert [(q["text"], q["attached"]) for q in qs] == [
        ("$2 billion", "sentence"), ("About 40 companies", "paragraph")]


def test_a_bare_role_takes_the_dateline_country_of_its_document(resolver):
    s = "Police arrested 40 people after the clashes."
    text = f"AHMEDABAD: Curfew was imposed in parts of the city. {s}"
    doc = Document(source_path="x", text=text, published="2002-03-05",
                   events=[event(text, s, "ARREST", "Police", "40 people")])
    resolver.resolve_document(doc)
    ev = doc.events[0]
    assert (ev.actor.country, ev.actor.sector) == ("IND", "COP")
    assert ev.actor.resolved_by == "document_country"


def test_a_pronoun_actor_takes_the_documents_earlier_person(resolver):
    s1 = "Sudanese army chief Gen. Idris Zorbanu met mediators in Khartoum."
    s2 = "He later ordered troops to withdraw from the city."
    s3 = "Gen. Zorbanu said the truce would hold."
    text = f"{s1} {s2} {s3}"
    doc = Document(source_path="x", text=text, published="2023-05-02",
                   events=[event(text, s2, "MOBILIZE", "He"), event(text, s3, "AGREE", "Gen. Zorbanu")])
    resolver.resolve_document(doc)
    pronoun, surname = doc.events
    assert (pronoun.actor.country, pronoun.actor.sector, pronoun.actor.resolved_by) == \
        ("SDN", "MIL", "pronoun")
    assert (surname.actor.country, surname.actor.sector, surname.actor.resolved_by) == \
        ("SDN", "MIL", "coref")
