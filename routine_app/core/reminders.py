"""Reminder schedules: which weekdays, what time; when the next one is due, and which one
was missed while the app was closed (shown once, never nagging)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from routine_app.i18n import _


class ReminderKind(StrEnum):
    ROUTINE = "routine"
    LOG_PAIN = "log-pain"

    @property
    def message(self) -> str:
        if self is ReminderKind.ROUTINE:
            return _(
                "Time for your routine. Stretching at least once a day, as the pain "
                "allows, is the usual advice."
            )
        return _("How is your back and leg today? Logging takes a few seconds (Ctrl+L).")


@dataclass(frozen=True, slots=True)
class Schedule:
    """``days`` are weekday numbers, Monday 0 to Sunday 6."""

    kind: ReminderKind
    enabled: bool
    days: frozenset[int]
    at: time

    def due_times(self, start: datetime, end: datetime) -> list[datetime]:
        """Every due moment in ``(start, end]`` (local, naive or aware like *start*)."""
        if not self.enabled or not self.days:
            return []
        found = []
        day = start.date()
        while day <= end.date():
            if day.weekday() in self.days:
                moment = datetime.combine(day, self.at, tzinfo=start.tzinfo)
                if start < moment <= end:
                    found.append(moment)
            day += timedelta(days=1)
        return found

    def next_due(self, after: datetime) -> datetime | None:
        times = self.due_times(after, after + timedelta(days=8))
        return times[0] if times else None

    def missed(self, last_seen: datetime, now: datetime) -> datetime | None:
        """The latest reminder due since *last_seen*: one, however many were missed."""
        times = self.due_times(last_seen, now)
        return times[-1] if times else None


#: Defaults: every day (the usual advice is to stretch daily if the pain allows), off
#: until the user turns them on.
DEFAULTS = {
    ReminderKind.ROUTINE: Schedule(ReminderKind.ROUTINE, False, frozenset(range(7)), time(18, 0)),
    ReminderKind.LOG_PAIN: Schedule(
        ReminderKind.LOG_PAIN, False, frozenset(range(7)), time(20, 30)
    ),
}
