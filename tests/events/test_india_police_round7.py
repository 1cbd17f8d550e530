"""IndiaPoliceEvents, seventh round (issue 13, branch india5): police acts the coder had no
trigger for (persons frisked, externed) and the police named by their dress ("men in khaki").
Every sentence here is made up for the test."""

import pytest
from helpers import coded_quads as events_of

pytestmark = pytest.mark.slow



def test_persons_frisked_are_searched(code):
    got = events_of(code, "the constables frisked every passenger at the bus stand.")
    assert [(t, c, a) for t, c, a, _ in got] == [("COERCE", "171", "constables")]


def test_persons_externed_are_expelled_and_other_objects_are_not(code):
    got = events_of(code, "the police commissioner externed the gangster from the district.")
    assert [(t, c) for t, c, _, _ in got] == [("COERCE", "174")]
    assert events_of(code, "the clerk externed the files to the archive.") == []


def test_men_named_by_a_force_dress_keep_it_in_their_actor_phrase(code):
    got = events_of(code, "men in khaki fired at the fleeing youths.")
    assert [a for t, _, a, _ in got if t == "ASSAULT"] == ["men in khaki"]
    got = events_of(code, "men in khaki uniform fired at the fleeing youths.")
    assert [a for t, _, a, _ in got if t == "ASSAULT"] == ["men in khaki uniform"]
    # any other "in" phrase stays out of the actor phrase
    got = events_of(code, "men in masks fired at the fleeing youths.")
    assert [a for t, _, a, _ in got if t == "ASSAULT"] == ["men"]


def test_an_inquiry_asked_for_is_not_begun(code):
    # the police probe is what the demand asks for: only the demand is coded
    got = events_of(code, "the traders demanded a police probe into the looting.")
    assert [t for t, _, _, _ in got] == ["REQUEST"]
    got = events_of(code, "the opposition called for a cbi inquiry into the killings.")
    assert [a for _, c, a, _ in got if c == "090"] == []  # (the call itself is the opposition's)
    # one begun is coded with its investigators
    got = events_of(code, "the cbi launched a probe into the killings.")
    assert [(t, c, a) for t, c, a, _ in got] == [("ACCUSE", "090", "cbi")]


def test_a_vigil_kept_by_a_force_is_its_alert_and_by_others_nothing(code):
    got = events_of(code, "the constables maintained a strict vigil near the temple.")
    assert [(t, c, a) for t, c, a, _ in got] == [("MOBILIZE", "151", "constables")]
    got = events_of(code, "the soldiers kept a close watch on the highway.")
    assert [(t, c) for t, c, _, _ in got] == [("MOBILIZE", "152")]
    assert events_of(code, "the families kept vigil outside the hospital.") == []
    assert events_of(code, "the ministry keeps a close watch on prices.") == []
    assert events_of(code, "the constables maintained that the crowd was peaceful.") == []


def test_a_force_that_rushes_to_a_place_is_deployed(code):
    got = events_of(code, "a posse of constables rushed to the village.")
    assert [(t, c) for t, c, _, _ in got] == [("MOBILIZE", "154")]
    got = events_of(code, "the soldiers rushed into the town.")
    assert [(t, c, a) for t, c, a, _ in got] == [("MOBILIZE", "154", "soldiers")]
    # anyone else rushing somewhere moves no force
    assert events_of(code, "the doctors rushed to the hospital.") == []
    # a force positioned somewhere is deployed there, a party positioned as something is not
    got = events_of(code, "forty constables have been positioned near the mosque.")
    assert [(t, c) for t, c, _, _ in got] == [("MOBILIZE", "154")]
    assert events_of(code, "the party has positioned itself as the voice of farmers.") == []


def test_people_held_are_detained_and_things_held_are_not(code):
    got = events_of(code, "the constables held twelve youths near the temple.")
    assert [(t, c, a) for t, c, a, _ in got] == [("COERCE", "173", "constables")]
    got = events_of(code, "twelve youths were held for questioning.")
    assert [(t, c, r) for t, c, _, r in got] == [("COERCE", "173", "twelve youths")]
    # no one is detained; the traders' blame of the police is ACCUSE 112 since criticism3
    got = events_of(code, "the traders held the police responsible for the looting.")
    assert "173" not in [c for _, c, _, _ in got], got
    assert events_of(code, "polls were held in the district on monday.") == []
    got = events_of(code, "the gang held two men hostage.")
    assert "173" not in [c for _, c, _, _ in got]
