"""`resolve_event_date` reads a sentence's absolute dates a second time only where the
publication date is coarser than a day (branch speed8): the same dates. Own sentences."""

from __future__ import annotations

import pytest

from eventwire import dates as D
from eventwire.dates import cap_precision, find_date_refs, parse_iso, resolve_event_date

SENTENCES = [
    "Officials met last week to discuss the border.",
    "On March 3, troops crossed the river, a day after talks failed on Monday.",
    "Earlier this month the minister visited Kabul, the first visit since December 2024.",
    "Protesters gathered yesterday and again on 12 May 2025 outside the embassy.",
    "The ceasefire, agreed in 2019, collapsed two days ago.",
    "Nothing dated happens in this sentence at all.",
    "In June the army said it would withdraw by next year.",
]
PUBLISHED = ["2025-06-15", "2025-06", "2025", None, ""]


def slow_resolve_event_date(sentence, published, trigger=None):
    refs = find_date_refs(sentence, published)
    if not refs:
        return None
    pub = parse_iso(published)
    past = [r for r in refs if pub is None or r[2].date <= pub.isoformat()] or refs
    best = past[0] if trigger is None else min(
        past, key=lambda r: min(abs(r[0] - trigger), abs(r[1] - trigger)))
    absolute = {(a, b) for a, b, _ in find_date_refs(sentence, None)}
    return best[2] if (best[0], best[1]) in absolute else cap_precision(best[2], published)


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_dates_as_before(sentence, published):
    for trigger in (None, 0, 10, len(sentence) // 2, len(sentence) - 1):
        assert resolve_event_date(sentence, published, trigger) == \
            slow_resolve_event_date(sentence, published, trigger)


def test_a_day_precise_publication_date_reads_the_sentence_once(monkeypatch):
    calls: list[str | None] = []

    def counting(sentence, published):
        calls.append(published)
        return find_date_refs(sentence, published)

    monkeypatch.setattr(D, "find_date_refs", counting)
    ref = resolve_event_date("Troops crossed the river yesterday.", "2025-06-15")
    assert ref is not None and ref.date == "2025-06-14"
    assert calls == ["2025-06-15"]
    calls.clear()
    ref = resolve_event_date("Troops crossed the river last month.", "2025-06")
    assert calls == ["2025-06", None]  # a month-precise one still tells absolute dates
