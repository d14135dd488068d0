"""The main window as the probes and the screenshot scripts build it: a data folder's
journal and routines, the safety screen already acknowledged, and no voice (pictures and
layout checks need no speech engine). Only the app's own parts: no pytest here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from routine_app.core.settings import SAFETY_ACKNOWLEDGED, VOICE
from routine_app.engine.clock import Clock
from routine_app.engine.cues import Cues
from routine_app.report import Printer
from routine_app.resources import assets_dir
from routine_app.store.journal import Journal
from routine_app.store.user_routines import load_all
from routine_app.ui.main_window import MainWindow


def offscreen_window(
    data_dir: Path, settings_dir: Path, clock: Clock | None = None
) -> tuple[MainWindow, Journal]:
    """A window over *data_dir*, its settings in *settings_dir*; not shown yet."""
    settings = QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    settings.setValue(VOICE.key, False)
    journal, _ = Journal.open(data_dir)
    window = MainWindow(
        load_all(data_dir),
        journal,
        data_dir,
        settings,
        Cues(assets_dir() / "sounds"),
        clock,
        printouts=Printer(),
    )
    return window, journal
