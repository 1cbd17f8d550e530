"""Classes of error seen on the fourteenth whole-article page set (branch audit15, lower-cased
Indian news): advice given to someone to act, or not to, is a request as urging is, and a request
in the passive with no asker named still asks its subject to act. The sentences
are this round's own, not the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_advising_someone_to_act_requests(code):
    got = coded(code, "the union advised the workers to stay calm during the talks.")
    assert ("REQUEST", "union", "workers") in got, got
    got = coded(code, "the journalists were advised by the collector to avoid the riot-hit lanes.")
    assert ("REQUEST", "collector", "journalists") in got, got
    # advice with no one advised asks no one
    assert "REQUEST" not in events(code, "the doctors advised complete rest for a week.")
    assert "REQUEST" not in events(code, "the ministry advised caution on the new rules.")


def test_a_request_in_the_passive_with_no_asker_still_asks(code):
    got = [(e.event, e.actor.entity_text if e.actor else None)
           for e in code("the shopkeepers were urged to keep their shutters down till evening.")]
    assert ("REQUEST", "") in got, got  # an unnamed asker
    got = [(e.event, e.recipient.entity_text if e.recipient else None)
           for e in code("the villagers have been advised to move to the relief camps.")]
    assert ("REQUEST", "villagers") in got, got
    # asked about something, no act is asked for
    assert "REQUEST" not in events(code, "the minister was asked about the delay in the project.")
