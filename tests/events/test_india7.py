"""IndiaPoliceEvents, branch india7 (issue 13): half a split into quarters so a round reads the
misses of one (a1) and checks its rules on the other (a2); police acts in lower-cased Indian
news. Every sentence here is made up for the test (none is a dataset row or a CAMEO example)."""

import pytest
from helpers import load_script


def test_the_quarters_split_each_half_in_two_by_a_second_hash():
    bench = load_script("bench/realnews.py")
    keys = [str(k) for k in range(400)]
    try:
        got = {}
        for quarter in ("a1", "a2", "b1", "b2"):
            bench.HALF, bench.QUARTER = None, quarter
            got[quarter] = set(bench.subsample(keys, str, None))
        bench.HALF = "a"
        bench.QUARTER = None
        half_a = set(bench.subsample(keys, str, None))
    finally:
        bench.HALF = bench.QUARTER = None
    assert got["a1"] | got["a2"] == half_a and not got["a1"] & got["a2"]
    assert set().union(*got.values()) == set(keys)
    # a second hash, not the first one again: both quarters of a half are well filled
    assert all(len(v) > 60 for v in got.values())
    with pytest.raises(SystemExit):
        bench.main(["--sets", "india", "--half", "b", "--quarter", "a1"])


@pytest.fixture(scope="module")
def acts(coded_sectors):
    return coded_sectors


@pytest.mark.slow
def test_a_cane_charge_is_a_lathi_charge_in_every_form(acts):
    assert ("ASSAULT", "175", "police", "COP") in acts(
        "the police cane-charged the farmers outside the tehsil office.")
    assert ("ASSAULT", "175", "", "COP") in acts("the farmers were cane-charged outside the tehsil office.")
    assert ("ASSAULT", "175", "cops", "COP") in acts(
        "the cops resorted to a cane charge near the market.")
    # sugar cane is a crop, no charge
    assert all(e[1] != "175" for e in acts("the farmers burnt the sugar cane in their fields."))


@pytest.mark.slow
def test_charge_sheeting_is_a_police_charge_even_with_no_agent(acts):
    for text in ("six traders were charge-sheeted under the essential commodities act.",
                 "the former mayor was chargesheeted in the land scam."):
        assert [(e, c, s) for e, c, _, s in acts(text) if e == "ACCUSE"] == [("ACCUSE", "115", "COP")], text


@pytest.mark.slow
def test_who_resorted_to_force_acts_when_the_parser_makes_the_verb_describe_them(acts):
    # "the cops resorted to ..." parsed as a noun phrase ("cops" the root, "resorted" its
    # participle): the cops still did it
    assert ("ASSAULT", "175", "cops", "COP") in acts(
        "the cops resorted to a lathi charge outside the college.")
    # a means resorted to by someone keeps its own actor
    assert ("ASSAULT", "175", "cops", "COP") not in acts(
        "the lathi charge was condemned by the students.")
