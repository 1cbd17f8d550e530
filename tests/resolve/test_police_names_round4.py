"""Police names in the resolver, fourth IndiaPoliceEvents round (issue 13): an acronym of an Indian
police force that the knowledge base knows as a body abroad ("rpf"), a police title before a
name ("sp rahul sharma"), and security forces named by no service doing what only police do.
Sentences made up for the test."""

from eventwire.data import Actor, Document, Event, Span
from eventwire.resolve.actors import MentionContext
from eventwire.resolve.step import Resolver
from eventwire.settings import Options


def test_rpf_is_the_railway_police_where_rwanda_is_not_named(resolver):
    for text, sentence in [("the rpf", "the rpf arrested two hawkers at the platform."),
                           ("rpf personnel", "rpf personnel searched the coaches."),
                           ("The RPF", "The RPF arrested two ticketless travellers.")]:
        actor = resolver.resolve(Actor(text), date="2002-03-01", context=MentionContext(),
                                 sentence=sentence)
        assert actor.sector == "COP", text


def test_rpf_is_the_rwandan_front_where_rwanda_is_named(resolver):
    actor = resolver.resolve(Actor("The RPF"), date="2002-03-01", context=MentionContext(),
                             sentence="The RPF arrested two opposition leaders in Kigali.")
    assert (actor.country, actor.sector) == ("RWA", "PTY")
    home = resolver.resolve(Actor("The RPF"), date="2002-03-01",
                            context=MentionContext(document_country="RWA"),
                            sentence="The RPF won the vote.")
    assert (home.country, home.sector) == ("RWA", "PTY")


def test_sp_before_a_name_is_a_police_superintendent(resolver):
    def sector(text: str) -> str | None:
        return resolver.resolve(Actor(text), date="2002-03-01", context=MentionContext(),
                                sentence=f"{text} visited the village.").sector

    assert sector("sp anil verma") == "COP"
    assert sector("kheda sp anil verma") == "COP"
    # alone or before another title it may be the Samajwadi Party
    assert sector("the sp") != "COP"
    assert sector("the sp chief") != "COP"
    assert sector("sp mla anil verma") != "COP"


def _event(sentence: str, etype: str, cameo: str, actor: str) -> Event:
    start = sentence.index(actor)
    ev = Event(doc_id="d", sentence_index=0, text=sentence, event=etype, cameo=cameo,
               actor=Actor(entity_text=actor, span=Span(start, start + len(actor), actor)),
               sentence_span=Span(0, len(sentence), sentence))
    ev.trigger = Span(0, 1, sentence[0])
    return ev


def test_security_forces_named_by_no_service_are_police_when_they_arrest():
    arrest = _event("Security personnel arrested ten men.", "COERCE", "173", "Security personnel")
    shelled = _event("Security forces shelled the hills.", "ASSAULT", "190", "Security forces")
    army = _event("The army arrested ten men.", "COERCE", "173", "The army")
    for ev in (arrest, shelled, army):
        doc = Document(source_path="x", text=ev.text, published="2002-03-01", events=[ev])
        Resolver(Options()).resolve_document(doc)
    assert arrest.actor.sector == "COP"
    assert shelled.actor.sector == "MIL"  # a military act: the sector the words give
    assert army.actor.sector == "MIL"  # a named service keeps its sector
