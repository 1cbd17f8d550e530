"""Agreements and arrests in local protest news (issue 13, CASE 2021 AGREEMENT and ARREST).

Classes found by sentences written for this round in the register of local strike, protest and
conflict reports (never a dataset sentence): the sides of a local dispute that were no actors
(the management, employers, elders, drivers), agreements reached in the passive between two
sides, "agreed that ..." stating a view, and arrests only feared. Each rule has a sentence it
must code and one it must leave alone.
"""

import pytest

pytestmark = pytest.mark.slow


def _events(code, text):
    return [(e.event, e.cameo, e.actor.entity_text if e.actor else None,
             e.recipient.entity_text if e.recipient else None) for e in code(text)]


def test_the_sides_of_a_local_dispute_agree_to_end_it(code):
    for text, actor in (
            ("The management has agreed to reinstate the 40 dismissed workers, union leaders said.",
             "management"),
            ("Village elders from the two clans agreed to end the feud over grazing land.", "elders"),
            ("The employers agreed to a 12 per cent wage increase, ending the three-week strike at "
             "the port.", "employers"),
            ("The taxi drivers agreed to withdraw their protest after the transport department "
             "promised to review the new fines.", "drivers")):
        agreed = [e for e in _events(code, text) if e[0] == "AGREE"]
        assert agreed and actor in (agreed[0][2] or ""), (text, _events(code, text))


def test_agreeing_that_something_is_so_is_a_view_not_an_agreement(code):
    for text in ("Residents agreed that the situation in the town was bad.",
                 "The villagers agree that the police acted badly."):
        assert "AGREE" not in [e[0] for e in _events(code, text)], text
    # what is to be done, agreed in a "that" clause or an infinitive, is still agreed
    for text in ("Police and the protesting students agreed that the march would end at the "
                 "university gate.",
                 "The municipal workers' union agreed to suspend the strike for two weeks."):
        assert "AGREE" in [e[0] for e in _events(code, text)], text


def test_an_agreement_reached_between_two_sides_in_the_passive_is_theirs(code):
    assert ("SUPPORT", "057", "bus owners", "drivers' union") in _events(
        code, "An agreement was reached between the bus owners and the drivers' union late on "
              "Monday night.")
    assert ("SUPPORT", "057", "farmers", "sugar mill owners") in _events(
        code, "A settlement was reached between the farmers and the sugar mill owners after five "
              "hours of talks.")
    # a settlement struck is a place hit, not a deal; an agreement with no sides has no actor
    assert "SUPPORT" not in [e[0] for e in _events(code, "Rockets struck the settlement near Gaza.")]
    assert _events(code, "An agreement was reached on Monday.") == []


def test_an_arrest_feared_is_no_arrest(code):
    assert "COERCE" not in [e[0] for e in _events(
        code, "The protesters said they were not afraid of being arrested.")]
    assert "COERCE" in [e[0] for e in _events(
        code, "Police arrested 25 protesters outside the parliament building on Monday.")]


def test_protesters_removed_and_section_144_imposed_restrict(code):
    assert ("COERCE", "172", "Riot police", "demonstrators") in _events(
        code, "Riot police forcibly removed the demonstrators from the square.")
    assert ("COERCE", "172", "administration", "city") in _events(
        code, "The administration imposed Section 144 in the city.")
    assert "COERCE" in [e[0] for e in _events(
        code, "Section 144 was imposed in the district to prevent protests.")]
    # workers removed from a payroll are dismissed, debris removed is cleared, a ban removed eased
    for text in ("The company removed 40 workers from its payroll.",
                 "Rescue workers removed debris from the collapsed building."):
        assert _events(code, text) == [], text
    assert "COERCE" not in [e[0] for e in _events(code, "The government removed the ban on "
                                                        "protests.")]
