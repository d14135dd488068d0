"""Open every page and dialog on the screen Qt was started with and report what does not fit.

Run in a subprocess by tests/ui/test_adaptive_layout.py, once per screen size,
QT_SCALE_FACTOR and language (the offscreen platform reads the screen from a JSON config
file; the language comes from LANGUAGE, as the app reads it), and usable by hand:

    LANGUAGE=de QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen:configfile=screen.json \\
        python -m tests.ui.layout_probe

Prints one JSON object: the logical screen, the window's minimum size, and a list of
problems (empty when everything fits). A problem is a window or dialog whose minimum
size is larger than the screen, a page that needs a horizontal scroll bar, a player or
editor page that scrolls as a whole, a page that scrolls with a scrolling area inside it
(two scroll bars), or a visible control that reaches past the right edge of the area that
shows it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFocusFrame,
    QScrollArea,
    QWidget,
)

from routine_app.app import configure_application
from routine_app.engine.translators import install_language
from routine_app.ui.common.theme import apply_theme
from routine_app.ui.player.safety_dialog import SafetyDialog
from routine_app.ui.progress.weekly_check import WeeklyCheckDialog
from tests.ui.offscreen_window import offscreen_window


def clip_area(widget: QWidget) -> QWidget:
    """The widget that shows *widget*: its nearest scroll viewport, or its window."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and not parent.isWindow():
            area = parent.parentWidget()
            assert isinstance(area, QAbstractScrollArea)
            if area.viewport() is parent:
                return parent
        if parent.isWindow():
            return parent
        parent = parent.parentWidget()
    return widget


def clipped(root: QWidget, where: str) -> list[str]:
    """Visible controls under *root* that reach past the right edge of what shows them."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or widget.width() <= 1:
            continue
        if isinstance(widget, QFocusFrame):
            continue  # the focus ring is drawn around its widget, a little outside it
        area = clip_area(widget)
        if isinstance(area.parentWidget(), QScrollArea):
            scroll = area.parentWidget()
            assert isinstance(scroll, QScrollArea)
            if widget is scroll.widget():
                continue  # the scrolled content itself: checked by its scroll bar
        top_left = widget.mapTo(area, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if rect.right() > area.width() + 1:
            name = widget.objectName() or type(widget).__name__
            text = getattr(widget, "text", None)
            label = text()[:30] if callable(text) and isinstance(text(), str) else ""
            found.append(
                f"{where}: {name} {label!r} reaches x={rect.right()} in an area {area.width()} wide"
            )
    return found


def fits(what: str, size_w: int, size_h: int, free: QRect) -> list[str]:
    if size_w > free.width() or size_h > free.height():
        return [
            f"{what}: minimum {size_w}x{size_h} is larger than the screen {free.width()}x"
            f"{free.height()}"
        ]
    return []


def horizontal_scroll(scroll: QScrollArea, where: str) -> list[str]:
    """The page, or a scroll area of text inside it, that needs a horizontal scroll bar."""
    areas = [scroll, *scroll.widget().findChildren(QScrollArea)]
    found = []
    for area in areas:
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
            name = "page" if area is scroll else repr(area.accessibleName() or area.objectName())
            found.append(f"{where}: {name} needs a horizontal scroll bar ({bar.maximum()} px)")
    return found


#: Pages that must fit the window's height without scrolling as a whole: the player is
#: read from the floor, and the editor scrolls its own forms (one scroll bar, not two).
NO_PAGE_SCROLL = {"player", "editor"}


def vertical_scroll(scroll: QScrollArea, name: str, where: str) -> list[str]:
    """A page that scrolls as a whole, where it must not, or with a scroll area inside
    that scrolls too (two scroll bars side by side)."""
    bar = scroll.verticalScrollBar()
    if not (bar.isVisible() and bar.maximum() > 0):
        return []
    if name in NO_PAGE_SCROLL:
        return [f"{where}: the page scrolls by {bar.maximum()} px"]
    inner = [
        area
        for area in scroll.widget().findChildren(QAbstractScrollArea)
        if area.isVisible() and area.verticalScrollBar().isVisible()
    ]
    if inner:
        return [f"{where}: two vertical scroll bars (the page, and {inner[0].objectName()!r})"]
    return []


def probe() -> dict[str, object]:
    configure_application()
    app = QApplication(sys.argv[:1])
    language = install_language(app)  # German words are longer: they must fit too
    apply_theme(app)
    folder = Path(tempfile.mkdtemp())
    window, journal = offscreen_window(folder, folder)
    free = app.primaryScreen().availableGeometry()
    window.show()
    window.resize(free.size())
    app.processEvents()
    problems: list[str] = []
    minimum = window.minimumSizeHint()
    problems += fits("main window", minimum.width(), minimum.height(), free)
    stages = [(name, None) for name in window.page_names()]
    stages += [("player", "ready"), ("player", "running")]
    for name, stage in stages:
        if stage == "ready":
            window.start_routine("piriformis-stretch")
        elif stage == "running":
            window.player_page.begin()
        window.show_page(name)
        app.processEvents()
        app.processEvents()
        where = f"page {name}" + (f" ({stage})" if stage else "")
        scroll = window.stack.currentWidget()
        assert isinstance(scroll, QScrollArea)
        problems += horizontal_scroll(scroll, where)
        problems += vertical_scroll(scroll, name, where)
        problems += clipped(window, where)
        minimum = window.minimumSizeHint()
        problems += fits(where, minimum.width(), minimum.height(), free)
    window.player_page.stop_if_running()
    dialogs: list[tuple[str, QDialog]] = [
        ("settings", window.open_settings()),
        ("log pain", window.open_log_dialog()),
        ("weekly check", WeeklyCheckDialog(window.journal_actions, print, window)),
        ("safety", SafetyDialog(window)),
    ]
    for where, dialog in dialogs:
        dialog.show()
        app.processEvents()
        app.processEvents()
        minimum = dialog.minimumSizeHint()
        problems += fits(where, minimum.width(), minimum.height(), free)
        problems += fits(f"{where} (opened)", dialog.width(), dialog.height(), free)
        problems += clipped(dialog, where)
        dialog.close()
    result = {
        "language": language,
        "screen": [free.width(), free.height()],
        "scale": app.primaryScreen().devicePixelRatio(),
        "window_minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "problems": problems,
    }
    journal.close()
    return result


if __name__ == "__main__":
    print(json.dumps(probe()))
