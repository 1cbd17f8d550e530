"""Coder rules for text no rule was written from (issue 13: gold records and CASE, half b).

Each rule comes from a CAMEO category name, the PLOVER manual or how English marks arguments,
not from a development sentence; every sentence here is made up for the test, and each rule has
a sentence it must code and one it must leave alone.
"""

import pytest
from helpers import emitted, roles

pytestmark = pytest.mark.slow






def test_an_act_condemned_after_its_as_phrase_names_its_owner_as_recipient(coder):
    cands = emitted(coder, "Chile on Monday condemned as unacceptable Peru's seizure of the "
                           "fishing boats near Arica.")
    assert roles(cands, "ACCUSE") == [(["Chile"], ["Peru"])]
    # with no owner named, nothing in the "as" phrase is the recipient
    plain = emitted(coder, "Chile on Monday condemned as unacceptable the seizure of the boats.")
    assert roles(plain, "ACCUSE") == [(["Chile"], [])]


def test_a_measure_inside_a_relative_clause_leaves_the_object_its_recipient(coder):
    # "embargo" belongs to the resolution's clause: the resolution (its sponsor) is backed
    cands = emitted(coder, "Norway will support a European Union resolution that imposes an "
                           "arms embargo on Myanmar.")
    assert roles(cands, "AGREE") == [(["Norway"], ["resolution"])]
    # the measure itself as the object is still only the means ("imposed a curfew in X")
    curfew = emitted(coder, "The army imposed a curfew in Mandalay on Friday.")
    assert [r for _, r in roles(curfew, "COERCE")] == [["Mandalay"]]


def test_whoever_goods_are_delivered_to_receives_the_aid(coder):
    cands = emitted(coder, "Swiss doctors delivered medicine to a clinic in Kabul.")
    assert roles(cands, "AID") == [(["doctors"], ["clinic"])]


def test_a_donation_is_aid_whatever_is_given_a_delivery_needs_aid_goods(coder):
    cands = emitted(coder, "Japan donated 5,000 tonnes of rice to Malawi on Tuesday.")
    assert roles(cands, "AID") == [(["Japan"], ["Malawi"])]
    assert roles(emitted(coder, "Japan delivered 5,000 tonnes of steel to Malawi."), "AID") == []


def test_setting_a_person_ablaze_is_an_assault_lightning_is_no_actor(coder):
    cands = emitted(coder, "A man was set ablaze by an angry mob in the market on Sunday.")
    assert [(c.plover, [t.text for t in c.actors]) for c in cands] == [("ASSAULT", ["mob"])]
    assert emitted(coder, "Lightning set the old barn ablaze on Sunday night.") == []
    # a crowd burning buses is still a riot (PLOVER PROTEST 'riot')
    riot = emitted(coder, "Rioters set fire to three buses in the city centre.")
    assert [(c.plover, c.mode) for c in riot] == [("PROTEST", "riot")]


def test_an_attacking_aircraft_is_the_actor_of_its_attack_only(coder):
    cands = emitted(coder, "A helicopter dropped barrel bombs on the village at dawn.")
    assert [(c.plover, [t.text for t in c.actors]) for c in cands] == [("ASSAULT", ["helicopter"])]
    # a helicopter that rescues is no actor (relief is not an event)
    assert emitted(coder, "A helicopter rescued the stranded hikers on Sunday.") == []


def test_a_subject_raised_by_a_reporting_passive_acts(coder):
    cands = emitted(coder, "The militia is said to have shelled Kurdish fighters overnight.")
    assert roles(cands, "ASSAULT") == [(["militia"], ["fighters"])]
    # a hazard raised the same way is no actor
    assert emitted(coder, "The storm is said to have destroyed forty homes.") == []


def test_the_agent_of_a_reduced_participle_plants_the_mine(coder):
    cands = emitted(coder, "A landmine planted by the rebels wounded two soldiers.")
    assert ("ASSAULT", "183", ["rebels"]) in [(c.plover, c.cameo, [t.text for t in c.actors])
                                             for c in cands]
    assert emitted(coder, "The trees planted by the villagers are growing well.") == []


def test_the_by_phrase_after_an_active_gerund_is_the_passive_agent(coder):
    cands = emitted(coder, "The governor was accused of taking bribes by the anti-graft agency.")
    assert roles(cands, "ACCUSE") == [(["agency"], ["governor"])]
    # after a passive gerund the "by" phrase is that gerund's own agent
    bribed = emitted(coder, "The governor was accused of being bribed by a mining company.")
    assert all("company" not in actors for actors, _ in roles(bribed, "ACCUSE"))


def test_an_emergency_declared_after_a_natural_hazard_is_relief(code):
    after_fires = code("Hundreds of wildfires are burning across the state. The governor "
                       "declared a state of emergency on Thursday.")
    assert after_fires == []
    after_protests = code("Protesters blocked roads across the state. The governor declared a "
                          "state of emergency on Thursday.")
    assert "1724" in [e.cameo for e in after_protests]


def test_help_given_after_a_disaster_by_unnamed_rescuers_is_relief(coder):
    assert roles(emitted(coder, "Rescue workers delivered water to survivors of the earthquake."),
                 "AID") == []
    named = emitted(coder, "Japan delivered water and tents to survivors of the earthquake in "
                           "Turkey.")
    assert [a for a, _ in roles(named, "AID")] == [["Japan"]]
    deployed = emitted(coder, "Soldiers were deployed to help residents of villages cut off by "
                              "the landslide.")
    assert roles(deployed, "MOBILIZE") == []
    riot = emitted(coder, "Soldiers were deployed in the town after the riots.")
    assert [c.plover for c in riot] == ["MOBILIZE"]


def test_an_earthquake_that_strikes_is_no_attack(code):
    assert code("A magnitude 6.1 earthquake struck the province on Monday.") == []


def test_a_lawsuit_filed_against_a_state_is_an_accusation(coder):
    cands = emitted(coder, "Ukraine filed a lawsuit against Russia at the international court.")
    assert [(c.plover, c.cameo) for c in cands] == [("ACCUSE", "115")]
    assert roles(cands, "ACCUSE") == [(["Ukraine"], ["Russia"])]


def test_a_nationality_owns_the_demand_it_qualifies(coder):
    cands = emitted(coder, "Venezuela dismissed the American demand for early elections.")
    assert roles(cands, "REJECT") == [(["Venezuela"], ["American"])]


def test_protests_named_by_a_sit_in_or_a_walkout(coder):
    sit_in = emitted(coder, "Hundreds of nurses staged a sit-in outside the health ministry.")
    assert [(c.plover, c.cameo) for c in sit_in] == [("PROTEST", "141")]
    walkout = emitted(coder, "Teachers walked out of classrooms across the country on Tuesday.")
    assert [(c.plover, c.mode) for c in walkout] == [("PROTEST", "boycott")]
    assert emitted(coder, "The patient walked out of the hospital on Monday.") == []


def test_civilians_besieging_an_office_obstruct_it(coder):
    cands = emitted(coder, "Angry villagers besieged the council office on Monday.")
    assert [(c.plover, c.cameo) for c in cands] == [("PROTEST", "144")]
    army = emitted(coder, "The army besieged the rebel town for a month.")
    assert [(c.plover, c.cameo) for c in army] == [("COERCE", "191")]


def test_fire_named_by_its_weapon_is_an_attack(coder):
    cands = emitted(coder, "Artillery fire hit a residential area, wounding three civilians.")
    assert "ASSAULT" in [c.plover for c in cands]


@pytest.mark.parametrize("sentence,plover,code", [
    ("Norway wrote off Zambia's debt on Thursday.", "AID", "071"),
    ("The United States supplied rifles to the Salvadoran army.", "AID", "072"),
    ("Iraq ordered the weapons inspectors to leave the country.", "SANCTION", "166"),
    ("The government shut down the country's only independent newspaper.", "COERCE", "censor"),
    ("Singapore revoked the licence of a foreign newspaper.", "COERCE", "172"),
    ("Israel imposed a naval blockade on Lebanon.", "COERCE", "191"),
    ("The Polish authorities interned hundreds of activists.", "COERCE", "173"),
    ("The government legalized the main opposition party.", "CONCEDE", "0812"),
    ("The junta restored the civil rights of the opposition leader.", "CONCEDE", "0811"),
    ("A military court found the two officers guilty of treason.", "ACCUSE", "116"),
])
def test_cameo_categories_by_their_names(coder, sentence, plover, code):
    """`code`: the CAMEO code, or the PLOVER mode where the codebook re-picks the code."""
    assert any(c.plover == plover and code in (c.cameo, c.mode) for c in emitted(coder, sentence))


@pytest.mark.parametrize("sentence", [
    "She interned at a bank in London last summer.",
    "The company wrote off two million dollars of unsold stock.",
    "The shop shut down its branch in the mall.",
    "The teacher found the answer surprising.",
])
def test_the_same_verbs_outside_politics_are_no_events(coder, sentence):
    assert emitted(coder, sentence) == []


def test_a_threat_against_a_state_names_it(coder):
    cands = emitted(coder, "Israel threatened military action against Syria.")
    assert roles(cands, "THREATEN") == [(["Israel"], ["Syria"])]


def test_a_verdict_names_who_is_found_guilty(coder):
    cands = emitted(coder, "A military court found the two officers guilty of treason.")
    assert roles(cands, "ACCUSE") == [(["court"], ["officers"])]


def test_the_words_of_the_act_are_no_recipient_of_it(code):
    """A labour strike has no recipient unless one is named: "strike" is the act itself."""
    for text in ("Nurses went on strike on Monday.", "Dock workers in Mombasa went on strike."):
        strikes = [e for e in code(text) if e.event == "PROTEST"]
        assert strikes and all(e.recipient is None for e in strikes), text
    named = [e for e in code("Workers staged a strike against the Ford company.") if e.event == "PROTEST"]
    assert named and named[0].recipient is not None and "Ford" in named[0].recipient.span.text


def test_forces_exchanging_fire_assault_each_other(code):
    fight = [e for e in code("Ruritanian troops exchanged fire with Bordurian forces along the border.")
             if e.event == "ASSAULT"]
    assert fight and "Ruritanian" in fight[0].actor.span.text and "Bordurian" in fight[0].recipient.span.text
    assert not [e for e in code("The two sides exchanged prisoners and views on trade.") if e.event == "ASSAULT"]


def test_troops_promised_to_a_state_are_military_aid_promised_not_a_threat(code):
    promised = code("Ruritania will send 2,000 troops to Borduria.")
    assert [(e.event, e.cameo) for e in promised] == [("AGREE", "0332")]
    massed = code("Russia will send troops to the border with Ukraine.")
    assert [e.event for e in massed] == ["THREATEN"]


def test_a_suicide_bomber_is_a_suicide_attack_a_bomber_alone_an_aircraft(code):
    suicide = [e for e in code("A suicide bomber killed 12 people at a mosque.") if e.event == "ASSAULT"]
    assert suicide and {(e.mode, e.cameo) for e in suicide} == {("suicide-attack", "1831")}
    aircraft = [e for e in code("Ruritanian bombers killed 12 people in the town.") if e.event == "ASSAULT"]
    assert aircraft and aircraft[0].mode == "aerial"


def test_the_city_a_deal_is_signed_in_is_its_venue_not_a_party(code):
    signed = [e for e in code("The ministers signed the accord in Doha on Sunday.") if e.event == "SUPPORT"]
    assert signed and all(e.recipient is None for e in signed)
    with_partner = [e for e in code("Iran signed a deal with Russia in Tehran.") if e.event == "SUPPORT"]
    assert with_partner and with_partner[0].recipient.span.text == "Russia"


def test_live_ammunition_used_on_protesters_is_violent_repression_of_them(code):
    fired = [e for e in code("Troops used live ammunition on demonstrators in the capital.")
             if e.event == "ASSAULT"]
    assert fired and fired[0].cameo == "175" and fired[0].recipient.span.text == "demonstrators"
    # a place named inside the object is no target when the people fired on are named
    cannon = [e for e in code("Police used water cannon against protesters in Belgrade.") if e.event == "ASSAULT"]
    assert cannon and cannon[0].recipient.span.text == "protesters"


def test_hit_or_target_is_an_attack_only_by_a_weapon_or_armed_force(code):
    for text in ("Ruritanian jets hit army positions near the border.",
                 "A hospital in the city was hit by a Ruritanian missile.",
                 "Rebels targeted an army convoy near the town."):
        assert "ASSAULT" in [e.event for e in code(text)], text
    for text in ("The storm hit the coast on Monday.", "Inflation hit a record high in Ruritania.",
                 "The campaign targeted young voters in Ruritania."):
        assert "ASSAULT" not in [e.event for e in code(text)], text


def test_a_crackdown_foreseen_by_critics_is_no_threat_by_them(code):
    for text in ("Critics warned of a crackdown on dissent.",
                 "Rights groups warned of a crackdown on the opposition."):
        assert "THREATEN" not in [e.event for e in code(text)], text
    assert "THREATEN" in [e.event for e in code("The army warned of a crackdown on protesters.")]


def test_ground_retaken_by_force_is_territory_occupied(code):
    for text in ("Ruritania retook the city from Bordurian forces.",
                 "Government troops recaptured the town from the rebels.",
                 "The rebels took control of the city of Szohod."):
        assert "192" in [e.cameo for e in code(text)], text
    retaken = [e for e in code("Government troops recaptured the town from the rebels.") if e.cameo == "192"]
    assert retaken[0].recipient is not None and retaken[0].recipient.span.text.endswith("rebels")


def test_artillery_and_rockets_fired_are_heavy_weapons(code):
    shells = [e for e in code("Ruritania fired artillery shells at Bordurian positions.") if e.event == "ASSAULT"]
    assert shells and shells[0].mode == "heavy-weapons"
    shots = [e for e in code("Soldiers fired on the crowd in Szohod.") if e.event == "ASSAULT"]
    assert shots and shots[0].mode == "firearms"


def test_arms_given_are_military_aid_and_grenades_thrown_by_militants_an_attack(code):
    given = [e for e in code("Ruritania gave rockets and mortars to Borduria.") if e.event == "AID"]
    assert given and given[0].recipient.span.text == "Borduria"
    thrown = [e for e in code("Militants threw grenades at a police post in Szohod.") if e.event == "ASSAULT"]
    assert thrown and thrown[0].mode == "explosives"
    riot = code("Protesters threw stones and petrol bombs at the police.")
    assert "PROTEST" in [e.event for e in riot] and "ASSAULT" not in [e.event for e in riot]
