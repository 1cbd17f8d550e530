"""Classes of error seen on the tenth whole-article page set (branch audit11, lower-cased Indian
news): a fact conceded read as a yield, a readiness denied through its copula read as an offer,
a verdict abided by and a vote cast with an actor not read. The sentences are this round's own,
not the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_conceding_that_something_is_so_is_an_admission_not_a_yield(code):
    assert "CONCEDE" not in events(code, "The party chief conceded that the price rise had cost them the city.")
    assert "CONCEDE" not in events(code, "a senior minister conceded that the floods had hurt the government.")
    # a demand or defeat conceded is still a yield
    assert "CONCEDE" in events(code, "The rebels conceded defeat on Sunday.")


def test_a_readiness_denied_on_its_copula_is_no_offer(code):
    got = coded(code, "The workers were not ready to give in to the management.")
    assert not any(t == "AGREE" for t, _a, _r in got), got
    got = coded(code, "The union was not willing to talk to the company.")
    assert not any(t == "AGREE" for t, _a, _r in got), got
    # the readiness asserted stays an offer
    got = coded(code, "The workers were ready to give in to the management.")
    assert ("AGREE", "workers", "management") in got, got


def test_a_verdict_abided_by_is_accepted(code):
    got = coded(code, "The government will abide by the verdict of the high court.")
    assert any(t == "AGREE" and a == "government" for t, a, _r in got), got
    got = coded(code, "The party will abide by the decision of the election commission, the spokesman said.")
    assert any(t == "AGREE" and a == "party" for t, a, _r in got), got
    # abiding by a rule of conduct is no verdict accepted
    assert "AGREE" not in events(code, "The players will abide by the rules of the club.")


def test_a_vote_cast_with_an_actor_sides_with_it(code):
    got = coded(code, "The Liberal Democrats voted with the government on the bill.")
    assert ("SUPPORT", "liberal democrats", "government") in got, got
    # feet are no one
    assert "SUPPORT" not in events(code, "the residents voted with their feet and left the town.")
