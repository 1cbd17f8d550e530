"""Coder rules from probe round 8 (issue 13: news-wire sentences of 1993-2025 written by PLOVER
type, `bench/data/probe8.tsv`): relations ended, leaving a body one belongs to, forces put on
readiness or their readiness raised, a call-up ordered, a mobilisation decreed, a wanted person
handed over to a state, a strait closed (and threatened to be).

Each rule comes from a class of errors the probe showed, judged by the PLOVER manual and the
CAMEO category names, never from a development item or a CAMEO example; every sentence here is
made up for the test (none is a probe sentence), and each rule has a sentence it must code and,
where a near miss exists, one it must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow



def test_relations_ended_are_relations_broken(coder):
    ended = emitted(coder, "Chad ended its diplomatic relations with Qatar on Wednesday.")
    assert typed(ended) == [("SANCTION", "161")]
    assert roles(ended, "SANCTION") == [(["Chad"], ["Qatar"])]


def test_leaving_a_body_one_belongs_to_reduces_relations(coder):
    left = emitted(coder, "Burundi withdrew from the International Criminal Court last year.")
    assert plovers(left) == ["SANCTION"]
    pulled = emitted(coder, "Niger pulled out of the regional alliance after the coup.")
    assert plovers(pulled) == ["SANCTION"]
    # troops leaving a town stay a military retreat
    assert plovers(emitted(coder, "Kenyan troops withdrew from the town of Kismayo.")) == ["RETREAT"]


def test_forces_put_on_readiness_or_their_readiness_raised_are_on_alert(coder):
    put = emitted(coder, "Armenia put its army on combat readiness after the border incident.")
    assert ("MOBILIZE", "152") in typed(put)
    raised = emitted(coder, "Greece raised the readiness of its navy in the Aegean.")
    assert typed(raised) == [("MOBILIZE", "152")]


def test_a_call_up_ordered_or_a_mobilisation_decreed_mobilises(coder):
    called = emitted(coder, "Moldova ordered a call-up of reservists on Tuesday.")
    assert typed(called) == [("MOBILIZE", "154")]
    assert roles(called, "MOBILIZE")[0][0] == ["Moldova"]
    decreed = emitted(coder, "Mali's president decreed a general mobilisation of veterans.")
    assert typed(decreed) == [("MOBILIZE", "154")]


def test_a_wanted_person_handed_over_to_a_state_is_extradited(coder):
    handed = emitted(coder, "Kenya handed over a fugitive banker to Nigeria on Monday.")
    assert typed(handed) == [("COOPERATE", "063")]
    assert roles(handed, "COOPERATE") == [(["Kenya"], ["Nigeria"])]
    # a captive handed back stays a release
    captive = emitted(coder, "Rebels handed over the kidnapped engineers to the Red Cross.")
    assert "COOPERATE" not in plovers(captive)


def test_a_strait_closed_is_a_blockade_and_said_with_a_condition_a_threat(coder):
    closed = emitted(coder, "Yemen's rebels closed the Bab el-Mandeb strait to tankers.")
    assert typed(closed) == [("COERCE", "191")]
    threat = emitted(coder, "Oman said it would close the strait if the warships came closer.")
    assert plovers(threat) == ["THREATEN"]


def test_an_act_done_jointly_by_two_sides_is_cooperation(coder):
    built = emitted(coder, "Zambia and Malawi began jointly building a railway to the coast.")
    assert typed(built) == [("COOPERATE", "060")]
    assert roles(built, "COOPERATE") == [(["Zambia"], ["Malawi"])]
    patrolled = emitted(coder, "Peru and Bolivia jointly patrolled Lake Titicaca last month.")
    assert typed(patrolled) == [("COOPERATE", "062")]
    # a trigger of another type keeps it; one side alone cooperates with no one
    assert plovers(emitted(coder, "Peru and Bolivia jointly condemned the attack.")) == ["ACCUSE"]
    assert "COOPERATE" not in plovers(emitted(coder, "Peru jointly patrolled Lake Titicaca."))


def test_two_nationalities_on_one_noun_are_the_two_sides_of_a_clash(coder):
    clash = emitted(coder, "Kyrgyz and Tajik border guards clashed near the village on Thursday.")
    assert roles(clash, "ASSAULT") == [(["Kyrgyz"], ["guards"])]  # "Tajik border guards"
    fire = emitted(coder, "Eritrean and Ethiopian soldiers exchanged fire across the border.")
    assert roles(fire, "ASSAULT") == [(["soldiers"], ["Ethiopian"])]
    # an attack by the two on a third keeps its target
    attack = emitted(coder, "Eritrean and Ethiopian soldiers attacked the rebels.")
    assert roles(attack, "ASSAULT") == [(["soldiers"], ["rebels"])]


def test_weapons_given_up_disarm(coder):
    gave = emitted(coder, "Hundreds of Tuareg fighters gave up their weapons in Kidal on Monday.")
    assert typed(gave) == [("RETREAT", "0873")]
    # weapons given to someone stay military aid
    assert "RETREAT" not in plovers(emitted(coder, "Iran gave weapons to the Houthi rebels."))


def test_answering_with_force_is_force_and_said_of_the_future_a_threat(coder):
    done = emitted(coder, "The Malian army responded with force to the attack on its base.")
    assert typed(done) == [("ASSAULT", "190")]
    threat = emitted(coder, "Baku will answer any provocation with full force.")
    assert typed(threat) == [("THREATEN", "138")]
    assert roles(threat, "THREATEN")[0][0] == ["Baku"]
