"""Criticism told by a wrongdoing a speaker reports, with no trigger word of its own (branch
criticism3, issue 13): "said the bjp was playing politics", "said the centre had misled the
people", "claimed the government was shielding the culprits", and blame told by holding an actor
responsible. The sentences are this round's own, not the probe set's nor the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_a_speaker_reporting_politics_played_criticises_the_player(code):
    got = coded(code, "the jd(s) spokesman said the congress was playing politics over the water dispute.")
    assert any(t == "ACCUSE" and a == "jd(s) spokesman" and r == "congress" for t, a, r in got), got
    # children playing cricket, or a team playing well, is no one's wrong
    assert "ACCUSE" not in events(code, "the district collector said the children were playing cricket in the park.")


def test_a_speaker_reporting_people_misled_or_betrayed_criticises_the_doer(code):
    got = coded(code, "the rjd leader said the ruling alliance had misled the voters of bihar.")
    assert any(t == "ACCUSE" and r == "ruling alliance" for t, _a, r in got), got
    got = coded(code, "The Iranian foreign ministry said Washington had betrayed the nuclear deal.")
    assert any(t == "ACCUSE" and r == "washington" for t, _a, r in got), got
    # a quote told before its speaker is reported all the same
    got = coded(code, '"the state government is misleading the students," the abvp leader said.')
    assert any(t == "ACCUSE" and r == "state government" for t, _a, r in got), got
    # ... but not by rocks, nor by the speaker himself: no other actor did it
    assert "ACCUSE" not in events(code, "the geologist said the rocks had misled earlier surveys.")
    assert "ACCUSE" not in events(code, "the magician said he had deceived the audience with a card trick.")


def test_wrongdoing_claimed_or_tried_is_still_criticism(code):
    got = coded(code, "the inld leader claimed that the police were shielding the culprits of the attack.")
    assert any(t == "ACCUSE" and r == "police" for t, _a, r in got), got
    got = coded(code, "the cpi leader said the bjp was trying to divide the people of the state.")
    assert any(t == "ACCUSE" and r == "bjp" for t, _a, r in got), got


def test_holding_an_actor_responsible_blames_it(code):
    got = coded(code, "the bjp leader held the district administration responsible for the stampede.")
    assert any(t == "ACCUSE" and r == "district administration" for t, _a, r in got), got
    got = coded(code, "Poland's prime minister held Minsk responsible for the migrant crisis on the border.")
    assert any(t == "ACCUSE" and r == "minsk" for t, _a, r in got), got
    # a firm holding a supplier to blame for a late delivery is business
    assert "ACCUSE" not in events(code, "the firm held the supplier responsible for the late delivery of parts.")


def test_an_act_described_as_uncalled_for_or_draconian_is_criticised(code):
    # the parser hangs "as" inside the object
    got = coded(code, "the cpi leader described the arrest of the trade union leaders as vindictive.")
    assert any(t == "ACCUSE" and a == "cpi leader" for t, a, _r in got), got
    got = coded(code, "the sp termed the new law as draconian and anti-minority.")
    assert any(t == "ACCUSE" and a == "sp" for t, a, _r in got), got


def test_unhappiness_or_dissatisfaction_voiced_is_disapproval(code):
    got = coded(code, "the shiv sena has expressed unhappiness with the chief minister's handling of the strike.")
    assert any(t == "ACCUSE" and a == "shiv sena" for t, a, _r in got), got
    got = coded(code, "the teachers' union voiced dissatisfaction with the education ministry's reply.")
    assert any(t == "ACCUSE" and "union" in a for t, a, _r in got), got


def test_an_attack_on_an_actor_over_an_issue_is_criticism(code):
    got = coded(code, "the aap's attack on the bjp over the water crisis in the capital continued on friday.")
    assert any(t == "ACCUSE" and r == "bjp" for t, _a, r in got), got
    # ... but an attack over a weekend or over a place is force
    assert "ASSAULT" in events(code, "The Russian attack on Kharkiv over the weekend killed eleven civilians.")
