"""IndiaPoliceEvents, fifth round (issue 13): who acts in relative clauses, raised passives,
causatives and caused acts; searches, seals, releases, cases booked; rescues are no attack.
Every sentence here is made up for the test."""

import pytest
from helpers import coded_quads as events_of

pytestmark = pytest.mark.slow



def test_a_relative_pronoun_subject_is_the_noun_the_clause_is_about(code):
    assert events_of(code, "the officers who arrested the rioters were transferred.") == [
        ("COERCE", "173", "officers", "rioters")]
    assert [(t, a) for t, _, a, _ in events_of(
        code, "the police, who arrested two men on monday, said the town was calm.")
        if t == "COERCE"] == [("COERCE", "police")]
    # a passive relative clause: the noun undergoes the act
    assert events_of(code, "the men who were arrested by the police were released.")[0][2:] == (
        "police", "men")
    # the acronym WHO is no relative pronoun: the organisation acts under its own name
    who = events_of(code, "The World Health Organization (WHO) is providing urgent assistance "
                          "to thousands of people in Malawi.")
    assert "WHO" in [a for t, _, a, _ in who if t == "AID"]


def test_a_gerund_in_a_relative_clause_shares_its_subject(code):
    got = events_of(code, "the officers who had done their job by arresting the rioters were transferred.")
    assert got == [("COERCE", "173", "officers", "rioters")]


def test_a_raised_passive_subject_undergoes_the_act(code):
    killed = events_of(code, "two persons were reported to have been killed in police firing.")
    assert ("ASSAULT", "18", "police", "two persons") in killed
    injured = events_of(code, "five persons are said to have been injured in the police firing.")
    assert ("ASSAULT", "18", "police", "five persons") in injured
    # the active raised subject still acts
    assert events_of(code, "the rebels are said to have attacked the convoy.")[0][2] == "rebels"


def test_a_causative_have_or_get_makes_its_subject_the_actor(code):
    assert events_of(code, "the collector had the two leaders arrested.") == [
        ("COERCE", "173", "collector", "two leaders")]
    got = events_of(code, "the superintendent got the gang leader arrested.")
    assert ("COERCE", "173", "superintendent", "gang leader") in got
    assert all(a != "gang leader" for _, _, a, _ in got)
    # "had" as an auxiliary is no causative
    assert events_of(code, "the leaders had arrested the two men.") == [
        ("COERCE", "173", "leaders", "two men")]


def test_an_object_prompted_or_forced_to_act_is_its_actor(code):
    prompted = events_of(code, "the mob pelted stones, prompting the policemen to open fire.")
    assert ("ASSAULT", "193", "policemen", "") in prompted
    forced = events_of(code, "the stone pelting forced the police to open fire.")
    assert [a for t, _, a, _ in forced if t == "ASSAULT"] == ["police"]


def test_an_arrest_found_difficult_is_not_made(code):
    assert events_of(code, "the police found it difficult to arrest him.") == []


def test_rescuers_are_no_attackers(code):
    assert [t for t, *_ in events_of(code, "police officers who saved lives in the riots were honoured.")
            ] == []


def test_a_case_booked_is_a_complaint_a_person_booked_is_charged(code):
    assert events_of(code, "the police booked a case against the two men.") == [
        ("ACCUSE", "115", "police", "two men")]
    assert [c for _, c, _, _ in events_of(code, "the police booked 15 youths under section 302.")
            ] == ["173"]


def test_a_combing_operation_is_a_search(code):
    assert [(t, c, a) for t, c, a, _ in events_of(
        code, "the police launched a combing operation in the village.")] == [
        ("COERCE", "171", "police")]
    # a search for the missing is no coercion
    assert events_of(code, "the navy launched a search operation for the missing fishermen.") == []


def test_a_place_sealed_is_cordoned_off_a_deal_sealed_is_agreed(code):
    assert [(t, c) for t, c, _, _ in events_of(code, "the police sealed the border.")] == [
        ("COERCE", "172")]
    assert [t for t, *_ in events_of(code, "the two sides sealed a deal on trade.")] == ["SUPPORT"]
    assert events_of(code, "the envelope was sealed.") == []


def test_people_released_by_a_pronoun_are_released(code):
    assert [(t, c, a) for t, c, a, _ in events_of(code, "police released them on bail.")] == [
        ("RETREAT", "0841", "police")]
    assert events_of(code, "the company released it last year.") == []


def test_a_unit_named_by_its_force_acts(code):
    assert events_of(code, "a police team arrested the two men.") == [
        ("COERCE", "173", "police team", "two men")]
    assert [(t, c) for t, c, _, _ in events_of(code, "police teams raided several places.")] == [
        ("COERCE", "171")]
    # a unit of no force named is no actor
    assert events_of(code, "a rescue team reached the village.") == []
