"""Voice is on by default where speech works, and the player asks once (issue 14)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from routine_app.core.settings import SAFETY_ACKNOWLEDGED, VOICE, VOICE_ASKED
from routine_app.engine.clock import FakeClock
from routine_app.ui.common.preferences import Preferences
from tests.ui.conftest import MakeWindow

REQUIRED = os.environ.get("ROUTINE_APP_REQUIRE_AUDIO") == "1"


def test_voice_is_off_by_default_while_the_engine_starts_on_the_gui_thread(
    tmp_path: object,
) -> None:
    """Starting speech-dispatcher's engine blocks the GUI thread (it hung for over a
    minute on the CI machine), so voice stays opt-in until it starts off that thread."""
    fresh = QSettings(f"{tmp_path}/fresh.ini", QSettings.Format.IniFormat)
    assert Preferences(fresh).get(VOICE) is False


def test_the_player_asks_once_and_remembers(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    settings.setValue(VOICE.key, True)  # turned on, never asked
    window = make_window(clock=FakeClock())
    window.start_routine("piriformis-stretch")
    page = window.player_page
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
