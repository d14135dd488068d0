"""Reminders fire on schedule with an injected clock, and a missed one is shown once."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from routine_app.core.reminders import ReminderKind, Schedule
from routine_app.core.settings import load_schedule, save_schedule
from routine_app.engine.reminders import Reminders
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.notifier import Notifier


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_reminders_fire_at_their_time_and_missed_ones_once(tmp_path: Path) -> None:
    settings = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    save_schedule(
        settings, Schedule(ReminderKind.LOG_PAIN, True, frozenset(range(7)), time(20, 30))
    )
    clock = Clock(datetime(2026, 11, 23, 12, 0))
    reminders = Reminders(settings, clock)
    fired: list[str] = []
    reminders.due.connect(lambda kind, _message: fired.append(kind))
    assert reminders.check() == []  # first run: nothing was missed
    clock.now = datetime(2026, 11, 23, 20, 29)
    assert reminders.check() == []
    clock.now = datetime(2026, 11, 23, 20, 31)
    assert reminders.check() == [ReminderKind.LOG_PAIN]
    assert reminders.check() == [], "each reminder fires once"
    clock.now += timedelta(days=4)  # the app was closed for four evenings
    assert reminders.check() == [ReminderKind.LOG_PAIN], "shown once, not four times"
    assert fired == ["log-pain", "log-pain"]
    reminders.deleteLater()


def test_schedules_persist_across_restarts(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    save_schedule(
        Preferences(QSettings(path, QSettings.Format.IniFormat)),
        Schedule(ReminderKind.ROUTINE, True, frozenset({1, 3}), time(7, 15)),
    )
    again = load_schedule(
        Preferences(QSettings(path, QSettings.Format.IniFormat)), ReminderKind.ROUTINE
    )
    assert again == Schedule(ReminderKind.ROUTINE, True, frozenset({1, 3}), time(7, 15))


def test_without_tray_or_notification_service_the_window_shows_it(qtbot: QtBot) -> None:
    shown: list[str] = []
    holder = QWidget()
    qtbot.addWidget(holder)
    notifier = Notifier(QIcon(), shown.append, holder)
    notifier.notify("Time for your routine.")
    if notifier.method == "window":  # headless: no tray, no session bus
        assert shown and shown[0].startswith("Time for your routine.")
        assert "not available on this desktop" in shown[0]
    else:
        assert not shown


def test_under_a_refusal_a_due_reminder_carries_the_refusal_message(tmp_path: Path) -> None:
    settings = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    save_schedule(settings, Schedule(ReminderKind.ROUTINE, True, frozenset(range(7)), time(9)))
    clock = Clock(datetime(2026, 11, 23, 8, 0))
    locked: list[str | None] = ["Routines are paused."]
    reminders = Reminders(settings, clock, refusal=lambda: locked[0])
    messages: list[str] = []
    reminders.due.connect(lambda _kind, message: messages.append(message))
    reminders.check()
    clock.now = datetime(2026, 11, 23, 9, 1)
    assert reminders.check() == [ReminderKind.ROUTINE]
    locked[0] = None
    clock.now += timedelta(days=1)
    reminders.check()
    assert messages == ["Routines are paused.", ReminderKind.ROUTINE.message]
    reminders.deleteLater()
