"""Everything the progress page and the clinician report show for one period, gathered
from the journal in a few aggregated queries and computed by :mod:`routine_app.core.stats`
(chart data) and :mod:`routine_app.core.figures` (every stated figure and verdict).
The page, the report, the insights and ``progress --json`` all use :func:`figures_for`
or :func:`collect`, so the screen, the paper and the command line never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from routine_app.core import figures as rules
from routine_app.core.figures import Figures
from routine_app.core.journal import Entry
from routine_app.core.labelled import Labelled
from routine_app.core.stats import (
    DayPain,
    PeriodSessions,
    bucket_days,
    current_streak,
    downsample,
)
from routine_app.i18n import N_, _
from routine_app.store.figure_queries import FigureQueries
from routine_app.store.journal import Journal

#: The calendar shows this many weeks, Monday to Sunday, ending with the period's last day.
CALENDAR_WEEKS = 26
MAX_NOTES = 12


class Range(Labelled):
    TWO_WEEKS = "2w", N_("2 weeks")
    THREE_MONTHS = "3m", N_("3 months")
    ONE_YEAR = "1y", N_("1 year")
    ALL = "all", N_("All time")

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
    red_flag_entries: list[Entry]
    notes: list[Entry]
    #: every stated figure and verdict (core.figures), the same as everywhere else
    figures: Figures

    def trend(self, attribute: str) -> list[tuple[date, float]]:
        """The line to draw for ``"back"`` or ``"leg"``: the 7-day rolling mean when each
        point is a day, only at days whose 7 days hold data on at least 4 (core.figures);
        on a long period the N-day means themselves (every n-th value of
        a 7-day mean would alias and say little about the days between)."""
        if self.point_days == 1:
            return rules.rolling_mean(self.days, attribute)
        return [(p.day, getattr(p, attribute)) for p in self.points]

    @property
    def trend_label(self) -> str:
        if self.point_days == 1:
            return _("7-day average")
        return _("{days}-day average").format(days=self.point_days)

    @property
    def empty(self) -> bool:
        return not self.days and not self.sessions

    @property
    def period_days(self) -> int:
        return (self.last - self.first).days + 1


def period(journal: Journal, span: Range, today: date) -> tuple[date, date]:
    if span.days is not None:
        return today - timedelta(days=span.days - 1), today
    return min(journal.first_day() or today, today), today


def figures_for(
    journal: Journal, first: date, last: date, days: list[DayPain] | None = None
) -> Figures:
    """Every stated figure for *first*..*last*, *last* being "today" (the streak ends
    there). *days* may pass the daily pain already read for the range."""
    queries = FigureQueries(journal.connection)
    return rules.compute(
        first=first,
        last=last,
        days=journal.totals.daily_pain(first, last) if days is None else days,
        session_days=queries.session_days(first, last),
        ratings=queries.ratings(first, last),
        first_record=queries.first_record(first, last),
        streak_days=current_streak(queries.done_days_back_from(last), last),
        journal_first=journal.first_day(),
    )


def collect(journal: Journal, first: date, last: date, today: date | None = None) -> Progress:
    """Chart data and figures for *first*..*last*. The figures' "today" is *last*; *today*
    is accepted for callers that pass it and is otherwise unused."""
    totals = journal.totals
    days = totals.daily_pain(first, last)
    sessions, completed, days_with_session = totals.session_counts(first, last)
    data_first = days[0].day if days else first
    data_last = days[-1].day if days else last
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
        red_flag_entries=journal.red_flag_entries([d.day for d in days if d.red_flags]),
        notes=journal.notes_between(first, last, MAX_NOTES),
        figures=figures_for(journal, first, last, days),
    )
