"""Classes of error seen on the third whole-article page set (branch audit4, lower-cased Times of
India news): a lower-cased name of a party, group or person the coder cannot see (no capitals for
the tagger or the name labeler), a temple's head named by title alone ("the mahant"), an
assurance given, and violence that only dates the act. The sentences are this round's own, not
the audited pages'."""

import pytest

pytestmark = pytest.mark.slow


def coded(code, text: str) -> set[tuple[str, str]]:
    return {(e.event, (e.actor.entity_text if e.actor else "").lower()) for e in code(text)}


def test_lower_cased_names_of_the_knowledge_base_are_actors(code):
    # the same sentences, capitalised, were coded before: only the case hid the names
    cases = [
        ("the rss on friday accused the congress of misleading voters in kerala.", "ACCUSE", "rss"),
        ("the shiv sena warned the maharashtra government of an agitation over the water tax.",
         "THREATEN", "shiv sena"),
        ("the bjp urged the election commission to postpone the polls in tripura.", "REQUEST",
         "bjp"),
    ]
    for text, event, actor in cases:
        assert (event, actor) in coded(code, text), text


def test_a_temple_head_named_by_title_is_an_actor(code):
    cases = [
        ("the mahant accused the temple trust of misusing donations.", "ACCUSE", "mahant"),
        ("the mahant demanded that the carved pillars be handed back to the temple.", "REQUEST",
         "mahant"),
    ]
    for text, event, actor in cases:
        assert (event, actor) in coded(code, text), text


def test_an_assurance_given_is_a_promise(code):
    for text in ("The opposition parties assured the governor that their members would not "
                 "disrupt the session.",
                 "The health minister assured parliament that the vaccine would be free."):
        assert "AGREE" in {e.event for e in code(text)}, text
    assert "AGREE" not in {e.event for e in code('"It will be fine," he assures himself.')}


def test_violence_that_dates_the_act_is_not_the_act(code):
    # a learned or selected attack needs violence of its own, not the one "after" dates it by
    for text in ("Two years ago, the VHP gave a similar call after the killing of pilgrims in "
                 "Kashmir.",
                 "The union gave a call for a general strike following the shooting of two "
                 "workers in Dhanbad."):
        assert "ASSAULT" not in {e.event for e in code(text)}, text
    assert "ASSAULT" in {e.event for e in code("Rebels attacked the convoy after the ceasefire "
                                                "collapsed.")}
