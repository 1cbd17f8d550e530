"""Coder rules from probe round 13 (issue 13: news-wire sentences written by PLOVER type,
`bench/data/probe13.tsv`): a passive the parser hung on a reduced participle, the reporter's seat
taken for a recipient, the owner of a passive subject, lower-cased headlines' demonyms and
possessives, weapons handed in, the internet restored, firefighters sent, migrants pushed back.

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual and the
project's conventions, never from a development item or a CAMEO example; every sentence here is
made up for the test (none is a probe sentence), and each rule has a sentence it must code and,
where a near miss exists, one it must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

from eventwire.nlp.recase import recase_lowered

pytestmark = pytest.mark.slow


def test_a_passive_after_a_reduced_participle_has_its_subject(coder):
    # "wanted"/"detained" read as the finite verb, "were extradited"/"were freed" as its clause
    sent = emitted(coder, "Three Chadian men wanted for fraud were extradited to N'Djamena by Cameroon.")
    assert [a for a, _ in roles(sent, "COOPERATE")] == [["Cameroon"]]
    freed = emitted(coder, "Nine Kenyan fishermen detained in a raid on Lake Victoria were released by Ugandan police.")
    assert roles(freed, "RETREAT") == [(["police"], ["fishermen"])]
    # the detained are no actors of their own detention
    assert not any(t.text == "fishermen" for c in freed for t in c.actors)


def test_the_reporters_seat_is_no_recipient(code):
    events = code("Chile eased visa rules for Haitian workers, the interior ministry in Santiago said.")
    eased = [e for e in events if e.event == "CONCEDE"]
    assert eased and all(e.recipient is None or e.recipient.entity_text != "Santiago" for e in eased)


def test_the_owner_of_a_passive_subject_is_the_recipient(coder):
    refused = emitted(coder, "An Ecuadorian proposal for joint river patrols was turned down by Colombia.")
    assert roles(refused, "REJECT") == [(["Colombia"], ["Ecuadorian"])]


def test_a_lower_cased_headline_gets_demonyms_and_possessives_back():
    assert recase_lowered("ghana backs nigeria's bid for a seat on the board") == \
        "Ghana backs Nigeria's bid for a seat on the board"
    assert recase_lowered("peru lifts ban on chilean apple imports") == \
        "Peru lifts ban on Chilean apple imports"
    # a word that is no country's stays lower-cased
    assert recase_lowered("ghana backs the farmers' bid for a new market") == \
        "Ghana backs the farmers' bid for a new market"


def test_weapons_handed_or_turned_in_disarm(coder):
    handed = emitted(coder, "Two hundred guerrillas turned in their rifles at a collection point near Tumaco.")
    assert ("RETREAT", "0873") in typed(handed)
    assert "AID" not in plovers(handed)
    assert emitted(coder, "The students handed in their essays on Friday.") == []


def test_the_internet_restored_is_a_concession(coder):
    restored = emitted(coder, "Sudan's authorities restored internet access in Khartoum on Sunday.")
    assert typed(restored) == [("CONCEDE", "0811")]


def test_firefighters_sent_abroad_are_relief(coder):
    sent = emitted(coder, "Spain sent 80 firefighters to Portugal to fight the wildfires.")
    assert roles(sent, "AID") == [(["Spain"], ["Portugal"])]
    assert emitted(coder, "The town sent firefighters to the burning barn.") == []


def test_migrants_pushed_back_are_coerced(coder):
    pushed = emitted(coder, "Croatian police pushed back a group of migrants into Bosnia.")
    assert "COERCE" in plovers(pushed)
    assert emitted(coder, "The vote was pushed back by a week.") == []
