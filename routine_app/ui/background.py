"""Reminders with the window closed, as Workrave and Stretchly do it.

Where the desktop has a system tray and a reminder is on, closing the window only hides
it: the tray icon stays, and reminders keep arriving. The first time, a balloon says so.
The tray icon's menu opens the window or quits; the window's Quit (Ctrl+Q) really quits.
The setting KEEP_IN_TRAY turns this off. With no tray, or no reminder on, closing the
window quits as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from routine_app.core.reminders import ReminderKind
from routine_app.core.settings import KEEP_IN_TRAY, TRAY_NOTICE_SHOWN, load_schedule
from routine_app.ui.common.preferences import Preferences

APP_NAME = "Sciatica Routines"


class Background(QObject):
    """Keeps the app in the tray while reminders are on. ``quit()`` really quits."""

    def __init__(
        self,
        window: QMainWindow,
        tray: QSystemTrayIcon | None,
        preferences: Preferences,
        app: QApplication,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tray = tray
        self._preferences = preferences
        self._app = app
        self._quitting = False
        window.installEventFilter(self)
        if tray is None:
            return
        app.setQuitOnLastWindowClosed(False)  # the tray decides, in _closed()
        self.menu = QMenu(window)
        self.menu.addAction(self.tr("Open Sciatica Routines"), self.show_window)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit"), self.quit)
        tray.setContextMenu(self.menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self.show_window)

    def keeps_running(self) -> bool:
        """Whether closing the window now leaves the app in the tray."""
        if self._tray is None or not self._preferences.get(KEEP_IN_TRAY):
            return False
        return any(load_schedule(self._preferences, kind).enabled for kind in ReminderKind)

    def show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def quit(self) -> None:
        """Close the window (a running routine is recorded as stopped) and end the app.
        When the window asks first (unsaved changes), the app ends once it has closed."""
        self._quitting = True
        if self._window.close():
            self._app.quit()

    def cancel_quit(self) -> None:
        """The window's question was answered Cancel: a later close keeps the tray again."""
        self._quitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._closed)  # after the window handled its close
        return False

    def _closed(self) -> None:
        if self._window.isVisible():
            return  # the close was refused, or the window is asking a question first
        if self._quitting or not self.keeps_running():
            self._app.quit()
            return
        if not self._preferences.get(TRAY_NOTICE_SHOWN):
            assert self._tray is not None
            self._tray.showMessage(
                self.tr("Sciatica Routines is still running"),
                self.tr(
                    "Reminders keep coming while the window is closed. To stop the app, "
                    "choose Quit from this icon's menu; Settings can turn this off."
                ),
                QSystemTrayIcon.MessageIcon.Information,
            )
            self._preferences.set(TRAY_NOTICE_SHOWN, True)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()
