"""A notice inside the window (a reminder where the desktop has no notifications).

Unlike the emergency lock banner, a notice can be dismissed: its "Dismiss" button
hides it until the next notice arrives.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from routine_app.ui.common.theme import set_tone


class NoticeBanner(QFrame):
    """Shows one notice with a heading word ("Reminder") and a Dismiss button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        set_tone(self, "notice")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_text(self, heading: str, text: str) -> None:
        self.label.setText(f"{heading}: {text}")
        self.label.setAccessibleName(heading)
        self.label.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        return self.label.text()
