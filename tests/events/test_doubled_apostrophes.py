"""An apostrophe doubled inside a word, as a database escape leaves it (a third of the
IndiaPoliceEvents documents write "didn''t", "the board''s"): the parser must read the text as
if it were written once, and every offset must stay the input's."""

import pytest

from eventwire.events.coder import parse_view

pytestmark = pytest.mark.slow


def test_the_parse_view_undoubles_the_apostrophe_and_keeps_the_length():
    for text, seen in (("police didn''t arrest anyone", "police did n't arrest anyone"),
                       ("the board''s stand", "the board 's stand"),
                       ("''exercise in futility''", "''exercise in futility''"),  # quotes
                       ("vikas'' sister", "vikas'' sister")):
        assert parse_view(text) == seen
        assert len(parse_view(text)) == len(text)


@pytest.mark.parametrize("text", [
    "Police didn''t arrest the protesters outside the assembly.",
    "police didn''t arrest the protesters outside the assembly.",
    "The army wouldn''t attack the village, the spokesman said.",
])
def test_a_negation_written_with_a_doubled_apostrophe_is_still_a_negation(code, text):
    assert not {"COERCE", "ASSAULT"} & {e.event for e in code(text)}


def test_the_same_act_without_the_negation_is_still_coded(code):
    events = code("Police arrested the protesters outside the assembly.")
    assert "COERCE" in {e.event for e in events}
    text = "The minister said that the army''s men attacked the village."
    attacks = [e for e in code(text) if e.event == "ASSAULT"]
    assert attacks
    for e in attacks:  # spans are the input's, doubled apostrophes included
        for party in (e.actor, e.recipient):
            if party and party.span:
                assert text[party.span.start:party.span.end] == party.entity_text
