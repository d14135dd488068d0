"""Progress statistics, computed once here for both the charts and the clinician report.

Plain functions over journal data, no Qt. A day is the calendar day in the time
zone the entry was recorded in (its own UTC offset), so travel and daylight-saving
changes never move an entry to another day. The sums and counts themselves come
from per-day totals the store keeps (see :mod:`routine_app.store.totals`), so twenty
years of journal arrive as one small row a day, or already summed per week or routine;
the functions here turn them into the numbers people see, in one pass each.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter
from statistics import fmean
from typing import NamedTuple

ROLLING_DAYS = 7
#: Below this many rated sessions a routine's before/after change is not judged.
MIN_SESSIONS = 5
#: A clinically meaningful change on the 0-10 scale: about 2 points or 30 % (Ostelo 2008;
#: Farrar 2001).
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


def rolling_mean(
    days: Sequence[DayPain], attribute: str, window: int = ROLLING_DAYS
) -> list[tuple[date, float]]:
    """For each day with data, the mean of the daily means in the *window* calendar days
    ending that day (days without entries are skipped, not counted as zero)."""
    values = list(map(attrgetter(attribute), days))
    ordinals = [d.day.toordinal() for d in days]
    result = []
    start = 0
    total = 0.0
    for end, value in enumerate(values):
        total += value
        oldest = ordinals[end] - window
        while ordinals[start] <= oldest:
            total -= values[start]
            start += 1
        result.append((days[end].day, total / (end - start + 1)))
    return result


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


def mean_over(days: Sequence[DayPain], first: date, last: date, attribute: str) -> float | None:
    """The mean of the daily means from *first* to *last*; *days* are in date order."""
    key = attrgetter("day")
    window = days[bisect_left(days, first, key=key) : bisect_right(days, last, key=key)]
    return fmean(map(attrgetter(attribute), window)) if window else None


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


@dataclass(frozen=True, slots=True)
class BeforeAfter:
    """How pain changed across one routine's sessions (after minus before)."""

    routine_id: str
    sessions: int
    mean_before: float
    mean_after: float
    mean_change: float
    spread: float  # population standard deviation of the changes

    @property
    def enough(self) -> bool:
        return self.sessions >= MIN_SESSIONS

    @property
    def meaningful(self) -> bool:
        """Pain fell by a clinically meaningful amount on average."""
        fall = -self.mean_change
        return fall >= MEANINGFUL_POINTS or (
            self.mean_before > 0 and fall / self.mean_before >= MEANINGFUL_SHARE
        )

    def verdict(self) -> str:
        if not self.enough:
            return (
                f"Not enough data yet ({self.sessions} of {MIN_SESSIONS} sessions rated "
                "before and after)"
            )
        if self.meaningful:
            return "Pain usually eases by a meaningful amount after this routine"
        if self.mean_change > 0:
            return "Pain is usually higher after this routine: review it with a clinician"
        if self.mean_change < 0:
            return "Pain eases a little after this routine, less than a meaningful change"
        return "No change in pain on average"


class RoutineSums(NamedTuple):
    """One routine's sessions rated both before and after: their count and sums."""

    routine_id: str
    rated: int
    before_sum: int
    after_sum: int
    change_squares: int  # the sum of (after - before) squared


def before_after(sums: Iterable[RoutineSums]) -> list[BeforeAfter]:
    """Per routine with at least one rated session, sorted by routine id: the means of
    pain before and after, of the change, and the change's spread."""
    result = []
    for s in sorted(sums):
        if s.rated <= 0:
            continue
        mean_change = (s.after_sum - s.before_sum) / s.rated
        spread = math.sqrt(max(0.0, s.change_squares / s.rated - mean_change * mean_change))
        result.append(
            BeforeAfter(
                s.routine_id,
                s.rated,
                s.before_sum / s.rated,
                s.after_sum / s.rated,
                mean_change,
                spread,
            )
        )
    return result
