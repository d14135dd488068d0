from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, LegSide, Reach, RedFlag, Session, new_id, now
from routine_app.store.journal import Journal
from routine_app.ui.common.delegates import ROW_ROLE
from routine_app.ui.journal.log_dialog import LogPainDialog
from routine_app.ui.journal.red_flag import alert_title
from routine_app.ui.journal.timeline_model import PAGE
from tests.ui.conftest import MakeWindow


def open_log(qtbot: QtBot, window: object) -> LogPainDialog:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LogPainDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # its own shortcuts (Ctrl+Enter) need it to be the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_ctrl_l_logs_pain_from_any_page_with_the_keyboard(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window()
    window.show_page("library")
    dialog = open_log(qtbot, window)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled(), "both ratings must be chosen first"
    qtbot.keyClick(dialog.back, Qt.Key.Key_3)
    assert not save.isEnabled()
    dialog.leg.setFocus()
    qtbot.keyClick(dialog.leg, Qt.Key.Key_End)
    qtbot.keyClick(dialog.leg, Qt.Key.Key_Left)
    assert dialog.leg.value == 9 and save.isEnabled()
    dialog.choose(dialog.side_group, "left")
    dialog.choose(dialog.reach_group, "below-knee")
    dialog.tingling.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (entry,) = journal.entries()
    assert (entry.back_pain, entry.leg_pain, entry.leg_side, entry.reaches, entry.tingling) == (
        3,
        9,
        LegSide.LEFT,
        Reach.BELOW_KNEE,
        True,
    )
    assert abs(entry.recorded_at - now()) < timedelta(minutes=2)
    window.show_page("journal")
    page = window.journal_page
    assert page.model.rowCount() == 1
    row = page.model.index(0).data(ROW_ROLE)
    assert row.heading == "Today"
    assert "Back 3 · Leg 9" in row.title and "tingling" in row.subtitle


def test_next_log_remembers_leg_and_extent_but_not_pain(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    journal.add_entry(Entry(new_id(), now(), 4, 6, LegSide.RIGHT, Reach.THIGH))
    window = make_window()
    dialog = open_log(qtbot, window)
    assert dialog.side_group.checkedButton().property("value") == "right"
    assert dialog.reach_group.checkedButton().property("value") == "thigh"
    assert dialog.back.value is None and dialog.leg.value is None
    dialog.reject()


def test_red_flag_shows_an_urgent_alert_and_is_stored(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    window = make_window()
    dialog = open_log(qtbot, window)
    dialog.back.set_value(2)
    dialog.leg.set_value(7)
    dialog.red_flags[RedFlag.SADDLE_NUMBNESS].setChecked(True)
    dialog.accept()
    alert = window.red_flag_alert
    assert isinstance(alert, QMessageBox) and alert.isVisible()
    assert alert.windowTitle() == alert_title()
    assert alert.windowModality() == Qt.WindowModality.ApplicationModal
    assert "emergency" in alert.text().lower() and "saddle area" in alert.text()
    (entry,) = journal.entries()
    assert entry.red_flags == {RedFlag.SADDLE_NUMBNESS}
    row = window.journal_page.model.index(0).data(ROW_ROLE)
    assert row.title.startswith("⚠") and row.accent
    alert.accept()


def test_failed_save_keeps_the_form_open_with_what_was_typed(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal, monkeypatch: object
) -> None:
    window = make_window()
    errors: list[str] = []
    window.journal_actions._report_error = errors.append
    journal.connection.execute("PRAGMA query_only = ON")  # every write now fails
    dialog = open_log(qtbot, window)
    dialog.back.set_value(5)
    dialog.leg.set_value(5)
    dialog.notes.setPlainText("long note I do not want to lose")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == "long note I do not want to lose"
    assert errors and "Could not save" in errors[0]
    journal.connection.execute("PRAGMA query_only = OFF")
    dialog.accept()
    assert not dialog.isVisible()
    assert journal.counts() == (1, 0)


def test_edit_delete_and_undo(qtbot: QtBot, make_window: MakeWindow, journal: Journal) -> None:
    entry = journal.add_entry(Entry(new_id(), now() - timedelta(hours=1), 4, 6))
    journal.start_session(Session(new_id(), "foam-roller", now(), now(), "completed", 5, 5, 6, 4))
    window = make_window()
    window.show_page("journal")
    page = window.journal_page
    assert page.model.rowCount() == 2
    assert "Foam roller release" in page.model.index(0).data(ROW_ROLE).title
    assert "pain 6 → 4" in page.model.index(0).data(ROW_ROLE).subtitle
    page.list.setCurrentIndex(page.model.index(1))
    with qtbot.waitSignal(page.edit_requested) as request:
        page.edit_button.click()
    dialog = window.open_log_dialog(request.args[0])
    assert dialog.back.value == 4
    dialog.back.set_value(1)
    dialog.accept()
    assert journal.entry(entry.id).back_pain == 1
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(1))
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert journal.counts() == (0, 1)
    assert page.undo_button.isEnabled() and "deleted" in page.status.text()
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.entry(entry.id).back_pain == 1
    assert page.model.rowCount() == 2 and not page.undo_button.isEnabled()


def test_journal_view_reads_lazily_and_groups_by_day(
    make_window: MakeWindow, journal: Journal
) -> None:
    start = now() - timedelta(days=200)
    journal.merge(
        [Entry(new_id(), start + timedelta(hours=5 * i), i % 11, 3) for i in range(900)], []
    )
    window = make_window()
    model = window.journal_page.model
    assert model.rowCount() == PAGE, "only the first page is read at start"
    model.fetchMore(model.index(-1))
    assert model.rowCount() == 2 * PAGE
    headings = [model.index(r).data(ROW_ROLE).heading for r in range(model.rowCount())]
    days = [h for h in headings if h]
    assert len(days) == len(set(days)), "each day has one heading"
    assert headings[0] is not None


def test_export_and_import_from_the_page(
    make_window: MakeWindow, journal: Journal, tmp_path: Path
) -> None:
    journal.add_entry(Entry(new_id(), now(), 4, 6, notes="=1+1"))
    window = make_window()
    page = window.journal_page
    assert page.export_to(tmp_path / "out.json", "json")
    assert page.export_to(tmp_path / "out.csv", "csv")
    assert "'=1+1" in (tmp_path / "out.csv").read_text()
    document = json.loads((tmp_path / "out.json").read_text())
    document["entries"][0]["id"] = new_id()
    (tmp_path / "more.json").write_text(json.dumps(document))
    assert page.import_from(tmp_path / "more.json")
    assert journal.counts() == (2, 0) and page.model.rowCount() == 2
    (tmp_path / "bad.json").write_text("{")
    assert not page.import_from(tmp_path / "bad.json")
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        assert "Your journal is unchanged" in box.text()
        box.close()


def test_warning_when_pain_is_not_improving(make_window: MakeWindow, journal: Journal) -> None:
    today = datetime.now().astimezone()
    for days in (27, 25, 23, 21, 7, 5, 3, 1):  # 4 days logged in each 14 days
        journal.add_entry(Entry(new_id(), today - timedelta(days=days), 6, 7))
    window = make_window()
    insights = window.journal_page.insights
    window.show_page("journal")
    assert insights.isVisible()
    # Back pain 6.0 in the first and the last 14 of the 28 days covered: no clear change,
    # still high (the same trend rule as the progress page).
    assert "Your back pain has not improved (about 6.0 in the first 14 days" in insights.text()


def test_no_pain_warning_from_too_few_logged_days(
    make_window: MakeWindow, journal: Journal
) -> None:
    """Two days logged in each 14 days are below the trend rule's 4: no trend, so no
    warning built on one."""
    today = datetime.now().astimezone()
    for days in (27, 25, 3, 1):
        journal.add_entry(Entry(new_id(), today - timedelta(days=days), 6, 7))
    window = make_window()
    window.show_page("journal")
    assert "has not improved" not in window.journal_page.insights.text()


def test_empty_journal_explains_what_to_do(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("journal")
    page = window.journal_page
    assert page.empty.isVisible() and not page.list.isVisible()
    assert "Ctrl+L" in page.empty.text()


def test_journal_rows_name_signs_in_words_not_ids() -> None:
    from routine_app.core.journal import Entry, RedFlag, new_id, now
    from routine_app.ui.journal.timeline_model import entry_row

    entry = Entry(
        new_id(),
        now(),
        7,
        8,
        red_flags=frozenset({RedFlag.SADDLE_NUMBNESS}),
        warning_signs=frozenset({"night-pain", "weight-loss"}),
    )
    row = entry_row(entry)
    text = f"{row.title} {row.subtitle}"
    assert "numbness in the saddle area" in text and "severe pain at night" in text
    assert "saddle-numbness" not in text and "night-pain" not in text
