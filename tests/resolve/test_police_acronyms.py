"""An acronym of an Indian police force that the knowledge base knows as a body abroad (issue 13):
"rpf" is the Railway Protection Force unless Rwanda is named. Sentences made up for the test."""

from eventwire.data import Actor
from eventwire.resolve.actors import MentionContext


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
