"""The one-time safety screen before the first routine, remembered in the settings."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from routine_app.core import safety
from routine_app.core.settings import SAFETY_ACKNOWLEDGED
from routine_app.ui.common.adaptive import available_geometry
from routine_app.ui.common.preferences import Preferences
from routine_app.ui.journal.episode_field import EpisodeField


class SafetyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before your first routine"))
        sections = "".join(
            f"<h3>{html.escape(heading)}</h3><ul>"
            + "".join(f"<li>{html.escape(item)}</li>" for item in items)
            + "</ul>"
            for heading, items in safety.BEFORE_FIRST_ROUTINE.items()
        )
        text = QLabel(f"<p><b>{html.escape(safety.DISCLAIMER)}</b></p>{sections}", self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Before your first routine"))
        scroll.setWidget(text)
        scroll.setWidgetResizable(True)
        self.episode = EpisodeField(self)
        self.episode.setToolTip(
            self.tr("Optional: the app then shows which week of the episode you are in")
        )
        buttons = QDialogButtonBox(self)
        self.understand = buttons.addButton(
            self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.episode)
        layout.addWidget(buttons)
        free = available_geometry(self)
        self.resize(min(720, free.width()), min(600, free.height() - 40))  # small screens


def ensure_safety_acknowledged(
    parent: QWidget,
    preferences: Preferences,
    then: Callable[[], None],
    set_episode: Callable[[date], object] | None = None,
) -> SafetyDialog | None:
    """Run *then* now if the safety screen was acknowledged before, else after "I understand"
    (recording the episode's first day through *set_episode* if the person gave it)."""
    if preferences.get(SAFETY_ACKNOWLEDGED):
        then()
        return None
    dialog = SafetyDialog(parent)

    def accepted() -> None:
        preferences.set(SAFETY_ACKNOWLEDGED, True)
        began = dialog.episode.chosen()
        if began is not None and set_episode is not None:
            set_episode(began)
        then()

    dialog.accepted.connect(accepted)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
