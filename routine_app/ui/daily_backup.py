"""The day's journal backup, made after the window is shown and off the GUI thread.

Copying a twenty-year journal and checking it first (``quick_check``) takes long enough
to slow the first start of each day; here it runs on a thread of its own, with its own
read-only connection, while the window is already in use. What the user must be told
(a failed backup, damage found by the check) comes back as a signal on the GUI thread.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from routine_app.store.files import DataDirError
from routine_app.store.journal import JOURNAL_FILE
from routine_app.store.recovery import Backups, check_file


def make_daily_backup(data_dir: Path, today: date) -> tuple[Path | None, tuple[str, ...]]:
    """Check the journal and make today's backup unless there is one: the new file (or
    None) and what to tell the user. Never raises for a known failure; changes nothing
    but the backup folder. Safe to run beside the app's own connection."""
    path = data_dir / JOURNAL_FILE
    backups = Backups(data_dir)
    if not path.exists() or (backups.folder / f"journal-{today.isoformat()}.sqlite3").exists():
        return None, ()
    problem = check_file(path)
    if problem is not None:
        return None, (
            f"A check of your journal found damage ({problem}); no backup was made, so "
            "your good backups stay as they are. Restart the app: it keeps the damaged "
            "file aside and restores the newest good backup.",
        )
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return backups.save_daily(conn, today), ()
        finally:
            conn.close()
    except (sqlite3.Error, OSError, DataDirError) as exc:
        return None, (
            f"Today's backup of your journal could not be made ({exc}). Your journal "
            "itself is fine and in use.",
        )


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
