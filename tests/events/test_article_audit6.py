"""Classes of error seen on the fifth whole-article page set (branch audit6, English news pages) and
the open classes of the fourth (lower-cased Indian news): a judgement said with a light verb ("said
the ministry made a mistake", "said the administration had done a commendable job"), praise said
as a judgement ("said the closure was a welcome decision"), criticism encountered. The sentences
are this round's own, not the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_a_mistake_said_to_be_made_is_criticism(code):
    assert "ACCUSE" in events(
        code, "An opposition senator said the ministry made a serious mistake in closing the border.")
    assert "ACCUSE" in events(
        code, "The opposition leader said the central bank had made the mistake of raising rates too early.")
    # a light verb with an object that judges nothing, or a mistake denied, is no criticism
    assert "ACCUSE" not in events(
        code, "The spokesman said the ministry made a phone call to the embassy on Tuesday.")
    assert "ACCUSE" not in events(
        code, "The spokesman said the ministry had not made any mistake in the tender.")


def test_praise_said_as_a_judgement_is_support(code):
    assert "SUPPORT" in events(
        code, "The opposition leader said the governor's administration had done an excellent job.")
    assert "SUPPORT" in events(
        code, "The teachers' union said the closure of the schools was a welcome decision.")
    assert "SUPPORT" in events(
        code, "The opposition said that the new procurement policy is laudable.")
    # a judgement denied, or a word of praise on no act, is no support
    assert "SUPPORT" not in events(
        code, "The teachers' union said the closure of the schools was not a welcome decision.")
    assert "SUPPORT" not in events(
        code, "The coach said the players had done their homework before the final.")


def test_criticism_encountered_is_an_accusation_of_the_subject(code):
    got = coded(code, "The health ministry encountered a fierce backlash over the new vaccine rules.")
    assert any(e == "ACCUSE" and r.endswith("health ministry") for e, _a, r in got), got
    assert "ACCUSE" not in events(
        code, "The patrol encountered heavy snow on the mountain road near the border.")


def test_stern_treatment_promised_is_a_threat(code):
    got = coded(code, "Anyone found violating the curfew will be dealt with sternly, the police chief said.")
    assert ("THREATEN", "police chief") in {(e, a) for e, a, _r in got}, got
    got = coded(code, "The government would take stern action against the culprits, the minister said.")
    assert any(e == "THREATEN" and r == "culprits" for e, _a, r in got), got
    # stern treatment reported as done, or a matter dealt with, threatens no one
    assert "THREATEN" not in events(code, "The rioters were dealt with firmly by the police on Sunday.")
    assert "THREATEN" not in events(
        code, "The minister said the matter would be dealt with firmly by the committee.")
    assert "THREATEN" not in events(code, "The department will take steps to improve the roads.")


def test_a_critical_report_published_is_criticism_of_its_subject(code):
    got = coded(code, "Amnesty International published a scathing report on the army's conduct in the province.")
    assert any(e == "ACCUSE" and a == "amnesty international" and r == "army" for e, a, r in got), got
    # a report with no word of criticism accuses no one
    assert "ACCUSE" not in events(code, "The ministry released its annual report on Monday.")


def test_a_conjunct_set_against_a_negated_one_is_not_negated(code):
    got = coded(code, "The army has not been withdrawn but kept on alert in barracks near the city.")
    assert ("MOBILIZE", "army") in {(e, a) for e, a, _r in got}, got
    # the negated conjunct stays negated
    assert "RETREAT" not in {e for e, _a, _r in got}


def test_a_trigger_word_inside_a_title_case_name_is_no_act(code):
    assert "ACCUSE" not in events(
        code, "The launch includes the agency's Volatiles Investigating Polar Exploration Rover, "
              "a rover the agency plans to fly in 2022.")
    # a headline in title case keeps its verb
    assert "COERCE" in events(code, "Police Arrest Three Men After Clashes In Delhi")


def test_refraining_from_an_act_is_not_doing_it_unless_negated(code):
    assert "ASSAULT" not in events(code, "The army refrained from attacking the rebels.")
    assert "THREATEN" in events(
        code, "The army will not refrain from attacking the rebels, the general said.")
