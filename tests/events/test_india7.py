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
