"""Showing a reminder: the system tray where there is one, else the desktop's
notification service over D-Bus, else a note in the window.

The D-Bus call goes through ``gdbus`` (GLib's command-line client, part of most Linux
desktops). PySide6's QtDBus cannot send the unsigned integer and typed string list that
the freedesktop ``Notify`` method requires (an int goes as signed, an empty list as
variants), and services check the signature: dunst refuses such a call. ``gdbus`` reads
the method's signature from the service and sends exactly it. Without ``gdbus``, or if a
call fails, the reminder appears in the window.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QProcess
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

APP_NAME = "Sciatica Routines"
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SHOWN_FOR_MS = 10_000


def fallback_note() -> str:
    """Said after a reminder shown in the window, once the desktop could not show it."""
    return "  " + QCoreApplication.translate(
        "Notifier",
        "(System notifications are not available on this desktop, so reminders appear here.)",
    )


def gvariant_string(text: str) -> str:
    """*text* as a GVariant string literal, as ``gdbus call`` reads its arguments."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def notify_arguments(message: str) -> list[str]:
    """``gdbus call`` arguments for one freedesktop notification carrying *message*."""
    title = gvariant_string(APP_NAME)
    return [
        "call",
        "--session",
        "--dest",
        SERVICE,
        "--object-path",
        PATH,
        "--method",
        f"{SERVICE}.Notify",
        title,  # app_name
        "0",  # replaces_id: a new notification
        gvariant_string("routine-app"),  # app_icon
        title,  # summary
        gvariant_string(message),  # body
        "[]",  # actions
        "{}",  # hints
        str(SHOWN_FOR_MS),
    ]


def _gdbus_to_service() -> str | None:
    """gdbus's path, if it is installed and a notification service is on the session bus."""
    gdbus = shutil.which("gdbus")
    if gdbus is None:
        return None
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return None
    bus = QDBusConnection.sessionBus()
    interface = bus.interface() if bus.isConnected() else None
    if interface is None:
        return None
    # Running now, or started by the bus on the first call (D-Bus activation).
    running = bool(interface.isServiceRegistered(SERVICE).value())
    activatable = SERVICE in (interface.activatableServiceNames().value() or [])
    return gdbus if running or activatable else None


class Notifier(QObject):
    """Call :meth:`notify`; ``method`` says which way reminders reach the user.

    The tray is set up at once (its icon belongs on screen); the D-Bus service is looked
    for only when first needed, so QtDBus costs nothing at startup."""

    def __init__(
        self, icon: QIcon, show_in_window: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._show_in_window = show_in_window
        self._tray: QSystemTrayIcon | None = None
        self._gdbus: str | None = None
        self._looked_for_gdbus = False
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(APP_NAME)
            self._tray.show()

    @property
    def method(self) -> str:
        """ "tray", "dbus" or "window"."""
        if self._tray is not None:
            return "tray"
        return "dbus" if self._gdbus_path() is not None else "window"

    def _gdbus_path(self) -> str | None:
        if not self._looked_for_gdbus:
            self._looked_for_gdbus = True
            self._gdbus = _gdbus_to_service()
        return self._gdbus

    @property
    def tray(self) -> QSystemTrayIcon | None:
        """The tray icon, where the desktop has a system tray."""
        return self._tray

    def notify(self, message: str) -> None:
        if self._tray is not None:
            self._tray.showMessage(APP_NAME, message, QSystemTrayIcon.MessageIcon.Information)
        elif (gdbus := self._gdbus_path()) is not None:
            self._send(gdbus, message)
        else:
            self._show_in_window(message + fallback_note())

    def _send(self, gdbus: str, message: str) -> None:
        """Send without waiting; if the service is gone or refuses, show it in the window."""
        process = QProcess(self)
        failed = False

        def fall_back() -> None:
            nonlocal failed
            if not failed:
                failed = True
                self._show_in_window(message + fallback_note())

        def finished(code: int, status: QProcess.ExitStatus) -> None:
            if code != 0 or status is not QProcess.ExitStatus.NormalExit:
                fall_back()
            process.deleteLater()

        def error(kind: QProcess.ProcessError) -> None:
            fall_back()
            if kind is QProcess.ProcessError.FailedToStart:  # no finished() will follow
                process.deleteLater()

        process.finished.connect(finished)
        process.errorOccurred.connect(error)
        process.start(gdbus, notify_arguments(message))
