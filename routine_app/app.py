"""The composition root: builds the application, opens the data folder, loads routines,
and wires the pages together. Nothing else creates long-lived objects."""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from routine_app.core.library import Library
from routine_app.core.loader import load_routine_file
from routine_app.core.problems import RoutineError
from routine_app.core.routine import Routine
from routine_app.core.settings import LANGUAGE, THEME, Scheme
from routine_app.engine.cues import Cues
from routine_app.engine.datadir import NoDataDirError, configure_names, default_data_dir
from routine_app.engine.reminders import Reminders
from routine_app.engine.translators import install_language
from routine_app.report import Printer
from routine_app.resources import assets_dir
from routine_app.store.files import (
    DataDirError,
    ensure_private_dir,
    private_output,
    tighten_settings,
)
from routine_app.store.journal import Journal, JournalError, OpenReport
from routine_app.store.user_routines import load_all
from routine_app.ui.background import Background
from routine_app.ui.common.messages import warn
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.common.theme import apply_theme
from routine_app.ui.daily_backup import DailyBackup
from routine_app.ui.main_window import APP_TITLE, MainWindow
from routine_app.ui.notifier import Notifier

DESKTOP_FILE = "io.github.sciatica_routines.RoutineApp"


@dataclass(frozen=True, slots=True)
class GuiOptions:
    data_dir: Path | None = None
    view: str = "library"
    screenshot: Path | None = None
    smoke: bool = False
    play: str | None = None
    lead_in: float | None = None
    quit_when_done: bool = False
    range: str = "3m"
    autostart: bool = False  # started at login: stay in the tray, window hidden


class StartupError(Exception):
    """Startup cannot go on; the message is for the user."""


def configure_application() -> None:
    """Names for QStandardPaths, QSettings and the desktop. Call before using either."""
    configure_names()
    QGuiApplication.setApplicationDisplayName(APP_TITLE)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    tighten_settings(Path(QSettings().fileName()))  # 0600 file, 0700 folder, every start
    Preferences(QSettings()).upgrade()  # keys renamed since the file was written


def open_data_dir(requested: Path | None) -> Path:
    try:
        return ensure_private_dir(requested if requested is not None else default_data_dir())
    except (DataDirError, NoDataDirError) as exc:
        raise StartupError(str(exc)) from exc


def open_journal(data_dir: Path) -> tuple[Journal, OpenReport]:
    """The journal, without the day's backup: run_gui makes that once the window shows."""
    try:
        return Journal.open(data_dir, backup=False)
    except JournalError as exc:
        raise StartupError(str(exc)) from exc


def routine_to_play(library: Library, wanted: str) -> Routine:
    """A routine id from the library, or the path of a routine file."""
    found = library.get(wanted)
    if found is not None:
        return found
    path = Path(wanted)
    if not path.suffix and not path.exists():
        known = ", ".join(r.id for r in library.routines)
        raise StartupError(
            QCoreApplication.translate("App", "no routine with id %1 (known: %2)")
            .replace("%2", known)
            .replace("%1", repr(wanted))
        )
    try:
        return load_routine_file(path, asset_dirs=[assets_dir()])
    except RoutineError as exc:
        has_problems = QCoreApplication.translate("App", "the routine file has problems:")
        raise StartupError(f"{has_problems}\n{exc}") from exc


def build_window(options: GuiOptions) -> tuple[MainWindow, OpenReport]:
    data_dir = open_data_dir(options.data_dir)
    library = load_all(data_dir)
    to_play = routine_to_play(library, options.play) if options.play else None
    journal, report = open_journal(data_dir)
    cues = Cues(assets_dir() / "sounds")
    window = MainWindow(library, journal, data_dir, QSettings(), cues, printouts=Printer())
    window.apply_preferences(theme=False)  # the theme was applied before the widgets
    follow_system_theme(window)
    window.setWindowIcon(QIcon(str(assets_dir() / "icons" / "routine-app.svg")))
    start_reminders(window)
    window.set_progress_range(options.range)
    window.show_page(options.view)
    if to_play is not None:
        window.start_routine(to_play, options.lead_in, autostart=True)
    if options.quit_when_done:
        # A moment for the end chime; the session is already recorded when `done` fires.
        window.player_page.done.connect(lambda: QTimer.singleShot(1500, QCoreApplication.quit))
    return window, report


def show_notices(window: MainWindow, notices: tuple[str, ...]) -> None:
    """Tell the user what happened at startup (a repaired journal), without blocking."""
    for notice in notices:
        print(f"routine-app: {notice}", file=sys.stderr)
        warn(window, APP_TITLE, notice)


def start_reminders(window: MainWindow) -> Background:
    """Reminders reach the user by tray, D-Bus notification, or a note in the window;
    with a tray, they go on arriving after the window is closed (see ui/background.py)."""
    notifier = Notifier(window.windowIcon(), window.show_reminder, window)
    reminders = Reminders(window.preferences, parent=window, refusal=window.locked_message)
    reminders.due.connect(lambda _kind, message: notifier.notify(message))
    reminders.start()  # both are children of the window, which keeps them alive
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    background = Background(window, notifier.tray, window.preferences, app)
    window.quit_action.triggered.disconnect()
    window.quit_action.triggered.connect(background.quit)
    window.background = background
    return background


def follow_system_theme(window: MainWindow) -> None:
    """With the "follow the system" theme, switch live when the desktop's scheme changes."""

    def changed() -> None:
        if window.preferences.get(THEME) is Scheme.SYSTEM:
            window.apply_preferences()

    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(changed)
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+: high contrast
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(changed)


def save_screenshot(window: MainWindow, path: Path) -> None:
    try:  # it may show health data: private like every other file the app writes
        with private_output(path) as temp:
            if not window.grab().save(str(temp), path.suffix.lstrip(".").upper() or "PNG"):
                raise OSError(QCoreApplication.translate("App", "the picture could not be written"))
    except OSError as exc:
        could_not = QCoreApplication.translate("App", "could not save the screenshot to %1: %2")
        raise StartupError(could_not.replace("%2", str(exc)).replace("%1", str(path))) from exc


def run_gui(options: GuiOptions) -> int:
    """Run the window until it closes (or, with ``smoke``, just start it); return the exit code."""
    configure_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    preferences = Preferences(QSettings())
    # Before any widget: the window's texts in the language chosen in Settings (or the
    # desktop session's), the same as the PDF's, the routines' and the voice's.
    install_language(app, preferences.get(LANGUAGE))
    # Before any widget exists, so every widget is built with the final font and colours.
    apply_theme(app, preferences.get(THEME))
    try:
        window, report = build_window(options)
        background = window.background
        if options.autostart and background is not None and background.keeps_running():
            pass  # started at login: the tray icon is all that shows
        elif options.autostart:
            window.showMinimized()  # no tray here: the window must stay reachable
        else:
            window.show()
        journal = window.journal_actions.journal
        show_notices(window, report.notices + journal.unreadable_notice())
        app.processEvents()
        if options.screenshot is not None:
            save_screenshot(window, options.screenshot)
    except StartupError as exc:
        return _startup_failed(str(exc), options.smoke)
    except Exception as exc:  # any startup bug must still end with a message, not a hang
        traceback.print_exc()
        unexpected = QCoreApplication.translate("App", "unexpected error: %1")
        return _startup_failed(unexpected.replace("%1", str(exc)), options.smoke)
    if options.smoke:  # starts the window only; the day's backup belongs to a session
        window.close()
        window.journal_actions.journal.close()
        return 0
    backup = start_daily_backup(window)
    code = app.exec()
    backup.wait()  # a backup under way is finished, never cut short
    window.journal_actions.journal.close()
    return code


def start_daily_backup(window: MainWindow) -> DailyBackup:
    """Make the day's backup on a thread, now that the window is shown; say what failed."""
    backup = DailyBackup(window.data_dir, date.today(), window)
    backup.done.connect(lambda notices: show_notices(window, notices))
    backup.start()
    return backup


def _startup_failed(message: str, smoke: bool) -> int:
    print(f"routine-app: error: {message}", file=sys.stderr)
    if not smoke and QGuiApplication.platformName() != "offscreen":
        # Opened with open(), never a blocking static call; the event loop ends with it.
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_TITLE,
            QCoreApplication.translate("App", "Sciatica Routines could not start:")
            + f"\n\n{message}",
            QMessageBox.StandardButton.Close,
        )
        box.finished.connect(QCoreApplication.quit)
        box.open()
        QCoreApplication.exec()
    return 1
