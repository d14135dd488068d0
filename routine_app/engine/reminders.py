"""Firing reminders on schedule, and once for any missed while the app was closed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from routine_app.core.reminders import DEFAULTS, ReminderKind, Schedule

CHECK_MS = 30_000


def load_schedule(settings: QSettings, kind: ReminderKind) -> Schedule:
    default = DEFAULTS[kind]
    group = f"reminders/{kind.value}"
    enabled = bool(settings.value(f"{group}/enabled", default.enabled, type=bool))
    days_text = str(settings.value(f"{group}/days", ",".join(map(str, sorted(default.days)))))
    days = frozenset(
        int(d) for d in days_text.split(",") if d.strip().isdigit() and 0 <= int(d) <= 6
    )
    try:
        at = time.fromisoformat(str(settings.value(f"{group}/time", default.at.isoformat())))
    except ValueError:
        at = default.at
    return Schedule(kind, enabled, days, at)


def save_schedule(settings: QSettings, schedule: Schedule) -> None:
    group = f"reminders/{schedule.kind.value}"
    settings.setValue(f"{group}/enabled", schedule.enabled)
    settings.setValue(f"{group}/days", ",".join(map(str, sorted(schedule.days))))
    settings.setValue(f"{group}/time", schedule.at.strftime("%H:%M"))
    settings.sync()


class Reminders(QObject):
    """Emits ``due(str kind, str message)`` at each scheduled time, and at start for the
    latest reminder missed while the app was closed. *now* is injectable for tests.

    *refusal* returns a message while routines must not start (the emergency lock);
    a reminder due then carries that message instead of inviting a routine."""

    due = Signal(str, str)

    def __init__(
        self,
        settings: QSettings,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
        refusal: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._refusal = refusal
        self._settings = settings
        self._now = now
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _last_seen(self, kind: ReminderKind, now: datetime) -> datetime:
        text = str(self._settings.value(f"reminders/{kind.value}/last_seen", ""))
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return now  # first run: nothing was missed

    def check(self) -> list[ReminderKind]:
        """Fire every reminder due since it was last seen; returns the kinds fired."""
        now = self._now()
        fired = []
        for kind in ReminderKind:
            schedule = load_schedule(self._settings, kind)
            if schedule.missed(self._last_seen(kind, now), now) is not None:
                refused = self._refusal() if self._refusal is not None else None
                self.due.emit(kind.value, refused or kind.message)
                fired.append(kind)
            self._settings.setValue(
                f"reminders/{kind.value}/last_seen", now.isoformat(timespec="seconds")
            )
        return fired
