"""Coder rules from aid round 2 (issue 13, `bench/data/aid2.tsv`): weapon systems named by make
as the goods of military aid, and teams of relief workers sent to or arriving in a state as
humanitarian aid.

Every sentence here is made up for the test (none is an aid2 row nor a CAMEO example); each rule
has a sentence it must code and one near miss it must leave alone.
"""

import pytest
from helpers import emitted, roles

pytestmark = pytest.mark.slow


def _aid(cands: list) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(CAMEO, actor words, recipient words) of each AID candidate."""
    return [(c.cameo, tuple(t.text for t in c.actors), tuple(t.text for t in c.recipients))
            for c in cands if c.plover == "AID"]


def test_weapon_systems_named_by_make_are_military_aid(coder):
    batteries = emitted(coder, "Spain delivered three Patriot batteries to Lithuania.")
    assert ("072", ("Spain",), ("Lithuania",)) in _aid(batteries)
    bombs = emitted(coder, "Italy shipped 500 guided bombs to Ukraine.")
    assert ("072", ("Italy",), ("Ukraine",)) in _aid(bombs)
    # goods that are no weapons are still no aid when delivered
    assert _aid(emitted(coder, "Spain delivered three trains to Lithuania.")) == []
    # ... nor a maker's batteries: only a weapon's make arms them ("Patriot batteries")
    assert _aid(emitted(coder, "Panasonic delivered batteries to Rivian last month.")) == []


def test_relief_teams_arriving_in_a_state_are_humanitarian_aid(coder):
    arrived = emitted(coder, "Turkish rescue teams arrived in Albania on Tuesday to search the rubble.")
    assert [c for c, _, rec in _aid(arrived) if rec == ("Albania",)] == ["073"]
    # a delegation arriving is a visit, never aid
    visit = emitted(coder, "A Turkish trade delegation arrived in Albania on Tuesday.")
    assert _aid(visit) == []


def test_a_rescue_team_sent_is_humanitarian_aid(coder):
    sent = emitted(coder, "Norway sent a search and rescue team to Ecuador after the landslide.")
    assert ("073", ("Norway",), ("Ecuador",)) in _aid(sent)
    # a team of engineers sent is no relief by itself
    assert roles(emitted(coder, "Norway sent a team of engineers to Ecuador."), "AID") == []


def test_weapons_transferred_are_military_aid(coder):
    moved = emitted(coder, "Denmark transferred 19 F-16 fighters and Leopard tanks to Ukraine.")
    assert ("072", ("Denmark",), ("Ukraine",)) in _aid(moved)
    # troops transferred are moved, not given
    assert _aid(emitted(coder, "Denmark transferred its troops to the Estonian border.")) == []
