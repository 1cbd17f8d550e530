"""Countries of events, round 2 (issue 13's triple): the second of two coordinated nationalities
is the other side of a symmetric or joint event, in a headline's comma list too, and a joint
act's object (whom the two act against) is not its recipient.

Every sentence here is made up for the test (no probe sentence, no CAMEO manual example).
"""

import pytest
from helpers import emitted, roles

pytestmark = pytest.mark.slow


def test_headline_comma_list_of_nationalities_gives_both_sides(coder):
    # the parser hangs the first nationality as a `dep` of the verb: it was lost
    met = emitted(coder, "Uzbek, Tajik ministers hold talks on water sharing")
    assert roles(met, "CONSULT") == [(["ministers"], ["Uzbek"])]


def test_joint_operation_partner_is_the_recipient_not_its_target(coder):
    joint = emitted(coder, "Nigerien and Beninese troops carried out a joint operation against smugglers near Malanville.")
    assert roles(joint, "COOPERATE") == [(["troops"], ["Beninese"])]
    # one nationality and no partner: the target stays what it was (nothing to pair)
    alone = emitted(coder, "Nigerien troops carried out a joint operation against smugglers near Malanville.")
    assert all(r != ["Nigerien"] for _, r in roles(alone, "COOPERATE"))


def test_country_pair_in_coordinated_nationalities_is_resolved():
    # through the product path (coder and resolver), as `eventwire code` runs it
    from eventwire.data import Document
    from eventwire.pipeline import CODE, run_steps, worker_stages
    from eventwire.settings import Options

    doc = Document(source_path="t", id="t", text="Uzbek, Tajik ministers hold talks on water sharing",
                   published="2024-05-02")
    docs, _ = run_steps(worker_stages(CODE, Options()), [doc])
    pairs = {(e.actor.country, e.recipient.country if e.recipient else None)
             for e in docs[0].events if e.event == "CONSULT"}
    assert pairs == {("TJK", "UZB")}


def test_frozen_holdings_hit_their_holders_not_the_place_they_lie_in(coder):
    froze = emitted(coder, "Ottawa froze the Canadian assets of four Belarusian generals over the election fraud.")
    assert roles(froze, "COERCE") == [(["Ottawa"], ["generals"])]
    # no holder named: the holdings stay the recipient as before
    plain = emitted(coder, "Ottawa froze the Canadian assets over the election fraud.")
    assert all(r != ["generals"] for _, r in roles(plain, "COERCE"))


def test_a_visitor_received_in_the_passive_is_the_actor(coder):
    # manual 3.2.2: the visitor is the actor, the host the recipient, in either voice
    passive = emitted(coder, "Malawi's foreign minister was received by the Zambian president at State House in Lusaka.")
    assert roles(passive, "CONSULT") == [(["minister"], ["president"])]
    active = emitted(coder, "The Zambian president received Malawi's foreign minister at State House in Lusaka.")
    assert roles(active, "CONSULT") == [(["minister"], ["president"])]
