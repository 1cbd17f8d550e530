"""IndiaPoliceEvents, branch india4 (issue 13): police acts in lower-cased Indian news with no
police event: a strict watch kept with no keeper named, a police bandobast deployed, the central
armed police forces by their full names. Every sentence here is made up for the test."""

import pytest
from helpers import coded_quads as events_of

from eventwire.data import Actor, Span

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def resolver():
    from eventwire.knowledge.kb import shipped_kb
    from eventwire.resolve.actors import ActorResolver

    return ActorResolver(shipped_kb())


def _sector(resolver, text: str, sentence: str) -> str | None:
    from eventwire.resolve.actors import MentionContext

    at = sentence.find(text)
    actor = Actor(text, span=Span(at, at + len(text), text))
    return resolver.resolve(actor, date="2002-03-01", context=MentionContext(),
                            sentence=sentence).sector


def test_a_strict_watch_kept_with_no_keeper_is_a_police_alert_with_an_unnamed_actor(code):
    for text in ("a close watch is being kept at the bus depots and the railway station.",
                 "the mosques in the old town were kept under strict vigil on friday.",
                 "round-the-clock surveillance is being maintained along the highway."):
        got = events_of(code, text)
        assert [(t, c, a) for t, c, a, _ in got] == [("MOBILIZE", "151", "")], text
        unnamed = code(text)[0]
        assert unnamed.metadata.get("actor_unnamed") or not unnamed.actor.entity_text


def test_a_vigil_of_mourners_or_a_watch_kept_by_others_is_no_police_alert(code):
    # no word of strictness: a mourners' vigil
    assert events_of(code, "a silent vigil was kept outside the hospital all night.") == []
    assert events_of(code, "a candlelight vigil was maintained by the students.") == []
    # a keeper named who is no force
    assert events_of(code, "a close watch was kept on onion prices by the ministry.") == []
    assert events_of(code, "the injured boy was kept under observation.") == []


def test_a_police_bandobast_deployed_is_the_force_deployed(code):
    got = events_of(code, "heavy police bandobast was deployed around the stadium on sunday.")
    assert [(t, c, a) for t, c, a, _ in got] == [("MOBILIZE", "154", "heavy police bandobast")]


def test_the_central_armed_police_forces_by_their_full_names_are_police(resolver):
    said = "the border security force patrolled the lanes of the walled city."
    assert _sector(resolver, "border security force", said) == "COP"
    said = "the central industrial security force guarded the refinery gates."
    assert _sector(resolver, "central industrial security force", said) == "COP"
    # the army stays the army
    assert _sector(resolver, "army", "the army patrolled the lanes of the walled city.") == "MIL"


def test_a_strict_watch_kept_on_a_thing_is_no_police_alert(code):
    # A watch kept *on* prices, weather or a bank is anyone's, not a raised police alert.
    for text in ("a close watch is being kept on the prices of pulses.",
                 "A strict watch is being kept on the river's level, the irrigation office said.",
                 "Close surveillance is being maintained on the lender's cash position."):
        assert events_of(code, text) == [], text
