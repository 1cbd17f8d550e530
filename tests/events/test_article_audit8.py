"""Classes of error seen on the seventh whole-article page set (branch audit8, lower-cased Indian
news) and the older sets' misses: displeasure said by a word of pleasure denied, by "sore", or
aimed through a clause ("upset that X ...", "unhappy with the way X ..."); an "attack" made in
words. The sentences are this round's own, not the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_a_denied_word_of_pleasure_is_displeasure_with_whom_it_names(code):
    got = coded(code, "The farmers' union is not happy with the agriculture minister.")
    assert ("ACCUSE", "farmers' union", "agriculture minister") in got, got
    got = coded(code, "The opposition was not satisfied with the defence minister's reply.")
    assert any(e == "ACCUSE" and r.endswith("defence minister") for e, _a, r in got), got
    # not denied, it is no criticism
    assert "ACCUSE" not in events(code, "The opposition was happy with the government's decision.")
    assert "ACCUSE" not in events(code, "The fans were not happy with the result of the match.")


def test_displeasure_aimed_through_a_clause_names_the_clauses_doer(code):
    got = coded(code, "The regional party is still sore that the ruling coalition ignored its demands.")
    assert ("ACCUSE", "regional party", "ruling coalition") in got, got
    got = coded(code, "The Opposition was unhappy with the way the Government handled the strike.")
    assert ("ACCUSE", "opposition", "government") in got, got
    got = coded(code, "The union is sore at the government over the wage freeze.")
    assert ("ACCUSE", "union", "government") in got, got
    # a clause whose subject is no actor names no one
    assert "ACCUSE" not in events(code, "The farmers are upset that the rain came so late.")


def test_an_attack_made_in_words_is_criticism(code):
    got = coded(code, "Attacking the ruling party, the opposition leader said it had betrayed the farmers.")
    assert any(e == "ACCUSE" and a.endswith("opposition leader") for e, a, _r in got), got
    assert "ASSAULT" not in events(code, "Attacking the ruling party, the opposition leader said it had betrayed the farmers.")
    got = coded(code, "The finance minister attacked the opposition party, saying it had no plan for the economy.")
    assert ("ACCUSE", "finance minister", "opposition party") in got, got
    got = events(code, "The prime minister and the opposition leader attacked each other's policies on health care.")
    assert "ACCUSE" in got and "ASSAULT" not in got, got
    got = coded(code, "The senator attacked the president's decision on the troops.")
    assert ("ACCUSE", "senator", "president") in got, got


def test_an_armed_attack_stays_an_assault(code):
    got = events(code, "Rebels attacked the army post on Sunday, killing four soldiers.")
    assert "ASSAULT" in got and "ACCUSE" not in got, got
    got = events(code, "Gunmen attacked the convoy near the border, police said.")
    assert "ASSAULT" in got and "ACCUSE" not in got, got


def test_an_obligation_in_the_clause_of_a_reported_copula_is_a_demand(code):
    got = coded(code, "The union leader said the first step is that the government must withdraw the new law.")
    assert ("REQUEST", "union leader", "government") in got, got
    got = coded(code, "The senator said the only answer is that the Centre should dismiss the state government.")
    assert ("REQUEST", "senator", "centre") in got, got
    # a reason reported is no demand
    assert "REQUEST" not in events(code, "The minister said the reason is that the rebels attacked the town.")


def test_challenging_an_actor_its_act_or_its_authority_is_criticism(code):
    got = coded(code, "The opposition challenged the governor's decision in the high court.")
    assert ("ACCUSE", "opposition", "governor") in got, got
    got = coded(code, "The rebels challenged the authority of the interim government.")
    assert any(e == "ACCUSE" and a == "rebels" and r.endswith("interim government") for e, a, r in got), got
    # a record or a sporting rival challenged is no event
    assert "ACCUSE" not in events(code, "The swimmer challenged the world record in the final.")
    assert "ACCUSE" not in events(code, "The young player challenged the champion to a rematch.")


def test_the_of_of_a_journey_noun_is_who_travels(code):
    got = coded(code, "The talks followed the visit of the French president to Algeria.")
    assert ("CONSULT", "french president", "algeria") in got, got
    got = coded(code, "the arrests followed immediately after the visit of the union home minister.")
    assert any(e == "CONSULT" and a.endswith("home minister") for e, a, _r in got), got
    # an "of" that is no actor names no traveller
    assert "CONSULT" not in events(code, "He described the tour of the factory.")
