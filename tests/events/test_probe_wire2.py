"""Coder rules from probe round 4 of wire-service sentences (issue 13: short reports in the
Reuters/AFP/AP register of the 1990s-2000s, lower-cased headlines too, for AID, SANCTION, COERCE,
REJECT, THREATEN and ACCUSE).

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual and the CAMEO
category names (cameo.tsv), never from a development item or a CAMEO example; every sentence here
is made up for the test (none is a probe sentence), and each rule has a sentence it must code and,
where a near miss exists, one it must leave alone.
"""

import pytest
from helpers import emitted, roles, typed

pytestmark = pytest.mark.slow


def test_goods_flown_trucked_or_ferried_are_aid_forces_so_moved_are_not(coder):
    flown = emitted(coder, "Sweden flew blankets and medicine to refugees in Macedonia.")
    assert [c.plover for c in flown] == ["AID"]
    assert [a for a, _ in roles(flown, "AID")] == [["Sweden"]]
    trucked = emitted(coder, "Turkey trucked flour to Kurdish villages in northern Iraq.")
    assert [c.plover for c in trucked] == ["AID"]
    ferried = emitted(coder, "Greek boats ferried rice to the stranded islanders.")
    assert [c.plover for c in ferried] == ["AID"]
    troops = emitted(coder, "Moscow rushed troops to the border.")
    assert "AID" not in [c.plover for c in troops]
    assert emitted(coder, "The minister flew to Cairo on Sunday.") == []


def test_a_lower_cased_headline_names_its_country_subject(coder):
    aid = emitted(coder, "norway rushes aid to flood-hit bangladesh")
    assert [c.plover for c in aid] == ["AID"]
    assert [a for a, _ in roles(aid, "AID")] == [["norway"]]
    protest = emitted(coder, "china protests japanese textbook")
    assert typed(protest) == [("ACCUSE", "114")]
    # a lower-cased place after "in" stays a location, not an actor
    ambush = emitted(coder, "rebels ambush army convoy in kenya")
    assert [a for a, _ in roles(ambush, "ASSAULT")] == [["rebels"]]


def test_talks_proposed_are_an_intent_to_meet(coder):
    cands = emitted(coder, "Athens proposed talks with Ankara on the islets.")
    assert typed(cands) == [("AGREE", "036")]
    assert roles(cands, "AGREE") == [(["Athens"], ["Ankara"])]
    assert typed(emitted(coder, "Cairo suggested a summit with Khartoum.")) == [("AGREE", "036")]


def test_a_nominal_rejection_and_an_agentless_refusal(coder):
    noun = emitted(coder, "Syria's rejection of the proposal surprised the mediators.")
    assert [c.plover for c in noun] == ["REJECT"]
    assert [a for a, _ in roles(noun, "REJECT")] == [["Syria"]]
    passive = emitted(coder, "Red Cross officials were refused access to the prison.")
    assert [c.plover for c in passive] == ["REJECT"]
    assert roles(passive, "REJECT") == [([], ["officials"])]  # refused by someone unnamed
    assert emitted(coder, "The rejection of his visa surprised him.") == []


def test_an_allegation_that_a_state_acted_names_the_accused(coder):
    cands = emitted(coder, "Manila charged that Chinese ships had entered its waters.")
    assert roles(cands, "ACCUSE") == [(["Manila"], ["ships"])]
    alleged = emitted(coder, "Athens alleged that Ankara had sent the gunmen.")
    assert roles(alleged, "ACCUSE") == [(["Athens"], ["Ankara"])]
    # goods flown into a country are given to it
    flown = emitted(coder, "Oxfam flew tents into Albania.")
    assert [r for _, r in roles(flown, "AID")] == [["Albania"]]


def test_a_release_asked_for_or_refused_is_coded_as_a_release(coder):
    asked = emitted(coder, "Bonn urged Tehran to release the German engineer.")
    assert typed(asked) == [("REQUEST", "1053")]
    soldiers = emitted(coder, "Paris pressed Belgrade to free the two pilots.")
    assert typed(soldiers) == [("REQUEST", "1053")]
    refused = emitted(coder, "Iran refused to release the German businessman.")
    assert typed(refused) == [("REJECT", "1243")]
    assert typed(emitted(coder, "Libya defied the U.N. embargo.")) == [("REJECT", "128")]


def test_impounded_goods_are_seized(coder):
    boat = emitted(coder, "Argentine coastguards impounded a Spanish trawler.")
    assert typed(boat) == [("COERCE", "1711")]
    assert emitted(coder, "The coastguards said the trawler was Spanish.") == []
