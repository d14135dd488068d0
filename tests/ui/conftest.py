from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from routine_app.app import load_routines
from routine_app.core.library import Library
from routine_app.store.journal import Journal
from routine_app.ui.main_window import MainWindow


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened, _ = Journal.open(tmp_path)
    with opened:
        yield opened


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, journal: Journal, tmp_path: Path) -> MakeWindow:
    def make(library: Library | None = None) -> MainWindow:
        window = MainWindow(library or load_routines(tmp_path), journal, tmp_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts such as Ctrl+L reach only an active window
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make
