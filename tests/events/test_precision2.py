"""False events in whole articles, round 2 (branch precision2): a question put with a verb of
asking, an act in a condition opened by an inverted auxiliary ("had they deployed the army"), a
noun's act inside a condition or a question, and a meeting its participant will not take part
in. Sentences are this branch's own, none from bench/data/negatives*.tsv or the page sets; each
class has political controls that must stay events."""

import pytest

pytestmark = pytest.mark.slow


def types(code, text: str) -> list[str]:
    return [e.event for e in code(text)]


def test_a_question_asks_for_no_act(code):
    assert "REQUEST" not in types(code, "Asked whether the army would be sent to the border, the defence "
                                        "minister said no decision had been taken.")
    assert "REQUEST" not in types(code, "The opposition leader asked if the government had detained the journalists.")
    assert "REQUEST" not in types(code, "The MP asked angrily whether the ban on the rally was legal.")
    # being asked is no asking: the subject answers, and what it does is its own event
    assert types(code, "Asked to explain the party's new line, the spokesman blamed the government.") == ["ACCUSE"]
    # a request, and a request with a condition beside it, stay requests
    assert "REQUEST" in types(code, "Kenya asked Uganda to hand over the suspects.")
    assert "REQUEST" in types(code, "Egypt asked the donors for more aid if the crisis deepened.")


def test_an_inverted_auxiliary_opens_a_condition(code):
    assert types(code, "Had Washington imposed sanctions earlier, the war might have ended.") == []
    assert "MOBILIZE" not in types(code, "The senator said that had the army deployed troops on the first "
                                         "day, lives would have been saved.")
    # the same acts done
    assert {"COERCE", "SANCTION"} & set(types(code, "Washington imposed sanctions on Moscow on Friday."))
    assert "MOBILIZE" in types(code, "The army deployed troops along the border on Friday.")


def test_a_noun_act_in_a_condition_or_a_question_is_no_act(code):
    assert "MOBILIZE" not in types(code, "Critics argued that had the governor ordered troop deployment "
                                         "earlier, the looting would have been stopped.")
    assert "AGREE" not in types(code, "The monks asked the villagers whether they felt the authorities would "
                                      "rebuild the shrine.")
    # a condition framing the telling of an act done leaves the act: the arrests were made
    assert "COERCE" in types(code, "The crackdown goes on, if one were to judge by the arrests made "
                                   "by the riot police on Sunday.")


def test_a_meeting_not_taken_part_in_is_no_meeting(code):
    # a participation denied for the future is a refusal, as "will not begin talks" is
    assert types(code, "The Greens would not be taking part in the meeting with the chancellor.") == ["REJECT"]
    assert types(code, "The party will not take part in the talks with the government.") == ["REJECT"]
    # taking part is the meeting, and the protest
    assert "CONSULT" in types(code, "The party took part in the talks with the government on Monday.")
    assert "PROTEST" in types(code, "Thousands of farmers took part in a protest against the new law in the capital.")
