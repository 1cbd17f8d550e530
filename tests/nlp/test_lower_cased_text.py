"""Lower-cased news (branch audit4): sentence ends with no capital after them. Own sentences."""

from eventwire.nlp.pipeline import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_lower_cased_paragraph_is_split_at_its_stops():
    text = ("chennai: the party met on monday to pick its candidates. the meeting went on for "
            "four hours, said its leader k.r. menon. the list will be out on friday.the governor "
            "is expected to call the assembly session next week, see www.tn.gov.in for dates.")
    assert sentences(text) == [
        "chennai: the party met on monday to pick its candidates.",
        "the meeting went on for four hours, said its leader k.r. menon.",
        "the list will be out on friday.",
        "the governor is expected to call the assembly session next week, see www.tn.gov.in "
        "for dates.",
    ]


def test_cased_text_splits_as_before():
    text = ("The talks ended on Monday, e.g. after the vote. Officials of the U.S. team left. "
            "The rest stayed in approx. ten hotels.")
    assert sentences(text) == ["The talks ended on Monday, e.g. after the vote.",
                               "Officials of the U.S. team left.",
                               "The rest stayed in approx. ten hotels."]
