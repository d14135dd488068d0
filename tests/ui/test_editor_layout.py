"""The editor holds still and keeps its work (issue 14): adding steps does not move the
forms, a theme change recolours a wrong field at once, and closing the app with unsaved
changes asks first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from routine_app.store.user_routines import user_folder
from routine_app.ui.common.colours import THEMES, Theme
from routine_app.ui.common.theme import Scheme, apply_theme
from routine_app.ui.library.editor import EditorPage
from routine_app.ui.main_window import MainWindow
from tests.ui import contrast
from tests.ui.conftest import MakeWindow
from tests.ui.test_editor_page import fill_new

restore_style = contrast.restore_style  # the fixture: plain Fusion again afterwards


def place(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def test_adding_steps_does_not_move_the_forms(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(800, 600)
    window.show_page("editor")
    page = window.editor_page
    fill_new(page)
    qtbot.wait(20)
    watched = (page.splitter, page.save_button, page.try_button)
    before = [place(w, page) for w in watched]
    for _ in range(4):  # each new step has no instructions or time: more problems listed
        page.add_step()
        qtbot.wait(20)
        assert [place(w, page) for w in watched] == before
    page.step_instructions.setPlainText("Lie still.")  # problems change again
    page.step_duration.setText("20s")
    qtbot.wait(20)
    assert [place(w, page) for w in watched] == before


def test_the_problem_list_scrolls_rather_than_grows(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("editor")
    page: EditorPage = window.editor_page
    page.new_routine()
    page.title_edit.setText("x")  # no longer fresh: every problem is listed
    for _ in range(8):
        page.add_step()
    qtbot.wait(20)
    assert len(page.problems) > 8
    area = page.problem_area
    assert area.height() < page.problem_label.height()  # the rest is a scroll away
    assert area.verticalScrollBar().maximum() > 0


def test_a_wrong_field_takes_the_new_theme_danger_colour_at_once(
    qapp: QApplication, make_window: MakeWindow, restore_style: None
) -> None:
    apply_theme(qapp, Scheme.LIGHT)
    page = make_window().editor_page
    fill_new(page)
    page.step_duration.setText("2 weeks")
    assert THEMES[Theme.LIGHT].danger in page.step_duration.styleSheet()
    apply_theme(qapp, Scheme.DARK)  # no edit in between
    assert THEMES[Theme.DARK].danger in page.step_duration.styleSheet()
    assert page.id_edit.styleSheet() == ""  # fields that are right stay plain
    page.step_duration.setText("30s")
    assert page.step_duration.styleSheet() == ""


def unsaved_window(make_window: MakeWindow) -> tuple[MainWindow, EditorPage]:
    window = make_window()
    window.show_page("editor")
    page = window.editor_page
    fill_new(page)
    assert page.unsaved and page.routine is not None
    return window, page


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_everything(
    make_window: MakeWindow,
) -> None:
    window, page = unsaved_window(make_window)
    window.show_page("library")
    assert window.close() is False
    box = page.unsaved_question
    assert box.isVisible() and "Evening stretch" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and page.unsaved
    assert window.current_page_name() == "editor"  # where the changes are
    assert page.title_edit.text() == "Evening stretch"


@pytest.mark.parametrize(
    ("answer", "kept"),
    [(QMessageBox.StandardButton.Save, True), (QMessageBox.StandardButton.Discard, False)],
)
def test_closing_with_unsaved_changes_can_save_or_discard_them(
    make_window: MakeWindow, tmp_path: Path, answer: QMessageBox.StandardButton, kept: bool
) -> None:
    window, page = unsaved_window(make_window)
    assert window.close() is False
    page.unsaved_question.button(answer).click()
    assert not window.isVisible()
    assert (user_folder(tmp_path) / "evening-stretch.yaml").exists() is kept


def test_a_save_that_cannot_happen_keeps_the_window_open(make_window: MakeWindow) -> None:
    window, page = unsaved_window(make_window)
    page.step_duration.setText("2 weeks")  # a problem: nothing can be saved
    assert window.close() is False
    page.unsaved_question.button(QMessageBox.StandardButton.Save).click()
    assert window.isVisible() and page.unsaved
    assert window.current_page_name() == "editor"


def test_nothing_unsaved_closes_without_asking(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("editor")
    assert not window.editor_page.unsaved
    assert window.close() is True
