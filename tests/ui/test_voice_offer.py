"""Voice is on by default where speech works, and the player asks once (issue 14)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from routine_app.core.settings import SAFETY_ACKNOWLEDGED, VOICE, VOICE_ASKED
from routine_app.engine.clock import FakeClock
from routine_app.engine.cues import Cues
from routine_app.engine.speech import Speech, Status
from routine_app.report import Printer
from routine_app.resources import assets_dir
from routine_app.store.journal import Journal
from routine_app.store.user_routines import load_all
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.main_window import MainWindow
from tests.engine.test_speech import FakeDaemon, Heartbeat, silent_daemon
from tests.ui.conftest import MakeWindow

__all__ = ["silent_daemon"]  # the fixture, shared with the engine's speech tests

REQUIRED = os.environ.get("ROUTINE_APP_REQUIRE_AUDIO") == "1"


def test_voice_is_on_by_default(tmp_path: object) -> None:
    """On by default (issue 14): the engine now starts on a thread of its own, so a
    speech daemon that hangs can no longer freeze the window (see the test below)."""
    fresh = QSettings(f"{tmp_path}/fresh.ini", QSettings.Format.IniFormat)
    assert Preferences(fresh).get(VOICE) is True


def test_the_player_asks_once_and_remembers(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    settings.setValue(VOICE.key, True)  # turned on, never asked
    window = make_window(clock=FakeClock())
    window.start_routine("piriformis-stretch")
    page = window.player_page
    # The engine starts in the background: the question waits until it is heard.
    qtbot.waitUntil(lambda: page.cues.speech.status is not Status.STARTING, timeout=20_000)
    if not page.cues.voice_enabled:
        if REQUIRED:
            pytest.fail(f"no speech engine: {page.cues.unavailable}")
        pytest.skip("no speech engine here")
    assert page.voice_button.isChecked()
    assert page.voice_offer.isVisibleTo(page)
    page.voice_offer.off.click()
    assert not page.voice_offer.isVisibleTo(page)
    assert not page.voice_button.isChecked() and not page.cues.voice_enabled
    assert settings.value(VOICE_ASKED.key, type=bool) is True
    assert Preferences(settings).get(VOICE) is False
    window.start_routine("piriformis-stretch")
    assert not page.voice_offer.isVisibleTo(page)  # asked once only


def test_a_speech_engine_that_never_answers_does_not_hold_up_the_player(
    qtbot: QtBot,
    journal: Journal,
    tmp_path: Path,
    settings: QSettings,
    silent_daemon: FakeDaemon,
) -> None:
    """Voice on (the default), and speech-dispatcher takes the connection but never
    answers: the window keeps drawing, the routine starts and runs, and once the engine
    is given up on the Voice button shows "off" and says why, without overwriting the
    saved choice (the daemon may work next time)."""
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    settings.remove(VOICE.key)  # the default
    cues = Cues(assets_dir() / "sounds", speech=Speech(timeout=2, engines=["speechd"]))
    window = MainWindow(
        load_all(tmp_path), journal, tmp_path, settings, cues, FakeClock(), printouts=Printer()
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.player_page
    heart = Heartbeat()
    window.start_routine("piriformis-stretch")
    assert cues.speech.status is Status.STARTING
    assert page.voice_button.isChecked()
    assert not page.voice_offer.isVisibleTo(page)  # asked only once voice is heard
    page.begin()
    assert page.stack.currentWidget() is page.running
    with qtbot.waitSignal(cues.voice_changed, timeout=10_000):
        pass
    heart.timer.stop()
    assert heart.longest < 0.5, f"the window stalled for {heart.longest:.2f} s"
    assert not page.voice_button.isChecked() and not page.voice_button.isEnabled()
    assert page.voice_button.text() == "Voice: off"
    assert "does not answer" in page.audio_note.text()
    assert Preferences(settings).get(VOICE) is True  # kept for next time
    assert not settings.value(VOICE_ASKED.key, False, type=bool)
    page.stop_if_running()
