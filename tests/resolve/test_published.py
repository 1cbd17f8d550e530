"""Publication dates estimated from the text when the metadata has none."""

from datetime import date

from eventwire.api import clean_string
from eventwire.resolve.dates import estimate_published


def test_dateline_wins():
    ref = estimate_published("BEIRUT, March 3, 2024 — Officials met. Talks began in May 2023.")
    assert (ref.date, ref.precision) == ("2024-03-03", "day")


def test_latest_past_date_mentioned():
    ref = estimate_published("Talks were held in March 2019. A deal followed in May 2019.")
    assert (ref.date, ref.precision) == ("2019-05", "month")


def test_month_without_year_after_the_latest_dated_month():
    text = ("Shipments resumed in April 2025. The October talks covered trade. "
            "Earlier this month the minister visited.")
    assert estimate_published(text).date == "2025-10"


def test_future_dates_are_ignored():
    ref = estimate_published("The plan, agreed in June 2024, runs until 2031.", today=date(2025, 1, 1))
    assert ref.date == "2024-06"


def test_undated_text_gives_none():
    assert estimate_published("The minister met his counterpart and they talked.") is None


def test_clean_step_flags_an_estimated_date(syria_sample):
    doc = clean_string(syria_sample.read_text())
    assert (doc.published, doc.published_source) == ("2025-10", "text")
