"""The end-of-routine summary sits above the after-questions (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from routine_app.core.session import StepCount
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.engine.clock import FakeClock
from routine_app.store.journal import Journal
from routine_app.ui.journal.timeline_model import session_row
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


def test_summary_gives_steps_and_the_timed_parts_beside_them() -> None:
    count = StepCount(3, 3, 8, 8, both_sides=True, repeats=True)
    text = summary_html(Done.of("Piriformis stretch", count, 300, True, None))
    assert "all 3 steps (both sides and repeats, 8 timed parts)" in text
    sides = StepCount(2, 2, 4, 4, both_sides=True, repeats=False)
    assert "all 2 steps (both sides, 4 timed parts)" in summary_html(
        Done.of("R", sides, 9, True, 1)
    )
    stopped = StepCount(1, 3, 1, 8, both_sides=True, repeats=True)
    assert "1 of 3 steps (1 of 8 timed parts)" in summary_html(Done.of("R", stopped, 9, False, 1))
    plain = StepCount(4, 4, 4, 4, both_sides=False, repeats=False)
    assert "all 4 steps</li>" in summary_html(Done.of("R", plain, 9, True, None))


def journal_row(journal: Journal) -> str:
    """The journal timeline's line for the one session recorded."""
    (session,) = journal.sessions()
    return session_row(session, str).subtitle


def test_header_summary_and_journal_count_alike(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings, journal: Journal
) -> None:
    """Piriformis stretch: 3 steps as the routine defines them, 8 timed parts (the figure
    four on both sides, 3 times): the header, the summary and the journal agree."""
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    clock = FakeClock()
    window = make_window(clock=clock)
    window.start_routine("piriformis-stretch")
    page = window.player_page
    assert "3 steps" in page.ready_facts.text()
    page.begin()
    assert page.player is not None
    while page.stack.currentWidget() is not page.finished_panel:
        clock.advance(0.25)
        page.player.poll()
    assert "all 3 steps (both sides and repeats, 8 timed parts)" in page.done_summary.text()
    assert "Routine completed (8 of 8 timed parts)" in journal_row(journal)


def test_a_stopped_run_counts_alike(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings, journal: Journal
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    clock = FakeClock()
    window = make_window(clock=clock)
    window.start_routine("piriformis-stretch")
    page = window.player_page
    page.begin()
    assert page.player is not None
    while page.player.parts_done() < 2:  # "Settle" and the first figure four behind
        clock.advance(0.25)
        page.player.poll()
    box = page.ask_stop()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert "1 of 3 steps (2 of 8 timed parts)" in page.done_summary.text()
    assert "Routine stopped early (2 of 8 timed parts)" in journal_row(journal)
