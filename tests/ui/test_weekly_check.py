"""The weekly check: offered once a week, optional and dismissible, one short form."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, new_id
from routine_app.core.settings import WEEKLY_CHECK_PUT_OFF_ON
from routine_app.core.weekly_check import WeeklyCheck, is_due
from routine_app.store import weekly_checks
from routine_app.store.journal import Journal
from routine_app.ui.progress.weekly_check import WeeklyCheckDialog
from tests.ui.conftest import MakeWindow


def click_scores(dialog: WeeklyCheckDialog, values: list[int | None]) -> None:
    for row, value in zip(dialog.rows, values, strict=True):
        if value is not None:
            row.group.button(value).click()


def test_is_due_once_a_week_unless_put_off() -> None:
    today = date(2026, 6, 30)
    assert is_due(None, None, today)
    assert not is_due(today - timedelta(days=6), None, today)
    assert is_due(today - timedelta(days=7), None, today)
    assert not is_due(None, today - timedelta(days=3), today)
    assert is_due(today - timedelta(days=30), today - timedelta(days=7), today)


def test_banner_offers_the_form_and_saving_stores_the_answers(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 4, 6))
    window = make_window()
    window.show_page("progress")
    page = window.progress_page
    assert page.weekly_banner.isVisible()
    page.weekly_banner.answer_button.click()
    dialog = page.weekly_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    click_scores(dialog, [5, 3, None, 4, 7, 6, 5])
    dialog.rows[0].group.button(2).click()  # a second click changes the answer
    assert dialog.rows[0].value == 2
    dialog.save_button.click()
    (stored,) = weekly_checks.between(journal)
    assert stored.sbi == (2, 3, None, 4) and stored.peg == (7, 6, 5)
    assert stored.sbi_score is None and stored.peg_score == 6.0
    qtbot.waitUntil(lambda: not page.weekly_banner.isVisible())


def test_empty_form_saves_nothing_and_not_now_closes(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 4, 6))
    window = make_window()
    window.show_page("progress")
    page = window.progress_page
    page.open_weekly_check()
    dialog = page.weekly_dialog
    assert dialog is not None
    dialog.save_button.click()
    assert "Answer at least one question" in dialog.status.text()
    assert weekly_checks.between(journal) == []
    dialog.later_button.click()
    assert not dialog.isVisible() and page.weekly_banner.isVisible()


def test_not_this_week_puts_it_off_for_seven_days(
    make_window: MakeWindow, journal: Journal, settings: QSettings
) -> None:
    journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 4, 6))
    window = make_window()
    window.show_page("progress")
    banner = window.progress_page.weekly_banner
    banner.later_button.click()
    assert not banner.isVisible()
    assert settings.value(WEEKLY_CHECK_PUT_OFF_ON.key) == date.today().isoformat()
    settings.setValue(WEEKLY_CHECK_PUT_OFF_ON.key, (date.today() - timedelta(days=7)).isoformat())
    window.progress_page.refresh()
    assert banner.isVisible()


def test_a_read_only_journal_is_explained_and_nothing_changes(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 4, 6))
    window = make_window()
    window.show_page("progress")
    page = window.progress_page
    page.open_weekly_check()
    dialog = page.weekly_dialog
    assert dialog is not None
    click_scores(dialog, [1, 1, 1, 1, 2, 2, 2])
    journal.connection.execute("PRAGMA query_only = ON")  # SQLite refuses every write
    dialog.save_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "read-only" in box.text()
    box.close()
    journal.connection.execute("PRAGMA query_only = OFF")
    assert weekly_checks.between(journal) == [] and dialog.isVisible()


def test_checks_travel_in_the_json_export(journal: Journal, tmp_path: object) -> None:
    from routine_app.store.exchange import export_text, import_json

    check = weekly_checks.add(
        journal,
        WeeklyCheck(new_id(), datetime.now().astimezone(), (1, 2, 3, 4), (None, None, None)),
    )
    text = export_text(journal, "json")
    assert '"weekly_checks": [' in text
    with Journal.open(tmp_path / "other")[0] as other:  # type: ignore[operator]
        result = import_json(other, text.encode())
        assert weekly_checks.between(other) == [check]
        assert "1 weekly check added" in result.summary()
        assert import_json(other, text.encode()).weekly_checks_added == 0
