"""A 0-10 numeric rating scale: eleven large buttons with the scale's anchors below.

The buttons are radio buttons in one exclusive group (a one-of-many choice, which is
what a screen reader announces), drawn as large buttons
by ``ScaleButton``: the chosen one filled with the highlight and outlined in the text
colour, so it stands out in every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from routine_app.core.journal import PAIN_MAX, PAIN_MIN
from routine_app.ui.common.colours import FOCUS_WIDTH, for_palette
from routine_app.ui.common.texts import arg


class ScaleButton(QRadioButton):
    """A radio button drawn as a large button with its number in the middle."""

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("10") + 20, metrics.height() + 16)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:
        c = for_palette(self.palette())
        on = self.isChecked()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = FOCUS_WIDTH if on else 1
        box = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.setPen(QPen(QColor(c.text if on else c.control), width))
        painter.setBrush(QColor(c.highlight if on else c.button))
        painter.drawRoundedRect(box, 4, 4)
        font = self.font()
        font.setBold(on)
        painter.setFont(font)
        painter.setPen(QColor(c.highlighted_text if on else c.text))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


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
            button = ScaleButton(str(number), self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(40, 40)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(arg(self.tr("%1: %2 of 10"), title, number))
            self._group.addButton(button, number)
            row.addWidget(button)
        # Toggled, not clicked: assistive tools check a radio button without clicking it.
        self._group.idToggled.connect(lambda number, on: self._picked(number) if on else None)
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
        self.setAccessibleDescription(arg(self.tr("%1 of 10"), value))
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
