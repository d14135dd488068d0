from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from routine_app.core.library import Library
from routine_app.engine.clock import Clock
from routine_app.engine.cues import Cues
from routine_app.engine.translators import install_translators
from routine_app.report import Printer
from routine_app.resources import assets_dir
from routine_app.store.journal import Journal
from routine_app.store.user_routines import load_all
from routine_app.ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> Iterator[None]:
    """The window as the app starts it in English: with the English catalogue of plural
    forms installed ("1 step", "3 steps"), as engine.translators does at start."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened, _ = Journal.open(tmp_path)
    with opened:
        yield opened


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Preferences in a temporary file, never the user's. Voice is off here (it is on by
    default): starting a speech engine takes about a second, for every test."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("player/voice", False)
    return settings


@pytest.fixture
def cues(qapp: object) -> Cues:
    return Cues(assets_dir() / "sounds")


@pytest.fixture
def make_window(
    qtbot: QtBot, journal: Journal, tmp_path: Path, settings: QSettings, cues: Cues
) -> MakeWindow:
    def make(library: Library | None = None, clock: Clock | None = None) -> MainWindow:
        window = MainWindow(
            library or load_all(tmp_path),
            journal,
            tmp_path,
            settings,
            cues,
            clock,
            printouts=Printer(),
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts such as Ctrl+L reach only an active window
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make
