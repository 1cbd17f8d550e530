"""Classes of error seen on the sixth whole-article page set (branch audit7, lower-cased Indian
news) and the older sets' misses: verbs of the lexicon the model lemmatizes to another word
("lambasted" -> "lambast"), displeasure said as a state ("were upset with the minister's
statement"), a demand or appeal made in the passive ("a similar demand was made by X"). The
sentences are this round's own, not the pages'."""

import pytest
from helpers import coded_triples as coded
from helpers import coded_types as events

pytestmark = pytest.mark.slow


def test_a_trigger_the_model_lemmatizes_to_another_word_is_still_a_trigger(code):
    # the small model reads "lambasted" as a form of "lambast", "extolled" of "extoll", "unbanned"
    # of "unbanne": the lexicon's verbs must still key their rules
    got = coded(code, "The opposition leader lambasted the interior minister over the arrests.")
    assert ("ACCUSE", "opposition leader", "interior minister") in got, got
    got = coded(code, "the opposition leader lambasted the interior minister over the arrests.")
    assert any(e == "ACCUSE" and r.endswith("interior minister") for e, _a, r in got), got
    assert "SUPPORT" in events(code, "The rights groups extolled the court's ruling on Monday.")
    got = coded(code, "The military government unbanned the opposition party last year.")
    assert any(e == "CONCEDE" and r == "opposition party" for e, _a, r in got), got


def test_displeasure_said_as_a_state_is_criticism_of_whom_it_names(code):
    got = coded(code, "The farmers' union said they were upset with the agriculture minister's statement.")
    assert any(e == "ACCUSE" and r.endswith("agriculture minister") for e, _a, r in got), got
    got = coded(code, "The opposition was unhappy with the state government over the price rise.")
    assert ("ACCUSE", "opposition", "state government") in got, got
    got = coded(code, "The party remained dissatisfied with the chief minister's handling of the riots.")
    assert ("ACCUSE", "party", "chief minister") in got, got
    got = coded(code, "he was also unconvinced about the prime minister's statement on the temple.")
    assert any(e == "ACCUSE" and r.endswith("prime minister") for e, _a, r in got), got


def test_displeasure_with_no_one_or_denied_is_no_criticism(code):
    assert "ACCUSE" not in events(code, "The fans were upset with the result of the match.")
    assert "ACCUSE" not in events(code, "The opposition was not unhappy with the government's decision.")
    assert "ACCUSE" not in events(code, "The farmers are angry about the weather this year.")


def test_a_demand_or_appeal_made_in_the_passive_is_its_agents_request(code):
    got = coded(code, "A similar demand was made by the Shiv Sena on Monday.")
    assert ("REQUEST", "shiv sena", "") in got, got
    got = coded(code, "An appeal was made by the chief minister to the protesters to end their blockade.")
    assert ("REQUEST", "chief minister", "protesters") in got, got
    # a demand that is only spoken of, not made, stays no event
    assert "REQUEST" not in events(code, "The demand was discussed at length by the panel on Monday.")


def test_standing_by_or_siding_with_an_actor_is_support(code):
    got = coded(code, "The regional allies continue to stand by the coalition government.")
    assert ("SUPPORT", "regional allies", "coalition government") in got, got
    got = coded(code, "Hungary sided with Poland in the dispute over the budget.")
    assert ("SUPPORT", "hungary", "poland") in got, got
    # standing by a statement or by a road backs no one; support denied is none
    assert "SUPPORT" not in events(code, "The minister stood by his statement on Monday.")
    assert "SUPPORT" not in events(code, "Soldiers stood by the road as the convoy passed.")
    assert "SUPPORT" not in events(code, "The party did not stand by its leader after the vote.")
