"""A check box whose text wraps: long sign wordings stay readable in a narrow form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class _ToggleLabel(QLabel):
    """Clicking the text toggles its check box, as a check box's own text does."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
        super().mouseReleaseEvent(event)


def wrapping_check(text: str, parent: QWidget) -> tuple[QCheckBox, QWidget]:
    """A check box (returned for state and signals) and the row to lay out."""
    row = QWidget(parent)
    box = QCheckBox(row)
    box.setAccessibleName(text)
    label = _ToggleLabel(text, box, row)
    label.setWordWrap(True)
    label.setBuddy(box)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return box, row
