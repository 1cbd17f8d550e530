"""Coder rules from probe round 12 (issue 13: news-wire sentences written by PLOVER type,
`bench/data/probe12.tsv`): removals told in the agentless passive, object verbs in the passive
with their doer named, reservists called up, a region left standing for its state, worries
dismissed, evidence exchanged.

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual, never from
a development item or a CAMEO example; every sentence here is made up for the test (none is a
probe sentence), and each rule has a sentence it must code and, where a near miss exists, one it
must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow


def test_a_removal_in_the_passive_is_the_state_lefts(coder):
    ordered = emitted(coder, "Four Sudanese diplomats were ordered to leave Chad within a week.")
    assert roles(ordered, "SANCTION") == [(["Chad"], ["diplomats"])]
    deported = emitted(coder, "Eleven Malian herders were deported from Niger on Sunday.")
    assert [a for a, _ in roles(deported, "COERCE")] == [["Niger"]]
    barred = emitted(coder, "Two Georgian journalists were barred from entering Azerbaijan.")
    assert [a for a, _ in roles(barred, "COERCE")] == [["Azerbaijan"]]
    # a building left is no state acting
    told = emitted(coder, "The students were ordered to leave the building.")
    assert all(not c.actors for c in told)


def test_an_object_verb_in_the_passive_with_its_doer(coder):
    freed = emitted(coder, "Six Bangladeshi fishermen were freed by the Burmese navy on Friday.")
    assert roles(freed, "RETREAT") == [(["navy"], ["fishermen"])]
    lifted = emitted(coder, "A ban on Egyptian oranges was lifted by Jordan.")
    assert [a for a, _ in roles(lifted, "CONCEDE")] == [["Jordan"]]
    # lifted or freed by no actor is nothing
    assert emitted(coder, "The crate was lifted by a crane.") == []
    assert emitted(coder, "The birds were freed from their cages.") == []


def test_reservists_called_up_are_their_states(coder):
    called = emitted(coder, "Reservists in Armenia were called up for a week of drills.")
    assert plovers(called) == ["MOBILIZE"]
    assert [a for a, _ in roles(called, "MOBILIZE")] == [["Armenia"]]


def test_a_region_left_stands_for_its_state(coder):
    pulled = emitted(coder, "Ethiopia pulled its soldiers out of Somalia's Gedo region.")
    assert roles(pulled, "RETREAT") == [(["Ethiopia"], ["Somalia"])]


def test_a_worry_dismissed_is_rejected(coder):
    dismissed = emitted(coder, "Hungary dismissed Slovak concerns about the new dam.")
    assert typed(dismissed) == [("REJECT", "120")]
    # an official dismissed is fired, not rejected
    assert "REJECT" not in plovers(emitted(coder, "The governor dismissed his deputy on Monday."))


def test_evidence_exchanged_is_judicial_cooperation(coder):
    exchanged = emitted(coder, "Chilean and Argentine prosecutors exchanged evidence on the smuggling ring.")
    assert ("COOPERATE", "063") in typed(exchanged)
    shared = emitted(coder, "Norway shared evidence with Swedish investigators on the arson attack.")
    assert typed(shared) == [("COOPERATE", "063")]


def test_a_pledge_of_forces_to_a_partner_is_an_assurance(coder):
    assured = emitted(coder, "Ghana promised Togo it would step up army patrols along the coast.")
    assert plovers(assured) == ["AGREE"]
    assert roles(assured, "AGREE") == [(["Ghana"], ["Togo"])]
    # a pledge of forces with no partner promised, or of a strike, stays a threat
    assert plovers(emitted(coder, "Ghana vowed to deploy troops to the Togolese border.")) == ["THREATEN"]
    assert plovers(emitted(coder, "Ghana promised Togo it would bomb the rebel camps.")) == ["THREATEN"]


def test_an_agreement_to_sell_names_the_buyer(coder):
    sold = emitted(coder, "Norway agreed to sell more electricity to Denmark from its dams in the fjords.")
    assert roles(sold, "AGREE") == [(["Norway"], ["Denmark"])]
