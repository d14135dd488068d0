""" "This episode of sciatica began on [date]": one field for the first-run screen,
Settings and the log form, so the episode clock can count weeks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class EpisodeField(QWidget):
    """A tick box (unticked: not said) and a date no later than today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(self.tr("This episode of sciatica began on"), self)
        self.began = QDateEdit(self)
        self.began.setCalendarPopup(True)
        #: A Qt date pattern (German: dd.MM.yyyy).
        self.began.setDisplayFormat(self.tr("yyyy-MM-dd", "date field"))
        self.began.setMaximumDate(QDate.currentDate())
        self.began.setDate(QDate.currentDate())
        self.began.setAccessibleName(self.tr("Episode began on"))
        self.began.setEnabled(False)
        self.known.toggled.connect(self.began.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.began)
        layout.addStretch(1)

    def set_date(self, day: date | None) -> None:
        self.known.setChecked(day is not None)
        if day is not None:
            self.began.setDate(QDate(day.year, day.month, day.day))

    def chosen(self) -> date | None:
        """The day given, or None when the box is unticked."""
        if not self.known.isChecked():
            return None
        picked = self.began.date()
        return date(picked.year(), picked.month(), picked.day())
