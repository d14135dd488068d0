"""Progress statistics, computed once here for both the charts and the clinician report.

Plain functions over journal data, no Qt. A day is the calendar day in the time
zone the entry was recorded in (its own UTC offset), so travel and daylight-saving
changes never move an entry to another day. The sums and counts themselves come
from per-day totals the store keeps (see :mod:`routine_app.store.totals`), so twenty
years of journal arrive as one small row a day, or already summed per week or routine;
the functions here turn them into what the charts draw. Every stated figure and verdict
(trends, routine verdicts, rates, streak rule) is in :mod:`routine_app.core.figures`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

#: A clinically meaningful change on the 0-10 scale: about 2 points or 30 % (Ostelo 2008;
#: Farrar 2001). core.figures states its rules with these.
MEANINGFUL_POINTS = 2.0
MEANINGFUL_SHARE = 0.30


class DayPain(NamedTuple):
    """One day's pain: means of that day's entries, and the furthest the pain reached.

    A named tuple, because twenty years make 7,300 of them for one screen."""

    day: date
    back: float
    leg: float
    entries: int
    #: 0 back only .. 4 foot: the day's furthest; for a run of days (downsample), the
    #: mean of their furthest, so a retreat shows even if one bad day reached the foot
    reach: float
    red_flags: bool


def bucket_days(first: date, last: date, max_points: int = 150) -> int:
    """How many days each drawn point of a long period stands for (see downsample)."""
    return max(1, -(-((last - first).days + 1) // max_points))


def downsample(days: Sequence[DayPain], max_points: int = 150) -> list[DayPain]:
    """At most about *max_points* points for drawing a long period: consecutive days are
    grouped into equal buckets of whole days; each point is the mean of its days' means
    (weighted by entries), the mean of its days' furthest reach and any red flag, dated
    at its first day."""
    if len(days) <= max_points:
        return list(days)
    origin = days[0].day.toordinal()
    size = bucket_days(days[0].day, days[-1].day, max_points)
    result = []
    bucket = -1
    back = leg = reach = 0.0
    count = days_in = 0
    flagged = False

    def point() -> DayPain:
        return DayPain(
            date.fromordinal(origin + bucket * size),
            back / count,
            leg / count,
            count,
            reach / days_in,
            flagged,
        )

    for item in days:
        index = (item.day.toordinal() - origin) // size
        if index != bucket:
            if count:
                result.append(point())
            bucket, back, leg, reach, count, days_in, flagged = index, 0.0, 0.0, 0.0, 0, 0, False
        back += item.back * item.entries
        leg += item.leg * item.entries
        reach += item.reach
        count += item.entries
        days_in += 1
        flagged = flagged or item.red_flags
    result.append(point())
    return result


@dataclass(frozen=True, slots=True)
class PeriodSessions:
    """Sessions in a week (starting on its Monday) or a calendar month (on its 1st)."""

    start: date
    completed: int
    not_completed: int


def current_streak(days_newest_first: Iterable[date], today: date) -> int:
    """Consecutive days with a session, ending today, or yesterday if none yet today.

    *days_newest_first* are the days with a session, newest first, without repeats; they
    are read only up to the first gap, so a lazy query costs the streak's length."""
    yesterday = today - timedelta(days=1)
    expected, streak = today, 0
    for day in days_newest_first:
        if day > today:
            continue
        if day != expected and not (streak == 0 and day == yesterday):
            break
        streak += 1
        expected = day - timedelta(days=1)
    return streak


class RoutineSums(NamedTuple):
    """One routine's sessions rated both before and after: their count and sums."""

    routine_id: str
    rated: int
    before_sum: int
    after_sum: int
    change_squares: int  # the sum of (after - before) squared
