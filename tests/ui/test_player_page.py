from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Outcome
from routine_app.core.routine import Kind, Routine, Side, Step
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.engine.clock import FakeClock
from routine_app.engine.cues import Cues
from routine_app.engine.player import State
from routine_app.store.journal import Journal
from routine_app.ui.main_window import CAUTION_LEAD_IN, MainWindow
from routine_app.ui.player.safety_dialog import SafetyDialog
from tests.ui.conftest import MakeWindow

SHORT = Routine(
    "short",
    "Short routine",
    "S",
    Kind.STRETCH,
    (
        Step("Settle", "Lie on your back.", 2),
        Step("Figure four", "Cross your ankle.", 3, sides=(Side.LEFT, Side.RIGHT), reps=2, rest=1),
    ),
    cautions=("Do not bounce.",),
)


def ready(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings, clock: FakeClock
) -> MainWindow:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window(clock=clock)
    window.start_routine(SHORT, lead_in=2)
    window.player_page.setFocus()
    return window


def run(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    player = window.player_page.player
    assert player is not None
    for _ in range(int(seconds * 4)):
        clock.advance(0.25)
        player.poll()


def test_safety_screen_comes_once_before_the_first_routine(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    window = make_window()
    window.library_page.select("knee-to-chest")
    window.library_page.list.setFocus()
    qtbot.keyClick(window.library_page.list, Qt.Key.Key_Return)
    dialog = window.safety_dialog
    assert isinstance(dialog, SafetyDialog) and dialog.isVisible()
    assert window.current_page_name() == "library", "nothing starts before it is read"
    dialog.understand.click()
    assert settings.value(SAFETY_ACKNOWLEDGED.key, type=bool)
    assert window.current_page_name() == "player"
    page = window.player_page
    page.begin()
    page.next()  # past the lead-in: the first step has its illustration
    assert page.image.pixmap() is not None and not page.image.pixmap().isNull()
    assert window.player_page.routine is not None
    assert window.player_page.routine.id == "knee-to-chest"
    window.show_page("library")
    window.library_page.start_button.click()
    assert window.safety_dialog is None and window.current_page_name() == "player"


def test_cautions_are_shown_before_starting(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    page = ready(qtbot, make_window, settings, FakeClock()).player_page
    assert page.stack.currentWidget() is page.ready
    text = page.ready_cautions.text()
    assert "Do not bounce." in text


def test_a_routine_started_at_once_still_shows_its_cautions_first(
    make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window(clock=FakeClock())
    assert window.start_routine(SHORT, lead_in=0, autostart=True)
    page = window.player_page
    assert page.player is not None and page.player.state is State.RUNNING
    lead_in = page.player.segments[0]
    assert lead_in.duration == CAUTION_LEAD_IN and "Do not bounce." in lead_in.instructions
    assert "Do not bounce." in page.instructions.text()
    plain = Routine("plain", "Plain", "P", Kind.STRETCH, (Step("Settle", "Lie down.", 2),))
    window.start_routine(plain, lead_in=0, autostart=True)
    assert page.player.segments[0].name == "Settle"  # no cautions: no wait


def test_keys_drive_the_player_and_the_session_is_recorded(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings, journal: Journal
) -> None:
    clock = FakeClock()
    window = ready(qtbot, make_window, settings, clock)
    page = window.player_page
    page.pain_before.set_value(6)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    player = page.player
    assert player is not None and player.state is State.RUNNING
    (session,) = journal.sessions()
    assert (session.outcome, session.pain_before, session.ended_at) == (
        Outcome.ABANDONED,
        6,
        None,
    ), "a crash now would leave it as abandoned"
    assert page.name_label.text() == "Get ready" and page.countdown.text() == "0:02"
    run(window, clock, 2)
    assert page.name_label.text() == "Settle"
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert page.name_label.text() == "Figure four"
    assert page.side_label.text() == "Left side" and page.rep_label.text() == "Rep 1 of 2"
    assert page.next_label.text() == "Next: Rest (left side), 1 s"
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert player.state is State.PAUSED and "Paused" in page.state_label.text()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_Left)  # within 2 s: back to Settle
    assert page.name_label.text() == "Settle"
    qtbot.keyClick(page, Qt.Key.Key_R)
    assert player.state is State.PAUSED, "R asks first, the routine waiting meanwhile"
    assert page.name_label.text() == "Settle"
    page.stop_question.button(QMessageBox.StandardButton.Yes).click()
    assert page.name_label.text() == "Get ready"
    run(window, clock, 2 + 2 + 4 * 3 + 3 * 1)
    assert player.state is State.FINISHED
    assert page.stack.currentWidget() is page.finished_panel
    page.pain_after.set_value(4)
    (session,) = journal.sessions()
    assert session.outcome is Outcome.COMPLETED and session.ended_at is not None
    assert (session.segments_done, session.segments_total) == (5, 5)
    assert (session.pain_before, session.pain_after) == (6, 4)


def test_escape_asks_before_stopping_and_records_stopped(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings, journal: Journal
) -> None:
    clock = FakeClock()
    window = ready(qtbot, make_window, settings, clock)
    page = window.player_page
    page.begin()
    run(window, clock, 4.5)  # lead-in (2 s) and Settle (2 s) are behind us
    box = page.ask_stop()
    assert isinstance(box, QMessageBox) and page.player is not None
    assert page.player.state is State.PAUSED, "the routine waits while you decide"
    box.button(QMessageBox.StandardButton.No).click()
    assert page.player.state is State.RUNNING
    box = page.ask_stop()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert page.player.state is State.STOPPED
    (session,) = journal.sessions()
    assert session.outcome is Outcome.STOPPED and session.segments_done == 1
    assert "stopped" in page.done_title.text().lower()


def test_closing_the_window_mid_routine_records_it_as_stopped(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings, journal: Journal
) -> None:
    window = ready(qtbot, make_window, settings, FakeClock())
    window.player_page.begin()
    window.close()
    (session,) = journal.sessions()
    assert session.outcome is Outcome.STOPPED


def test_without_audio_the_player_runs_silently_and_says_so(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings, cues: Cues
) -> None:
    clock = FakeClock()
    window = ready(qtbot, make_window, settings, clock)
    page = window.player_page
    page.begin()
    run(window, clock, 5)
    if cues.sound_available:  # a machine with a sound device: cues were really sent
        assert "step-start" in cues.played
    else:
        assert page.audio_note.isVisible() or not page.isVisible()
        assert "Sound is off" in page.audio_note.text()
        assert not page.sound_button.isEnabled()
    assert page.player is not None and page.player.index >= 2


def test_sound_and_voice_choices_persist(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings, cues: Cues
) -> None:
    window = ready(qtbot, make_window, settings, FakeClock())
    page = window.player_page
    page.sound_button.setEnabled(True)
    page.sound_button.setChecked(True)
    page.sound_button.setChecked(False)
    assert settings.value("player/sound", type=bool) is False
    assert cues.sound_enabled is False
    page.voice_button.setChecked(True)  # on where a speech engine works, else refused
    assert settings.value("player/voice", type=bool) is cues.voice_enabled
    assert page.voice_button.isChecked() is cues.voice_enabled
    if not cues.voice_enabled:
        assert "Spoken steps are off" in page.audio_note.text()
