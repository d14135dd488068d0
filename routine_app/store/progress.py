"""Everything the progress page and the clinician report show for one period, gathered
from the journal in a few aggregated queries and computed by :mod:`routine_app.core.stats`.
Both use this one function, so the screen and the paper never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from routine_app.core.journal import Entry
from routine_app.core.stats import (
    BeforeAfter,
    DayPain,
    PeriodSessions,
    before_after,
    bucket_days,
    current_streak,
    downsample,
    mean_over,
    rolling_mean,
)
from routine_app.store.journal import Journal

#: The first and last this many days of a period are compared ("start" vs "end").
COMPARE_DAYS = 14
#: The calendar shows this many weeks, Monday to Sunday, ending with the period's last day.
CALENDAR_WEEKS = 26
MAX_NOTES = 12


class Range(StrEnum):
    TWO_WEEKS = "2w"
    THREE_MONTHS = "3m"
    ONE_YEAR = "1y"
    ALL = "all"

    @property
    def label(self) -> str:
        return {"2w": "2 weeks", "3m": "3 months", "1y": "1 year", "all": "All time"}[self.value]

    @property
    def days(self) -> int | None:
        return {"2w": 14, "3m": 91, "1y": 365, "all": None}[self.value]


@dataclass(frozen=True, slots=True)
class Progress:
    first: date
    last: date
    days: list[DayPain]
    #: *days* grouped into at most about 150 points for drawing (the same list when short)
    points: list[DayPain]
    #: how many days each of *points* stands for: 1, or N for a long period's N-day means
    point_days: int
    weeks: list[PeriodSessions]
    months: list[PeriodSessions]
    #: sessions per day over the calendar's weeks, ending with the period's last day
    calendar: dict[date, int]
    sessions: int
    completed: int
    days_with_session: int
    streak: int
    before_after: list[BeforeAfter]
    start_back: float | None
    start_leg: float | None
    end_back: float | None
    end_leg: float | None
    red_flag_entries: list[Entry]
    notes: list[Entry]
    #: first day, end of "start" window, start of "end" window, last day with entries
    compare: tuple[date, date, date, date]

    def trend(self, attribute: str) -> list[tuple[date, float]]:
        """The line to draw for ``"back"`` or ``"leg"``: the 7-day rolling mean when each
        point is a day; on a long period the N-day means themselves (every n-th value of
        a 7-day mean would alias and say little about the days between)."""
        if self.point_days == 1:
            return rolling_mean(self.days, attribute)
        return [(p.day, getattr(p, attribute)) for p in self.points]

    @property
    def trend_label(self) -> str:
        return "7-day average" if self.point_days == 1 else f"{self.point_days}-day average"

    @property
    def empty(self) -> bool:
        return not self.days and not self.sessions

    @property
    def period_days(self) -> int:
        return (self.last - self.first).days + 1


def period(journal: Journal, span: Range, today: date) -> tuple[date, date]:
    if span.days is not None:
        return today - timedelta(days=span.days - 1), today
    return journal.first_day() or today, today


def collect(journal: Journal, first: date, last: date, today: date) -> Progress:
    totals = journal.totals
    days = totals.daily_pain(first, last)
    sessions, completed, days_with_session = totals.session_counts(first, last)
    # "Start" is the first two weeks with entries in the period, "end" the last two.
    data_first = days[0].day if days else first
    data_last = days[-1].day if days else last
    compare_end = data_first + timedelta(days=COMPARE_DAYS - 1)
    compare_start = data_last - timedelta(days=COMPARE_DAYS - 1)
    # The calendar always shows its whole weeks (it says so), whatever the period.
    last_monday = last - timedelta(days=last.weekday())
    calendar_start = last_monday - timedelta(weeks=CALENDAR_WEEKS - 1)
    points = downsample(days)
    return Progress(
        first=first,
        last=last,
        days=days,
        points=points,
        point_days=1 if len(points) == len(days) else bucket_days(data_first, data_last),
        weeks=totals.weekly_sessions(first, last),
        months=totals.monthly_sessions(first, last),
        calendar=totals.sessions_per_day(calendar_start, last),
        sessions=sessions,
        completed=completed,
        days_with_session=days_with_session,
        streak=current_streak(totals.session_days_back_from(today), today),
        before_after=before_after(totals.routine_sums(first, last)),
        start_back=mean_over(days, data_first, compare_end, "back"),
        start_leg=mean_over(days, data_first, compare_end, "leg"),
        end_back=mean_over(days, compare_start, data_last, "back"),
        end_leg=mean_over(days, compare_start, data_last, "leg"),
        compare=(data_first, compare_end, compare_start, data_last),
        red_flag_entries=journal.red_flag_entries([d.day for d in days if d.red_flags]),
        notes=journal.notes_between(first, last, MAX_NOTES),
    )
