"""The date axis labels: round dates, inside the range, never more than fit."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from routine_app.ui.progress.date_ticks import date_ticks


def width(text: str) -> float:
    return 8.0 * len(text)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(0, 40_000),
    st.floats(0, 3000),
)
def test_ticks_are_round_dates_inside_the_range_and_fit(
    first: date, days: int, length: float
) -> None:
    last = first + timedelta(days=days)
    ticks = date_ticks(first, last, length, width, gap=16)
    assert len(ticks) >= 1
    if len(ticks) > 1:  # all labels fit side by side
        assert len(ticks) * (max(width(label) for _, label in ticks) + 16) <= length
    dates = [d for d, _ in ticks]
    assert dates == sorted(set(dates))
    assert all(first <= d <= last for d in dates)
    labels = [label for _, label in ticks]
    assert len(set(labels)) == len(labels) and all(labels)
    if len(ticks) > 1:
        gaps = {(b - a).days for a, b in pairwise(dates)}
        assert max(gaps) - min(gaps) <= 3  # even spacing (months and years vary a little)


def test_labels_suit_the_length_of_the_period() -> None:
    two_weeks = date_ticks(date(2026, 11, 9), date(2026, 11, 22), 14 * 80, width)
    assert two_weeks[:2] == [(date(2026, 11, 9), "9 Nov"), (date(2026, 11, 10), "10 Nov")]
    assert len(two_weeks) == 14
    narrower = date_ticks(date(2026, 11, 9), date(2026, 11, 22), 7 * 80, width)
    assert [d.day for d, _ in narrower] == [9, 11, 13, 15, 17, 19, 21]
    quarter = date_ticks(date(2026, 8, 24), date(2026, 11, 22), 300, width)
    assert [label for _, label in quarter] == ["Sep 2026", "Oct 2026", "Nov 2026"]
    twenty_years = date_ticks(date(2006, 11, 23), date(2026, 11, 22), 10 * 50, width)
    assert [label for _, label in twenty_years] == [str(y) for y in range(2008, 2027, 2)]
    assert date_ticks(date(2026, 11, 22), date(2026, 11, 22), 0, width) == [
        (date(2026, 11, 22), "22 Nov")
    ]
