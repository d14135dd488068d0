"""The main window's size and place, remembered between runs and put back on a screen.

Stored as plain numbers (``WINDOW_GEOMETRY``) (not Qt's opaque saveGeometry blob) so that a
window saved on a large monitor is moved and shrunk to fit when the app next starts
on a smaller screen, or on a laptop whose external monitor is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from routine_app.core.settings import WINDOW_GEOMETRY, WINDOW_MAXIMIZED
from routine_app.ui.common.preferences import Preferences

#: The window opens at this size the first time, shrunk to the screen where needed.
DEFAULT_SIZE = QSize(1100, 720)


def save_window_state(window: QWidget, preferences: Preferences) -> None:
    """Remember where *window* is (its normal geometry while maximized or full screen)."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    if window.isFullScreen():
        rect = window.normalGeometry()
    if rect.isValid():
        preferences.set(WINDOW_GEOMETRY, (rect.x(), rect.y(), rect.width(), rect.height()))
    preferences.set(WINDOW_MAXIMIZED, window.isMaximized())


def saved_rect(preferences: Preferences) -> QRect | None:
    saved = preferences.get(WINDOW_GEOMETRY)
    return None if saved is None else QRect(*saved)


def fit_rect(rect: QRect, screens: list[QRect], minimum: QSize) -> QRect:
    """*rect* moved (and shrunk) so that it lies on the screen it overlaps most.

    A rectangle on no screen goes to the first one. Never smaller than *minimum*,
    never larger than that screen's free area.
    """
    if not screens:
        return rect
    best = max(screens, key=lambda s: _overlap(rect, s))
    if _overlap(rect, best) == 0:
        best = screens[0]
    width = max(min(rect.width(), best.width()), min(minimum.width(), best.width()))
    height = max(min(rect.height(), best.height()), min(minimum.height(), best.height()))
    x = min(max(rect.x(), best.left()), best.left() + best.width() - width)
    y = min(max(rect.y(), best.top()), best.top() + best.height() - height)
    return QRect(x, y, width, height)


def _overlap(a: QRect, b: QRect) -> int:
    both = a.intersected(b)
    return both.width() * both.height() if both.isValid() else 0


def restore_window_state(window: QWidget, preferences: Preferences) -> None:
    """Put *window* where it was, fitted to today's screens; a first run fits the default."""
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    rect = saved_rect(preferences)
    if rect is None:
        primary = QGuiApplication.primaryScreen()
        free = primary.availableGeometry() if primary else QRect(0, 0, 1100, 720)
        size = DEFAULT_SIZE.boundedTo(free.size())
        rect = QRect(
            free.x() + (free.width() - size.width()) // 2,
            free.y() + (free.height() - size.height()) // 2,
            size.width(),
            size.height(),
        )
    fitted = fit_rect(rect, screens, window.minimumSizeHint())
    window.resize(fitted.size())
    window.move(fitted.topLeft())
    if preferences.get(WINDOW_MAXIMIZED):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
