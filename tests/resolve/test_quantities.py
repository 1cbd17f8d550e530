"""Tests for quantities: money, counts with nouns, durations, percentages."""

from __future__ import annotations

from eventwire.resolve.quantities import Quantity, extract_quantities


def only(text: str) -> Quantity:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_money_range() -> None:
    q = only("Trade currently ranges from $650 million to $1 billion a year.")
    assert (q.kind, q.min, q.max, q.unit, q.value) == ("money", 6.5e8, 1e9, "USD", None)
    assert q.text == "from $650 million to $1 billion"


def test_money_forms() -> None:
    assert only("The jets cost €2.5bn.").value == 2.5e9
    q = only("The company lost 5 million euros.")
    assert (q.value, q.unit) == (5e6, "EUR")
    q = only("a deal worth $5-10 billion")
    assert (q.min, q.max) == (5e9, 1e10)


def test_count_lower_bound_with_noun() -> None:
    q = only("Israel carried out over 300 airstrikes on Syria.")
    assert (q.kind, q.min, q.max, q.value, q.noun) == ("count", 300, None, None, "airstrikes")


def test_count_approximate_head_noun() -> None:
    q = only("There are around 40 ongoing investment projects in Syria.")
    assert (q.kind, q.value, q.noun) == ("count", 40, "projects")
    assert q.text == "around 40 ongoing investment projects"


def test_count_bounds_and_ranges() -> None:
    first, second = extract_quantities("At least 1,200 troops and up to 50 tanks crossed.")
    assert (first.min, first.noun) == (1200, "troops")
    assert (second.max, second.noun) == (50, "tanks")
    q = only("Between 20 and 30 civilians were wounded.")
    assert (q.min, q.max, q.noun) == (20, 30, "civilians")


def test_number_words() -> None:
    q = only("The talks lasted two and a half hours.")
    assert (q.kind, q.value, q.unit) == ("duration", 2.5, "hours")
    q = only("Half an hour later it was over.")
    assert (q.kind, q.value, q.unit) == ("duration", 0.5, "hours")
    q = only("Three rockets hit the base.")
    assert (q.value, q.noun) == (3, "rockets")
    q = only("Dozens of people were killed.")
    assert (q.min, q.noun) == (24, "people")


def test_durations_not_counts() -> None:
    q = only("The country's worst drought in 36 years.")
    assert (q.kind, q.value, q.unit) == ("duration", 36, "years")


def test_percentages() -> None:
    a, b = extract_quantities("Inflation rose 3.5% and unemployment 10-15 percent.")
    assert (a.kind, a.value, a.unit) == ("percent", 3.5, "%")
    assert (b.kind, b.min, b.max) == ("percent", 10, 15)


def test_years_dates_and_codes_are_not_counts() -> None:
    assert extract_quantities("In 2025, the crisis deepened.") == []
    assert extract_quantities("On 4 October 2007 the talks began.") == []
    assert extract_quantities("UN Resolution 2254 calls for elections.") == []
    assert extract_quantities("F-16 jets flew over at 10:30 on the 4th.") == []
    assert extract_quantities("One of them said no.") == []


def test_offsets_point_into_text() -> None:
    text = "Officials said 12 soldiers died."
    q = only(text)
    assert text[q.start:q.end] == q.text == "12 soldiers"
