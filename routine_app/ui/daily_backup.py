"""The day's journal backup, made after the window is shown and off the GUI thread.

Copying a twenty-year journal and checking it first (``quick_check``) takes long enough
to slow the first start of each day; here it runs on a thread of its own, with its own
read-only connection, while the window is already in use. What the user must be told
(a failed backup, damage found by the check) comes back as a signal on the GUI thread.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from routine_app.store.errors import Trouble
from routine_app.store.journal import JOURNAL_FILE, Journal, JournalError, damage_found_notice
from routine_app.store.recovery import Backups, mark_damage


def make_daily_backup(data_dir: Path, today: date) -> tuple[Path | None, tuple[str, ...]]:
    """Check the journal and make today's backup unless there is one: the new file (or
    None) and what to tell the user. Never raises for a known failure; changes nothing
    but the backup folder (and, when the check finds damage, a mark that makes the next
    start repair). Safe to run beside the app's own connection: it reads through a
    read-only connection of its own."""
    path = data_dir / JOURNAL_FILE
    if not path.exists() or (Backups(data_dir).folder / f"journal-{today}.sqlite3").exists():
        return None, ()
    try:
        journal = Journal.open_read_only(data_dir)
    except JournalError as exc:
        if exc.trouble is Trouble.DAMAGED:
            mark_damage(path)  # the next start runs the full check and repairs
            return None, (damage_found_notice(str(exc)),)
        failed = QCoreApplication.translate(
            "DailyBackup", "Today's backup of your journal could not be made: %1"
        )
        return None, (failed.replace("%1", str(exc)),)
    with journal:
        return journal.daily_backup(today)


class DailyBackup(QObject):
    """Runs :func:`make_daily_backup` on a thread. Signals: ``done(object)`` with the
    tuple of notices (empty when all went well), delivered on the GUI thread."""

    done = Signal(object)

    def __init__(self, data_dir: Path, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.made: Path | None = None
        self._thread = threading.Thread(
            target=self._run, args=(data_dir, today), name="daily-backup"
        )

    def start(self) -> None:
        self._thread.start()

    def _run(self, data_dir: Path, today: date) -> None:
        self.made, notices = make_daily_backup(data_dir, today)
        self.done.emit(notices)

    def wait(self) -> None:
        """Block until the backup is finished (call before the app exits)."""
        if self._thread.is_alive():
            self._thread.join()
