"""The urgent, unmissable message shown when an emergency symptom is reported, and the
calmer note for warning signs to get checked soon (both worded by core/triage.py)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from routine_app.core import safety
from routine_app.core.journal import RedFlag
from routine_app.core.triage import Level, sign
from routine_app.ui.common.theme import current_colours


def alert_title() -> str:
    """The emergency alert's title, in the window's language."""
    return QCoreApplication.translate("RedFlagAlert", "Seek emergency medical care now")


def note_title() -> str:
    """The warning-signs note's title, in the window's language."""
    return QCoreApplication.translate("RedFlagAlert", "Get checked soon")


def show_red_flag_alert(parent: QWidget | None, flags: Iterable[RedFlag]) -> QMessageBox:
    """Open an application-modal alert listing *flags*; returns it (already shown)."""
    chosen = set(flags)
    items = "".join(
        f"<li>{html.escape(sign(flag.value).text)}</li>" for flag in RedFlag if flag in chosen
    )
    title = alert_title()
    reported = QCoreApplication.translate("RedFlagAlert", "You reported:")
    saved = QCoreApplication.translate(
        "RedFlagAlert", "Your entry has been saved, with these symptoms marked."
    )
    paused = QCoreApplication.translate(
        "RedFlagAlert",
        "Your routines are paused until you confirm that a doctor or nurse has checked you "
        "since. You can still log your pain.",
    )
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        title,
        f"<h2 style='color:{current_colours().danger}'>⚠ {html.escape(title)}</h2>"
        f"<p style='font-size:large'>{html.escape(safety.RED_FLAG_MESSAGE)}</p>"
        f"<p>{html.escape(reported)}</p><ul>{items}</ul>"
        f"<p>{html.escape(saved)}</p>"
        f"<p><b>{html.escape(paused)}</b></p>",
    )
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("RedFlagAlert", "I understand")
    )
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()  # show(), not open(): open() would make it modal to one window only
    box.raise_()
    box.activateWindow()
    return box


def show_warning_signs_note(parent: QWidget | None, sign_ids: Iterable[str]) -> QMessageBox:
    """A window-modal note with the see-soon advice for the signs reported (not an alarm)."""
    items = "".join(f"<li>{html.escape(sign(s).text)}</li>" for s in sorted(set(sign_ids)))
    title = note_title()
    reported = QCoreApplication.translate("RedFlagAlert", "You reported, as new:")
    saved = QCoreApplication.translate(
        "RedFlagAlert",
        "Your entry has been saved with these signs; the clinician report lists them with "
        "their dates.",
    )
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        title,
        f"<h3>{html.escape(title)}</h3>"
        f"<p>{html.escape(Level.SEE_SOON.advice)}</p>"
        f"<p>{html.escape(reported)}</p><ul>{items}</ul>"
        f"<p>{html.escape(saved)}</p>",
    )
    box.open()
    return box


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box with an OK button, named by *title* for screen readers; not shown."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
