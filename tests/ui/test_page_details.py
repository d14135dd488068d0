"""Small things a new user noticed: the theme follows the desktop live, the reminder
notice can be dismissed (the emergency lock banner cannot), no stray table header over
the Progress title, no glyph the fonts lack."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from routine_app.app import follow_system_theme
from routine_app.core.settings import THEME, Scheme
from routine_app.ui.common import theme
from routine_app.ui.common.colours import DARK, HIGH_CONTRAST, LIGHT
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.common.theme import apply_theme
from tests.ui import contrast as pixels
from tests.ui.conftest import MakeWindow

UI = Path(__file__).resolve().parents[2] / "routine_app" / "ui"

restore_style = pixels.restore_style  # the fixture, shared with the other theme tests


def window_colour(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_following_the_system_switches_theme_live(
    qapp: QApplication,
    make_window: MakeWindow,
    settings: QSettings,
    restore_style: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Qt's offscreen platform has no desktop colour scheme to change, so the desktop's
    answer is replaced here; the signal and everything after it are real."""
    hints = QGuiApplication.styleHints()
    desktop = {"dark": False}
    monkeypatch.setattr(theme, "system_is_dark", lambda: desktop["dark"])
    apply_theme(qapp, Scheme.SYSTEM)
    window = make_window()
    follow_system_theme(window)
    assert window_colour(qapp) == LIGHT.window
    desktop["dark"] = True
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(qapp) == DARK.window
    Preferences(settings).set(THEME, Scheme.HIGH_CONTRAST.value)
    window.apply_preferences()  # what Settings does on Save
    assert window_colour(qapp) == HIGH_CONTRAST.window
    desktop["dark"] = False
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)  # a fixed choice ignores it
    assert window_colour(qapp) == HIGH_CONTRAST.window


def test_settings_offers_every_theme(make_window: MakeWindow) -> None:
    dialog = make_window().open_settings()
    offered = {dialog.theme.itemData(i) for i in range(dialog.theme.count())}
    assert offered == {s.value for s in Scheme}
    dialog.reject()


def test_the_reminder_notice_can_be_dismissed(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.show_reminder("Time for your routine.")
    banner = window.reminder_banner
    assert banner.isVisible() and "Time for your routine." in banner.text()
    assert "⏰" not in banner.text()
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_the_lock_banner_offers_no_way_to_dismiss_it(make_window: MakeWindow) -> None:
    window = make_window()
    buttons = [b.text() for b in window.lock_banner.findChildren(QPushButton)]
    assert buttons == ["A doctor or nurse has checked me…"]


def test_no_table_header_sits_over_the_empty_progress_title(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("progress")
    page = window.progress_page
    (title,) = [label for label in page.findChildren(QLabel) if label.text() == "Progress"]
    table = page.help_table

    def area(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())

    assert title.isVisible()
    assert not (table.isVisible() and area(table).intersects(area(title)))


def test_every_symbol_in_the_pages_is_in_the_font(qapp: QApplication) -> None:
    """⏰ drew as a box: every non-ASCII symbol the pages use must be in the font."""
    metrics = QFontMetrics(qapp.font())
    symbols = set()
    for source in UI.rglob("*.py"):
        symbols |= set(re.findall(r"[\u2190-\u2bff\U0001f000-\U0001faff]", source.read_text()))
    missing = sorted(s for s in symbols if not metrics.inFontUcs4(ord(s)))
    assert missing == []


def test_sound_and_voice_show_their_state(make_window: MakeWindow) -> None:
    window = make_window()
    page = window.player_page
    page.sound_button.setEnabled(True)
    page.sound_button.setChecked(True)
    assert page.sound_button.text() == "Sound: on"
    page.sound_button.setChecked(False)
    assert page.sound_button.text() == "Sound: off"
    assert page.voice_button.text() in ("Voice: on", "Voice: off")
