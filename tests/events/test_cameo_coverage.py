"""Trigger coverage from the CAMEO verb codebook's category names (issue 13, branch gsr).

Every sentence is written for the test (none is taken from a development set or from the CAMEO
manual's examples); each verb class has a sentence it must code and one it must leave alone.
"""

import pytest
from helpers import emitted

pytestmark = pytest.mark.slow




def types(coder, sentence):
    return [(c.plover, [t.text for t in c.actors], [t.text for t in c.recipients])
            for c in emitted(coder, sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("The Peruvian president hailed the Bolivian leader as a brother.",
     ("SUPPORT", ["president"], ["leader"])),
    ("Malta congratulated the new Tunisian government on its victory.",
     ("SUPPORT", ["Malta"], ["government"])),
    ("Fiji thanked New Zealand for the emergency loan.", ("SUPPORT", ["Fiji"], ["Zealand"])),
    ("Kenya implored Ethiopia to reopen the desert road.", ("REQUEST", ["Kenya"], ["Ethiopia"])),
    ("Laos pleaded with Thailand to free the fishermen.", ("REQUEST", ["Laos"], ["Thailand"])),
    ("Iceland complained to Norway about the whaling quota.", ("ACCUSE", ["Iceland"], ["Norway"])),
    ("Bolivia opposed the plan of Chile for the port.", ("REJECT", ["Bolivia"], [])),
    ("Greece spurned the offer of Turkey.", ("REJECT", ["Greece"], [])),
    ("The militia hijacked a Ugandan truck near the border.", ("ASSAULT", ["militia"], ["truck"])),
    ("The junta executed four Karen villagers.", ("ASSAULT", ["junta"], ["villagers"])),
    ("The regime expropriated Dutch oil fields.", ("COERCE", ["regime"], ["fields"])),
    ("The Albanian rebels surrendered to Greek soldiers.",
     ("RETREAT", ["rebels"], ["soldiers"])),
    ("The Kenyan president received the Tanzanian foreign minister.",
     ("CONSULT", ["minister"], ["president"])),
])
def test_cameo_category_verbs_are_triggers(coder, sentence, expected):
    assert expected in types(coder, sentence)


@pytest.mark.parametrize("sentence", [
    "The defendant pleaded guilty to fraud on Monday.",  # a plea, not an appeal
    "The hospital received a donation from the bank.",  # received goods, no visitor
    "The board dismissed the finance director.",  # a dismissal from a post
    "The home side beat Brazil 2-1 in the final.",  # sport: no person beaten... by the rule
    "Engineers executed the plan on schedule.",  # a plan, not a person
    "The delegate stormed out of the meeting.",  # no object stormed
    "The company shipped two million phones to Europe.",  # trade, not aid
])
def test_cameo_verbs_in_other_senses_are_not_events(coder, sentence):
    assert [p for p, _, _ in types(coder, sentence)
            if p in ("REQUEST", "CONSULT", "REJECT", "ASSAULT", "AID")] == []


def test_talks_frozen_are_halted_negotiations_not_a_meeting(coder):
    froze = types(coder, "Ghana froze talks with Togo after the raid.")
    assert ("SANCTION", ["Ghana"], ["Togo"]) in froze
    assert not any(p == "CONSULT" for p, _, _ in froze)
    held = types(coder, "Ghana held talks with Togo on Monday.")
    assert any(p == "CONSULT" for p, _, _ in held)


def test_an_agreement_struck_is_finalised_not_an_attack(coder):
    deal = emitted(coder, "Armenia and Georgia struck a trade deal in Tbilisi.")
    assert [(c.plover, c.cameo) for c in deal] == [("SUPPORT", "057")]
    strike = emitted(coder, "Georgian jets struck Armenian positions at dawn.")
    assert [c.plover for c in strike] == ["ASSAULT"]


def test_a_protest_lodged_is_an_official_complaint(coder):
    lodged = emitted(coder, "Zambia lodged a formal protest with Malawi over the arrests.")
    assert [(c.plover, c.cameo) for c in lodged] == [("ACCUSE", "114")]
    street = emitted(coder, "Students held a protest outside the Malawian embassy.")
    assert [c.plover for c in street] == ["PROTEST"]


def test_charged_that_is_an_accusation_whose_clause_is_only_alleged(coder):
    charged = types(coder, "The Kenyan minister charged that Sudan was arming the rebels.")
    assert [(p, a) for p, a, _ in charged] == [("ACCUSE", ["minister"])]  # no AID by Sudan


def test_money_donated_is_aid_but_goods_sold_are_not(coder):
    donated = types(coder, "Qatar donated $20 million to the Sudanese Red Crescent.")
    assert [p for p, _, _ in donated] == ["AID"]
    assert types(coder, "The firm donated its old building to the town.") == []


def test_closures_of_borders_and_embassies(coder):
    border = emitted(coder, "Algeria closed its border with Morocco on Friday.")
    assert [(c.plover, c.cameo) for c in border] == [("COERCE", "172")]
    embassy = emitted(coder, "Sweden closed its embassy in Baghdad.")
    assert [(c.plover, c.cameo) for c in embassy] == [("SANCTION", "161")]
    shop = emitted(coder, "The baker closed his shop early on Friday.")
    assert shop == []


def test_an_expulsion_ordered_is_coded_from_the_noun(coder):
    ordered = types(coder, "Peru ordered the expulsion of three Cuban diplomats.")
    assert [(p, a) for p, a, _ in ordered] == [("SANCTION", ["Peru"])]


def test_killings_by_their_manner_and_their_unnamed_attackers(coder):
    hacked = types(coder, "Unknown assailants hacked a farmer to death in the market.")
    assert hacked == [("ASSAULT", ["assailants"], ["farmer"])]
    assert types(coder, "The tired hikers were bored to death by the long lecture.") == []


def test_explosives_planted_are_a_bombing_and_trees_planted_are_not(coder):
    planted = types(coder, "Insurgents planted landmines along the main road.")
    assert [(p, a) for p, a, _ in planted] == [("ASSAULT", ["Insurgents"])]
    assert types(coder, "Volunteers planted trees along the main road.") == []


def test_fighting_between_two_sides_is_an_assault(coder):
    fighting = emitted(coder, "Fierce fighting broke out between the army and the rebels.")
    assert [c.plover for c in fighting] == ["ASSAULT"]


def test_heckling_a_person_is_a_protest_and_people_intercepted_are_held(coder):
    heckled = types(coder, "Striking workers heckled the minister outside the mine.")
    assert [(p, a) for p, a, _ in heckled] == [("PROTEST", ["workers"])]
    held = types(coder, "The coast guard intercepted 60 migrants near the island.")
    assert [p for p, _, _ in held] == ["COERCE"]
    assert types(coder, "The air force intercepted two rockets over the city.") == []


def test_a_building_stormed_by_activists_is_a_riot_by_soldiers_an_assault(coder):
    activists = emitted(coder, "Hundreds of activists stormed the assembly building.")
    assert [(c.plover, c.mode) for c in activists] == [("PROTEST", "riot")]
    soldiers = emitted(coder, "Government soldiers stormed the rebel camp at dawn.")
    assert [c.plover for c in soldiers] == ["ASSAULT"]


def test_a_vehicle_hijacked_is_an_abduction_a_debate_hijacked_is_not(coder):
    plane = emitted(coder, "Four gunmen hijacked a Kenyan airliner over the desert.")
    assert [(c.plover, c.cameo) for c in plane] == [("ASSAULT", "181")]
    assert emitted(coder, "Rival activists hijacked the debate on Monday.") == []


def test_willingness_or_announcement_to_yield_is_agree(coder):
    willing = emitted(coder, "Syria is willing to withdraw its troops from the disputed valley.")
    assert [(c.plover, c.cameo) for c in willing] == [("AGREE", "0356")]
    offered = emitted(coder, "The junta offered to release the jailed students.")
    assert [(c.plover, c.cameo) for c in offered] == [("AGREE", "0353")]
    # The manual (3.4.2) says CONCEDE here; CAMEO2PLOVER (035 -> AGREE), the PLV sentences and
    # the gold records code an announced retreat as intent to yield, AGREE
    announced = emitted(coder, "Syria announced that it would withdraw its troops from the valley.")
    assert [(c.plover, c.cameo) for c in announced] == [("AGREE", "0356")]


def test_what_the_actor_moves_of_its_own_is_not_the_recipient(coder):
    recalled = types(coder, "Norway recalled its ambassador from Iran on Monday.")
    assert recalled == [("SANCTION", ["Norway"], ["Iran"])]
    withdrew = types(coder, "Israel withdrew its troops from Lebanon.")
    assert withdrew == [("RETREAT", ["Israel"], ["Lebanon"])]
    # an object that is not the actor's own stays the recipient
    expelled = types(coder, "Norway expelled the Iranian ambassador.")
    assert expelled == [("SANCTION", ["Norway"], ["ambassador"])]


def test_an_unnamed_event_beside_a_named_one_of_its_type_is_not_told_twice(coder):
    both = emitted(coder, "Fighting raged as the army clashed with the rebels near the dam.")
    assert [(c.plover, bool(c.actors)) for c in both] == [("ASSAULT", True)]
    alone = emitted(coder, "Heavy fighting broke out in the north on Sunday.")
    assert [(c.plover, c.unnamed) for c in alone] == [("ASSAULT", True)]
