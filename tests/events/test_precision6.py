"""False events in non-political news, round 6 (branch precision6): companies', clubs' and schools'
own withdrawals, suspensions and bans; trials of ordinary crime (verdicts, charges named as a
description, crimes told in court); prizes "captured"; and a stated opposition ("is opposed to")
as a refusal. Sentences are this branch's own, none from bench/data/negatives*.tsv or the page
sets; each class has political controls that must stay."""

import pytest


def types(code, text: str) -> list[str]:
    return [e.event for e in code(text)]


@pytest.mark.slow
def test_a_private_body_acting_on_its_own_business_is_no_event(code):
    assert types(code, "The paint company pulled out of the housing project after the costs doubled.") == []
    assert types(code, "The tennis club banned the coach from its courts for two seasons.") == []
    assert types(code, "The ferry firm suspended its crossings to the island until the spring.") == []
    # a state acting on a company, and a company leaving a state, stay
    assert "COERCE" in types(code, "Turkey banned the American messaging app for two weeks.") or \
        "SANCTION" in types(code, "Turkey banned the American messaging app for two weeks.")
    assert "RETREAT" in types(code, "Chevron pulled out of Myanmar after the coup.")
    assert "SANCTION" in types(code, "Mali pulled out of the regional force in protest at the sanctions.")


@pytest.mark.slow
def test_a_trial_of_an_ordinary_crime_is_no_event(code):
    assert types(code, "A man was acquitted of assaulting a neighbour at a barbecue in June.") == []
    assert types(code, "The jury found the landlord not guilty of the attack on his tenant.") == []
    assert types(code, "The trial of the woman accused of the 2020 arson attack opened on Monday.") == []
    assert types(code, "The prosecution argued that the robber had struck the cashier with a bottle.") == []
    # a journalist convicted by a state's court, and soldiers told of in court, stay
    assert "ACCUSE" in types(code, "A court in Minsk convicted the journalist of insulting the president.")
    assert "ASSAULT" in types(code, "The prosecutor told the court that soldiers had shot the villagers.")


@pytest.mark.slow
def test_a_prize_captured_is_no_attack(code):
    assert types(code, "Kenya captured the relay title on the final day of the championships.") == []
    assert types(code, "The Dutch rider seized the lead with a late sprint.") == []
    # a town captured, and police seizing a trophy, stay
    assert "ASSAULT" in types(code, "Rebels captured the town of Bunia after two days of fighting.") or \
        "COERCE" in types(code, "Rebels captured the town of Bunia after two days of fighting.")
    assert "COERCE" in types(code, "Police seized the trophy from the smugglers' flat as evidence.")


@pytest.mark.slow
def test_a_stated_opposition_is_a_refusal(code):
    assert "REJECT" in types(code, "Seoul is firmly opposed to the Japanese plan to release the water.")
    assert "REJECT" in types(code, "The Egyptian government remains opposed to the dam's filling.")
    # denied, or said of no actor, it is none
    assert "REJECT" not in types(code, "Germany is not opposed to the new sanctions.")
    assert types(code, "The two teams were opposed to each other in the final.") == []


@pytest.mark.slow
def test_a_state_fining_or_barring_a_company_restricts_it(code):
    assert "COERCE" in types(code, "Turkey fined Uber 2 million lira for unfair competition.")
    assert "COERCE" in types(code, "Italy's competition regulator fined the taxi firm 40 million euros.")
    assert "COERCE" in types(code, "Japan barred the Chinese drone maker from public tenders.")
    # a magistrate's fine and a club's bar stay no event
    assert types(code, "The magistrate fined the cyclist 200 pounds for riding without lights.") == []
    assert types(code, "The rowing club barred the member from its boats for a month.") == []
