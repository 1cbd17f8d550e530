"""A commander's people are his force (IndiaPoliceEvents, branch india5): "the inspector said
his men had arrested ...", "the ssp's men raided ..."; the CBI is police. Sentences made up
for the test."""

from eventwire.data import Actor, Span
from eventwire.resolve.actors import MentionContext


def _resolved(resolver, text: str, sentence: str) -> Actor:
    span_at = sentence.find(text)
    actor = Actor(text, span=Span(span_at, span_at + len(text), text))
    return resolver.resolve(actor, date="2002-03-01", context=MentionContext(),
                            sentence=sentence)


def test_men_of_a_police_officer_named_before_them_are_the_police(resolver):
    said = "the sub-inspector said his men had arrested four youths near the market."
    assert _resolved(resolver, "his men", said).sector == "COP"
    said = "the railway police said their team had detained ten persons."
    assert _resolved(resolver, "their team", said).sector == "COP"
    # the owner is the role named last: here the reporters
    said = "the dsp told reporters that their team had been attacked."
    assert _resolved(resolver, "their team", said).sector != "COP"
    assert _resolved(resolver, "ssp's men", "the ssp's men raided the house.").sector == "COP"


def test_men_of_an_officer_of_no_force_are_not_a_force(resolver):
    said = "the minister said his men had been attacked near the market."
    assert _resolved(resolver, "his men", said).sector not in ("COP", "MIL")
    said = "the sub-inspector met the minister, who said his men had been attacked."
    assert _resolved(resolver, "his men", said).sector not in ("COP", "MIL")


def test_the_cbi_is_police(resolver):
    sentence = "the cbi arrested the former official."
    assert _resolved(resolver, "cbi", sentence).sector == "COP"
