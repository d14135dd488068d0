"""Small screens keep room for the page (issue 14): the lock banner is compact but says
what to do, checked toggle buttons fit their bold text, and the library shows a routine's
whole equipment list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Entry, RedFlag, new_id, now
from routine_app.core.safety import LOCKED_MESSAGE
from routine_app.store.journal import Journal
from routine_app.ui.common.colours import for_palette
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


def test_the_player_toggles_fit_their_bold_text(qtbot: QtBot, make_window: MakeWindow) -> None:
    page = make_window().player_page
    page.voice_button.setChecked(True)
    qtbot.wait(10)
    for button in (page.sound_button, page.voice_button):
        button.setChecked(True)
        assert bold_text_fits(button), button.text()


def bold_text_fits(button: QPushButton) -> bool:
    """The checked style draws the text bold with 10 px padding each side (colours.py)."""
    bold = QFont(button.font())
    bold.setBold(True)
    width = QFontMetrics(bold).horizontalAdvance(button.text().replace("&", ""))
    return width + 2 * 10 + 2 * 2 <= button.width()  # padding and the 2 px border
