"""Editor and library fixes of issue 14: try-outs stay out of the journal, an unwritable
folder is reported in the Save handler, the library starts each routine at its top,
and one duration rule."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from routine_app.core.durations import format_duration
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.engine.clock import FakeClock
from routine_app.store.user_routines import user_folder
from routine_app.ui.library.routine_list import routine_subtitle
from tests.ui.conftest import MakeWindow
from tests.ui.test_editor_page import fill_new


def test_try_it_writes_nothing_to_the_journal(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    clock = FakeClock()
    window = make_window(clock=clock)
    fill_new(window.editor_page)
    window.editor_page.try_button.click()
    page = window.player_page
    page.begin()
    assert page.player is not None
    while page.stack.currentWidget() is not page.finished_panel:
        clock.advance(0.25)
        page.player.poll()
    assert window.journal_actions.journal.timeline(limit=10) == []
    assert "try-out" in page.done_summary.text()
    assert not page.pain_after.isVisibleTo(page) and not page.pain_moved.isVisibleTo(page)
    window.start_routine("piriformis-stretch")  # a real routine records again
    page.begin()
    assert page.session is not None


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_an_unwritable_routines_folder_is_reported_not_raised(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    page = window.editor_page
    fill_new(page)
    folder = user_folder(tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o500)
    try:
        assert page.save() is False
    finally:
        folder.chmod(0o700)
    text = page.problem_label.text()
    assert "Not saved" in text and "ready to save" not in text


def test_a_routines_folder_that_is_a_file_is_reported_not_raised(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    """Works as root too: a file where the folder should be cannot be written into."""
    window = make_window()
    page = window.editor_page
    fill_new(page)
    folder = user_folder(tmp_path)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")
    assert page.save() is False
    text = page.problem_label.text()
    assert "Not saved" in text and "ready to save" not in text
    assert folder.read_text() == "not a folder"


def test_the_library_shows_each_routine_from_its_top(make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(800, 600)
    library = window.library_page
    routines = window.library.routines
    library.select(routines[0].id)
    bar = library.detail_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    library.select(routines[1].id)
    assert bar.value() == 0


def test_library_and_player_give_the_same_time(
    make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window()
    routine = window.library.get("piriformis-stretch")
    assert routine is not None
    window.start_routine(routine.id)  # a 5 s get-ready is not part of the routine's time
    time = format_duration(routine.total_duration)
    assert time in routine_subtitle(routine)
    assert window.player_page.ready_facts.text().startswith(time + " ·")


def test_a_new_routine_takes_its_id_from_the_title_until_the_id_is_edited(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    page = make_window().editor_page
    page.new_routine()
    page.id_edit.clear()
    qtbot.keyClicks(page.title_edit, "Évening stretch (gentle)")
    assert page.id_edit.text() == "evening-stretch-gentle"
    page.id_edit.setText("my-evening")
    qtbot.keyClicks(page.title_edit, " 2")
    assert page.id_edit.text() == "my-evening"


def test_opening_another_routine_asks_before_dropping_unsaved_changes(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    page = make_window().editor_page
    fill_new(page)
    assert page.unsaved
    box = page.unless_unsaved(page.new_routine)
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.title_edit.text() == "Evening stretch"  # kept
    box = page.unless_unsaved(page.new_routine)
    assert box is not None
    box.button(QMessageBox.StandardButton.Discard).click()
    assert page.title_edit.text() == "" and not page.unsaved


def test_nothing_to_lose_opens_at_once(make_window: MakeWindow) -> None:
    page = make_window().editor_page
    fill_new(page)
    assert page.save()
    assert not page.unsaved
    assert page.unless_unsaved(page.new_routine) is None


def test_deleting_an_own_routine_can_be_undone(make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    page = window.editor_page
    fill_new(page)
    assert page.save()
    path = user_folder(tmp_path) / "evening-stretch.yaml"
    text = path.read_bytes()
    assert page.delete_button.isEnabled()
    box = page.ask_delete()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert not path.exists()
    assert window.library.get("evening-stretch") is None
    assert page.undo_delete_button.isVisibleTo(page)
    assert page.undo_delete()
    assert path.read_bytes() == text
    assert window.library.get("evening-stretch") is not None
    assert page.title_edit.text() == "Evening stretch"


def test_a_bundled_routine_cannot_be_deleted(make_window: MakeWindow) -> None:
    window = make_window()
    page = window.editor_page
    routine = window.library.get("piriformis-stretch")
    assert routine is not None
    page.edit(routine)  # a copy: nothing of one's own yet
    assert not page.delete_button.isEnabled()
    assert page.ask_delete() is None
