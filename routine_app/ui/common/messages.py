"""Message boxes that never block: shown with ``open()``, so the event loop (and tests)
keep running while the user reads them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def ask(
    parent: QWidget,
    title: str,
    text: str,
    answered: Callable[[bool], object],
    no: QMessageBox.StandardButton = QMessageBox.StandardButton.No,
) -> QMessageBox:
    """A Yes / *no* question opened with ``open()``, *no* the default: *answered* gets
    True for Yes and False for anything else (also Esc or closing the box)."""
    yes = QMessageBox.StandardButton.Yes
    box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, parent)
    box.setDefaultButton(no)
    box.finished.connect(lambda button: answered(button == yes))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def choose_file(
    parent: QWidget,
    title: str,
    start: str,
    filters: str,
    chosen: Callable[[list[str], str], object],
    *,
    save: bool = False,
    many: bool = False,
) -> QFileDialog:
    """A file dialog opened with ``open()`` (never a blocking static call): *chosen*
    gets the paths picked and the name filter used; nothing is called on Cancel."""
    dialog = QFileDialog(parent, title, start, filters)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif many:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.accepted.connect(lambda: chosen(dialog.selectedFiles(), dialog.selectedNameFilter()))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    parent.setProperty("fileDialog", dialog)  # reachable by tests and assistive tools
    return dialog
