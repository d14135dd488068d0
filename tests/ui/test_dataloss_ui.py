"""The window side of "never lose the journal": Restore says why it failed and leaves
the journal in use; reports and chart pictures are private; editing an entry's note
keeps its time and offset."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, new_id
from routine_app.store.journal import Journal
from tests.ui.conftest import MakeWindow


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_restore_from_a_damaged_backup_shows_why_and_keeps_the_journal(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    entry = journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 3, 3))
    folder = journal.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    bad = folder / "journal-manual-20260301-090000.sqlite3"
    bad.write_bytes(b"not a database" * 300)
    window = make_window()
    dialog = window.open_settings()
    dialog.backups.setCurrentIndex(dialog.backups.findText(bad.name))
    assert not dialog.restore(bad)
    assert "damaged" in dialog.status.text() and "not changed" in dialog.status.text()
    boxes = [w for w in dialog.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "damaged" in boxes[-1].text()
    assert [e.id for e in journal.entries()] == [entry.id]
    journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 4, 4))  # still open
    assert journal.counts() == (2, 0)
    dialog.reject()


def test_report_and_chart_png_are_private(
    make_window: MakeWindow, journal: Journal, tmp_path: Path
) -> None:
    journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 4, 6))
    window = make_window()
    old = os.umask(0o002)
    try:
        report = tmp_path / "r.pdf"
        today = datetime.now().date()
        assert window.save_report(report, today - timedelta(days=30), today)
        window.show_page("progress")
        png = tmp_path / "pain.png"
        assert window.progress_page.save_chart("pain", png)
    finally:
        os.umask(old)
    assert report.read_bytes().startswith(b"%PDF") and mode(report) == 0o600
    assert png.read_bytes().startswith(b"\x89PNG") and mode(png) == 0o600
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]


def test_editing_only_the_note_keeps_the_time_and_its_offset(
    make_window: MakeWindow, journal: Journal
) -> None:
    travelled = timezone(timedelta(hours=9, minutes=30))  # entered far from home
    moment = datetime(2026, 1, 10, 23, 45, 12, 345000, tzinfo=travelled)
    entry = journal.add_entry(Entry(new_id(), moment, 3, 4, notes="before"))
    window = make_window()
    dialog = window.open_log_dialog(entry)
    dialog.notes.setPlainText("after")
    dialog.accept()
    saved = journal.entry(entry.id)
    assert saved.notes == "after"
    assert saved.recorded_at == moment and saved.recorded_at.utcoffset() == moment.utcoffset()
    assert saved.recorded_at.isoformat() == "2026-01-10T23:45:12.345000+09:30"
