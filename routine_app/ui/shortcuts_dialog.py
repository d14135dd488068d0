"""Help → Keyboard shortcuts: every key the window answers, read from the window itself.

Menu commands come from the menu bar's actions, page keys (the player's) from the
window's ``QShortcut`` objects and their ``whatsThis`` text, so a key added anywhere
shows up here without a second list to keep in step. Keys that widgets handle
themselves (the 0-10 scales, the log form) are listed by :func:`widget_keys`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def key_join() -> str:
    """Between two keys that do the same thing."""
    return QCoreApplication.translate("ShortcutsDialog", " or ")


def widget_keys() -> list[tuple[str, str]]:
    """Keys that widgets handle themselves, named as the keyboard labels them."""
    return [
        (
            QCoreApplication.translate("ShortcutsDialog", "Tab / Shift+Tab"),
            QCoreApplication.translate("ShortcutsDialog", "Move to the next or previous control"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "0-9, Left, Right, Home, End"),
            QCoreApplication.translate(
                "ShortcutsDialog", "Pain scales: choose a number (End chooses 10)"
            ),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Enter"),
            QCoreApplication.translate(
                "ShortcutsDialog", "Routines list: open the routine in the player"
            ),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Ctrl+Enter"),
            QCoreApplication.translate("ShortcutsDialog", "Log pain form: save"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Esc"),
            QCoreApplication.translate("ShortcutsDialog", "Close a dialog without saving"),
        ),
    ]


def _text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def menu_keys(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what) for every command with a shortcut: the menus' in menu order, then
    the pages' own actions."""
    found: list[tuple[str, str]] = []

    def visit(actions: list[QAction], path: str) -> None:
        for action in actions:
            name = action.text().replace("&", "").rstrip("…").strip()
            menu = action.menu()
            if isinstance(menu, QMenu):
                visit(menu.actions(), f"{path}{name} → ")
            elif action.shortcuts():
                found.append((key_join().join(_text(k) for k in action.shortcuts()), path + name))
                listed.add(id(action))

    listed: set[int] = set()
    visit(window.menuBar().actions(), "")
    for action in window.findChildren(QAction):  # page actions (Delete, Undo ...)
        if id(action) not in listed and action.shortcuts():
            name = action.text().replace("&", "").rstrip("…").strip()
            found.append((key_join().join(_text(k) for k in action.shortcuts()), name))
    return found


def page_keys(window: QWidget) -> list[tuple[str, str]]:
    """(key, what) for every page shortcut (``QShortcut`` with its ``whatsThis``)."""
    found = []
    for shortcut in window.findChildren(QShortcut):
        key = _text(shortcut.key())
        if key:
            found.append((key, shortcut.whatsThis() or key))
    return found


def all_keys(window: QMainWindow) -> list[tuple[str, str]]:
    return menu_keys(window) + page_keys(window) + widget_keys()


class ShortcutsDialog(QDialog):
    """A two-column table (keys, what they do); read-only, closes with Esc or Close."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = all_keys(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def rows(self) -> list[tuple[str, str]]:
        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(cell(r, 0), cell(r, 1)) for r in range(self.table.rowCount())]
