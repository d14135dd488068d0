from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, new_id
from routine_app.core.routine import Side
from routine_app.core.segments import SegmentKind
from routine_app.core.settings import LANGUAGE, SAFETY_ACKNOWLEDGED, Scheme
from routine_app.store.journal import Journal
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.common.theme import apply_theme
from tests.ui.conftest import MakeWindow


def test_settings_persist_and_apply(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings, tmp_path: Path
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window()
    dialog = window.open_settings()
    dialog.lead_in.setValue(12)
    dialog.side.setCurrentIndex(dialog.side.findData("right"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.sound.setChecked(False)
    dialog.accept()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100
    # A second start reads the same settings file.
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert again.value("player/lead_in", type=int) == 12
    assert again.value("routines/affected_side") == "right"
    assert window.start_routine("piriformis-stretch")
    player = window.player_page.player
    assert player is not None
    assert player.segments[0].kind is SegmentKind.LEAD_IN and player.segments[0].duration == 12
    sides = [s.side for s in player.segments if s.kind is SegmentKind.STEP and s.side]
    assert sides[0] is Side.RIGHT, "the side that hurts comes first"
    assert not window.player_page.sound_button.isChecked()
    apply_theme(app, Scheme.LIGHT)


def test_back_up_now_and_restore_keep_the_current_journal(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    first = journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 3, 3))
    window = make_window()
    dialog = window.open_settings()
    dialog.back_up_now()
    assert "Backed up to" in dialog.status.text()
    manual = next(
        i for i in range(dialog.backups.count()) if "manual" in dialog.backups.itemText(i)
    )
    journal.add_entry(Entry(new_id(), datetime.now().astimezone(), 9, 9))
    assert journal.counts() == (2, 0)
    dialog.backups.setCurrentIndex(manual)
    box = dialog.ask_restore()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [e.id for e in journal.entries()] == [first.id]
    assert "previous journal was kept as" in dialog.status.text()
    kept = next(journal.path.parent.glob("journal.sqlite3.before-restore-*"))
    assert kept.stat().st_size > 0
    assert window.journal_page.model.rowCount() == 1
    dialog.reject()


def test_reminder_settings_are_saved(make_window: MakeWindow, settings: QSettings) -> None:
    from routine_app.core.reminders import ReminderKind
    from routine_app.core.settings import load_schedule

    dialog = make_window().open_settings()
    enabled, days, at = dialog.reminder_rows[ReminderKind.LOG_PAIN]
    enabled.setChecked(True)
    days[6].setChecked(False)  # not on Sundays
    at.setTime(at.time().fromString("21:15", "HH:mm"))
    dialog.accept()
    schedule = load_schedule(Preferences(settings), ReminderKind.LOG_PAIN)
    assert schedule.enabled and schedule.days == frozenset(range(6))
    assert schedule.at.strftime("%H:%M") == "21:15"


def test_settings_offer_system_english_and_german_and_say_a_restart_is_needed(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    window = make_window()
    dialog = window.open_settings()
    choices = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert choices == ["system", "de", "en"]
    assert names == ["System language", "Deutsch", "English"]  # each in its own language
    assert dialog.language.currentData() == "system"
    assert "restart" in dialog.language_note.text()
    assert dialog.language_note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert Preferences(settings).get(LANGUAGE) == "de"
    assert settings.value(LANGUAGE.key) == "de"
    again = window.open_settings()
    assert again.language.currentData() == "de"
    again.reject()


def test_a_stored_language_without_a_catalogue_reads_as_system(settings: QSettings) -> None:
    settings.setValue(LANGUAGE.key, "xx")
    assert Preferences(settings).get(LANGUAGE) == "system"
