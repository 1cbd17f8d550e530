"""Countries of events, round 3 (issue 13's triple): a recipient with no country, or none named,
takes the country of the place the act is aimed at: a place in the recipient's own words, one
named right after it ("officers to Haiti", "the border with Togo"), or, with no recipient, the
place the clause names after the act behind an aiming preposition ("marched through Nairobi",
"against India's fees"). A venue of a statement, or a place beyond the act's clause, is not one.

Every sentence here is made up for the test (no probe sentence, no CAMEO manual example).
"""

import pytest

pytestmark = pytest.mark.slow

TEXTS = {
    "after": "Kenya deployed the first group of 300 police officers to Haiti on Tuesday.",
    "border": "Ghana's army reinforced its positions near the border with Togo.",
    "inside": "Chile dispatched relief trucks loaded with rice to quake-hit Ica province.",
    "through": "Thousands of teachers marched through Nairobi on Monday.",
    "against": "Nepali porters took to the streets of Kathmandu to protest against India's new border fees.",
    "partner": "Estonia's parliament passed a motion expressing solidarity with Georgia and backing its sovereignty.",
    "nested": "Iran rejected a European plan for an informal meeting with Canada on the dispute.",
    "venue": "The minister criticised the decision in Brussels on Tuesday.",
    "beyond": "Thousands of teachers marched on Monday after a strike in Nairobi.",
}


@pytest.fixture(scope="module")
def coded() -> dict:
    # through the product path (coder and resolver), as `eventwire code` runs it
    from eventwire.data import Document
    from eventwire.pipeline import CODE, run_steps, worker_stages
    from eventwire.settings import Options

    docs = [Document(source_path="t", id=k, text=t, published="2024-05-02") for k, t in TEXTS.items()]
    out, _ = run_steps(worker_stages(CODE, Options()), docs)
    return {d.id: d.events for d in out}


def _recipients(events: list, kind: str) -> list:
    return [e.recipient for e in events if e.event == kind]


def test_place_named_right_after_the_recipient_gives_its_country(coded):
    (sent,) = _recipients(coded["after"], "MOBILIZE")
    assert sent.country == "HTI"
    assert sent.entity_text == "300 police officers"  # the recipient keeps its words
    assert sent.sector == "COP"  # and its sector
    (border,) = _recipients(coded["border"], "MOBILIZE")
    assert border.country == "TGO"


def test_place_in_the_recipients_own_words_gives_its_country(coded):
    (aid,) = _recipients(coded["inside"], "AID")
    assert (aid.entity_text, aid.country) == ("quake-hit Ica province", "PER")


def test_place_of_a_physical_act_becomes_its_recipient(coded):
    (march,) = coded["through"]
    assert march.event == "PROTEST"
    rec = march.recipient
    assert (rec.entity_text, rec.country, rec.sector) == ("Nairobi", "KEN", None)
    assert march.location["name"] == "Nairobi"  # the place stays the event's location too
    # but a statement's venue is no target, and a place beyond the act's clause is another's
    (said,) = _recipients(coded["venue"], "ACCUSE")
    assert said is not None and said.country is None
    (beyond,) = _recipients(coded["beyond"], "PROTEST")
    assert beyond is None


def test_place_a_protest_is_against_wins_over_where_it_is(coded):
    took = [e for e in coded["against"] if e.event_text == "took to the streets"]
    assert [e.recipient.country for e in took] == ["IND"]



def test_other_side_behind_with_further_on_gives_the_recipients_country(coded):
    (motion,) = _recipients(coded["partner"], "SUPPORT")
    assert (motion.entity_text, motion.country) == ("motion", "GEO")
    # a "with" inside another phrase ("a plan for a meeting with Canada") is that phrase's
    (plan,) = _recipients(coded["nested"], "REJECT")
    assert plan.country is None
