"""False events in non-political news and whole articles (branch precision): animals, germs and
hazards as the only doer, an illness named "attack", games reported with political-looking verbs,
a model's event on a verb of state or of an accident, and a telling read as an act no telling is.
Sentences are this branch's own, none from bench/data/negatives.tsv, written before the coder was
run on them; each class has political controls that must stay events."""

import pytest

pytestmark = pytest.mark.slow


def types(code, text: str) -> list[str]:
    return [e.event for e in code(text)]


def test_an_animal_or_a_germ_is_no_attacker(code):
    assert types(code, "A crocodile attacked a fisherman on the banks of the river on Sunday.") == []
    assert types(code, "Two hikers were attacked by a bear in the national park.") == []
    assert types(code, "The bacteria invade the gut lining within hours of infection.") == []
    # a named force, or one a demonym names, still attacks
    assert "ASSAULT" in types(code, "Russian troops attacked a village near Kharkiv on Sunday.")
    assert "ASSAULT" in types(code, "Two soldiers were attacked by militants near the border.")


def test_an_illness_named_attack_is_no_assault(code):
    assert "ASSAULT" not in types(code, "The asthma attack left the girl gasping for breath.")
    assert "ASSAULT" not in types(code, "A heart attack killed the former minister on Sunday.")
    assert "ASSAULT" not in types(code, "The sudden panic attack left the actor unable to speak.")
    assert "ASSAULT" in types(code, "The rocket attack killed four soldiers at the base.")


def test_a_game_reported_with_political_verbs_is_no_event(code):
    assert types(code, "The visitors attacked down the left but the goalkeeper was never tested.") == []
    assert types(code, "The batsman was sent back after the umpire upheld the appeal.") == []
    assert types(code, "The golfer withdrew from the tournament with a back injury.") == []
    assert types(code, "The coach threatened to bench his best players before the semi-final.") == []
    # a state's organ or a force in the sentence keeps it political
    assert "ASSAULT" in types(code, "Fans attacked police outside the stadium after the football match.")
    assert "ACCUSE" in types(code, "The Arab League condemned the decision announced by Washington.")
    assert "SANCTION" in types(code, "The government announced a boycott of the football tournament in Qatar.") or \
        "PROTEST" in types(code, "The government announced a boycott of the football tournament in Qatar.")


def test_a_model_event_on_a_verb_of_state_is_none(code):
    assert types(code, "The cabinet is in no mood to reopen talks on the pension reform.") == []
    # ... nor a meeting whose will is denied by a noun ("no desire to"), which a rule read
    assert types(code, "The cabinet has no desire to resume talks with the unions.") == []
    # "calm prevailed" is nobody's retreat; the police's withdrawal is
    assert types(code, "Calm prevailed in the old city after the police withdrew.") == ["RETREAT"]
    assert types(code, "The committee comprises the minister and two senior officials of the party.") == []


def test_a_model_event_on_an_accident_is_none(code):
    assert types(code, "A helicopter carrying tourists crashed into the sea, killing the pilot.") == []
    assert types(code, "A footbridge collapsed onto the railway line, injuring two commuters.") == []


def test_capturing_images_is_no_capture(code):
    assert types(code, "Photographers captured images of the comet over the desert.") == []
    assert "COERCE" in types(code, "Police captured two suspects after a chase through the market.") or \
        "ASSAULT" in types(code, "Police captured two suspects after a chase through the market.")


def test_a_telling_is_no_act_but_speech_or_talk(code):
    assert types(code, '"The long nightmare is over," the senator said at a rally in Ohio on Monday.') == []
    assert not {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"} & set(types(
        code, 'The Canadian foreign minister said in a statement, "We are deeply relieved" at the news.'))
    # what a telling can be stays: a rejection said, a talk
    assert "REJECT" in types(code, "The Iranian foreign minister said Tehran rejected the American proposal.")
    assert "CONSULT" in types(code, "Biden spoke with Putin by phone on Tuesday.")


def test_a_counterfactual_is_not_done(code):
    assert types(code, "The senator said he would have opposed the sanctions had he been in office.") == []
    assert types(code, "Without the rains, the rebels could have captured the town.") == []
    assert "ASSAULT" in types(code, "The rebels have captured the town.")
    assert "COERCE" in types(code, "The police have arrested 40 protesters in the capital.")


def test_a_wish_or_a_need_is_not_done(code):
    assert types(code, "The rebels wanted to storm the parliament building last week.") == []
    assert types(code, "The commission needed to question the former army chief, its report said.") == []
    # a cooperative wish is an intent (AGREE), as a hope is; the act itself is not reported
    assert types(code, "The minister was eager to visit Beijing before the end of the year.") == ["AGREE"]
    assert "ASSAULT" in types(code, "The rebels stormed the parliament building last week.")
    # a wish to say something is saying it
    assert "SUPPORT" in types(code, '"We want to express our support for the peace plan," the Kenyan president said.')
