"""Bodily assaults named by their own verb (issue 13, CASE 2021 SEX_VIOL and MOB_VIOL).

Found by reading CASE half a's ASSAULT misses: a report that security forces "molested ... and
thrashed" women coded no assault, since neither verb keyed one. Sentences are written for this
round (never a dataset sentence); each rule has sentences it must code and ones it must leave
alone.
"""

import pytest

pytestmark = pytest.mark.slow


def _events(code, text):
    return [(e.event, e.cameo, e.actor.entity_text if e.actor else None,
             e.recipient.entity_text if e.recipient else None) for e in code(text)]


def test_molesting_a_person_is_sexual_assault(code):
    assert ("ASSAULT", "1821", "soldiers", "girl") in _events(
        code, "The soldiers molested a girl at the checkpoint.")
    # in the passive the agent is still the one who assaults
    assert ("ASSAULT", "1821", "soldiers", "Two women") in _events(
        code, "Two women were molested by soldiers at the checkpoint.")
    # an accusation of molesting is the accusation, not an assault coded as fact
    assert "ASSAULT" not in [e[0] for e in _events(
        code, "Police accused the priest of molesting two boys.")]


def test_thrashing_people_is_a_beating_but_a_rout_in_sport_is_none(code):
    assert ("ASSAULT", "182", "Police", "students") in _events(
        code, "Police thrashed the students outside the college gate.")
    assert ("ASSAULT", "182", "policemen", "student") in _events(
        code, "The student was thrashed by policemen outside the hostel.")
    # the people "beat" takes, not a team beaten in a match or things lashed by the weather
    for text in ("The home team thrashed their rivals 5-0 on Saturday.",
                 "Chelsea thrashed Leeds in the cup.",
                 "The rain thrashed the windows all night."):
        assert "ASSAULT" not in [e[0] for e in _events(code, text)], text
