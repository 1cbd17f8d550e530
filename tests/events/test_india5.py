"""IndiaPoliceEvents, branch india5 (issue 13): classes of half a's document misses in
lower-cased Indian news. Every sentence here is made up for the test."""

import pytest
from helpers import coded_quads as events_of
from helpers import coded_types as types_of

pytestmark = pytest.mark.slow


def test_victims_named_by_the_act_that_harmed_them_are_no_new_attack(code):
    for text in ("the council paid homage to the pilgrims killed in the bus attack.",
                 "the relatives of those killed in the clashes were given rs 2 lakh each.",
                 "the bodies of those who died in the violence were handed over to the families.",
                 "the plot was hatched by a cousin of a trader who was shot dead last year."):
        assert "ASSAULT" not in types_of(code, text), text


def test_victims_counted_or_killed_by_a_named_doer_keep_the_attack(code):
    # a toll of the dead reports the killings; "among those killed" reports deaths
    for text in ("the toll of villagers killed in the clashes rose to 40 on monday.",
                 "the number of people killed in the riots has gone up to 70.",
                 "two tourists were among those killed in the clashes."):
        assert "ASSAULT" in types_of(code, text), text
    # the doer named: the police killing is reported, not only its victims
    got = events_of(code, "the families of the youths killed by the police staged a dharna.")
    assert ("ASSAULT", "18", "police", "youths") in got


def test_an_arrest_the_police_find_hard_is_not_made(code):
    for text in ('the sho said his men were "finding it difficult" to nab the gang leader.',
                 "the police were finding it hard to arrest the absconding trader."):
        assert not [q for q in events_of(code, text) if q[1].startswith("173")], text
    # an arrest made beside a search found hard is still made
    got = events_of(code, "the police found it hard to trace the accused but arrested his brother.")
    assert ("COERCE", "173", "police", "his brother") in got


def test_a_magistrate_named_by_abbreviation_and_name_remands(code):
    for text, actor in (("the cjm remanded the two youths to judicial custody.", "cjm"),
                        ("the acjm r k mishra remanded the trader to 14-days judicial custody.",
                         "acjm r k mishra")):
        got = events_of(code, text)
        assert [(t, c, a) for t, c, a, _ in got] == [("COERCE", "173", actor)], text


def test_an_arrest_told_by_its_noun_before_the_news_was_made(code):
    for text, arrested in (("after the arrest of the two youths, the market reopened.", "two youths"),
                           ("following the arrest of 30 activists, the bandh was called off.",
                            "30 activists")):
        got = events_of(code, text)
        assert ("COERCE", "173", "", arrested) in got, text
    # an arrest asked for or protested is not made
    for text in ("the vhp demanded the arrest of the culprits.",
                 "the activists protested against the arrest of their leader."):
        assert not [q for q in events_of(code, text) if q[1].startswith("173")], text
