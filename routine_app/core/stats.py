"""Progress statistics, computed once here for both the charts and the clinician report.

Plain functions over journal data, no Qt. A day is the calendar day in the time
zone the entry was recorded in (its own UTC offset), so travel and daylight-saving
changes never move an entry to another day. The per-day means themselves are
aggregated in SQL by the store (``Journal.daily_pain``), in one pass, so that
twenty years of entries cost about as much to show as two weeks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean, pstdev

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
    result = []
    start = 0
    total = 0.0
    for end, current in enumerate(days):
        total += getattr(current, attribute)
        while days[start].day <= current.day - timedelta(days=window):
            total -= getattr(days[start], attribute)
            start += 1
        result.append((current.day, total / (end - start + 1)))
    return result


def mean_over(days: Sequence[DayPain], first: date, last: date, attribute: str) -> float | None:
    values = [getattr(d, attribute) for d in days if first <= d.day <= last]
    return fmean(values) if values else None


@dataclass(frozen=True, slots=True)
class WeekSessions:
    week: date  # the Monday
    completed: int
    not_completed: int


def session_day(session: Session) -> date:
    return session.started_at.date()


def weekly_sessions(sessions: Iterable[Session]) -> list[WeekSessions]:
    weeks: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for session in sessions:
        day = session_day(session)
        monday = day - timedelta(days=day.weekday())
        weeks[monday][0 if session.outcome is Outcome.COMPLETED else 1] += 1
    return [WeekSessions(week, c, n) for week, (c, n) in sorted(weeks.items())]


def sessions_per_day(sessions: Iterable[Session]) -> dict[date, int]:
    counts: dict[date, int] = defaultdict(int)
    for session in sessions:
        counts[session_day(session)] += 1
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


def before_after(sessions: Iterable[Session]) -> list[BeforeAfter]:
    """Per routine, over sessions rated both before and after; sorted by routine id."""
    pairs: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in sessions:
        if s.pain_before is not None and s.pain_after is not None:
            pairs[s.routine_id].append((s.pain_before, s.pain_after))
    result = []
    for routine_id, values in sorted(pairs.items()):
        changes = [after - before for before, after in values]
        result.append(
            BeforeAfter(
                routine_id,
                len(values),
                fmean(b for b, _ in values),
                fmean(a for _, a in values),
                fmean(changes),
                pstdev(changes) if len(changes) > 1 else 0.0,
            )
        )
    return result
