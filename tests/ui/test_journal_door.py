"""The one door for journal writes (ui/journal/actions.py): every write the window makes
says what changed, the pages refresh from that, and an import or a restore clears the
undo of a delete (an undo after a restore would write into another journal).

Real SQLite files, real widgets; nothing mocked."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import routine_app
from routine_app.core.journal import Entry, Outcome, Session, new_id, now
from routine_app.core.safety_records import Clearance, Episode
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.core.weekly_check import WeeklyCheck
from routine_app.engine.clock import FakeClock
from routine_app.engine.player import State
from routine_app.store import safety, weekly_checks
from routine_app.store.changes import Changes
from routine_app.store.exchange import export_text
from routine_app.store.journal import Journal
from routine_app.ui.journal.actions import JournalActions
from routine_app.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow
from tests.ui.test_player_page import SHORT, run

ROOT = Path(routine_app.__file__).parent


def other_journal_export(folder: Path) -> bytes:
    """A JSON export of another journal: 6 entries, 4 rated sessions, a weekly check,
    a clearance and an episode start, in the last three weeks (the check today)."""
    start = now() - timedelta(days=20)
    opened, _ = Journal.open(folder)
    with opened as other:
        for day in range(6):
            other.add_entry(Entry(new_id(), start + timedelta(days=3 * day), 7 - day, 6))
        for day in range(4):
            begun = start + timedelta(days=3 * day, hours=1)
            other.start_session(
                Session(
                    new_id(),
                    "piriformis-stretch",
                    begun,
                    begun + timedelta(minutes=8),
                    Outcome.COMPLETED,
                    4,
                    4,
                    6,
                    3,
                )
            )
        weekly_checks.add(other, WeeklyCheck(new_id(), now(), (2, 2, 2, 2), (5, 5, 5)))
        safety.add_clearance(other, Clearance(new_id(), start, "GP"))
        safety.add_episode(other, Episode(new_id(), start.date() - timedelta(days=10), start))
        return export_text(other, "json").encode("utf-8")


WRITES = re.compile(
    r"\bjournal\.(add_entry|update_entry|delete_entry|start_session|update_session"
    r"|delete_session|merge|restore|transaction)\("
    r"|(?<!journal_actions\.)\b(add_clearance|add_episode|import_json|merge_records)\("
    r"|\bweekly_checks\.(add|merge)\("
)


def test_only_the_door_writes_to_the_journal() -> None:
    """A page that wrote to the store itself would leave the other pages unaware."""
    door = ROOT / "ui" / "journal" / "actions.py"
    writers = {
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in (ROOT / "ui").rglob("*.py")
        if path != door
        for line in path.read_text().splitlines()
        if WRITES.search(line)
    }
    assert writers == set()
    for before_the_door in (  # what the pages did before
        "kept = self.journal_actions.journal.restore(backup)",
        "result = import_json(self.journal_actions.journal, path.read_bytes())",
        "stored = weekly_checks.add(self.journal, check)",
    ):
        assert WRITES.search(before_the_door)
    assert not WRITES.search("self.journal_actions.import_json(data)")


def test_an_import_shows_on_the_journal_and_progress_pages_without_a_restart(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, tmp_path: Path
) -> None:
    (tmp_path / "other.json").write_bytes(other_journal_export(tmp_path / "other"))
    window = make_window()
    window.show_page("progress")
    progress = window.progress_page
    assert progress.empty.isVisible(), "an empty journal to begin with"
    window.show_page("journal")
    page = window.journal_page
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    with qtbot.waitSignal(window.journal_actions.changed) as sent:
        assert page.import_from(tmp_path / "other.json")
    assert sent.args == [Changes(True, True, True, True, False)]
    assert page.model.rowCount() == 10 and page.list.isVisible() and not page.empty.isVisible()
    assert "6 entries, 4 sessions" in page.status.text()
    window.show_page("progress")
    assert not progress.empty.isVisible()
    assert progress.help_table.rowCount() == 1, "the imported routine's before and after"
    assert progress.help_table.item(0, 1).text() == "4"
    assert not progress.weekly_banner.isVisible(), "the imported weekly check counts"
    assert "Week" in progress.safety_summary.text(), "the imported episode start counts"


def test_a_write_the_progress_page_shows_refreshes_it_while_open(
    make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window()
    window.show_page("progress")
    progress = window.progress_page
    assert progress.empty.isVisible()
    assert window.journal_actions.add(Entry(new_id(), now(), 5, 5))
    assert not progress.empty.isVisible()


def test_undo_after_a_restore_does_nothing_to_the_restored_journal(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    kept = journal.add_entry(Entry(new_id(), now() - timedelta(hours=2), 3, 3))
    window = make_window()
    dialog = window.open_settings()
    dialog.back_up_now()
    manual = next(
        i for i in range(dialog.backups.count()) if "manual" in dialog.backups.itemText(i)
    )
    later = journal.add_entry(Entry(new_id(), now(), 8, 8))
    window.show_page("journal")
    page = window.journal_page
    page.list.setCurrentIndex(page.model.index(0))  # the newest: the later entry
    page.delete_selected()
    assert journal.counts() == (1, 0) and page.undo_button.isEnabled()
    dialog.backups.setCurrentIndex(manual)
    box = dialog.ask_restore()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert "can no longer be put back with Undo" in dialog.status.text()
    dialog.reject()
    assert [e.id for e in journal.entries()] == [kept.id]
    assert not page.undo_button.isEnabled() and not window.journal_actions.can_undo()
    page.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    page.undo()
    assert [e.id for e in journal.entries()] == [kept.id], f"{later.id} must not come back"
    assert page.model.rowCount() == 1


def test_a_restore_with_nothing_to_undo_says_nothing_about_undo(
    make_window: MakeWindow, journal: Journal
) -> None:
    journal.add_entry(Entry(new_id(), now(), 3, 3))
    window = make_window()
    dialog = window.open_settings()
    dialog.back_up_now()
    assert dialog.restore(Path(dialog.backups.itemData(0)))
    assert "Restored" in dialog.status.text() and "Undo" not in dialog.status.text()
    dialog.reject()


def test_an_import_clears_the_undo_and_says_so(
    make_window: MakeWindow, journal: Journal, tmp_path: Path
) -> None:
    (tmp_path / "other.json").write_bytes(other_journal_export(tmp_path / "other"))
    journal.add_entry(Entry(new_id(), now(), 3, 3))
    window = make_window()
    page = window.journal_page
    page.list.setCurrentIndex(page.model.index(0))
    page.delete_selected()
    assert page.undo_button.isEnabled()
    assert page.import_from(tmp_path / "other.json")
    assert "can no longer be put back with Undo" in page.status.text()
    assert not page.undo_button.isEnabled()
    page.undo()
    assert journal.counts() == (6, 4), "the deleted entry stays deleted"


def test_a_failed_import_keeps_the_undo(
    make_window: MakeWindow, journal: Journal, tmp_path: Path
) -> None:
    journal.add_entry(Entry(new_id(), now(), 3, 3))
    window = make_window()
    page = window.journal_page
    page.list.setCurrentIndex(page.model.index(0))
    page.delete_selected()
    (tmp_path / "bad.json").write_text("{")
    assert not page.import_from(tmp_path / "bad.json")
    assert page.undo_button.isEnabled()
    page.undo()
    assert journal.counts() == (1, 0)


def finish_after_restore(window: MainWindow, clock: FakeClock) -> None:
    """Start the short routine, restore a backup that lacks or holds its session, finish."""
    page = window.player_page
    page.begin()
    run(window, clock, 3)
    dialog = window.open_settings()  # pauses the routine
    dialog.back_up_now()
    backup = Path(dialog.backups.itemData(0))
    assert dialog.restore(backup)
    dialog.reject()
    assert page.player is not None and page.player.state is State.PAUSED
    page.toggle_pause()
    run(window, clock, 30)
    assert page.stack.currentWidget() is page.finished_panel
    page.pain_after.set_value(2)


def test_a_routine_running_across_a_restore_is_still_recorded(
    make_window: MakeWindow, settings: QSettings, journal: Journal
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    clock = FakeClock()
    window = make_window(clock=clock)
    errors: list[str] = []
    window.journal_actions._report_error = errors.append
    window.start_routine(SHORT, lead_in=2)
    finish_after_restore(window, clock)
    (session,) = list(journal.sessions())  # the backup held it: updated, not written twice
    assert (session.outcome, session.pain_after) == (Outcome.COMPLETED, 2)
    assert errors == []


def test_a_session_missing_from_the_restored_journal_is_written_again(
    make_window: MakeWindow, settings: QSettings, journal: Journal
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    clock = FakeClock()
    window = make_window(clock=clock)
    errors: list[str] = []
    window.journal_actions._report_error = errors.append
    dialog = window.open_settings()
    dialog.back_up_now()  # before the routine: the backup has no session
    backup = Path(dialog.backups.itemData(0))
    dialog.reject()
    window.start_routine(SHORT, lead_in=2)
    page = window.player_page
    page.begin()
    run(window, clock, 3)
    page.pause_if_running()
    assert window.journal_actions.restore(backup)[0].exists()
    assert list(journal.sessions()) == []
    page.toggle_pause()
    run(window, clock, 30)
    page.pain_after.set_value(2)
    (session,) = list(journal.sessions())
    assert (session.outcome, session.segments_done, session.pain_after) == (
        Outcome.COMPLETED,
        5,
        2,
    )
    assert errors == []


def test_editing_an_entry_the_restore_took_away_is_reported(journal: Journal, qapp: object) -> None:
    errors: list[str] = []
    actions = JournalActions(journal, errors.append)
    entry = Entry(new_id(), now(), 3, 3)
    assert not actions.edit(entry)
    assert "no longer in your journal" in errors[0]


def test_each_write_says_what_it_changed_and_a_failed_one_says_nothing(
    journal: Journal, qapp: object
) -> None:
    errors: list[str] = []
    actions = JournalActions(journal, errors.append)
    sent: list[Changes] = []
    actions.changed.connect(sent.append)
    entry = Entry(new_id(), now(), 3, 3)
    session = Session(new_id(), "short", now())
    assert actions.add(entry) and actions.edit(entry)
    assert actions.save_session(session, new=True) and actions.delete(session)
    assert actions.undo_delete() == session
    assert actions.confirm_checked() and actions.set_episode_start(now().date())
    actions.add_weekly_check(WeeklyCheck(new_id(), now(), (1, 1, 1, 1), (2, 2, 2)))
    entries, sessions = Changes(entries=True), Changes(sessions=True)
    assert sent == [
        entries,
        entries,
        sessions,
        sessions,
        sessions,
        Changes(safety_records=True),
        Changes(safety_records=True),
        Changes(weekly_checks=True),
    ]
    sent.clear()
    assert not actions.add(entry), "the same id twice: refused"
    journal.connection.execute("PRAGMA query_only = ON")  # SQLite refuses every write
    try:
        assert not actions.save_session(session, new=False)
        assert not actions.confirm_checked()
    finally:
        journal.connection.execute("PRAGMA query_only = OFF")
    assert sent == [] and len(errors) == 3
