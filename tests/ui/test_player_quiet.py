"""The player draws only what changes, when it changes, and nothing while unseen."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from routine_app.engine.clock import FakeClock
from routine_app.ui.player.quiet_widgets import QuietBar, SteadyLabel
from tests.ui.conftest import MakeWindow
from tests.ui.test_player_page import ready, run


def test_no_display_timer_runs_while_playing(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    clock = FakeClock()
    window = ready(qtbot, make_window, settings, clock)
    window.player_page.begin()
    run(window, clock, 1)
    running = [t for t in window.findChildren(QTimer) if t.isActive()]
    # Only the engine's single-shot deadline (and the 30 s reminder check) may run.
    assert all(t.isSingleShot() or t.interval() >= 30_000 for t in running), [
        (t.parent(), t.interval()) for t in running
    ]


def test_nothing_changes_on_screen_while_the_page_is_unseen(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    clock = FakeClock()
    window = ready(qtbot, make_window, settings, clock)
    page = window.player_page
    page.begin()
    assert page.countdown.text() == "0:02" and page.name_label.text() == "Get ready"
    window.show_page("journal")  # playing on, out of sight
    run(window, clock, 3)
    assert page.player is not None and page.player.segment.name == "Settle"
    assert page.countdown.text() == "0:02" and page.name_label.text() == "Get ready"
    window.show_page("player")
    assert page.name_label.text() == "Settle" and page.countdown.text() == "0:01"
    assert page.step_bar.value() == 10 and page.overall.value() == 30


def test_a_minimised_window_catches_up_when_restored(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    clock = FakeClock()
    window = ready(qtbot, make_window, settings, clock)
    page = window.player_page
    page.begin()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    run(window, clock, 2.5)
    assert page.name_label.text() == "Get ready" and page.countdown.text() == "0:02"
    window.showNormal()
    qtbot.waitUntil(lambda: page.name_label.text() == "Settle")
    assert page.countdown.text() == "0:02"
    run(window, clock, 1)
    assert page.countdown.text() == "0:01", "seen again, it follows each second"


def test_the_countdown_keeps_its_size_as_its_digits_change(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = SteadyLabel(parent, 4.0, True)
    sizes = set()
    for text in ("1:11", "0:08", "4:44", "9:59", "0:00"):
        label.setText(text)
        sizes.add((label.minimumSize().toTuple(), label.maximumSize().toTuple()))
    assert len(sizes) == 1
    ((minimum, maximum),) = sizes
    assert minimum == maximum, "a fixed size: Qt then skips laying out the page again"
    assert minimum[0] >= label.fontMetrics().horizontalAdvance("0:08")
    label.setText("10:00")
    assert label.width() > minimum[0]


def test_the_quiet_bar_fills_its_share_in_the_highlight_colour(qtbot: QtBot) -> None:
    bar = QuietBar()
    qtbot.addWidget(bar)
    bar.resize(200, 18)
    bar.setRange(0, 40)
    bar.setValue(10)
    bar.setTextVisible(False)
    image = bar.grab().toImage()
    highlight = bar.palette().color(QPalette.ColorRole.Highlight)
    assert image.pixelColor(30, 9) == highlight
    assert image.pixelColor(60, 9) == bar.palette().color(QPalette.ColorRole.Base)
    assert bar.fraction() == 0.25
