"""False events in whole articles, round 3 (branch precision3): a model's event on a verb of state
kept by an act named only in a circumstance of its predicate ("was aware about the protest"), a
visit to a thing that no actor hosts ("visited the cathedral"), and a list of related links left in
the body when a stray "Â" stood after its heading. Sentences are this branch's own, none from
bench/data/negatives*.tsv or the page sets; each class has political controls that must stay."""

import pytest

from eventwire.clean.text import clean_text


def types(code, text: str) -> list[str]:
    return [e.event for e in code(text)]


@pytest.mark.slow
def test_an_act_in_a_circumstance_of_a_state_is_not_the_state(code):
    # the protest is the farmers', the state verb's subject does nothing to them
    assert types(code, "the ministry was aware about the protest of the farmers for a month.") == []
    # the predicate's own trigger word or judgement keeps the state an act
    assert "CONSULT" in types(code, "the army is in talks with the rebels.")
    assert "ACCUSE" in types(code, "The minister said Moscow was responsible for the poisoning of the defector.")
    # an act named in the circumstance is still its own event
    assert "PROTEST" in types(code, "the council remained silent during the strike by the dock workers.")


@pytest.mark.slow
def test_a_visit_to_a_thing_is_no_meeting(code):
    assert types(code, "Hundreds of tourists visited the cathedral on Sunday.") == []
    assert types(code, "The actor visited his old school in the suburbs last week.") == []
    # a visit to a state, a place of one, or an actor is hosted, lower-cased names included
    assert "CONSULT" in types(code, "The French president visited Algiers for talks with his Algerian counterpart.")
    assert "CONSULT" in types(code, "the home minister visited ahmedabad on sunday.")
    assert "CONSULT" in types(code, "The senator visited the troops in Kabul.")
    assert "CONSULT" in types(code, "The Pope visited a refugee camp on the Greek island of Lesbos.")


def test_related_links_after_a_stray_no_break_space_are_dropped():
    page = ("the collector said the curfew would stay in force. related stories\u00c2  curfew lifted in "
            "old city\u00c2 talks with unions to resume\u00c2 assembly to meet today")
    body = clean_text(page).body
    assert body == "the collector said the curfew would stay in force."


@pytest.mark.slow
def test_a_statement_or_a_state_towards_no_actor_is_no_event(code):
    # a model's pair from a state verb to a thing: nobody is investigated by the cause
    assert types(code, "The cause of the blackout is under investigation, the ministry said.") == []
    # a judgement in the predicate, or a demand reported, stays
    assert "ACCUSE" in types(code, "Moscow's envoy said the European Union is responsible for the collapse of the talks.")
    assert "REQUEST" in types(code, "the union leader said the only answer to the crisis is that the state government "
                                    "must immediately ban both the sena and the bajrang dal.")
