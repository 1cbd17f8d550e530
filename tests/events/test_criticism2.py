"""Criticism told by an idiom with no trigger word of its own (branch criticism2, issue 13):
"came down heavily on X", "tore into X", "took a swipe at X", "took X to task", "was critical
of X", "flayed X", and a naming verb's complement of condemnation the parser hangs far from the
verb. The sentences are this round's own, not the probe set's nor the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_coming_down_heavily_on_an_actor_criticises_it(code):
    got = coded(code, "the union minister came down heavily on the opposition for disrupting the session.")
    assert ("ACCUSE", "union minister", "opposition") in got, got
    got = coded(code, "The Dutch prime minister came down hard on Turkey over the arrest of the journalists.")
    assert any(t == "ACCUSE" and r == "turkey" for t, _a, r in got), got
    # rain coming down on a field names no one
    assert "ACCUSE" not in events(code, "heavy rain came down hard on the stadium during the second half.")


def test_tearing_into_or_taking_a_swipe_at_an_actor_criticises_it(code):
    got = coded(code, "the party spokesperson tore into the chief minister over the power cuts.")
    assert any(t == "ACCUSE" and r == "chief minister" for t, _a, r in got), got
    got = coded(code, "the former mayor took a swipe at the ruling party over the garbage crisis.")
    assert any(t == "ACCUSE" and r == "ruling party" for t, _a, r in got), got


def test_taking_an_actor_to_task_criticises_it(code):
    got = coded(code, "the high court took the transport minister to task for the poor state of the buses.")
    assert any(t == "ACCUSE" and r == "transport minister" for t, _a, r in got), got
    got = coded(code, "The Swedish foreign minister took Moscow to task over the jamming of flights.")
    assert any(t == "ACCUSE" and r == "moscow" for t, _a, r in got), got


def test_being_critical_of_an_actor_or_its_act_criticises_it(code):
    got = coded(code, "the mayor was critical of the state police's handling of the riots.")
    assert any(t == "ACCUSE" and "police" in r for t, _a, r in got), got
    got = coded(code, "The Austrian chancellor was sharply critical of Poland's new judicial law.")
    assert any(t == "ACCUSE" and r == "poland" for t, _a, r in got), got
    # a patient in a critical state, or a critic of a play, criticises no political actor
    assert "ACCUSE" not in events(code, "the injured driver was critical and was moved to a hospital in pune.")
    assert "ACCUSE" not in events(code, "the audience was critical of the play's long second act.")


def test_flaying_an_actor_criticises_it(code):
    got = coded(code, "the cpi leader flayed the municipal corporation for the waterlogging.")
    assert any(t == "ACCUSE" and r == "municipal corporation" for t, _a, r in got), got


def test_a_decision_termed_unfortunate_or_anti_people_is_criticised(code):
    got = coded(code, "the opposition termed the ministry's decision to shut the mills unfortunate.")
    assert any(t == "ACCUSE" and a == "opposition" for t, a, _r in got), got
    got = coded(code, "the farmers' union termed the board's order to raise the water tariff anti-farmer.")
    assert any(t == "ACCUSE" and "union" in a for t, a, _r in got), got
    got = coded(code, "The German chancellor described Hungary's veto as regrettable.")
    assert any(t == "ACCUSE" and "hungary" in r for t, _a, r in got), got
