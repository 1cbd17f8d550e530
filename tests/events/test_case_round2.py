"""Disasters, riots and conjoined passives in real news (issue 13, CASE round 2).

Classes found by sentences written for this round in the style of disaster news and of
ACLED-like protest and attack reports (never a dataset sentence): hazards and accidents that
harm without an attacker, relief that is no show of force, crowds stoning the police, and
passives that share their subject or agent. Each rule has a sentence it must code and one it
must leave alone.
"""

import pytest
from helpers import emitted, roles

pytestmark = pytest.mark.slow


def test_a_hazard_striking_in_a_when_clause_is_no_attack_a_rocket_hitting_is(coder):
    assert emitted(coder, "Two children were killed when lightning struck their house in the "
                          "village.") == []
    cands = emitted(coder, "Two civilians were injured when a rocket hit their house.")
    assert [(c.plover, c.unnamed) for c in cands] == [("ASSAULT", True)]
    # a car hits too: only a weapon makes the impact an attack
    assert emitted(coder, "Two passengers were injured when a truck hit their car on the "
                          "highway.") == []


def test_a_participle_after_an_attack_clause_is_caused_by_it(coder):
    cands = emitted(coder, "An improvised explosive device exploded near an army patrol, "
                           "wounding three soldiers.")
    assert [(c.plover, c.unnamed) for c in cands if c.plover == "ASSAULT"] == [("ASSAULT", True)]
    assert roles(emitted(coder, "Militants attacked the convoy, killing two drivers."),
                 "ASSAULT")[0][0] == ["Militants"]
    for text in ("The storm struck the coast on Monday, killing 12 people.",
                 "A gas cylinder exploded in the kitchen, injuring two cooks."):
        assert emitted(coder, text) == [], text


def test_learned_attacks_where_a_hazard_or_an_accident_harms_are_no_events(code):
    for text in ("A thunderstorm killed four people and injured 20 in the northern districts.",
                 "Officials said 23 people were killed and dozens injured when a landslide "
                 "buried houses on the hillside.",
                 "Locust swarms destroyed crops on thousands of acres, the agriculture ministry said.",
                 "The storm surge destroyed fishing boats and washed away huts along the coast.",
                 "A gas cylinder exploded in the kitchen, injuring two cooks."):
        assert [e.event for e in code(text)] == [], text
    # an armed actor named in the same sentence still attacks
    assert "ASSAULT" in [e.event for e in code("Gunmen killed four villagers during the heavy "
                                               "rain on Sunday.")]


def test_forces_sent_for_rescue_work_are_relief_not_a_mobilisation(coder):
    for text in ("The army was called in to help with rescue operations after the dam burst.",
                 "The government has sent troops and medical teams to the quake-hit region.",
                 "Soldiers were deployed to distribute food and water in the district."):
        assert emitted(coder, text) == [], text
    for text in ("The government has sent troops to the border region.",
                 "The army was called in to help the police after the riots."):
        assert [c.plover for c in emitted(coder, text)] == ["MOBILIZE"], text


def test_a_fire_blamed_on_a_short_circuit_accuses_nobody(coder):
    assert emitted(coder, "Officials blamed the fire on an electrical short circuit.") == []
    # someone to blame keeps the accusation (its recipient the learned pair names)
    assert [c.plover for c in emitted(coder, "Officials blamed the attack on the rebels.")] == ["ACCUSE"]
    # "blamed X for Y" still accuses X
    assert [c.plover for c in emitted(coder, "The minister blamed the opposition for the "
                                             "violence.")] == ["ACCUSE"]


def test_conjoined_passives_share_their_subject_and_their_agent(coder):
    cands = emitted(coder, "The governor was surrounded and heckled by a crowd of angry traders "
                           "outside the market.")
    assert roles(cands, "PROTEST") == [(["traders"], ["governor"])]
    cands = emitted(coder, "The mayor was booed and shouted down by residents at the town hall.")
    assert roles(cands, "PROTEST") == [(["residents"], ["mayor"])]
    # the agent of the first participle still acts in the second
    cands = emitted(coder, "The marchers were chased away by the police and arrested.")
    assert roles(cands, "COERCE")[0] == (["police"], ["marchers"])


def test_a_crowd_stoning_the_police_riots_an_armed_group_attacks(coder):
    for text in ("Supporters of the opposition party threw stones at the police outside the court.",
                 "supporters of the opposition party threw stones at the police outside the court.",
                 "Fans of the former president pelted police with stones after the verdict.",
                 "Angry villagers hurled bricks and bottles at the troops."):
        cands = emitted(coder, text)
        assert [(c.plover, c.mode) for c in cands] == [("PROTEST", "riot")], text
    assert [c.plover for c in emitted(coder, "Militants threw a grenade at the police post.")] == ["ASSAULT"]
    assert emitted(coder, "Children threw stones into the river.") == []
    assert emitted(coder, "Fans threw flowers at the players.") == []


def test_a_crowd_that_takes_part_in_order_to_protest_protests(coder):
    cands = emitted(coder, "Hundreds took part in a candlelight vigil to protest against "
                           "violence against women.")
    assert [(c.plover, c.unnamed) for c in cands] == [("PROTEST", True)]
    assert emitted(coder, "Hundreds took part in a marathon to raise money for the hospital.") == []
