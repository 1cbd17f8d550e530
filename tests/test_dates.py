"""Tests for event dates relative to publication, and publication dates from text."""

from __future__ import annotations

import pytest

from eventwire.dates import (
    estimate_published,
    infer_published,
    resolve_event_date,
    valid_published,
)

PUB = "2025-10-21"  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        ("Earlier this month, al-Sharaa made a visit to Moscow.", "2025-10", "month"),
        ("The talks took place in October.", "2025-10", "month"),
        ("The talks took place in November.", "2024-11", "month"),
        ("Regular shipments resumed in April 2025.", "2025-04", "month"),
        ("Officials met on Wednesday.", "2025-10-15", "day"),
        ("Officials met on Tuesday.", "2025-10-21", "day"),
        ("Officials met last Tuesday.", "2025-10-14", "day"),
        ("He arrived yesterday.", "2025-10-20", "day"),
        ("The treaty was signed on 4 October 2007.", "2007-10-04", "day"),
        ("The treaty was signed on October 4, 2007.", "2007-10-04", "day"),
        ("Three days ago the army moved in.", "2025-10-18", "day"),
        ("Strikes on 12 October killed six.", "2025-10-12", "day"),
        ("Prices rose last month.", "2025-09", "month"),
        ("In 2023, the army attacked.", "2023", "year"),
        ("He described Syria's October elections as a step.", "2025-10", "month"),
    ],
)
def test_date_forms(sentence: str, date: str, precision: str) -> None:
    ref = resolve_event_date(sentence, PUB)
    assert ref is not None
    assert (ref.date, ref.precision) == (date, precision)


def test_since_early_year_is_a_range_start() -> None:
    ref = resolve_event_date("Since early 2025, Israeli strikes have intensified.", PUB)
    assert ref is not None
    assert (ref.date, ref.precision, ref.start, ref.end) == ("2025", "year", "2025-01-01", PUB)


def test_last_week_is_the_week_before() -> None:
    ref = resolve_event_date("Officials met last week.", PUB)
    assert ref is not None
    assert (ref.start, ref.end) == ("2025-10-13", "2025-10-19")


def test_month_range() -> None:
    ref = resolve_event_date("Between March and May 2024, prices rose.", PUB)
    assert ref is not None
    assert (ref.date, ref.start, ref.end) == ("2024-03", "2024-03-01", "2024-05-31")


def test_earlier_this_month_ends_at_publication() -> None:
    ref = resolve_event_date("Earlier this month, he visited.", PUB)
    assert ref is not None and ref.start == "2025-10-01" and ref.end == PUB
    assert ref.text == "Earlier this month"


@pytest.mark.parametrize(
    "sentence",
    ["The ministers met to discuss trade.", "The plan may fail.", "He led them for 36 years."],
)
def test_no_date_expression(sentence: str) -> None:
    assert resolve_event_date(sentence, PUB) is None


def test_relative_forms_need_a_publication_date() -> None:
    assert resolve_event_date("He arrived yesterday.", None) is None
    ref = resolve_event_date("Signed on 4 October 2007.", None)
    assert ref is not None and ref.date == "2007-10-04"


def test_past_dates_preferred_over_deadlines() -> None:
    ref = resolve_event_date("Agreed on Monday, the vote is due on 1 December 2025.", PUB)
    assert ref is not None and ref.date == "2025-10-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, Oct. 21, 2025 — The president said on Monday...", "2025-10-21"),
        ("Syria and Russia\nPublished: 21 October 2025\nBody text in 2024.", "2025-10-21"),
        ("By Staff\nUpdated on Tuesday, 3 June 2025 14:00 GMT\nText", "2025-06-03"),
        ("Posted: 21/10/2025 09:00\nText", "2025-10-21"),
        ("No date here, only the year 2025.", None),
    ],
)
def test_infer_published(text: str, expected: str | None) -> None:
    assert infer_published(text) == expected


# --- issue 18: dates at the edges of the calendar never raise -------------------------------

@pytest.mark.parametrize("published", ["0001-01-01", "0001-01", "0001", "9999-12-31", None])
@pytest.mark.parametrize("words", ["yesterday", "last week", "on Monday", "three years ago",
                                   "5000 years ago", "99999999999 days ago", "1000000 weeks ago",
                                   "last month", "early last year", "since last year"])
def test_date_arithmetic_off_the_calendar_gives_no_date(published, words):
    ref = resolve_event_date(f"The ministers met {words}.", published)
    assert ref is None or 1900 <= int(ref.date[:4]) <= 2100


def test_article_dated_near_year_one_resolves_without_error():
    text = "Published: 01/01/0001\nThe minister met the envoy yesterday, three days ago and last year."
    assert estimate_published(text) is None  # year 1 is no publication date
    assert resolve_event_date("The minister met the envoy yesterday.", "0001-01-02") is None


@pytest.mark.parametrize(("given", "kept"), [
    ("garbage", None), ("2025-13-45", None), ("2025-99-99", None), ("2025-02-29", None),
    ("0001-01-01", None), ("", None), (None, None),
    ("2025-06-01", "2025-06-01"), ("2025-06-01T09:30:00Z", "2025-06-01"), (" 2024-02-29 ", "2024-02-29"),
    ("2025-06", "2025-06"), ("2025", "2025"), ("June 1, 2025", "2025-06-01"),
])
def test_valid_published(given, kept):
    assert valid_published(given) == kept
