"""The urgent, unmissable message shown when an emergency symptom is reported, and the
calmer note for warning signs to get checked soon (both worded by core/triage.py)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from routine_app.core.journal import RedFlag
from routine_app.core.safety import RED_FLAG_MESSAGE
from routine_app.core.triage import Level, sign
from routine_app.ui.common.theme import current_colours

TITLE = "Seek emergency medical care now"
WARNING_TITLE = "Get checked soon"
PAUSED_NOTE = (
    "Your routines are paused until you confirm that a doctor or nurse has checked you "
    "since. You can still log your pain."
)


def show_red_flag_alert(parent: QWidget | None, flags: Iterable[RedFlag]) -> QMessageBox:
    """Open an application-modal alert listing *flags*; returns it (already shown)."""
    chosen = set(flags)
    items = "".join(
        f"<li>{html.escape(sign(flag.value).text)}</li>" for flag in RedFlag if flag in chosen
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(TITLE)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        f"<h2 style='color:{current_colours().danger}'>⚠ {html.escape(TITLE)}</h2>"
        f"<p style='font-size:large'>{html.escape(RED_FLAG_MESSAGE)}</p>"
        f"<p>You reported:</p><ul>{items}</ul>"
        "<p>Your entry has been saved, with these symptoms marked.</p>"
        f"<p><b>{html.escape(PAUSED_NOTE)}</b></p>"
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText("I understand")
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.setAccessibleName(TITLE)
    box.show()  # show(), not open(): open() would make it modal to one window only
    box.raise_()
    box.activateWindow()
    return box


def show_warning_signs_note(parent: QWidget | None, sign_ids: Iterable[str]) -> QMessageBox:
    """A window-modal note with the see-soon advice for the signs reported (not an alarm)."""
    items = "".join(f"<li>{html.escape(sign(s).text)}</li>" for s in sorted(set(sign_ids)))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(WARNING_TITLE)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        f"<h3>{html.escape(WARNING_TITLE)}</h3>"
        f"<p>{html.escape(Level.SEE_SOON.advice)}</p>"
        f"<p>You reported, as new:</p><ul>{items}</ul>"
        "<p>Your entry has been saved with these signs; the clinician report lists them "
        "with their dates.</p>"
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(WARNING_TITLE)
    box.open()
    return box
