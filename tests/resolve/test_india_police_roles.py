"""Indian police wording in the resolver (issue 13): forces and ranks by their Indian names, and
the unnamed actor of an arrest."""

from __future__ import annotations

import pytest

from eventwire.data import Actor, Document, Event, Span
from eventwire.knowledge.kb import KnowledgeBase
from eventwire.resolve.actors import ActorResolver, MentionContext
from eventwire.resolve.step import Resolver
from eventwire.settings import Options


@pytest.fixture(scope="module")
def actors() -> ActorResolver:
    return ActorResolver(KnowledgeBase.load())


@pytest.mark.parametrize("text", ["the raf", "rapid action force personnel", "the stf",
                                  "inspector gupta", "khaki-clad men", "the dcp",
                                  "home guards", "the railway protection force",
                                  "the sleuths", "psi r k mehta"])
def test_indian_police_names_are_police(actors, text):
    actor = actors.resolve(Actor(text), date="2002-03-01", context=MentionContext(),
                           sentence=f"{text} reached the spot.")
    assert actor.sector == "COP"


def test_a_samajwadi_sp_is_not_police(actors):
    actor = actors.resolve(Actor("the sp"), date="2002-03-01", context=MentionContext(),
                           sentence="the sp walked out of the house.")
    assert actor.sector != "COP"


def _unnamed(sentence: str, etype: str, cameo: str) -> Event:
    ev = Event(doc_id="d", sentence_index=0, text=sentence, event=etype,
               actor=Actor(entity_text=""), cameo=cameo,
               sentence_span=Span(0, len(sentence), sentence), metadata={"actor_unnamed": True})
    ev.trigger = Span(0, 1, sentence[0])
    return ev


def test_the_unnamed_actor_of_an_arrest_is_the_police():
    text = "LUCKNOW: Twelve traders were arrested on Friday. A shop was set on fire."
    arrest = _unnamed("Twelve traders were arrested on Friday.", "COERCE", "173")
    fire = _unnamed("A shop was set on fire.", "ASSAULT", "180")
    doc = Document(source_path="x", text=text, published="2002-03-01", events=[arrest, fire])
    Resolver(Options()).resolve_document(doc)
    assert (arrest.actor.country, arrest.actor.sector) == ("IND", "COP")
    assert arrest.actor.resolved_by == "unnamed_act"
    assert (fire.actor.country, fire.actor.sector) == (None, None)


def test_the_unnamed_actor_of_raised_police_security_is_the_police():
    text = "LUCKNOW: Security was tightened near the shrine. Aid was sent to the camps."
    tightened = _unnamed("Security was tightened near the shrine.", "MOBILIZE", "151")
    aid = _unnamed("Aid was sent to the camps.", "AID", "070")
    doc = Document(source_path="x", text=text, published="2002-03-01", events=[tightened, aid])
    Resolver(Options()).resolve_document(doc)
    assert (tightened.actor.country, tightened.actor.sector) == ("IND", "COP")
    assert aid.actor.sector is None
