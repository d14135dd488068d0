"""The urgent, unmissable message shown when an emergency symptom is reported."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from routine_app.core.journal import RedFlag
from routine_app.core.safety import RED_FLAG_MESSAGE

TITLE = "Seek emergency medical care now"


def show_red_flag_alert(parent: QWidget | None, flags: Iterable[RedFlag]) -> QMessageBox:
    """Open an application-modal alert listing *flags*; returns it (already shown)."""
    items = "".join(
        f"<li>{html.escape(flag.question)}</li>" for flag in RedFlag if flag in set(flags)
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(TITLE)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        f"<h2 style='color:#b00020'>⚠ {html.escape(TITLE)}</h2>"
        f"<p style='font-size:large'>{html.escape(RED_FLAG_MESSAGE)}</p>"
        f"<p>You reported:</p><ul>{items}</ul>"
        "<p>Your entry has been saved, with these symptoms marked.</p>"
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText("I understand")
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.setAccessibleName(TITLE)
    box.show()  # show(), not open(): open() would make it modal to one window only
    box.raise_()
    box.activateWindow()
    return box
