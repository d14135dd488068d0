"""The day's backup runs after the window shows, on its own thread and connection."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, new_id
from routine_app.store.journal import JOURNAL_FILE, Journal
from routine_app.store.recovery import Backups
from routine_app.ui.daily_backup import DailyBackup, make_daily_backup
from tests.ui.conftest import MakeWindow

TODAY = date(2026, 5, 4)


def add(journal: Journal, count: int) -> None:
    start = datetime.now().astimezone() - timedelta(days=count)
    journal.merge([Entry(new_id(), start + timedelta(days=d), d % 11, 3) for d in range(count)], [])


def test_opening_without_backup_leaves_it_for_later(tmp_path: Path) -> None:
    journal, report = Journal.open(tmp_path, today=TODAY, backup=False)
    journal.close()
    assert report.backup_made is None and Backups(tmp_path).daily() == []


def test_the_backup_is_made_beside_the_apps_own_connection(tmp_path: Path) -> None:
    journal, _ = Journal.open(tmp_path, today=TODAY, backup=False)
    with journal:
        add(journal, 400)
        made, notices = make_daily_backup(tmp_path, TODAY)
        assert notices == () and made is not None
        assert made.name == f"journal-{TODAY.isoformat()}.sqlite3"
        copy = sqlite3.connect(made)
        try:
            assert copy.execute("SELECT count(*) FROM entries").fetchone() == (400,)
        finally:
            copy.close()
        add(journal, 3)  # the app's connection still writes
        assert make_daily_backup(tmp_path, TODAY) == (None, ()), "once a day"


def test_a_damaged_journal_is_not_backed_up_and_the_user_is_told(tmp_path: Path) -> None:
    (tmp_path / JOURNAL_FILE).write_bytes(b"this is not a database, " * 200)
    made, (notice,) = make_daily_backup(tmp_path, TODAY)
    assert made is None and Backups(tmp_path).daily() == []
    assert "found damage" in notice and "Restart the app" in notice


def test_a_backup_that_cannot_be_written_changes_nothing_and_says_so(tmp_path: Path) -> None:
    journal, _ = Journal.open(tmp_path, today=TODAY, backup=False)
    journal.close()
    (tmp_path / "backups").write_text("a file where the backup folder belongs")
    made, (notice,) = make_daily_backup(tmp_path, TODAY)
    assert made is None
    assert "could not be made" in notice and "Your journal itself is fine" in notice
    assert "damage" not in notice
    assert (tmp_path / "backups").read_text().startswith("a file")


def test_the_window_gets_the_result_on_its_own_thread(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, tmp_path: Path
) -> None:
    add(journal, 50)
    window = make_window()
    backup = DailyBackup(tmp_path, TODAY, window)
    threads: list[threading.Thread] = []
    backup.done.connect(lambda _notices: threads.append(threading.current_thread()))
    with qtbot.waitSignal(backup.done, timeout=10_000) as blocker:
        backup.start()
    backup.wait()
    assert blocker.args == [()]
    assert threads == [threading.main_thread()]
    assert backup.made is not None and backup.made.exists()
