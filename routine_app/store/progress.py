"""Everything the progress page and the clinician report show for one period, gathered
from the journal in a few aggregated queries and computed by :mod:`routine_app.core.stats`
(chart data) and :mod:`routine_app.core.figures` (every stated figure and verdict).
The page, the report, the insights and ``progress --json`` all use :func:`figures_for`
or :func:`collect`, so the screen, the paper and the command line never disagree.

A long period costs about what a short one does: SQLite sums it (counts, rating
counts, 150 drawn points) rather than handing over a row per day or per session, and
the lists nothing on the screen needs at once (every day of twenty years, weeks and
months) are :class:`Deferred`: read from the journal when first used."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar, overload

from routine_app.core import figures as rules
from routine_app.core.figures import Figures
from routine_app.core.journal import Entry
from routine_app.core.labelled import Labelled
from routine_app.core.stats import DayPain, PeriodSessions, bucket_days
from routine_app.i18n import N_, _
from routine_app.store.figure_queries import FigureQueries
from routine_app.store.journal import Journal

#: The calendar shows this many weeks, Monday to Sunday, ending with the period's last day.
CALENDAR_WEEKS = 26
MAX_NOTES = 12
#: At most this many points are drawn (core.stats.downsample); a period with more days
#: of data is drawn as means of runs of days, summed by SQLite.
MAX_POINTS = 150

T = TypeVar("T")


class Deferred(Sequence[T], Generic[T]):
    """A list read when first used (length, index, loop), then kept: the progress page
    of twenty years shows 150 points and never needs the 7,300 days behind them, the
    clinician report does. Read from the journal as it is then: use it soon after
    :func:`collect`, as the page and the report do."""

    def __init__(self, read: Callable[[], list[T]]) -> None:
        self._read: Callable[[], list[T]] | None = read
        self._items: list[T] = []

    def _list(self) -> list[T]:
        if self._read is not None:
            self._items, self._read = self._read(), None
        return self._items

    @property
    def loaded(self) -> bool:
        return self._read is None

    def __len__(self) -> int:
        return len(self._list())

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self._list()[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self._list())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __hash__(self) -> int:
        raise TypeError("unhashable type: 'Deferred'")

    def __repr__(self) -> str:
        return f"Deferred({self._items!r})" if self.loaded else "Deferred(<not read yet>)"


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
    #: every day with entries (a :class:`Deferred` on a long period)
    days: Sequence[DayPain]
    #: *days* grouped into at most about 150 points for drawing (the same list when short)
    points: Sequence[DayPain]
    #: how many days each of *points* stands for: 1, or N for a long period's N-day means
    point_days: int
    weeks: Sequence[PeriodSessions]
    months: Sequence[PeriodSessions]
    #: sessions per day over the calendar's weeks, ending with the period's last day
    calendar: dict[date, int]
    sessions: int
    completed: int
    days_with_session: int
    red_flag_entries: list[Entry]
    notes: list[Entry]
    #: every stated figure and verdict (core.figures), the same as everywhere else
    figures: Figures
    #: the days whose entries reported red flags; None: found in *days*
    flagged_days: Sequence[date] | None = None

    @property
    def red_flag_days(self) -> Sequence[date]:
        if self.flagged_days is not None:
            return self.flagged_days
        return [d.day for d in self.days if d.red_flags]

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
        return not self.figures.days_logged and not self.sessions

    @property
    def period_days(self) -> int:
        return (self.last - self.first).days + 1


def period(journal: Journal, span: Range, today: date) -> tuple[date, date]:
    if span.days is not None:
        return today - timedelta(days=span.days - 1), today
    return min(journal.first_day() or today, today), today


def figures_for(
    journal: Journal, first: date, last: date, days: Sequence[DayPain] | None = None
) -> Figures:
    """Every stated figure for *first*..*last*, *last* being "today" (the streak ends
    there). *days* may pass the daily pain already read for the range; else only the
    days the trend compares are read. Counts and ratings are summed by SQLite."""
    queries = FigureQueries(journal.connection)
    first_record = queries.first_record(first, last)
    if days is None:
        days = _trend_days(journal, first, last, first_record)
    return rules.compute(
        first=first,
        last=last,
        days=days,
        counts=queries.counts(first, last),
        rating_counts=queries.rating_counts(first, last),
        first_record=first_record,
        streak_days=queries.streak(last),
        journal_first=journal.first_day(),
    )


def _trend_days(
    journal: Journal, first: date, last: date, first_record: date | None
) -> list[DayPain]:
    """The days of the two windows a pain trend compares (none without a trend)."""
    covered_first = None if first_record is None else max(first_record, first)
    windows = rules.trend_windows(covered_first, last)
    if windows is None:
        return []
    (a, b), (c, d) = windows
    if b >= c:  # the windows meet: one read
        return journal.totals.daily_pain(a, d)
    return journal.totals.daily_pain(a, b) + journal.totals.daily_pain(c, d)


def collect(journal: Journal, first: date, last: date, today: date | None = None) -> Progress:
    """Chart data and figures for *first*..*last*. The figures' "today" is *last*; *today*
    is accepted for callers that pass it and is otherwise unused."""
    totals = journal.totals
    logged, data_first, data_last = totals.pain_span(first, last)
    days: Sequence[DayPain]
    if logged <= MAX_POINTS:  # each day is drawn: read them (150 short rows at most)
        days = points = totals.daily_pain(first, last)
        point_days = 1
        flagged = [d.day for d in days if d.red_flags]
        figures = figures_for(journal, first, last, days)
    else:  # drawn as runs of days: SQLite sums them, the days are read if asked for
        assert data_first is not None and data_last is not None
        point_days = bucket_days(data_first, data_last, MAX_POINTS)
        points = totals.pain_buckets(first, last, data_first, point_days)
        days = Deferred(lambda: totals.daily_pain(first, last))
        flagged = totals.flagged_days(first, last)
        figures = figures_for(journal, first, last)
    sessions, completed, days_with_session = totals.session_counts(first, last)
    # The calendar always shows its whole weeks (it says so), whatever the period.
    last_monday = last - timedelta(days=last.weekday())
    calendar_start = last_monday - timedelta(weeks=CALENDAR_WEEKS - 1)
    return Progress(
        first=first,
        last=last,
        days=days,
        points=points,
        point_days=point_days,
        # The chart draws one of them: weeks, or months on a long period.
        weeks=Deferred(lambda: totals.weekly_sessions(first, last)),
        months=Deferred(lambda: totals.monthly_sessions(first, last)),
        calendar=totals.sessions_per_day(calendar_start, last),
        sessions=sessions,
        completed=completed,
        days_with_session=days_with_session,
        red_flag_entries=journal.red_flag_entries(flagged),
        notes=journal.notes_between(first, last, MAX_NOTES),
        figures=figures,
        flagged_days=flagged,
    )
