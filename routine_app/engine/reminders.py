"""Firing reminders on schedule, and once for any missed while the app was closed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from routine_app.core.reminders import ReminderKind
from routine_app.core.settings import REMINDERS, Settings, load_schedule

CHECK_MS = 30_000


class Reminders(QObject):
    """Emits ``due(str kind, str message)`` at each scheduled time, and at start for the
    latest reminder missed while the app was closed. *now* is injectable for tests.

    *refusal* returns a message while routines must not start (the emergency lock);
    a reminder due then carries that message instead of inviting a routine."""

    due = Signal(str, str)

    def __init__(
        self,
        settings: Settings,
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
        seen = self._settings.get(REMINDERS[kind].last_seen)
        return now if seen is None else seen  # first run: nothing was missed

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
            self._settings.set(REMINDERS[kind].last_seen, now)
        return fired
