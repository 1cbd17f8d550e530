"""The lead's fixes of stop 38: a speaker's blame for harms beside the violence words (poisonings,
downings, hacks) and birds as doers. Sentences are the lead's own."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_blame_for_a_poisoning_a_downing_or_a_hack_accuses_the_one_blamed(code):
    got = coded(code, "Britain said the Kremlin was responsible for the poisoning of the former spy.")
    assert ("ACCUSE", "britain", "kremlin") in got, got
    got = coded(code, "Kyiv said Moscow was behind the downing of the cargo plane.")
    assert any(t == "ACCUSE" and r == "moscow" for t, _a, r in got), got
    # blame for a result of play is no accusation
    assert events(code, "The coach said poor defending was responsible for the defeat.") == set()


def test_birds_are_no_doers(code):
    assert events(code, "A flock of pigeons raided the grain stores at the port.") == set()
    assert events(code, "Gulls attacked swimmers near the pier on Sunday.") == set()
    # armed men named beside them still act
    assert "ASSAULT" in events(code, "Gunmen attacked a police post near the bird sanctuary.")
