"""A 0-10 numeric rating scale: eleven large buttons with the scale's anchors below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from routine_app.core.journal import PAIN_MAX, PAIN_MIN


class PainScale(QWidget):
    """Pick one value from 0 (no pain) to 10 (worst pain imaginable).

    Keyboard: digits 0-9 pick that value, Left/Right step, Home/End jump to the ends.
    ``value`` is None until a value is picked. Emits ``value_changed(int)``.
    """

    value_changed = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(4)
        for number in range(PAIN_MIN, PAIN_MAX + 1):
            button = QPushButton(str(number), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(40, 40)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(f"{title}: {number} of 10")
            self._group.addButton(button, number)
            row.addWidget(button)
        self._group.idClicked.connect(self._picked)
        # The chosen value must stand out clearly, not by a faint shade.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); color: "
            "palette(highlighted-text); font-weight: bold; border: 2px solid "
            "palette(window-text); border-radius: 4px; }"
        )
        heading = QLabel(f"<b>{title}</b>", self)
        anchors = QHBoxLayout()
        anchors.addWidget(QLabel(self.tr("0 = no pain"), self))
        anchors.addStretch(1)
        anchors.addWidget(QLabel(self.tr("10 = worst pain imaginable"), self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addLayout(anchors)
        self._value: int | None = None

    @property
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is None:
            self._group.setExclusive(False)
            for button in self._group.buttons():
                button.setChecked(False)
            self._group.setExclusive(True)
            self._value = None
            return
        value = max(PAIN_MIN, min(PAIN_MAX, value))
        button = self._group.button(value)
        button.setChecked(True)
        self._picked(value)

    def _picked(self, value: int) -> None:
        changed = value != self._value
        self._value = value
        self.setAccessibleDescription(f"{value} of 10")
        if changed:
            self.value_changed.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self._value
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.set_value(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_Right:
            self.set_value(PAIN_MIN if current is None else current + 1)
        elif key == Qt.Key.Key_Left:
            self.set_value(PAIN_MIN if current is None else current - 1)
        elif key == Qt.Key.Key_Home:
            self.set_value(PAIN_MIN)
        elif key == Qt.Key.Key_End:
            self.set_value(PAIN_MAX)
        else:
            super().keyPressEvent(event)
