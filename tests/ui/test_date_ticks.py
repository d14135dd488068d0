"""The date axis labels: round dates, inside the range, never more than fit."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from routine_app.ui.date_ticks import date_ticks


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(0, 40_000),
    st.integers(-1, 30),
)
def test_ticks_are_round_dates_inside_the_range_and_fit(
    first: date, days: int, max_ticks: int
) -> None:
    last = first + timedelta(days=days)
    ticks = date_ticks(first, last, max_ticks)
    assert 1 <= len(ticks) <= max(1, max_ticks)
    dates = [d for d, _ in ticks]
    assert dates == sorted(set(dates))
    assert all(first <= d <= last for d in dates)
    labels = [label for _, label in ticks]
    assert len(set(labels)) == len(labels) and all(labels)
    if len(ticks) > 1:
        gaps = {(b - a).days for a, b in pairwise(dates)}
        assert max(gaps) - min(gaps) <= 3  # even spacing (months and years vary a little)


def test_labels_suit_the_length_of_the_period() -> None:
    assert date_ticks(date(2026, 11, 9), date(2026, 11, 22), 14)[:2] == [
        (date(2026, 11, 9), "9 Nov"),
        (date(2026, 11, 10), "10 Nov"),
    ]
    assert [label for _, label in date_ticks(date(2026, 8, 24), date(2026, 11, 22), 4)] == [
        "Sep 2026",
        "Oct 2026",
        "Nov 2026",
    ]
    assert [label for _, label in date_ticks(date(2006, 11, 23), date(2026, 11, 22), 10)] == [
        str(y) for y in range(2008, 2027, 2)
    ]
    assert date_ticks(date(2026, 11, 22), date(2026, 11, 22), 0) == [(date(2026, 11, 22), "22 Nov")]
