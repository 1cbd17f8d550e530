"""Conditional threats (branch threat5, issue 13): a target that "would be shelled/targeted/hit if
..." is threatened by the speaker, and a right or clause that "will be invoked if ..." is a threat
to the condition's subject.

Every sentence is made up for the test (none is a threat4 row or a CAMEO example); each class has
near misses it must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow


def test_a_conditional_future_passive_of_force_is_the_speakers_threat(coder):
    shelled = emitted(coder, "Georgian border posts would be shelled if Tbilisi moves troops into "
                             "the gorge, a Russian commander said.")
    assert typed(shelled) == [("THREATEN", "138")]
    assert roles(shelled, "THREATEN") == [(["commander"], ["posts"])]
    targeted = emitted(coder, "Enemy airfields will be targeted unless Ankara halts its drone "
                              "flights, the Syrian army said.")
    assert typed(targeted) == [("THREATEN", "138")]
    assert roles(targeted, "THREATEN")[0][0] == ["army"]
    # the lemmatiser's "basis" for "bases" still names a military target
    bases = emitted(coder, "Foreign bases on the island would be hit if Manila lets in more "
                           "troops, a Chinese general said.")
    assert ("THREATEN", "138") in typed(bases)


def test_a_conditional_passive_without_a_threat_is_no_event(coder):
    # weather, a condition without an actor, and no condition at all
    for sentence in ("The port would be hit if the storm turned north, the weather service said.",
                     "Rail depots would be destroyed if the river burst its banks, the mayor said.",
                     "Army posts were shelled overnight, the ministry said."):
        assert "THREATEN" not in plovers(emitted(coder, sentence)), sentence


def test_a_clause_invoked_on_a_condition_is_a_threat(coder):
    invoked = emitted(coder, "Lithuania will invoke Article 4 if Minsk sends more soldiers to the "
                             "frontier, the Lithuanian president said.")
    assert ("THREATEN", "130") in typed(invoked)
    assert (["Lithuania"], ["Minsk"]) in roles(invoked, "THREATEN")
    # invoked already, or ruled out, it threatens no one
    for sentence in ("Lithuania invoked Article 4 on Monday, the Lithuanian president said.",
                     "Estonia will not invoke Article 4 if Moscow holds drills near Narva, the "
                     "Estonian premier said."):
        assert "THREATEN" not in plovers(emitted(coder, sentence)), sentence
