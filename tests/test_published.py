"""Publication dates estimated from the text when the metadata has none."""

from datetime import date

from eventwire.api import clean_string
from eventwire.dates import estimate_published


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


def test_event_date_nearest_the_trigger():
    from eventwire.dates import resolve_event_date

    s = ("Earlier this month, the president made his first visit to Moscow since the regime "
         "collapsed in December 2024.")
    assert resolve_event_date(s, "2025-10-21", trigger=s.index("visit")).date == "2025-10"
    assert resolve_event_date(s, "2025-10-21", trigger=s.index("collapsed")).date == "2024-12"


def test_relative_dates_against_a_month_precise_publication_date():
    from eventwire.dates import resolve_event_date

    ref = resolve_event_date("Earlier this month, he made a visit.", "2025-10", trigger=25)
    assert (ref.date, ref.precision) == ("2025-10", "month")
    ref = resolve_event_date("He visited yesterday.", "2025-10", trigger=3)
    assert (ref.date, ref.precision) == ("2025-10", "month")  # not an invented day
    ref = resolve_event_date("He visited on 3 May 2024.", "2025-10", trigger=3)
    assert (ref.date, ref.precision) == ("2024-05-03", "day")  # absolute dates keep their day
