"""Small screens keep room for the page (issue 14): the lock banner is compact but says
what to do, checked toggle buttons fit their bold text, and the library shows a routine's
whole equipment list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, RedFlag, new_id, now
from routine_app.core.safety import LOCKED_MESSAGE
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.engine.clock import FakeClock
from routine_app.store.journal import Journal
from routine_app.ui.common.colours import for_palette
from routine_app.ui.common.delegates import TwoLineDelegate
from routine_app.ui.library.routine_list import ROUTINE_ROLE, SUBTITLE_ROLE
from tests.ui.conftest import MakeWindow


def test_the_lock_banner_is_compact_and_still_says_what_to_do(
    qtbot: QtBot, make_window: MakeWindow, journal: Journal
) -> None:
    flags = frozenset({RedFlag.SADDLE_NUMBNESS})
    journal.add_entry(Entry(new_id(), now() - timedelta(hours=1), 5, 8, red_flags=flags))
    window = make_window()
    window.resize(800, 600)
    qtbot.wait(20)
    banner = window.lock_banner
    assert banner.isVisible()
    assert banner.height() <= 600 // 4, banner.height()  # it took about half before
    line = banner.summary.text()
    assert "Routines are paused" in line and "seek emergency care now" in line
    assert for_palette(banner.palette()).danger in line  # the heading in the danger colour
    assert banner.confirm_button.isVisible()
    assert not banner.text.isVisible()
    banner.details_button.click()  # the sign and the whole message, one click away
    qtbot.wait(20)
    assert banner.text.isVisible()
    assert LOCKED_MESSAGE in banner.text.text() and "genitals" in banner.text.text()
    assert banner.details_button.text() == "Hide details"
    banner.details_button.click()
    assert not banner.text.isVisible()


def test_a_checked_range_button_fits_its_bold_text(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(800, 600)
    window.show_page("progress")
    qtbot.wait(20)
    buttons = window.progress_page.range_group.buttons()
    assert any(b.isChecked() for b in buttons)
    for button in buttons:
        button.setChecked(True)  # each in turn, as a click would
        qtbot.wait(10)
        assert bold_text_fits(button), button.text()


def test_the_player_toggles_fit_their_bold_text(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window(clock=FakeClock())
    window.resize(800, 600)
    window.start_routine("piriformis-stretch")
    page = window.player_page
    page.begin()
    for button in (page.sound_button, page.voice_button):
        button.setEnabled(True)
        button.setChecked(True)  # the text changes too: "Sound: on"
        qtbot.waitUntil(lambda b=button: b.isVisible() and b.width() >= b.sizeHint().width())
        assert bold_text_fits(button), button.text()


def bold_text_fits(button: QPushButton) -> bool:
    """The checked style draws the text bold with 10 px padding each side (colours.py)."""
    bold = QFont(button.font())
    bold.setBold(True)
    width = QFontMetrics(bold).horizontalAdvance(button.text().replace("&", ""))
    return width + 2 * 10 + 2 * 2 <= button.width()  # padding and the 2 px border


def test_the_library_list_shows_the_whole_equipment_list_wrapped(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.resize(800, 600)
    qtbot.wait(20)
    view = window.library_page.list
    model = view.model()
    small = QFont(view.font())
    small.setPointSizeF(small.pointSizeF() * 0.9)
    width = view.viewport().width() - 2 * TwoLineDelegate.PADDING
    area = QRect(0, 0, width, 10_000)
    heights = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        subtitle = index.data(SUBTITLE_ROLE)
        routine = index.data(ROUTINE_ROLE)
        assert all(item in subtitle for item in routine.equipment)
        needed = QFontMetrics(small).boundingRect(area, int(Qt.TextFlag.TextWordWrap), subtitle)
        rect = view.visualRect(index)
        assert rect.height() >= needed.height() + 2 * TwoLineDelegate.PADDING, subtitle
        assert rect.width() <= view.viewport().width()  # wrapped, not cut off at the side
        heights[routine.id] = rect.height()
    # the long list of equipment takes more lines than a short one
    assert heights["daily-routine"] > heights["piriformis-stretch"]
