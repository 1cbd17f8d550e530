"""Acts named by a noun (issue 13, branch clauses): the noun of a verb the lexicon knows, its doer
from "by" or a possessor, the one acted on from "of"; a generic mention stays no event, and the
verb whose subject is the named act is no act of the act's doer. The sentences are this round's own."""

import pytest

pytestmark = pytest.mark.slow


def triples(code, text: str) -> set[tuple[str, str, str]]:
    return {(e.event, e.actor.entity_text.lower() if e.actor else "",
             e.recipient.entity_text.lower() if e.recipient else "") for e in code(text)}


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The abduction of two engineers by militants was reported on Monday.",
     "ASSAULT", "militants", "two engineers"),
    ("The assassination of the mayor by gunmen stunned the city.", "ASSAULT", "gunmen", "mayor"),
    ("The kidnapping of the students by bandits prompted a rescue operation.",
     "ASSAULT", "bandits", "students"),
    ("The lynching of a shopkeeper by a mob in the district triggered protests.",
     "ASSAULT", "mob", "shopkeeper"),
    ("The torture of detainees by prison guards was documented in the report.",
     "ASSAULT", "prison guards", "detainees"),
])
def test_the_noun_of_a_known_verb_names_the_act(code, text, event, actor, recipient):
    found = triples(code, text)
    assert (event, actor, recipient) in found, (text, found)


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The massacre of villagers by the militia was condemned worldwide.",
     "ASSAULT", "militia", "villagers"),
    ("Russia's invasion of Ukraine began before dawn.", "ASSAULT", "russia", "ukraine"),
    ("The killing of a journalist by unknown gunmen shocked the country.",
     "ASSAULT", "unknown gunmen", "journalist"),
])
def test_the_of_of_an_act_done_to_someone_is_its_recipient(code, text, event, actor, recipient):
    found = triples(code, text)
    assert (event, actor, recipient) in found, (text, found)


def test_what_a_named_act_did_is_no_act_of_its_doer(code):
    # "shocked" is the killing's effect: no second event by the gunmen on the country
    text = "The killing of a journalist by unknown gunmen shocked the country."
    found = triples(code, text)
    assert not any(r == "country" for _, _, r in found), found


@pytest.mark.parametrize("text", [
    "Kidnappings are common in the area.",
    "The report examines the causes of riots in India.",
    "Violence has been rising in the region for years.",
    "Torture is banned under international law.",
])
def test_a_generic_mention_is_no_event(code, text):
    # controls: a noun with no doer named is background, not an act
    assert code(text) == [], text


def test_the_one_an_act_is_done_to_is_no_act_of_its_own(code):
    # "a patrol" is ambushed: no MOBILIZE by the rebels; the ambush is theirs
    text = "The ambush of a patrol by rebels near the border was reported on Friday."
    found = triples(code, text)
    assert any(e == "ASSAULT" and a == "rebels" for e, a, _ in found), found
    assert not any(e == "MOBILIZE" for e, _, _ in found), found


@pytest.mark.parametrize("text, actor", [
    ("The strike by transport workers disrupted services across the city.", "transport workers"),
    ("A strike by nurses closed three hospitals.", "nurses"),
])
def test_a_strike_by_workers_is_a_labour_strike(code, text, actor):
    found = triples(code, text)
    assert any(e == "PROTEST" and a == actor for e, a, _ in found), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("After talks in Doha, the two sides signed a ceasefire.", "two sides", ""),
    ("During a meeting with the Indian prime minister, the American president raised the trade "
     "deficit.", "american president", "indian prime minister"),
    ("The union called off its strike after talks with the management.", "union", "management"),
])
def test_talks_beside_a_clause_are_its_subjects(code, text, actor, recipient):
    found = triples(code, text)
    assert ("CONSULT", actor, recipient) in found, (text, found)


def test_an_earlier_attack_is_not_the_clauses_subjects(code):
    # control: only meetings are shared with the clause's subject
    found = triples(code, "After the attack, police arrested five suspects.")
    assert not any(e == "ASSAULT" and a == "police" for e, a, _ in found), found



def test_a_by_ing_predicate_with_its_munitions_is_the_subjects_act(code):
    # "shell" needs an object to be an attack ("shelled out millions"), or its munitions named
    text = "The army violated the truce by shelling with mortars along the border."
    found = triples(code, text)
    assert any(e == "ASSAULT" and a == "army" for e, a, _ in found), found
