"""The insights read the same figures as the page and the report (core.figures)."""

from __future__ import annotations

from datetime import date, timedelta

from routine_app.core.figures import compute
from routine_app.core.insights import warnings
from routine_app.core.stats import DayPain

LAST = date(2026, 6, 30)


def days(first_back: float, last_back: float, leg: float, count: int = 28) -> list[DayPain]:
    start = LAST - timedelta(days=count - 1)
    return [
        DayPain(start + timedelta(days=n), first_back if n < 14 else last_back, leg, 1, 0, False)
        for n in range(count)
    ]


def figures(
    pain: list[DayPain], ratings: dict[str, list[tuple[int, int]]] | None = None
) -> list[str]:
    result = compute(
        first=LAST - timedelta(days=90),
        last=LAST,
        days=pain,
        session_days=[],
        ratings=ratings or {},
        first_record=pain[0].day if pain else None,
        streak_days=0,
    )
    return warnings(result, {"foam-roller": "Foam roller release"}.get)  # type: ignore[arg-type]


def test_warns_about_a_routine_judged_worse() -> None:
    ratings = {"foam-roller": [(4, 6), (4, 6), (5, 3), (3, 4), (5, 5), (2, 2)]}
    (message,) = figures(days(2, 2, 2), ratings)
    assert "right after Foam roller release in 2 of 6 rated sessions" in message
    assert "review this routine with a clinician" in message


def test_no_routine_warning_below_a_third_worse_or_too_few_rated() -> None:
    assert (
        figures(
            days(2, 2, 2), {"foam-roller": [(4, 6), (5, 3), (5, 4), (5, 5), (3, 3), (4, 4), (5, 5)]}
        )
        == []
    )
    assert figures(days(2, 2, 2), {"foam-roller": [(4, 6), (4, 6), (4, 6)]}) == []


def test_warns_when_pain_is_still_high_or_worse_over_the_covered_days() -> None:
    (stuck,) = figures(days(2, 2, 6))
    assert stuck.startswith("Your leg pain has not improved (about 6.0 in the first 14 days")
    (worse,) = figures(days(2, 5, 1))
    assert worse.startswith("Your back pain has got worse (about 2.0")


def test_no_trend_warning_when_pain_falls_is_low_or_the_journal_is_short() -> None:
    assert figures(days(6, 3, 1)) == []  # better by 3 points
    assert figures(days(2, 2.5, 2)) == []  # low, no clear change
    assert figures(days(6, 7, 7, count=27)) == []  # 27 days: not enough data
    assert figures([]) == []
