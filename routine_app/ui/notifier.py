"""Showing a reminder: the system tray where there is one, else the desktop's
notification service over D-Bus, else a note in the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

APP_NAME = "Sciatica Routines"


class Notifier(QObject):
    """Call :meth:`notify`; ``method`` says which way reminders reach the user."""

    def __init__(
        self, icon: QIcon, show_in_window: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._show_in_window = show_in_window
        self._tray: QSystemTrayIcon | None = None
        self._dbus: Any = None
        self.method = "window"
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(APP_NAME)
            self._tray.show()
            self.method = "tray"
        elif self._connect_dbus():
            self.method = "dbus"

    def _connect_dbus(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        interface = QDBusInterface(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
            bus,
        )
        if not interface.isValid():
            return False
        self._dbus = interface
        return True

    def notify(self, message: str) -> None:
        if self._tray is not None:
            self._tray.showMessage(APP_NAME, message, QSystemTrayIcon.MessageIcon.Information)
        elif self._dbus is not None:
            self._dbus.call("Notify", APP_NAME, 0, "routine-app", APP_NAME, message, [], {}, 10_000)
        else:
            self._show_in_window(
                message + "  (System notifications are not available on "
                "this desktop, so reminders appear here.)"
            )
