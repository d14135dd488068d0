"""The keyboard alone: no focus traps, Ctrl+, for Settings (pausing a routine), every key
listed under Help → Keyboard shortcuts, dialogs that never block."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from routine_app.core.journal import Outcome, Session, new_id
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.engine.clock import FakeClock
from routine_app.engine.player import State
from routine_app.store.journal import Journal
from routine_app.ui.main_window import MainWindow
from routine_app.ui.settings_dialog import SettingsDialog
from routine_app.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.conftest import MakeWindow

MAX_TABS = 150


def rated_sessions(journal: Journal) -> None:
    start = datetime.now().astimezone() - timedelta(days=10)
    sessions = [
        Session(
            new_id(),
            "daily-routine",
            start + timedelta(days=day),
            start + timedelta(days=day, minutes=12),
            Outcome.COMPLETED,
            7,
            7,
            6,
            4,
        )
        for day in range(6)
    ]
    journal.merge([], sessions)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_round(qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """Press Tab from *start* until the focus comes back; the widgets passed on the way."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen: list[QWidget] = []
    for _ in range(MAX_TABS):
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        if focus() is start:
            return seen
        seen.append(focus())
    names = [f"{type(w).__name__}:{w.accessibleName() or w.objectName()}" for w in seen[-6:]]
    raise AssertionError(f"Tab never came back to the start; stuck around {names}")


def test_tab_goes_round_every_page_and_comes_back(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings, journal: Journal
) -> None:
    rated_sessions(journal)  # the "Does it help?" table has rows (it trapped Tab)
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window(clock=FakeClock())
    for name in window.page_names():
        window.show_page(name)
        page = window.stack.currentWidget()
        seen = tab_round(qtbot, window.nav)
        on_page = [w for w in seen if page.isAncestorOf(w)]
        assert on_page, f"Tab never reached the {name} page"
        if name == "progress":
            table = window.progress_page.help_table
            assert table.rowCount() > 0 and table in seen


def test_tab_goes_round_the_dialogs(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    window = make_window()
    for dialog in (window.open_settings(), window.open_log_dialog(), window.open_shortcuts()):
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        first = dialog.focusWidget() or dialog.nextInFocusChain()
        assert len(tab_round(qtbot, first)) >= 1
        dialog.reject()


def test_ctrl_comma_opens_settings_and_pauses_a_running_routine(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window(clock=FakeClock())
    window.start_routine(window.library.routines[0].id)
    window.player_page.begin()
    player = window.player_page.player
    assert player is not None and player.state is State.RUNNING
    qtbot.keyClick(window.player_page, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(isinstance(w, SettingsDialog) for w in window.findChildren(QDialog))
    )
    assert player.state is State.PAUSED


def test_escape_and_r_ask_before_throwing_progress_away(
    qtbot: QtBot, make_window: MakeWindow, settings: QSettings
) -> None:
    settings.setValue(SAFETY_ACKNOWLEDGED.key, True)
    window = make_window(clock=FakeClock())
    window.start_routine(window.library.routines[0].id)
    page = window.player_page
    page.begin()
    page.setFocus()
    player = page.player
    assert player is not None
    for key in (Qt.Key.Key_R, Qt.Key.Key_Escape):
        qtbot.keyClick(page, key)
        box = page.stop_question
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert player.state is State.PAUSED
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.No).click()
        assert player.state is State.RUNNING


def test_help_lists_every_key(qtbot: QtBot, make_window: MakeWindow) -> None:
    window: MainWindow = make_window()
    dialog = window.open_shortcuts()
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    assert all(what for _keys, what in dialog.rows()), "every key says what it does"
    listed = {keys for keys, _what in dialog.rows()}
    listed_keys = {k.strip() for keys in listed for k in keys.split(" or ")}
    wanted = set()
    for action in window.findChildren(QAction):
        wanted |= {s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()}
    for shortcut in window.findChildren(QShortcut):
        wanted.add(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
        assert shortcut.whatsThis(), f"{shortcut.key().toString()} says what it does"
    assert {"Ctrl+,", "Ctrl+L", "Space", "R", "Esc", "F11"} <= wanted
    assert wanted <= listed_keys, wanted - listed_keys
    dialog.reject()


def test_about_opens_without_blocking(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    box = window._about()
    assert box.isVisible() and box.windowModality() != Qt.WindowModality.ApplicationModal
    box.button(QMessageBox.StandardButton.Close).click()


def test_no_dialog_is_opened_with_a_blocking_static_call() -> None:
    """Static QMessageBox/QFileDialog calls and exec() block the event loop (an AT-SPI
    client waited 15 s on About); every dialog opens with open() or show()."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "routine_app"
    blocking = re.compile(
        r"QMessageBox\.(about|aboutQt|critical|warning|question|information)\(|"
        r"QFileDialog\.get\w+\(|QInputDialog\.get\w+\(|\w\.exec\(\)"
    )
    found = [
        f"{path.name}:{number}"
        for path in package.rglob("*.py")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if blocking.search(line) and not re.search(r"(app|QCoreApplication)\.exec\(\)", line)
    ]
    assert found == []
