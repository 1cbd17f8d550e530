"""IndiaPoliceEvents, fourth round (issue 13): lower-cased force acronyms the parser mis-tags,
political attacks made "for" a reason, "stormed the well", deployed and called-in forces. Every
sentence here is made up for the test."""

import pytest

pytestmark = pytest.mark.slow


def events_of(code, text: str) -> list[tuple[str, str, str]]:
    """(type, CAMEO, actor text) of each event coded in `text`."""
    return [(e.event, e.cameo or "", e.actor.entity_text if e.actor else "") for e in code(text)]


def test_a_lower_cased_force_acronym_in_an_argument_slot_is_an_actor(code):
    # the small parser tags "bsf" an adverb here; it is the subject all the same
    assert events_of(code, "the bsf arrested two men near the border.") == [
        ("COERCE", "173", "bsf")]
    assert [a for _, _, a in events_of(code, "two smugglers were arrested by the bsf.")] == ["bsf"]
    # an adverb that is no actor noun stays an adverb
    assert events_of(code, "the police finally arrested two men.") == [
        ("COERCE", "173", "police")]


def test_a_political_attack_made_for_a_reason_is_criticism_not_force(code):
    made = events_of(code, "the opposition leader made a direct attack on the chief minister for the riots.")
    assert [(t, c) for t, c, _ in made] == [("ACCUSE", "111")]
    launched = events_of(code, "the mp launched a direct attack on the home minister for the violence.")
    assert "ASSAULT" not in [t for t, _, _ in launched]
    # a time is no reason: an armed attack stays one
    raid = events_of(code, "militants launched an attack on the army camp for the second time.")
    assert [t for t, _, _ in raid] == ["ASSAULT"]


def test_storming_the_well_of_the_house_is_no_attack(code):
    # no attack; the slogans raised are a protest (audit5: slogans raised are CAMEO 141, and
    # whole-article set 3 labels "members stormed the well" PROTEST)
    assert [t for t, _, _ in events_of(
        code, "opposition members stormed the well of the house raising slogans.")] in ([], ["PROTEST"])
    assert [t for t, _, _ in events_of(code, "troops stormed the rebel hideout at dawn.")] == [
        "ASSAULT"]


def test_a_deployment_with_no_deployer_named_is_the_deployed_forces(code):
    heavy = events_of(code, "the heavy deployment of rpf personnel has kept the hawkers away.")
    assert heavy == [("MOBILIZE", "154", "rpf personnel")]
    # the object of a verb is the subject's deployment, if anyone's: the troops do not deploy
    announced = events_of(code, "the governor announced the deployment of troops in the district.")
    assert ("MOBILIZE", "154", "troops") not in announced


def test_forces_called_in_are_mobilised(code):
    called = events_of(code, "two companies of the crpf were called in after the clashes.")
    assert [(t, c) for t, c, _ in called] == [("MOBILIZE", "154")]
    assert "crpf" in called[0][2]
    assert events_of(code, "the district administration called in the army.") == [
        ("MOBILIZE", "154", "district administration")]
    # only forces: experts called in are no mobilisation
    assert events_of(code, "the company called in the experts to fix the leak.") == []


def test_an_attack_feared_is_no_attack(code):
    assert events_of(code, "the fear of the ticket checkers being attacked by mobs worries the officials.") == []
    assert events_of(code, "the risk of the convoy being ambushed by militants is high.") == []
    assert [t for t, _, _ in events_of(code, "the mob attacked the ticket checkers at the station.")] == [
        "ASSAULT"]


def test_forces_requisitioned_are_mobilised(code):
    assert events_of(code, "two companies of the state reserve police have been requisitioned.") == [
        ("MOBILIZE", "154", "state reserve police")]
    assert events_of(code, "the administration requisitioned ten buses for the pilgrims.") == []


def test_lives_claimed_by_a_violent_cause_are_a_killing_by_its_actor(code):
    fired = events_of(code, "the police firing claimed two lives near the bridge.")
    assert fired == [("ASSAULT", "18", "police")]
    # no violence named: a flood takes lives, no one kills
    assert events_of(code, "the floods claimed ten lives in the district.") == []
    assert events_of(code, "the group claimed responsibility for the blast.") == []


def test_media_silenced_is_a_restriction_of_freedoms(code):
    silenced = events_of(code, "the police silenced the cable news channels.")
    assert [(t, a) for t, _, a in silenced] == [("COERCE", "police")]
    # the same verbs with other objects are no censorship
    assert "COERCE" not in [t for t, _, _ in events_of(code, "the mob blocked the road for two hours.")]


def test_keeping_people_from_moving_and_prohibitory_orders_restrict(code):
    kept = events_of(code, "the police prevented the activists from entering the town.")
    assert kept == [("COERCE", "172", "police")]
    # no one acts in weather, and keeping from a sale is no restriction of movement
    assert events_of(code, "the rain prevented the farmers from going to the market.") == []
    assert "COERCE" not in [t for t, _, _ in events_of(code, "the court stopped the company from selling the land.")]
    orders = events_of(code, "the police imposed prohibitory orders in the walled city.")
    assert orders == [("COERCE", "172", "police")]
