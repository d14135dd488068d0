from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from routine_app.core.library import RoutineFolder, load_library
from routine_app.ui.library.routine_list import SUBTITLE_ROLE
from tests.conftest import VALID_ROUTINE
from tests.ui.conftest import MakeWindow


def test_window_lists_the_bundled_routines_with_their_facts(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    assert window.windowTitle() == "Sciatica Routines"
    model = window.library_page.model
    rows = [model.index(r) for r in range(model.rowCount())]
    titles = [i.data() for i in rows]
    assert titles == [
        "Daily routine",
        "Foam roller release",
        "Foam roller release (gentle)",
        "Hand self-massage",
        "Knee-to-chest stretch",
        "Knee-to-chest stretch (gentle)",
        "Piriformis stretch",
        "Piriformis stretch (gentle)",
        "Seated stretches",
        "Standing break",
        "Tennis ball release",
        "Tennis ball release (gentle)",
    ]
    knee = rows[4].data(SUBTITLE_ROLE)
    assert knee == (
        "Stretch · On the floor · 6 min · 3 steps · "
        "Mat or carpeted floor, Small flat cushion for your head"
    )
    gentle = rows[5].data(SUBTITLE_ROLE)
    assert gentle.startswith("Stretch · On the floor · Gentle · 2 min 45 s · 3 steps")
    assert not window.library_page.banner.isVisible()


def test_selected_routine_shows_steps_and_cautions(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    page = window.library_page
    assert page.select("foam-roller")
    detail = page.detail
    assert detail.title.text() == "Foam roller release"
    assert detail.cautions.isVisible()
    assert "Never roll your lower back" in detail.cautions.text()
    assert "Buttock (glutes and piriformis)" in detail.steps.text()
    assert "2 times each side" in detail.steps.text()


def test_keyboard_moves_through_routines(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    page = window.library_page
    page.list.setFocus()
    with qtbot.waitSignal(page.routine_selected) as blocker:
        qtbot.keyClick(page.list, Qt.Key.Key_Down)
    assert blocker.args == ["foam-roller"]
    assert page.detail.title.text() == "Foam roller release"
    qtbot.keyClick(page.list, Qt.Key.Key_End)
    assert page.detail.title.text() == "Tennis ball release (gentle)"


def test_broken_user_routine_is_shown_in_a_banner_and_others_load(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    user = tmp_path / "routines"
    user.mkdir()
    (user / "mine.yaml").write_text(VALID_ROUTINE.replace("    duration: 10s", "    duraton: 10s"))
    (user / "ok.yaml").write_text(VALID_ROUTINE.replace("test-routine", "my-own"))
    window = make_window()
    page = window.library_page
    assert page.model.rowCount() == 13
    assert page.banner.isVisible()
    text = page.banner._label.text()
    assert "1 routine file could not be loaded" in text
    assert "did you mean &#x27;duration&#x27;?" in text or "did you mean 'duration'?" in text


def test_empty_library_says_what_happened(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    (tmp_path / "bad.yaml").write_text("format: 1\n")
    library = load_library([RoutineFolder(tmp_path, True)])
    window = make_window(library)
    page = window.library_page
    assert page.empty.isVisible() and not page.list.isVisible()
    assert page.detail.title.text() == "No routine selected"
    assert page.banner.isVisible()


def test_go_menu_shortcut_switches_page(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    assert window.page_names() == ["library", "player", "progress", "editor", "journal"]
    window.show_page("library")
    assert window.current_page_name() == "library"
    actions = window.go_menu.actions()
    assert actions[0].shortcut().toString() == "Ctrl+1"
