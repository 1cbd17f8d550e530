"""`find_date_refs` runs the patterns that need a digit only over a sentence with one (branch
speed6): the same dates as running every pattern. Own sentences."""

from __future__ import annotations

import re

import pytest

from eventwire import dates as D

SENTENCES = (
    "The talks resumed on Monday in Geneva.",
    "Since March, the army has shelled the town every night, officials said on Tuesday.",
    "Fighting eased between January and March, then resumed in late June.",
    "The minister said last week that the border would reopen by the end of December.",
    "Police arrested two men yesterday; a third was held three days ago.",
    "The ceasefire signed on 4 March 2019 collapsed in 2021-2022, aid agencies said.",
    "Elections due on June 12, 2024, were delayed until mid-2025, the board said.",
    "Protesters marched on the 3rd of May; since 1998 none had been allowed.",
    "Troops left in early 2020 and returned on 2020-07-15.",
    "Talks planned for \u0663 May were called off earlier this month.",  # an Arabic-Indic digit
    "May the talks go on, she said; Mar. and Sept. are short.",
    "",
)
DIGIT_FREE_DATES = (
    "Since March the town has waited; between January and March, from May to July, in late "
    "June, the end of December, last Monday, earlier this year, in mid-September, Sept. and "
    "the day before yesterday, starting in April, the beginning of November."
)


@pytest.mark.parametrize("published", [None, "2024-05-06"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_same_dates_as_every_pattern_gives(sentence, published, monkeypatch):
    found = D.find_date_refs(sentence, published)
    # a digit pattern that finds one everywhere: every absolute pattern runs, as before
    monkeypatch.setattr(D, "DIGIT_RE", re.compile(""), raising=False)
    assert found == D.find_date_refs(sentence, published)


def test_no_pattern_but_the_digitless_ones_matches_without_a_digit():
    assert not D.DIGIT_RE.search(DIGIT_FREE_DATES)
    for pattern in D.ABSOLUTE:
        if pattern not in D.DIGITLESS_ABSOLUTE:
            assert pattern.search(DIGIT_FREE_DATES) is None, pattern.pattern
    assert all(p.search(DIGIT_FREE_DATES) for p in D.DIGITLESS_ABSOLUTE)


class CountingPattern:
    """Stands in for a pattern and counts the sentences it is run over."""

    runs = 0

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def finditer(self, text: str):
        CountingPattern.runs += 1
        return self.pattern.finditer(text)


def test_a_sentence_without_a_digit_is_not_run_through_the_digit_patterns(monkeypatch):
    keep = (D.SINCE_RE, D.MONTH_ONLY_RE)
    sentence = "Since March, the army has shelled the town, officials said on Tuesday."
    expected = D.find_date_refs(sentence, "2024-05-06")
    assert len(expected) == 2  # "Since March", "on Tuesday"
    monkeypatch.setattr(D, "ABSOLUTE", tuple(p if p in keep else CountingPattern(p)
                                             for p in D.ABSOLUTE))
    CountingPattern.runs = 0
    assert D.find_date_refs(sentence, "2024-05-06") == expected
    assert CountingPattern.runs == 0
    D.find_date_refs("The ceasefire signed on 4 March 2019 collapsed.", "2024-05-06")
    assert CountingPattern.runs == len(D.ABSOLUTE) - len(keep)
