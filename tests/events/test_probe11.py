"""Coder rules from probe round 11 (issue 13: news-wire sentences of 2003-2025 written by PLOVER
type, `bench/data/probe11.tsv`): readiness raised by other words than "alert", a border shut,
records handed over to another side, forces sent to a border named by the state across it.

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual, never from
a development item or a CAMEO example; every sentence here is made up for the test (none is a
probe sentence), and each rule has a sentence it must code and, where a near miss exists, one it
must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow


def test_readiness_raised_is_an_alert(coder):
    standby = emitted(coder, "The Ghanaian army was put on standby after the clashes in the north.")
    assert typed(standby) == [("MOBILIZE", "152")]
    readiness = emitted(coder, "Thai naval units went on full readiness near the disputed islands.")
    assert typed(readiness) == [("MOBILIZE", "152")]
    # a player on standby is no force raised
    assert emitted(coder, "The reserve goalkeeper was put on standby for the final.") == []


def test_a_border_shut_is_closed(coder):
    shut = emitted(coder, "Kyrgyzstan shut its border crossings with Tajikistan after the shooting.")
    assert typed(shut) == [("COERCE", "172")]
    airspace = emitted(coder, "Lithuania shut its airspace to Belarusian planes.")
    assert typed(airspace) == [("COERCE", "172")]
    # gates shut are nothing
    assert emitted(coder, "The factory shut its gates for the holidays.") == []


def test_records_handed_over_are_information_shared(coder):
    handed = emitted(coder, "Swiss prosecutors handed over the bank records to Brazilian investigators.")
    assert typed(handed) == [("COOPERATE", "064")]
    # whom they are handed to is the recipient, not whose records they are
    behind = emitted(coder, "Latvia handed to Estonian police the phone records of a smuggling ring.")
    assert roles(behind, "COOPERATE") == [(["Latvia"], ["police"])]
    # handed to no one who acts: made public, no event; keys are no records
    assert emitted(coder, "The minister handed the documents to reporters.") == []
    assert emitted(coder, "The company handed over the keys to the new owner.") == []
    # a suspect handed over stays an extradition
    assert typed(emitted(coder, "Kenyan police handed over the suspect to Uganda.")) == [("COOPERATE", "063")]


def test_forces_sent_to_a_border_face_the_state_across_it(coder):
    sent = emitted(coder, "Peru sent soldiers to the Bolivian border.")
    assert plovers(sent) == ["MOBILIZE"]  # not military aid to Bolivia
    assert roles(sent, "MOBILIZE") == [(["Peru"], ["Bolivian"])]
    along = emitted(coder, "Uganda deployed troops along the Congolese frontier.")
    assert roles(along, "MOBILIZE") == [(["Uganda"], ["Congolese"])]
    # troops sent to the state itself are still military aid to it
    assert typed(emitted(coder, "Peru sent soldiers to Bolivia.")) == [("AID", "072")]
