"""A selected pair on a reporting verb beside the reported event is no second event."""

import pytest

from eventwire.events.coder import EventCoder
from eventwire.settings import Options

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Options())


@pytest.mark.parametrize("text", [
    "Ukraine said Russian forces shelled the city of Kharkiv.",
    "Ukraine said Russian forces shelled Odesa.",
])
def test_the_speaker_is_no_second_attacker(coder, text):
    events = coder.code_text(text)
    assert [(e.event, e.actor.entity_text) for e in events] == [("ASSAULT", "Russian forces")]


def test_a_reported_event_of_another_type_still_stands_beside(coder):
    # the exclusion is for the reported event's own type and recipient only
    events = coder.code_text("Ukraine accused Russia of shelling Odesa.")
    assert ("ACCUSE", "Ukraine", "Russia") in [
        (e.event, e.actor.entity_text, e.recipient and e.recipient.entity_text) for e in events]
