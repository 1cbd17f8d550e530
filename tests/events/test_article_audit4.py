"""Classes of error seen on the third whole-article page set (branch audit4, lower-cased Times of
India news): a lower-cased name of a party, group or person the coder cannot see (no capitals for
the tagger or the name labeler), and a body or person of public life named only by its kind or
role ("the waqf board", "the mahant"). The sentences are this round's own, not the audited pages'."""

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


def test_bodies_and_roles_named_by_their_kind_are_actors(code):
    cases = [
        ("the state waqf board on tuesday asked the high court to stay the eviction order.",
         "REQUEST", "state waqf board"),
        ("the mahant accused the temple trust of misusing donations.", "ACCUSE", "mahant"),
        ("The organising committee rejected the demand for a second venue.", "REJECT",
         "organising committee"),
    ]
    for text, event, actor in cases:
        assert (event, actor) in coded(code, text), text
