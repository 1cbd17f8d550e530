"""Coder rules from probe round 11b (issue 13, `bench/data/probe11.tsv`'s remaining misses): a
recipient named only by the nationality of the goods, people or ships an act falls on.

Every sentence here is made up for the test (none is a probe sentence); each rule has sentences
it must code and near misses it must leave alone.
"""

import pytest
from helpers import emitted, roles

pytestmark = pytest.mark.slow


def test_goods_seized_or_banned_name_their_state(coder):
    seized = emitted(coder, "Ghana seized shipments of Nigerian rice at the port.")
    assert roles(seized, "COERCE") == [(["Ghana"], ["Nigerian"])]
    threat = emitted(coder, "Zambia threatened to ban imports of Zimbabwean maize unless Harare lifted its duties.")
    assert roles(threat, "THREATEN") == [(["Zambia"], ["Zimbabwean"])]


def test_a_framed_act_on_nationals_names_their_state(coder):
    expel = emitted(coder, "Chad threatened to expel Sudanese diplomats.")
    assert roles(expel, "THREATEN") == [(["Chad"], ["Sudanese"])]
    host = emitted(coder, "Portugal's prime minister ruled out hosting Angolan migrants in camps on Portuguese soil.")
    assert roles(host, "REJECT") == [(["minister"], ["Angolan"])]
    buy = emitted(coder, "Brazil agreed to buy Argentine wheat.")
    assert roles(buy, "AGREE") == [(["Brazil"], ["Argentine"])]
    # what is discussed or reviewed is a topic, not something the act falls on
    talk = emitted(coder, "Peru agreed to discuss Chinese investment in its ports.")
    assert roles(talk, "AGREE") == [(["Peru"], [])]
    review = emitted(coder, "Kenya threatened to review Ugandan sugar imports.")
    assert roles(review, "THREATEN") == [(["Kenya"], [])]


def test_a_headline_frees_is_read(coder):
    # the prefilter kept only "freed": a headline's present "frees" was never parsed
    freed = coder.code_text("guyana frees venezuelan miners held for smuggling")
    assert [e.event for e in freed] == ["RETREAT"]
    assert coder.prefilter.may_hold_event("Senegal frees Gambian fishermen after talks")
    # the nouns of the other idle admitters stay narrowed away
    assert not coder.prefilter.may_hold_event("Two trains and their heads of staff arrived.")
