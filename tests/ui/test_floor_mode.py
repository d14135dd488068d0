"""Floor mode: the player alone, full screen, readable from the floor (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from routine_app.core.settings import SAFETY_ACKNOWLEDGED, Scheme
from routine_app.engine.clock import FakeClock
from routine_app.engine.player import State
from routine_app.ui.common.theme import apply_theme
from tests.ui import contrast as pixels
from tests.ui.conftest import MakeWindow
from tests.ui.screens import run_on_screen

restore_style = pixels.restore_style


@pytest.mark.parametrize(("width", "height"), [(800, 600), (1920, 1080)])
def test_the_countdown_is_at_least_a_quarter_of_the_screen_height(
    tmp_path: Path, width: int, height: int
) -> None:
    shown = run_on_screen("tests.ui.floor_probe", width, height, 1.0, tmp_path)
    assert shown["full_screen"] is True
    assert shown["geometry"] == [width, height]
    ink = shown["countdown_ink"]
    assert isinstance(ink, int)
    assert ink / height >= 0.25, f"digits {ink} px high on a {height} px screen"
    assert shown["countdown_fits"] is True
    assert shown["countdown_text"] == "0:05"  # the lead-in
    assert shown["menus_or_status"] == 0


def test_f11_opens_floor_mode_and_esc_leaves_it_without_stopping(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    clock = FakeClock()
    window = make_window(clock=clock)
    window.start_routine("piriformis-stretch")
    page = window.player_page
    page.begin()
    qtbot.keyClick(page, Qt.Key.Key_F11)
    floor = page.floor
    assert floor is not None and floor.isVisible()
    assert floor.countdown.text() == "0:05"
    for _ in range(24):  # past the lead-in into the first step
        clock.advance(0.25)
        assert page.player is not None
        page.player.poll()
    assert floor.name.text() == page.name_label.text() != ""
    floor.activateWindow()
    qtbot.waitUntil(floor.isActiveWindow)
    qtbot.keyClick(floor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.floor is None)
    assert page.player is not None and page.player.state is State.RUNNING


def test_floor_mode_closes_when_the_routine_is_stopped(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window(clock=FakeClock())
    window.start_routine("piriformis-stretch")
    page = window.player_page
    page.begin()
    page.fullscreen_button.click()
    assert page.floor is not None
    page.stop_if_running()
    qtbot.waitUntil(lambda: page.floor is None)
    assert window.current_page_name() == "player"


@pytest.mark.parametrize("scheme", [Scheme.LIGHT, Scheme.DARK, Scheme.HIGH_CONTRAST])
def test_floor_mode_is_light_on_black_in_every_theme(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    settings: QSettings,
    restore_style: None,
    scheme: Scheme,
) -> None:
    """The light theme's dark label text once stayed dark on floor mode's black (1.2:1)."""
    apply_theme(qapp, scheme)
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window(clock=FakeClock())
    window.start_routine("piriformis-stretch")
    page = window.player_page
    page.begin()
    qtbot.keyClick(page, Qt.Key.Key_F11)
    floor = page.floor
    assert floor is not None
    qtbot.waitExposed(floor)
    floor.showNormal()  # the test screen is not a real one: give the view a size
    floor.resize(800, 600)
    qtbot.waitUntil(lambda: floor.countdown.width() > 200)
    image = floor.grab().toImage()
    for label in (floor.countdown, floor.name, floor.state):
        if label.text():
            counts = pixels._colours(image, label.geometry())
            ratio = pixels.best_ink(counts, 0x000000)
            assert counts.most_common(1)[0][0] == 0x000000, label.objectName()
            assert ratio >= 7.0, (label.objectName(), label.text(), ratio)
    floor.leave()
