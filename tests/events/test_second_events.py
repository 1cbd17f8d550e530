"""The second act of a sentence that already has one (branch second): a request or call for an
act, then a tensed verb of the requester's own ("asked the government to raise wages and
threatened a strike"). The parser hangs the tensed verb on the asked-for infinitive, so the
second act was read as part of what was asked (framed away) with the asked party as its actor.
The sentences are this round's own."""

import pytest

pytestmark = pytest.mark.slow


def coded(code, text: str) -> set[tuple[str, str]]:
    return {(e.event, e.actor.entity_text.lower() if e.actor else "") for e in code(text)}


@pytest.mark.parametrize("text, event, actor", [
    ("The union asked the government to raise wages and threatened a nationwide strike.",
     "THREATEN", "union"),
    ("The opposition asked the election commission to postpone the vote and accused the ruling "
     "party of fraud.", "ACCUSE", "opposition"),
    ("Egypt urged Israel to stop the offensive and sent aid convoys to Gaza.", "AID", "egypt"),
    ("The council called on the army to release the detainees and accused it of torture.",
     "ACCUSE", "council"),
    # a past tense the tagger read as a participle
    ("Police asked the protesters to leave and arrested those who refused.", "COERCE", "police"),
])
def test_a_tensed_verb_after_an_asked_for_act_is_the_askers_second_act(code, text, event, actor):
    found = coded(code, text)
    assert (event, actor) in found, (text, found)
    assert "REQUEST" in {e for e, _ in found}, text  # the request stays


@pytest.mark.parametrize("text, event, asked", [
    # bare or "to" infinitives joined to the asked-for act are more of what was asked
    ("The court asked the police to arrest the suspects and produce them before it.",
     "COERCE", "court"),
    ("The minister asked the rebels to lay down their arms and to join the talks.",
     "CONSULT", "minister"),
])
def test_an_infinitive_conjunct_stays_in_the_request(code, text, event, asked):
    assert (event, asked) not in coded(code, text), text


def test_one_act_told_twice_stays_one_event(code):
    # controls: coordinated verbs of one act are not two events of the same type
    for text, event in [("The two presidents met and discussed the crisis in Sudan.", "CONSULT"),
                        ("The minister accused the opposition of lying, and added that they had "
                         "no evidence.", "ACCUSE")]:
        assert [e.event for e in code(text)] == [event], text


@pytest.mark.parametrize("text, event, actor", [
    ("The protesters were dispersed by police and blocked the highway again in the evening.",
     "PROTEST", "protesters"),
    ("The opposition leader was arrested by police and accused the government of repression.",
     "ACCUSE", "opposition leader"),
])
def test_an_active_conjunct_of_a_passive_is_done_by_its_subject(code, text, event, actor):
    # not by the passive's agent ("blocked" by the police), and not lost for want of an actor
    found = coded(code, text)
    assert (event, actor) in found, (text, found)
    assert (event, "police") not in found, (text, found)


def test_a_meeting_told_twice_is_one_meeting(code):
    text = "The foreign minister met his Indian counterpart and held talks on trade."
    assert [e.event for e in code(text)] == ["CONSULT"], text
    # a second party makes a second meeting; a meeting and an agreement are two acts
    two = "The president met the Greek prime minister and held talks with the Turkish foreign minister."
    assert [e.event for e in code(two)] == ["CONSULT", "CONSULT"], two
    pact = ("Indian and Chinese commanders held a meeting on Sunday and agreed to disengage "
            "troops along the border.")
    assert {e.event for e in code(pact)} == {"CONSULT", "AGREE"}, pact
