"""Lower-cased, badly scraped police news, sixth round (issue 13, IndiaPoliceEvents): mojibake
punctuation, ranks misparsed as verbs, acts given rather than done, feared attacks, crowds
dispersed with the means of riot control. Every sentence here is made up for the test."""


import pytest
from helpers import load_script

from eventwire.settings import Options

pytestmark = pytest.mark.slow


def events_of(code, text: str) -> list[tuple[str, str, str]]:
    """(type, CAMEO, trigger text) of each event coded in `text`."""
    return [(e.event, e.cameo or "", e.event_text or "") for e in code(text)]


def test_the_parse_view_repairs_mojibake_punctuation_in_place():
    from eventwire.events.coder import parse_view

    text = "â€œnobody was arrested,â€� said the latterâ€™s son.Â the end"
    view = parse_view(text)
    assert len(view) == len(text)  # every offset into the text stays valid
    assert view.split() == ["“nobody", "was", "arrested,", "”", "said", "the", "latter", "’s",
                            "son.", "the", "end"]
    assert parse_view("cafÃ© owners") == "cafÃ© owners"  # letters are left alone
    assert parse_view("plain text") == "plain text"


def test_mojibake_quotes_are_read_as_the_quotes_they_stand_for(code):
    # "â€œnobody" was one word: the negative subject was lost and the arrest coded
    assert events_of(code, "â€œnobody was arrested in the raid,â€� the inspector said.") == []
    quoted = events_of(code, "“we arrested ten people,” the inspector said.")
    assert [(t, c) for t, c, _ in quoted] == [("COERCE", "173")]
    mojibake = events_of(code, "â€œwe arrested ten people,â€� the inspector said.")
    assert mojibake == quoted


def test_a_rank_misparsed_as_a_verb_is_no_learned_event(code):
    # "dig" is the deputy inspector general here; the parser makes it a verb
    text = "the driver, anti-terrorist squad dig anil vijay sharma told tnn on sunday."
    assert [e for e in code(text) if e.event_text == "dig"] == []


def test_an_act_given_as_a_leave_or_a_time_to_act_is_not_done(code):
    assert [t for t, _, _ in events_of(
        code, "the government gave a free hand to the mob to attack the shops.")] == []
    granted = events_of(code, "the court granted the police ten days to arrest the accused.")
    assert not any(trigger == "arrest" for _, _, trigger in granted)
    # an act done for a purpose still is one
    went = events_of(code, "the police went to the village to arrest the accused.")
    assert [(t, c) for t, c, _ in went] == [("COERCE", "173")]


def test_an_excluded_object_misparsed_after_its_article_still_excludes(code):
    # the parser reads "the well" as an adverb of "shouting"; legislators in the well of the
    # house are no attack
    assert events_of(code, "opposition members stormed the well shouting slogans.") == []
    assert [t for t, _, _ in events_of(code, "troops stormed the building.")] == ["ASSAULT"]


def test_a_feared_attack_is_no_attack(code):
    feared = events_of(code, "fearing a possible militant attack, the administration has sealed "
                             "the two workshops.")
    assert not any(t == "ASSAULT" for t, _, _ in feared)


def test_a_crowd_dispersed_with_the_means_of_riot_control_is_violent_repression_by_police():
    bench = load_script("bench/realnews.py")
    coded = bench.code([
        ("gas", "the mob was dispersed with tear gas near the bus stand.", "2002-03-01"),
        ("lathis", "the police dispersed the crowd with lathis near the bus stand.", "2002-03-01"),
        ("plain", "the crowd was dispersed near the bus stand.", "2002-03-01"),
        ("meeting", "the meeting was dispersed with a vote of thanks.", "2002-03-01"),
    ], Options(), bench.Timer())
    assert [(e.event, e.cameo) for e in coded["gas"]] == [("ASSAULT", "175")]
    # no agent named: riot control is law enforcement's act (the resolver's unnamed actor)
    assert bench.india_answers(coded["gas"], police_only=True) == {"FORCE", "ANY_ACTION"}
    assert [(e.event, e.cameo) for e in coded["lathis"]] == [("ASSAULT", "175")]
    assert bench.india_answers(coded["lathis"], police_only=True) == {"FORCE", "ANY_ACTION"}
    # no means of force named: no violence, and no act by an unnamed actor
    assert coded["plain"] == [] and coded["meeting"] == []
