from __future__ import annotations

from datetime import datetime, time

from routine_app.core.reminders import DEFAULTS, ReminderKind, Schedule

WEEKDAYS = Schedule(ReminderKind.ROUTINE, True, frozenset({0, 2, 4}), time(18, 0))


def test_next_due_skips_to_the_next_chosen_weekday() -> None:
    monday_noon = datetime(2026, 11, 23, 12, 0)
    assert WEEKDAYS.next_due(monday_noon) == datetime(2026, 11, 23, 18, 0)
    assert WEEKDAYS.next_due(datetime(2026, 11, 23, 18, 0)) == datetime(2026, 11, 25, 18, 0)
    assert WEEKDAYS.next_due(datetime(2026, 11, 27, 19, 0)) == datetime(2026, 11, 30, 18, 0)


def test_missed_reminders_are_shown_once_as_the_latest() -> None:
    last_seen = datetime(2026, 11, 20, 9, 0)  # a Friday morning
    now = datetime(2026, 11, 26, 9, 0)  # the next Thursday
    assert WEEKDAYS.missed(last_seen, now) == datetime(2026, 11, 25, 18, 0)
    assert WEEKDAYS.missed(now, datetime(2026, 11, 26, 17, 0)) is None


def test_disabled_or_no_days_never_fire() -> None:
    assert DEFAULTS[ReminderKind.ROUTINE].next_due(datetime(2026, 1, 1)) is None
    empty = Schedule(ReminderKind.LOG_PAIN, True, frozenset(), time(8, 0))
    assert empty.missed(datetime(2026, 1, 1), datetime(2026, 2, 1)) is None
