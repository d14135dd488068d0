"""The end-of-routine summary sits above the after-questions (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.engine.clock import FakeClock
from routine_app.ui.player.routine_summary import Done, summary_html
from tests.ui.conftest import MakeWindow


def test_summary_of_a_completed_routine() -> None:
    text = summary_html(Done("Knee hugs", 6, 6, 245, True, 5))
    assert "<b>Knee hugs</b>: all 6 steps" in text
    assert "Time: 4 min 5 s" in text
    assert "Pain before: 5 out of 10" in text


def test_summary_of_a_stopped_routine_says_how_far_it_got() -> None:
    text = summary_html(Done("Knee <hugs>", 2, 6, 60, False, None))
    assert "Knee &lt;hugs&gt;</b>: 2 of 6 steps" in text
    assert "Pain before" not in text


def test_done_panel_shows_the_summary_and_keeps_the_questions(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    clock = FakeClock()
    window = make_window(clock=clock)
    window.start_routine("piriformis-stretch")
    page = window.player_page
    page.pain_before.set_value(4)
    page.begin()
    assert page.player is not None
    while page.stack.currentWidget() is not page.finished_panel:
        clock.advance(0.25)
        page.player.poll()
    summary = page.done_summary.text()
    assert "Piriformis stretch" in summary and "all" in summary
    assert "Pain before: 4 out of 10" in summary
    assert page.pain_after.isVisibleTo(page) and page.pain_moved.isVisibleTo(page)
    layout = page.finished_panel.layout()
    assert layout is not None
    assert layout.indexOf(page.done_summary) < layout.indexOf(page.pain_after)
