"""A state described, not named ("the country", "the nation", "the former Soviet republic", "the
East African country"), is the state named last before it in the document, read by one rule
(`ActorResolver.described_state`) both in the mention resolver and in the resolve step, where the
event's other party is skipped."""

from __future__ import annotations

import pytest
from helpers import in_document

from eventwire.data import Actor, Document, Event, Span
from eventwire.resolve.step import Resolver
from eventwire.settings import Options


@pytest.mark.parametrize("document,mention,sentence,expected", [
    # the state named in the sentence before, not this one
    ("Officials in Bhutan announced a vote on Monday. The Himalayan nation has never held one.",
     "The Himalayan nation", "The Himalayan nation has never held one.", "BTN"),
    ("Kenyan police fired tear gas at students. The East African country has banned rallies.",
     "The East African country", "The East African country has banned rallies.", "KEN"),
    # "the country" in the mention resolver itself, not only in the resolve step
    ("Hundreds of protesters marched in Colombia on Friday. The country has seen weeks of "
     "unrest.", "The country", "The country has seen weeks of unrest.", "COL"),
    ("Ghana's parliament passed the budget, and the nation will vote in December.",
     "the nation", None, "GHA"),
])
def test_a_described_state_is_the_state_named_before_it(resolver, document, mention, sentence,
                                                         expected):
    assert in_document(resolver, document, mention, sentence=sentence) == (expected, "GOV")


def test_a_described_state_with_no_state_named_before_it_has_no_country(resolver):
    document = "The country has seen weeks of unrest, officials in Bogota said."
    assert in_document(resolver, document, "The country")[0] is None


def test_a_state_noun_ending_a_name_is_that_name(resolver):
    document = "Slovakia and the Czech Republic signed a treaty."
    assert in_document(resolver, document, "the Czech Republic") == ("CZE", "GOV")


def test_a_demonym_before_a_state_noun_names_that_state(resolver):
    # "the British monarchy" is Britain's, whichever country the sentence named before it
    document = "American lawyers said the British monarchy had been harmed by the interview."
    assert in_document(resolver, document, "the British monarchy") == ("GBR", "GOV")


def test_a_phrase_with_a_function_word_before_the_state_noun_is_no_description(resolver):
    document = "Kenyan officials met Ugandan envoys to discuss the investment of our country."
    assert in_document(resolver, document, "the investment of our country")[0] is None


@pytest.fixture(scope="module")
def step():
    return Resolver(Options())


def _event(text: str, etype: str, actor: str, recipient: str) -> Event:
    a, r = text.index(actor), text.index(recipient)
    ev = Event(doc_id="d", sentence_index=0, text=text, event=etype,
               actor=Actor(entity_text=actor, span=Span(a, a + len(actor), actor)),
               recipient=Actor(entity_text=recipient, span=Span(r, r + len(recipient), recipient)),
               sentence_span=Span(0, len(text), text))
    ev.trigger = Span(0, 1, text[0])
    return ev


@pytest.mark.parametrize("text,actor,recipient,expected", [
    # a state described with modifiers skips the other party as "the country" does
    ("Mali expelled the French ambassador, and France suspended aid to the West African "
     "nation.", "France", "the West African nation", ("FRA", "MLI")),
    ("Qatar's emir met the Saudi king, and Riyadh later accused the Gulf emirate of lying.",
     "Riyadh", "the Gulf emirate", ("SAU", "QAT")),
    ("About 2,000 French troops stayed in Mali after Paris intervened in the country.",
     "Paris", "the country", ("FRA", "MLI")),
])
def test_a_described_state_is_not_the_events_other_party(step, text, actor, recipient, expected):
    doc = Document(source_path="x", text=text, published="2023-03-01",
                   events=[_event(text, "COERCE", actor, recipient)])
    step.resolve_document(doc)
    ev = doc.events[0]
    assert (ev.actor.country, ev.recipient.country) == expected
    assert ev.recipient.sector == "GOV"


def test_a_described_state_with_only_the_other_party_before_it_has_no_country(step):
    text = "France said on Monday that it would send troops to the country."
    doc = Document(source_path="x", text=text, published="2023-03-01",
                   events=[_event(text, "MOBILIZE", "France", "the country")])
    step.resolve_document(doc)
    assert doc.events[0].recipient.country is None


def test_a_long_sentence_is_read_back_to_its_start(step):
    # the state is named more than DESCRIBED_STATE_WINDOW characters before "the country", in
    # the same sentence
    text = ("Nigeria's opposition, which has for months accused the electoral commission of "
            "delaying the count in several northern states, of intimidating observers sent by "
            "regional bodies, of losing ballot papers printed abroad and of ignoring the "
            "complaints its lawyers filed with the courts in the capital and in the south, said "
            "on Friday that Washington had no right to lecture the country.")
    assert text.index("the country") > 300
    doc = Document(source_path="x", text=text, published="2023-03-01",
                   events=[_event(text, "ACCUSE", "Washington", "the country")])
    step.resolve_document(doc)
    assert doc.events[0].recipient.country == "NGA"
