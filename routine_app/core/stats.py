"""Progress statistics, computed once here for both the charts and the clinician report.

Plain functions over journal data, no Qt. A day is the calendar day in the time
zone the entry was recorded in (its own UTC offset), so travel and daylight-saving
changes never move an entry to another day. The per-day means themselves are
aggregated in SQL by the store (``Journal.daily_pain``), in one pass, so that
twenty years of entries cost about as much to show as two weeks.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from routine_app.core.journal import Outcome, Session

ROLLING_DAYS = 7
#: Below this many rated sessions a routine's before/after change is not judged.
MIN_SESSIONS = 5
#: A clinically meaningful change on the 0-10 scale: about 2 points or 30 % (Ostelo 2008;
#: Farrar 2001).
MEANINGFUL_POINTS = 2.0
MEANINGFUL_SHARE = 0.30


@dataclass(frozen=True, slots=True)
class DayPain:
    """One day's pain: means of that day's entries, and the furthest the pain reached."""

    day: date
    back: float
    leg: float
    entries: int
    reach: int  # 0 back only .. 4 foot, the day's maximum
    red_flags: bool


def rolling_mean(
    days: Sequence[DayPain], attribute: str, window: int = ROLLING_DAYS
) -> list[tuple[date, float]]:
    """For each day with data, the mean of the daily means in the *window* calendar days
    ending that day (days without entries are skipped, not counted as zero)."""
    values = [getattr(d, attribute) for d in days]
    ordinals = [d.day.toordinal() for d in days]
    result = []
    start = 0
    total = 0.0
    for end, value in enumerate(values):
        total += value
        while ordinals[start] <= ordinals[end] - window:
            total -= values[start]
            start += 1
        result.append((days[end].day, total / (end - start + 1)))
    return result


def downsample(days: Sequence[DayPain], max_points: int = 150) -> list[DayPain]:
    """At most about *max_points* points for drawing a long period: consecutive days are
    grouped into equal buckets of whole days; each point is the mean of its days' means
    (weighted by entries), the furthest reach and any red flag, dated at its first day."""
    if len(days) <= max_points:
        return list(days)
    span = (days[-1].day - days[0].day).days + 1
    size = -(-span // max_points)
    buckets: dict[int, list[DayPain]] = defaultdict(list)
    for item in days:
        buckets[(item.day - days[0].day).days // size].append(item)
    result = []
    for index in sorted(buckets):
        group = buckets[index]
        count = sum(d.entries for d in group)
        result.append(
            DayPain(
                days[0].day + timedelta(days=index * size),
                sum(d.back * d.entries for d in group) / count,
                sum(d.leg * d.entries for d in group) / count,
                count,
                max(d.reach for d in group),
                any(d.red_flags for d in group),
            )
        )
    return result


def thin(series: Sequence[tuple[date, float]], max_points: int = 150) -> list[tuple[date, float]]:
    """Every n-th point of a smooth series (such as a rolling mean), keeping the last."""
    if len(series) <= max_points:
        return list(series)
    step = -(-len(series) // max_points)
    kept = list(series[::step])
    return kept if kept[-1] == series[-1] else [*kept, series[-1]]


def mean_over(days: Sequence[DayPain], first: date, last: date, attribute: str) -> float | None:
    values = [getattr(d, attribute) for d in days if first <= d.day <= last]
    return fmean(values) if values else None


@dataclass(frozen=True, slots=True)
class WeekSessions:
    week: date  # the Monday
    completed: int
    not_completed: int


@dataclass(frozen=True, slots=True)
class SessionFact:
    """What the statistics need of a session: its own local day, whether it was
    completed, the routine, and the pain ratings. The store reads these straight from
    SQL, without building full :class:`Session` objects for twenty years of sessions."""

    day: date
    completed: bool
    routine_id: str
    pain_before: int | None = None
    pain_after: int | None = None

    @classmethod
    def of(cls, session: Session) -> SessionFact:
        return cls(
            session.started_at.date(),
            session.outcome is Outcome.COMPLETED,
            session.routine_id,
            session.pain_before,
            session.pain_after,
        )


def weekly_sessions(sessions: Iterable[SessionFact]) -> list[WeekSessions]:
    weeks: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for session in sessions:
        monday = session.day - timedelta(days=session.day.weekday())
        weeks[monday][0 if session.completed else 1] += 1
    return [WeekSessions(week, c, n) for week, (c, n) in sorted(weeks.items())]


def monthly_sessions(weeks: Sequence[WeekSessions]) -> list[WeekSessions]:
    """Weekly counts summed by the month their Monday falls in (for long periods)."""
    months: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for week in weeks:
        bucket = months[week.week.replace(day=1)]
        bucket[0] += week.completed
        bucket[1] += week.not_completed
    return [WeekSessions(month, c, n) for month, (c, n) in sorted(months.items())]


def sessions_per_day(sessions: Iterable[SessionFact]) -> dict[date, int]:
    counts: dict[date, int] = defaultdict(int)
    for session in sessions:
        counts[session.day] += 1
    return dict(counts)


def current_streak(days_with_sessions: Iterable[date], today: date) -> int:
    """Consecutive days with a session, ending today, or yesterday if none yet today."""
    done = set(days_with_sessions)
    day = today if today in done else today - timedelta(days=1)
    streak = 0
    while day in done:
        streak += 1
        day -= timedelta(days=1)
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


def before_after(sessions: Iterable[SessionFact]) -> list[BeforeAfter]:
    """Per routine, over sessions rated both before and after; sorted by routine id.

    One pass with running sums (count, before, after, change, change squared), so
    twenty years of sessions cost milliseconds.
    """
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0, 0.0])
    for s in sessions:
        if s.pain_before is None or s.pain_after is None:
            continue
        change = s.pain_after - s.pain_before
        bucket = sums[s.routine_id]
        bucket[0] += 1
        bucket[1] += s.pain_before
        bucket[2] += s.pain_after
        bucket[3] += change
        bucket[4] += change * change
    result = []
    for routine_id, (n, before, after, total_change, squares) in sorted(sums.items()):
        mean_change = total_change / n
        spread = math.sqrt(max(0.0, squares / n - mean_change * mean_change))
        result.append(BeforeAfter(routine_id, int(n), before / n, after / n, mean_change, spread))
    return result
